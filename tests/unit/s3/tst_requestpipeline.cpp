// The request pipeline and the typed API on top of it, over FakeTransport: a FAKE transport
// (no network) that records each signed exchange and answers what the test queued. It shows what
// a real server cannot be made to do on demand: credentials that expire mid-run, a refresh that
// fails, and each "not found" answer a server may give. Routing between the two real transports
// (QtHttpTransport::sendsUnchanged) is checked here too; the real transports are exercised against
// the sandbox (integration/tst_s3client, tst_tls, tst_virtualhost).
#include "faketransport.h"
#include "s3/s3client.h"
#include "s3/transport/qthttptransport.h"

#include <QTimer>
#include <QtTest>

#include <deque>

using namespace PartSweep;
using PartSweep::Test::FakeTransport;

namespace {

// Credentials that expire and are replaced by refresh() after a short delay (or refused).
class ExpiringProvider final : public CredentialsProvider
{
public:
    AwsCredentials credentials() const override { return m_current; }
    bool needsRefresh(const QDateTime &now) const override
    {
        return !m_current.expiration.isValid() || m_current.expiration < now.addSecs(300);
    }
    void refresh(QObject *context, std::function<void(Result<Unit>)> done) override
    {
        ++refreshes;
        QTimer::singleShot(20, context, [this, done = std::move(done)] {
            if (refuse) {
                S3Error error;
                error.kind = S3Error::Kind::Credentials;
                error.message = QStringLiteral("the identity provider said no");
                return done(error);
            }
            m_current.accessKeyId = QStringLiteral("AKIAFRESH%1").arg(refreshes);
            m_current.secretAccessKey = QStringLiteral("fresh-secret");
            m_current.expiration = QDateTime::currentDateTimeUtc().addSecs(3600);
            done(Unit{});
        });
    }

    int refreshes = 0;
    bool refuse = false;

private:
    AwsCredentials m_current{.accessKeyId = QStringLiteral("AKIASTALE"),
                             .secretAccessKey = QStringLiteral("stale"),
                             .sessionToken = {},
                             .expiration = QDateTime::currentDateTimeUtc().addSecs(60),
                             .source = QStringLiteral("the test")};
};

S3ClientConfig config()
{
    S3ClientConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = QStringLiteral("AKIASTATIC");
    config.credentials.secretAccessKey = QStringLiteral("static-secret");
    return config;
}

} // namespace

class TestRequestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesTargetsQtWouldRewrite_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("unchanged");
        QTest::newRow("plain key") << QByteArray("/bkt/logs/a.gz?uploadId=1") << true;
        QTest::newRow("dots inside a name") << QByteArray("/bkt/a..b/c.") << true;
        QTest::newRow("dot dot in the query only") << QByteArray("/bkt/k?prefix=/../") << true;
        QTest::newRow("dot-dot segment") << QByteArray("/bkt/a/../b?uploadId=1") << false;
        QTest::newRow("dot segment") << QByteArray("/bkt/./b") << false;
        QTest::newRow("trailing dot-dot") << QByteArray("/bkt/a/..") << false;
        QTest::newRow("leading double slash (virtual-hosted key /k)") << QByteArray("//k?uploadId=1") << false;
        QTest::newRow("double slash inside") << QByteArray("/bkt//k") << true;
    }

    void routesTargetsQtWouldRewrite()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, unchanged);
        QCOMPARE(QtHttpTransport::sendsUnchanged(target), unchanged);
    }

    // Expiring credentials are refreshed once, before signing, and every request waits for them.
    void refreshesCredentialsBeforeSigning()
    {
        auto *transport = new FakeTransport;
        auto provider = std::make_shared<ExpiringProvider>();
        S3Client client(config(), std::unique_ptr<HttpTransport>(transport), provider);
        int answered = 0;
        for (int i = 0; i < 3; ++i) {
            client.abortUpload(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("u"), this,
                               [&answered](Result<AbortAnswer> r, const ResponseMeta &) {
                                   QVERIFY2(r.ok() && !r->gone, qPrintable(r.errorString()));
                                   ++answered;
                               });
        }
        QCOMPARE(transport->exchanges.size(), 0); // held while the refresh runs
        QTRY_COMPARE(answered, 3);
        QCOMPARE(provider->refreshes, 1);
        QCOMPARE(transport->exchanges.size(), 3);
        for (const FakeTransport::Exchange &sent : std::as_const(transport->exchanges))
            QVERIFY2(sent.authorization.contains("Credential=AKIAFRESH1/"), sent.authorization.constData());
    }

    // A refresh that fails fails the held requests with its error; nothing is sent.
    void failedRefreshFailsHeldRequests()
    {
        auto *transport = new FakeTransport;
        auto provider = std::make_shared<ExpiringProvider>();
        provider->refuse = true;
        S3Client client(config(), std::unique_ptr<HttpTransport>(transport), provider);
        QList<Result<AbortAnswer>> results;
        for (int i = 0; i < 2; ++i) {
            client.abortUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u%1").arg(i), this,
                               [&results](Result<AbortAnswer> r, const ResponseMeta &) { results << r; });
        }
        QTRY_COMPARE(results.size(), 2);
        for (const Result<AbortAnswer> &r : std::as_const(results)) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, S3Error::Kind::Credentials);
            QVERIFY(r.error().message.contains(QStringLiteral("identity provider said no")));
        }
        QCOMPARE(transport->exchanges.size(), 0);
    }

    // Static credentials (the default) never ask for a refresh.
    void staticCredentialsSignAsConfigured()
    {
        auto *transport = new FakeTransport;
        S3Client client(config(), std::unique_ptr<HttpTransport>(transport), {});
        bool answered = false;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u"), this,
                           [&answered](Result<AbortAnswer>, const ResponseMeta &) { answered = true; });
        QTRY_VERIFY(answered);
        QCOMPARE(transport->exchanges.size(), 1);
        QVERIFY(transport->exchanges.first().authorization.contains("Credential=AKIASTATIC/"));
        QCOMPARE(transport->exchanges.first().request.target, QByteArray("/bkt/k?uploadId=u"));
    }

    // The typed API says "gone", with the code that said so, for the not-found answers of an
    // upload, and leaves every other answer an error.
    void notFoundAnswersAreTyped_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<bool>("gone");
        QTest::newRow("NoSuchUpload (AWS)") << QByteArray("NoSuchUpload") << true;
        QTest::newRow("NoSuchKey (RGW ListParts)") << QByteArray("NoSuchKey") << true;
        QTest::newRow("NoSuchBucket is not an upload's absence") << QByteArray("NoSuchBucket") << false;
    }

    void notFoundAnswersAreTyped()
    {
        QFETCH(QByteArray, code);
        QFETCH(bool, gone);
        auto *transport = new FakeTransport;
        transport->answers.push_back(FakeTransport::error(404, code));
        transport->answers.push_back(FakeTransport::error(404, code));
        S3Client client(config(), std::unique_ptr<HttpTransport>(transport), {});

        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u"), this,
                           [&aborted](Result<AbortAnswer> r, const ResponseMeta &) { aborted = r; });
        std::optional<Result<PartsAnswer>> listed;
        client.listPartsPage(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u"), 0, 1000, this,
                             [&listed](Result<PartsAnswer> r, const ResponseMeta &) { listed = r; });
        QTRY_VERIFY(aborted && listed);
        QCOMPARE(aborted->ok(), gone);
        QCOMPARE(listed->ok(), gone);
        if (gone) {
            QVERIFY(aborted->value().gone && listed->value().gone);
            QCOMPARE(aborted->value().gone->code, QString::fromLatin1(code));
            QCOMPARE(listed->value().gone->httpStatus, 404);
            QCOMPARE(listed->value().gone->requestId, QStringLiteral("rid-") + QString::fromLatin1(code));
        } else {
            QCOMPARE(aborted->error().code, QString::fromLatin1(code));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestPipeline)
#include "tst_requestpipeline.moc"
