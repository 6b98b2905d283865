// Proxies from the environment, as curl and the AWS CLI take them.
#include "s3/transport/proxyconfig.h"

#include <QtTest>

using PartSweep::EnvironmentProxyFactory;

class TestProxyConfig : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        QProcessEnvironment e;
        for (const auto &[name, value] : values)
            e.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        return e;
    }

private Q_SLOTS:
    void httpsUsesHttpsProxy()
    {
        EnvironmentProxyFactory f(
            env({{"HTTPS_PROXY", "http://proxy.corp:3128"}, {"HTTP_PROXY", "http://other:8080"}}));
        const QNetworkProxy p = f.proxyFor(QUrl(QStringLiteral("https://s3.eu-west-1.amazonaws.com/")));
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(p.port(), quint16(3128));
        QCOMPARE(f.proxyFor(QUrl(QStringLiteral("http://minio.lan:9000/"))).hostName(), QStringLiteral("other"));
    }

    void lowerCaseAndSchemelessValues()
    {
        EnvironmentProxyFactory f(env({{"https_proxy", "user:pa%40ss@proxy:8443"}}));
        const QNetworkProxy p = f.proxyFor(QUrl(QStringLiteral("https://bucket.s3.amazonaws.com/")));
        QCOMPARE(p.hostName(), QStringLiteral("proxy"));
        QCOMPARE(p.port(), quint16(8443));
        QCOMPARE(p.user(), QStringLiteral("user"));
        QCOMPARE(p.password(), QStringLiteral("pa@ss"));
    }

    void noProxyAndLoopbackGoDirect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("direct");
        QTest::newRow("listed domain") << QStringLiteral("https://s3.internal.corp/") << true;
        QTest::newRow("dot suffix") << QStringLiteral("https://a.b.example.org/") << true;
        QTest::newRow("exact host") << QStringLiteral("https://ceph1/") << true;
        QTest::newRow("loopback ip") << QStringLiteral("https://127.0.0.1:8000/") << true;
        QTest::newRow("localhost") << QStringLiteral("https://localhost/") << true;
        QTest::newRow("other host") << QStringLiteral("https://s3.amazonaws.com/") << false;
        QTest::newRow("suffix is not substring") << QStringLiteral("https://notinternal.corp.evil/") << false;
    }

    void noProxyAndLoopbackGoDirect()
    {
        QFETCH(QString, url);
        QFETCH(bool, direct);
        EnvironmentProxyFactory f(
            env({{"HTTPS_PROXY", "http://proxy:3128"}, {"NO_PROXY", "internal.corp, .example.org,ceph1"}}));
        QCOMPARE(f.proxyFor(QUrl(url)).type() == QNetworkProxy::NoProxy, direct);
    }

    void nothingSetMeansNoProxyFromEnvironment()
    {
        EnvironmentProxyFactory f{QProcessEnvironment()};
        QCOMPARE(f.proxyFor(QUrl(QStringLiteral("https://s3.amazonaws.com/"))).type(), QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(TestProxyConfig)
#include "tst_proxyconfig.moc"
