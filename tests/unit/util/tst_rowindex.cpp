// RowIndex: rows found by the string each holds (the inventory's upload ids), as the rows grow
// and after rows are removed, against the rows themselves.
#include "util/rowindex.h"

#include <QtTest>

#include <deque>

using namespace PartSweep;

class TestRowIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryRowAsTheRowsGrowAndAfterRemovals()
    {
        std::deque<QString> ids;
        const auto idOf = [&ids](int row) -> const QString & { return ids[size_t(row)]; };
        RowIndex index;
        QCOMPARE(index.find(u"none", idOf), -1);
        // Upload ids as AWS makes them share long prefixes; a few are not Latin-1.
        for (int n = 0; n < 50000; ++n) {
            ids.push_back(QStringLiteral("2~Ni8Qv%1-%2").arg(n).arg(n % 7 == 0 ? u"ü€" : u"x"));
            index.insert(int(ids.size()) - 1, idOf);
        }
        QCOMPARE(index.size(), size_t(50000));
        for (int n = 0; n < 50000; n += 13)
            QCOMPARE(index.find(ids[size_t(n)], idOf), n);
        QCOMPARE(index.find(u"2~Ni8Qv50000-x", idOf), -1);
        QCOMPARE(index.find(u"", idOf), -1);

        // Rows removed from the middle: the others move up, the table is rebuilt.
        ids.erase(ids.begin() + 100, ids.begin() + 30100);
        index.rebuild(int(ids.size()), idOf);
        QCOMPARE(index.size(), size_t(20000));
        QCOMPARE(index.find(u"2~Ni8Qv150-x", idOf), -1);
        QCOMPARE(index.find(u"2~Ni8Qv99-x", idOf), 99);
        QCOMPARE(index.find(u"2~Ni8Qv30100-ü€", idOf), 100);
        QCOMPARE(index.find(u"2~Ni8Qv49999-x", idOf), 19999);
        for (int row = 0; row < int(ids.size()); row += 7)
            QCOMPARE(index.find(ids[size_t(row)], idOf), row);

        // And it grows again from there.
        ids.push_back(QStringLiteral("new"));
        index.insert(int(ids.size()) - 1, idOf);
        QCOMPARE(index.find(u"new", idOf), 20000);
    }
};

QTEST_APPLESS_MAIN(TestRowIndex)
#include "tst_rowindex.moc"
