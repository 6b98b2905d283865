// Edit > Preferences…, "Storage prices": the shipped list prices shown dated, a price changed and
// a region added become the user's prices file (and only those), "Use list price" takes a change
// back, a price that is not one is refused before anything is written, and the costs follow.
#include "preferencesdialog.h"

#include "util/appinfo.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

// The row of a region and class, or -1.
int rowOf(const QTableWidget *table, const QString &region, const QString &storageClass)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == region && table->item(row, 1)->text() == storageClass)
            return row;
    }
    return -1;
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::applyToApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QFile::remove(PriceTable::userFile()); }

    void showsTheListPricesDated()
    {
        PreferencesDialog dialog;
        QTableWidget *table = dialog.priceTable();
        const int row = rowOf(table, u"us-east-1"_s, u"STANDARD"_s);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), u"0.023"_s);
        QCOMPARE(table->item(row, 3)->text(), u"list price of %1"_s.arg(PriceTable::builtIn().date()));
        // Every shipped price has its row; nothing is the user's yet.
        QCOMPARE(table->rowCount(), PriceTable::builtIn().entries().size());
        QVERIFY(dialog.userPricesInForm()->isEmpty());
    }

    void changedAndAddedPricesAreSavedAsTheUsers()
    {
        PreferencesDialog dialog;
        QTableWidget *table = dialog.priceTable();
        QSignalSpy saved(&dialog, &PreferencesDialog::pricesSaved);
        const int standard = rowOf(table, u"us-east-1"_s, u"STANDARD"_s);
        table->item(standard, 2)->setText(u"0.021"_s); // a negotiated discount
        QCOMPARE(table->item(standard, 3)->text(), u"yours (list price 0.023)"_s);
        QVERIFY(table->item(standard, 2)->font().bold());

        // A region the list does not hold.
        dialog.findChild<QPushButton *>(u"addPriceButton"_s)->click();
        const int added = table->rowCount() - 1;
        table->item(added, 0)->setText(u"eu-central-1"_s);
        table->item(added, 2)->setText(u"0.0245"_s);
        QCOMPARE(table->item(added, 3)->text(), u"yours"_s);

        // A price changed and changed back is not the user's.
        const int ia = rowOf(table, u"us-east-1"_s, u"STANDARD_IA"_s);
        table->item(ia, 2)->setText(u"0.01"_s);
        table->setCurrentCell(ia, 2);
        dialog.findChild<QPushButton *>(u"useListPriceButton"_s)->click();
        QCOMPARE(table->item(ia, 2)->text(), u"0.0125"_s);

        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(saved.size(), 1);
        const Result<PriceTable> user = PriceTable::userPrices();
        QVERIFY(user.ok());
        QCOMPARE(user->entries(), (QList<PriceTable::Entry>{{u"eu-central-1"_s, u"STANDARD"_s, 0.0245},
                                                            {u"us-east-1"_s, u"STANDARD"_s, 0.021}}));
        // What every cost is worked out with from now on.
        const PriceTable merged = PriceTable::forThisUser(nullptr);
        QCOMPARE(merged.perGbMonth(u"us-east-1"_s, u"STANDARD"_s), std::optional(0.021));
        QCOMPARE(merged.perGbMonth(u"us-east-1"_s, u"STANDARD_IA"_s), std::optional(0.0125));
        QCOMPARE(merged.perGbMonth(u"eu-central-1"_s, u"STANDARD"_s), std::optional(0.0245));

        // The next opening shows them as the user's; putting the list price back removes the file.
        PreferencesDialog again;
        const int row = rowOf(again.priceTable(), u"us-east-1"_s, u"STANDARD"_s);
        QCOMPARE(again.priceTable()->item(row, 2)->text(), u"0.021"_s);
        again.priceTable()->setCurrentCell(row, 2);
        again.findChild<QPushButton *>(u"useListPriceButton"_s)->click();
        const int eu = rowOf(again.priceTable(), u"eu-central-1"_s, u"STANDARD"_s);
        again.priceTable()->setCurrentCell(eu, 2);
        again.findChild<QPushButton *>(u"useListPriceButton"_s)->click(); // an added row goes away
        QCOMPARE(rowOf(again.priceTable(), u"eu-central-1"_s, u"STANDARD"_s), -1);
        again.findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY(!QFile::exists(PriceTable::userFile()));
    }

    void badPricesAreRefusedAndNothingIsWritten()
    {
        PreferencesDialog dialog;
        QTableWidget *table = dialog.priceTable();
        QSignalSpy saved(&dialog, &PreferencesDialog::pricesSaved);
        const int row = rowOf(table, u"us-east-1"_s, u"STANDARD"_s);
        table->item(row, 2)->setText(u"cheap"_s);
        QVERIFY(table->item(row, 3)->text().startsWith(u"not a price"_s));
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QFile::exists(PriceTable::userFile()));
        const QString status = dialog.findChild<QLabel *>(u"preferencesStatus"_s)->text();
        QVERIFY2(status.contains(u"'cheap' is not a price"_s), qPrintable(status));

        // An added row without its region is refused too.
        table->item(row, 2)->setText(u"0.023"_s);
        dialog.findChild<QPushButton *>(u"addPriceButton"_s)->click();
        table->item(table->rowCount() - 1, 2)->setText(u"0.03"_s);
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QFile::exists(PriceTable::userFile()));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
