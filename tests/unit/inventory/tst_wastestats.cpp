// The summary's tallies of waste: uploads, bytes and money by bucket, age band and storage class.
// Unknown sizes count as uploads, never as bytes or $0; classes without a price are counted apart;
// what the waste has cost so far is the monthly cost over the upload's age (an estimate).
#include "inventory/wastestats.h"

#include <QtTest>

using namespace PartSweep;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;
constexpr qint64 Day = 86400;

bool near(double value, double expected)
{
    return std::abs(value - expected) < 1e-9;
}

CostModel awsListPrices()
{
    return CostModel::forConnection(PriceTable::builtIn(), QUrl(), QStringLiteral("us-east-1"), std::nullopt);
}

} // namespace

class TestWasteStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyByBucketAgeAndClass()
    {
        WasteStats stats;
        stats.setCostModel(awsListPrices());
        // 10 GiB STANDARD, two billing months of 730 h old (60.8 days): $0.23 a month, $0.46 so far.
        stats.add(QStringLiteral("logs"), 2 * 730 * 3600, 10 * GiB, QStringLiteral("STANDARD"));
        // 4 GiB DEEP_ARCHIVE, billed at STANDARD until completed; 1 day old.
        stats.add(QStringLiteral("media"), Day, 4 * GiB, QStringLiteral("DEEP_ARCHIVE"));
        // 8 GiB STANDARD_IA, half a day old: $0.10 a month.
        stats.add(QStringLiteral("media"), Day / 2, 8 * GiB, QStringLiteral("STANDARD_IA"));
        // Not sized yet: an upload, no bytes, no money.
        stats.add(QStringLiteral("media"), 200 * Day, -1, QStringLiteral("STANDARD"));

        QCOMPARE(stats.total.uploads, 4);
        QCOMPARE(stats.total.sizedUploads, 3);
        QCOMPARE(stats.total.pricedUploads, 3);
        QCOMPARE(stats.total.bytes, 22 * GiB);
        QVERIFY(near(stats.total.monthlyUsd, 0.23 + 0.092 + 0.1));
        const double soFar = 0.46 + 0.092 * Day / (730.0 * 3600) + 0.1 * (Day / 2) / (730.0 * 3600);
        QVERIFY2(near(stats.total.wastedUsd, soFar), qPrintable(QString::number(stats.total.wastedUsd, 'g', 12)));

        QVERIFY(near(stats.byBucket.value(QStringLiteral("logs")).monthlyUsd, 0.23));
        QCOMPARE(stats.byBucket.value(QStringLiteral("media")).uploads, 3);
        QVERIFY(near(stats.byBucket.value(QStringLiteral("media")).monthlyUsd, 0.192));
        QVERIFY(near(stats.byClass.value(QStringLiteral("DEEP_ARCHIVE")).monthlyUsd, 0.092));
        QVERIFY(near(stats.byAge[WasteStats::ThirtyToNinetyDays].monthlyUsd, 0.23));
        QVERIFY(near(stats.byAge[WasteStats::UnderOneDay].monthlyUsd, 0.1));
        QCOMPARE(stats.byAge[WasteStats::OverNinetyDays].uploads, 1);
        QCOMPARE(stats.byAge[WasteStats::OverNinetyDays].pricedUploads, 0);
    }

    // A class the table has no price for (a server's own class) is sized but not priced, and the
    // tally says so; a service without a price tallies no money at all.
    void unpricedClassesAndServicesAreCountedApart()
    {
        WasteStats stats;
        stats.setCostModel(awsListPrices());
        stats.add(QStringLiteral("b"), Day, GiB, QStringLiteral("REDUCED_REDUNDANCY_X"));
        stats.add(QStringLiteral("b"), Day, GiB, QStringLiteral("STANDARD"));
        QCOMPARE(stats.total.sizedUploads, 2);
        QCOMPARE(stats.total.pricedUploads, 1);
        QVERIFY(near(stats.total.monthlyUsd, 0.023));

        WasteStats ceph;
        ceph.setCostModel(CostModel::forConnection(PriceTable::builtIn(), QUrl(QStringLiteral("http://127.0.0.1:7480")),
                                                   QStringLiteral("us-east-1"), std::nullopt));
        ceph.add(QStringLiteral("b"), Day, GiB, QStringLiteral("STANDARD"));
        QCOMPARE(ceph.total.pricedUploads, 0);
        QCOMPARE(ceph.total.monthlyUsd, 0.0);
        QCOMPARE(ceph.total.wastedUsd, 0.0);

        // A price set for the connection applies to every class.
        WasteStats priced;
        priced.setCostModel(CostModel::forConnection(
            PriceTable::builtIn(), QUrl(QStringLiteral("http://127.0.0.1:7480")), QStringLiteral("us-east-1"), 0.0059));
        priced.add(QStringLiteral("b"), Day, 2 * GiB, QStringLiteral("ANYTHING"));
        QVERIFY(near(priced.total.monthlyUsd, 0.0118));
    }

    // An upload initiated "in the future" (a server clock ahead) has cost nothing so far.
    void aNegativeAgeCostsNothingSoFar()
    {
        QCOMPARE(costSoFar(1.0, -3600), 0.0);
        QVERIFY(near(costSoFar(1.0, SecondsPerBillingMonth), 1.0));
        WasteStats stats;
        stats.setCostModel(awsListPrices());
        stats.add(QStringLiteral("b"), -60, GiB, QStringLiteral("STANDARD"));
        QCOMPARE(stats.total.wastedUsd, 0.0);
        QCOMPARE(stats.byAge[WasteStats::UnderOneDay].uploads, 1);
    }
};

QTEST_GUILESS_MAIN(TestWasteStats)
#include "tst_wastestats.moc"
