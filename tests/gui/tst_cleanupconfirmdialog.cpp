// The cleanup confirmation, offscreen: what it states about money. The rest of it (count, bytes,
// buckets, the age guard on the server's clock) is checked end to end in
// integration/tst_cleanup_gui.cpp.
#include <QtTest>

#include "cleanupconfirmdialog.h"
#include "translations.h"

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

CleanupTarget target(const QString &id, qint64 size, const QString &storageClass)
{
    CleanupTarget t;
    t.upload.bucket = u"media"_s;
    t.upload.key = u"clip-"_s + id;
    t.upload.uploadId = id;
    t.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-10);
    t.upload.storageClass = storageClass;
    t.size = size;
    return t;
}

} // namespace

class TestCleanupConfirmDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(*qApp, QLocale(QLocale::English)); // as the application does
    }

    // 1 GiB STANDARD + 1 GiB DEEP_ARCHIVE (its parts billed at STANDARD) at $0.023, one upload of
    // unknown size not counted: "saves about $0.046 a month", and it says what it counted.
    void statesWhatTheCleanupSaves()
    {
        const QList<CleanupTarget> targets{target(u"a"_s, GiB, u"STANDARD"_s), target(u"b"_s, GiB, u"DEEP_ARCHIVE"_s),
                                           target(u"c"_s, -1, u"STANDARD"_s)};
        CleanupConfirmDialog dialog(targets, CleanupOptions{}, QDateTime::currentDateTimeUtc());
        dialog.setCostModel(CostModel::forConnection(PriceTable::builtIn(), QUrl(), u"us-east-1"_s, std::nullopt));
        QVERIFY2(dialog.summaryText().contains(u"That saves about $0.046 a month (AWS list prices of"_s),
                 qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains(u"counting the uploads of known size and price"_s),
                 qPrintable(dialog.summaryText()));
        // Another service without a price: no money is stated at all.
        dialog.setCostModel(
            CostModel::forConnection(PriceTable::builtIn(), QUrl(u"http://127.0.0.1:7480"_s), u"us-east-1"_s, {}));
        QVERIFY2(!dialog.summaryText().contains(u"$"_s), qPrintable(dialog.summaryText()));
    }
};

QTEST_MAIN(TestCleanupConfirmDialog)
#include "tst_cleanupconfirmdialog.moc"
