// Where requests go: AWS's partitions and endpoint variants (FIPS, dual-stack), IPv6 literal and
// internationalised endpoints. The host a request is sent to and signed for, and the region it
// is signed for, as S3's endpoint rules (botocore) have them.
#include "s3/addressing.h"
#include "s3/sigv4.h"

#include <QtTest>

using namespace PartSweep;

class TestAddressing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsHosts_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("fips");
        QTest::addColumn<bool>("dualStack");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("partition");

        const auto row = [](const char *name, const char *region, bool fips, bool dualStack, const char *host,
                            const char *partition) {
            QTest::newRow(name) << QString::fromLatin1(region) << fips << dualStack << QString::fromLatin1(host)
                                << QString::fromLatin1(partition);
        };
        row("aws", "eu-west-1", false, false, "s3.eu-west-1.amazonaws.com", "aws");
        row("aws fips", "us-east-1", true, false, "s3-fips.us-east-1.amazonaws.com", "aws");
        row("aws dual-stack", "eu-central-1", false, true, "s3.dualstack.eu-central-1.amazonaws.com", "aws");
        row("aws fips dual-stack", "us-west-2", true, true, "s3-fips.dualstack.us-west-2.amazonaws.com", "aws");
        row("china", "cn-north-1", false, false, "s3.cn-north-1.amazonaws.com.cn", "aws-cn");
        row("china dual-stack", "cn-northwest-1", false, true, "s3.dualstack.cn-northwest-1.amazonaws.com.cn",
            "aws-cn");
        row("govcloud", "us-gov-west-1", false, false, "s3.us-gov-west-1.amazonaws.com", "aws-us-gov");
        row("govcloud fips", "us-gov-east-1", true, false, "s3-fips.us-gov-east-1.amazonaws.com", "aws-us-gov");
        row("iso", "us-iso-east-1", false, false, "s3.us-iso-east-1.c2s.ic.gov", "aws-iso");
        row("iso-b", "us-isob-east-1", false, false, "s3.us-isob-east-1.sc2s.sgov.gov", "aws-iso-b");
        row("iso-e", "eu-isoe-west-1", false, false, "s3.eu-isoe-west-1.cloud.adc-e.uk", "aws-iso-e");
        row("iso-f", "us-isof-south-1", true, false, "s3-fips.us-isof-south-1.csp.hci.ic.gov", "aws-iso-f");
        row("a region of tomorrow", "xx-future-9", false, false, "s3.xx-future-9.amazonaws.com", "aws");
    }

    void awsHosts()
    {
        QFETCH(QString, region);
        QFETCH(bool, fips);
        QFETCH(bool, dualStack);
        QFETCH(QString, host);
        QFETCH(QString, partition);

        QCOMPARE(awsPartition(region).name, partition);
        const AwsEndpointVariant variant{.fips = fips, .dualStack = dualStack};
        const QString bucket = QStringLiteral("photos");
        const RequestAddress path = addressRequest(QUrl(), AddressingStyle::Path, region, bucket, nullptr,
                                                   {{QStringLiteral("uploads"), QString()}}, variant);
        QCOMPARE(path.host, host.toUtf8());
        QCOMPARE(path.url.host(), host);
        QCOMPARE(path.url.scheme(), QStringLiteral("https"));
        QCOMPARE(path.canonicalPath, QByteArrayLiteral("/photos"));
        QCOMPARE(path.region, region); // signed for the region itself, in every partition
        const RequestAddress hosted =
            addressRequest(QUrl(), AddressingStyle::Auto, region, bucket, nullptr, {}, variant);
        QCOMPARE(hosted.host, QByteArrayLiteral("photos.") + host.toUtf8());
    }

    void partitionsWithoutAVariant()
    {
        QVERIFY(!awsPartition(QStringLiteral("cn-north-1")).hasFips);
        QVERIFY(awsPartition(QStringLiteral("cn-north-1")).hasDualStack);
        QVERIFY(!awsPartition(QStringLiteral("us-iso-east-1")).hasDualStack);
        QVERIFY(awsPartition(QStringLiteral("us-gov-west-1")).hasFips);
    }

    // http://[::1]:PORT used to give "Host  not found": the brackets were lost.
    void ipv6LiteralEndpoint()
    {
        const QString key = QStringLiteral("a b");
        const RequestAddress a = addressRequest(QUrl(QStringLiteral("http://[::1]:7480")), AddressingStyle::Auto,
                                                QStringLiteral("default"), QStringLiteral("bkt"), &key, {});
        QCOMPARE(a.host, QByteArrayLiteral("[::1]:7480"));
        QVERIFY(a.url.isValid());
        QCOMPARE(a.url.host(), QStringLiteral("::1"));
        QCOMPARE(a.url.port(), 7480);
        QCOMPARE(a.url.toString(QUrl::FullyEncoded), QStringLiteral("http://[::1]:7480/bkt/a%20b"));

        const RequestAddress full = addressRequest(QUrl(QStringLiteral("https://[2001:db8::5]")), AddressingStyle::Path,
                                                   QStringLiteral("default"), QString(), nullptr, {});
        QCOMPARE(full.host, QByteArrayLiteral("[2001:db8::5]"));
        QCOMPARE(full.url.toString(QUrl::FullyEncoded), QStringLiteral("https://[2001:db8::5]/"));
    }

    // The Host header and the signature take the ASCII form of an internationalised name.
    void internationalisedHostName()
    {
        const RequestAddress a =
            addressRequest(QUrl(QStringLiteral("https://s3.bücher.example:9000")), AddressingStyle::Path,
                           QStringLiteral("default"), QStringLiteral("bkt"), nullptr, {});
        QCOMPARE(a.host, QByteArrayLiteral("s3.xn--bcher-kva.example:9000"));
        QVERIFY(a.url.isValid());
        QCOMPARE(a.url.host(QUrl::FullyEncoded), QStringLiteral("s3.xn--bcher-kva.example"));
    }
};

QTEST_GUILESS_MAIN(TestAddressing)
#include "tst_addressing.moc"
