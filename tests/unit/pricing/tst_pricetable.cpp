// What pending uploads cost a month: the shipped list prices, the user's overrides, the class
// parts are billed at, services without a price, unknown sizes, and the words for money.
#include "pricing/pricetable.h"

#include <QtTest>

using namespace PartSweep;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

// Dollars to a millionth of a cent: the arithmetic, not the floating point's last bit.
bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-8;
}

} // namespace

class TestPriceTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The shipped file is there, dated, and holds S3 Standard in us-east-1 at $0.023.
    void builtInListPrices()
    {
        const PriceTable table = PriceTable::builtIn();
        QVERIFY(!table.date().isEmpty());
        QCOMPARE(table.perGbMonth(QStringLiteral("us-east-1"), QStringLiteral("STANDARD")), std::optional(0.023));
        QCOMPARE(table.perGbMonth(QStringLiteral("us-east-1"), QStringLiteral("DEEP_ARCHIVE")), std::optional(0.00099));
        QVERIFY(!table.perGbMonth(QStringLiteral("xx-nowhere-1"), QStringLiteral("STANDARD")));
    }

    // GLACIER and DEEP_ARCHIVE uploads' parts are billed at STANDARD until completed.
    void partsOfArchiveUploadsCostStandard()
    {
        const CostModel aws =
            CostModel::forConnection(PriceTable::builtIn(), QUrl(), QStringLiteral("us-east-1"), std::nullopt);
        QCOMPARE(aws.source(), CostModel::Source::ListPrices);
        QVERIFY(near(aws.monthly(10 * GiB, QStringLiteral("DEEP_ARCHIVE")), 0.23));
        QVERIFY(near(aws.monthly(10 * GiB, QStringLiteral("GLACIER")), 0.23));
        QVERIFY(near(aws.monthly(10 * GiB, QString()), 0.23));
        QVERIFY(near(aws.monthly(10 * GiB, QStringLiteral("STANDARD_IA")), 0.125));
        QVERIFY(near(aws.monthly(10 * GiB, QStringLiteral("GLACIER_IR")), 0.04));
        QVERIFY(!aws.monthly(-1, QStringLiteral("STANDARD"))); // size unknown: no cost, never $0
        QVERIFY(near(aws.monthly(0, QStringLiteral("STANDARD")), 0.0));
        QCOMPARE(aws.describe(), QStringLiteral("AWS list prices of %1, us-east-1").arg(PriceTable::builtIn().date()));
    }

    // Another service has no price unless one is set for the connection; never a guess.
    void otherServicesHaveNoPriceUnlessSet()
    {
        const QUrl ceph(QStringLiteral("http://127.0.0.1:7480"));
        const CostModel none = CostModel::forConnection(PriceTable::builtIn(), ceph, QStringLiteral("us-east-1"), {});
        QVERIFY(!none.hasPrices());
        QVERIFY(!none.monthly(GiB, QStringLiteral("STANDARD")));
        QCOMPARE(none.describe(), QStringLiteral("no price set for this service"));
        const CostModel wasabi =
            CostModel::forConnection(PriceTable::builtIn(), QUrl(QStringLiteral("https://s3.wasabisys.com")),
                                     QStringLiteral("us-east-1"), 0.0068);
        QVERIFY(near(wasabi.monthly(100 * GiB, QStringLiteral("STANDARD")), 0.68));
        QVERIFY(wasabi.describe().contains(QStringLiteral("set for this connection")));
        // An AWS region the file does not hold: no price either.
        QVERIFY(!CostModel::forConnection(PriceTable::builtIn(), QUrl(), QStringLiteral("ap-east-9"), {}).hasPrices());
        QVERIFY(isAwsEndpoint(QUrl(QStringLiteral("https://s3.eu-west-1.amazonaws.com"))));
        QVERIFY(!isAwsEndpoint(QUrl(QStringLiteral("https://amazonaws.com.evil.example"))));
    }

    void userPricesOverrideWhatTheyName()
    {
        PriceTable table = PriceTable::builtIn();
        const Result<PriceTable> user = PriceTable::fromJson(
            R"({"date": "2027-01-01", "regions": {"us-east-1": {"STANDARD": 0.021}, "eu-central-1": {"STANDARD": 0.0245}}})",
            QStringLiteral("test"));
        QVERIFY(user.ok());
        table.merge(*user);
        QCOMPARE(table.perGbMonth(QStringLiteral("us-east-1"), QStringLiteral("STANDARD")), std::optional(0.021));
        QCOMPARE(table.perGbMonth(QStringLiteral("us-east-1"), QStringLiteral("STANDARD_IA")), std::optional(0.0125));
        QCOMPARE(table.perGbMonth(QStringLiteral("eu-central-1"), QStringLiteral("STANDARD")), std::optional(0.0245));
        QCOMPARE(table.date(), QStringLiteral("2027-01-01"));
    }

    void badPriceFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("text price") << QByteArray(R"({"regions": {"us-east-1": {"STANDARD": "cheap"}}})");
        QTest::newRow("negative") << QByteArray(R"({"regions": {"us-east-1": {"STANDARD": -1}}})");
        QTest::newRow("euros") << QByteArray(R"({"currency": "EUR", "regions": {}})");
    }
    void badPriceFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!PriceTable::fromJson(json, QStringLiteral("prices.json")).ok());
    }

    void moneyInWords_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("words");
        QTest::newRow("zero") << 0.0 << QStringLiteral("$0");
        QTest::newRow("tiny") << 0.00004 << QStringLiteral("< $0.0001");
        QTest::newRow("cents of cents") << 0.0051234 << QStringLiteral("$0.0051");
        QTest::newRow("cents") << 0.234 << QStringLiteral("$0.23");
        QTest::newRow("dollars") << 12.345 << QStringLiteral("$12.35");
        QTest::newRow("thousands") << 1234.4 << QStringLiteral("$1,234");
    }
    void moneyInWords()
    {
        QFETCH(double, usd);
        QFETCH(QString, words);
        QCOMPARE(formatMoney(usd), words);
    }

    void estimatesInSentences()
    {
        QCOMPARE(formatMoneyEstimate(0.0051234), QStringLiteral("about $0.0051"));
        QCOMPARE(formatMoneyEstimate(0.00004), QStringLiteral("under $0.0001"));
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
