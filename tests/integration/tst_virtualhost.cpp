// Virtual-hosted addressing on a custom endpoint, against the real server: the seeded Ceph RGW
// sandbox of the CTest fixture, whose "rgw dns name" is localhost, so the host
// "weird-keys.localhost" names the bucket weird-keys. This machine does not resolve
// "*.localhost" (glibc's files+dns; no /etc/hosts edits in tests), so the clients reach those
// names through ForwardProxy (HTTP_PROXY), which connects every host name to 127.0.0.1: the
// client signs and sends exactly what it would send to a virtual-hosted endpoint with wildcard
// DNS, and the proxy records the request line and Host header that went out.
#include "forwardproxy.h"
#include "s3/s3client.h"
#include "s3/uploadlister.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using PartSweep::Test::ForwardProxy;
using PartSweep::Test::Sandbox;

namespace {

using KeyAndId = std::pair<QString, QString>;

const QString DocumentationAddress = QStringLiteral("192.0.2.1");

// The buckets the fixture seeds; other tests add and remove buckets of their own meanwhile.
const QStringList SeededBuckets = {QStringLiteral("media-archive"), QStringLiteral("weird-keys"),
                                   QStringLiteral("shared-payer"),  QStringLiteral("backups-rclone"),
                                   QStringLiteral("logs-firehose"), QStringLiteral("empty-bucket")};

} // namespace

class TestVirtualHost : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    ForwardProxy m_proxy;
    int m_port = 0;

    QString virtualHost(const QString &bucket) const
    {
        return QStringLiteral("%1.localhost:%2").arg(bucket).arg(m_port);
    }

    // A client reads HTTP_PROXY when it is made; loopback hosts bypass it ("localhost",
    // 127.0.0.1), every other name goes through the proxy. HTTP_PROXY is set only meanwhile:
    // awscli, run while this thread (and so the proxy) waits, must not use it.
    std::unique_ptr<S3Client> makeClient(const S3ClientConfig &config) const
    {
        qputenv("HTTP_PROXY", m_proxy.url().toUtf8());
        auto client = std::make_unique<S3Client>(config);
        qunsetenv("HTTP_PROXY");
        return client;
    }

    S3ClientConfig config(const QString &endpoint, AddressingStyle style) const
    {
        S3ClientConfig c = m_sandbox.clientConfig(m_sandbox.owner);
        c.endpoint = QUrl(endpoint);
        c.addressingStyle = style;
        c.maxAttempts = 1; // a failure here is a bug to see, not a hiccup to retry
        return c;
    }
    S3ClientConfig pathStyle() const { return config(m_sandbox.endpoint, AddressingStyle::Path); }
    S3ClientConfig virtualHosted() const
    {
        return config(QStringLiteral("http://localhost:%1").arg(m_port), AddressingStyle::Virtual);
    }

    struct Listing
    {
        QList<KeyAndId> uploads; // sorted
        ListingOutcome outcome;
    };

    Listing listAll(const S3ClientConfig &config, const QString &bucket, int pageSize)
    {
        const std::unique_ptr<S3Client> client = makeClient(config);
        Listing listing;
        bool done = false;
        UploadLister lister(client.get(), bucket);
        lister.setPageSize(pageSize);
        connect(&lister, &UploadLister::pageListed, this, [&listing](const ListUploadsPage &page) {
            for (const UploadInfo &u : page.uploads)
                listing.uploads.append({u.key, u.uploadId});
        });
        connect(&lister, &UploadLister::finished, this, [&](const ListingOutcome &outcome) {
            listing.outcome = outcome;
            done = true;
        });
        lister.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 120000); }();
        std::sort(listing.uploads.begin(), listing.uploads.end());
        return listing;
    }

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // partsweep-cli as a user runs it, with the sandbox owner's keys and the proxy in HTTP_PROXY.
    // Asynchronous: the proxy lives in this thread and serves only while the event loop runs.
    CliRun runCli(const QStringList &args, const QHash<QString, QString> &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"AWS_CA_BUNDLE", "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN",
                                 "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_DEFAULT_REGION", "HTTPS_PROXY",
                                 "https_proxy", "http_proxy", "NO_PROXY", "no_proxy"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_sandbox.owner.accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_sandbox.owner.secretAccessKey);
        env.insert(QStringLiteral("AWS_REGION"), m_sandbox.region);
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("HTTP_PROXY"), m_proxy.url());
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(PARTSWEEP_CLI_PATH), args);
        CliRun run;
        [&] {
            QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 120000);
        }();
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    static QList<KeyAndId> uploadsFromJson(const QByteArray &json)
    {
        QList<KeyAndId> result;
        for (const QJsonValue &row : QJsonDocument::fromJson(json).array())
            result.append({row[QStringLiteral("key")].toString(), row[QStringLiteral("uploadId")].toString()});
        std::sort(result.begin(), result.end());
        return result;
    }

    // What the proxy saw, for failure messages.
    QString sentTargets() const
    {
        QStringList targets;
        for (const ForwardProxy::Request &r : m_proxy.requests())
            targets << QString::fromUtf8(r.method + ' ' + r.target);
        return targets.join(QStringLiteral(", "));
    }

    // Every request the proxy saw went to the bucket's own host name, with the bucket not in
    // the path: virtual-hosted, as it went on the wire. (A CONNECT tunnel, as RawHttpExchange
    // would open one, shows only the host.)
    void verifyAllVirtualHosted(const QString &bucket)
    {
        const QByteArray host = virtualHost(bucket).toUtf8();
        QVERIFY(!m_proxy.requests().isEmpty());
        for (const ForwardProxy::Request &r : m_proxy.requests()) {
            QCOMPARE(r.host, host);
            if (r.method == "CONNECT")
                continue;
            QVERIFY2(r.target.startsWith(QByteArray("http://" + host + "/")), r.target.constData());
            QVERIFY2(!r.target.startsWith(QByteArray("http://" + host + "/" + bucket.toUtf8())), r.target.constData());
        }
    }

    // One request a page, and one more when a page was ambiguous about its keys' encoding and was
    // listed again without encoding-type (RGW with awkward keys).
    static qsizetype requestsOf(const Listing &listing)
    {
        const bool relisted = listing.outcome.keyRule.contains(QStringLiteral("without encoding-type"));
        return listing.outcome.pages + (relisted ? 1 : 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = Sandbox::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP("No S3 sandbox: run through ctest, whose S3 fixture starts and seeds one.");
        m_port = QUrl(m_sandbox.endpoint).port();
        QVERIFY(m_port > 0);
        QVERIFY(m_proxy.listen());
        for (const char *name : {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(name);
    }

    void init() { m_proxy.clear(); }

    // The same uploads, whichever addressing style; and awscli (path style) agrees.
    void virtualHostedListingMatchesPathStyle_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("weird-keys") << QStringLiteral("weird-keys") << 1000;
        QTest::newRow("weird-keys, pages of 2") << QStringLiteral("weird-keys") << 2;
        QTest::newRow("media-archive") << QStringLiteral("media-archive") << 1000;
    }

    void virtualHostedListingMatchesPathStyle()
    {
        QFETCH(QString, bucket);
        QFETCH(int, pageSize);
        const Listing path = listAll(pathStyle(), bucket, pageSize);
        QVERIFY2(!path.outcome.error, qPrintable(path.outcome.error ? path.outcome.error->toString() : QString()));
        QVERIFY2(m_proxy.requests().isEmpty(), "path-style requests to 127.0.0.1 must not need the proxy");

        const Listing hosted = listAll(virtualHosted(), bucket, pageSize);
        QVERIFY2(!hosted.outcome.error,
                 qPrintable(hosted.outcome.error ? hosted.outcome.error->toString() : QString()));
        QVERIFY(hosted.outcome.complete);
        QVERIFY(!hosted.uploads.isEmpty());
        QCOMPARE(hosted.uploads, path.uploads);
        QCOMPARE(hosted.uploads, m_sandbox.awsUploads(bucket));

        verifyAllVirtualHosted(bucket);
        QCOMPARE(m_proxy.requests().size(), requestsOf(hosted));
        for (const ForwardProxy::Request &r : m_proxy.requests())
            QVERIFY2(r.target.contains("uploads"), r.target.constData());
    }

    // ListBuckets is a service request: it goes to the endpoint's own host, never to a bucket's.
    void listBucketsIsNotVirtualHosted()
    {
        const std::unique_ptr<S3Client> client = makeClient(virtualHosted());
        std::optional<Result<QList<BucketInfo>>> result;
        client->listBuckets(this, [&](Result<QList<BucketInfo>> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->ok(), qPrintable(result->errorString()));
        QStringList names;
        for (const BucketInfo &b : result->value())
            names << b.name;
        for (const QString &seeded : SeededBuckets)
            QVERIFY2(names.contains(seeded), qPrintable(seeded));
        QVERIFY2(m_proxy.requests().isEmpty(), "ListBuckets went to a bucket host");
    }

    // Keys that are hard to sign (space, +, %, =, &, ?, #, unicode, //, a leading /, 800+ bytes)
    // travel in the path of a virtual-hosted request: ListParts of every weird-keys upload gives
    // what path style gives.
    void awkwardKeysPartsVirtualHosted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("uploadId");
        const QList<KeyAndId> uploads = m_sandbox.awsUploads(QStringLiteral("weird-keys"));
        QVERIFY(uploads.size() >= 16);
        for (const auto &[key, id] : uploads)
            QTest::addRow("%s %s", qPrintable(key.left(40)), qPrintable(id.right(6))) << key << id;
    }

    void awkwardKeysPartsVirtualHosted()
    {
        QFETCH(QString, key);
        QFETCH(QString, uploadId);
        const QString bucket = QStringLiteral("weird-keys");
        auto parts = [&](const S3ClientConfig &config) {
            const std::unique_ptr<S3Client> client = makeClient(config);
            std::optional<Result<S3Client::PartsSummary>> result;
            client->listAllParts(bucket, key, uploadId, this,
                                 [&](Result<S3Client::PartsSummary> r) { result = std::move(r); });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
            return result.value_or(Result<S3Client::PartsSummary>(S3Error{}));
        };
        const Result<S3Client::PartsSummary> path = parts(pathStyle());
        QVERIFY2(path.ok(), qPrintable(path.errorString()));

        const Result<S3Client::PartsSummary> hosted = parts(virtualHosted());
        QVERIFY2(hosted.ok(), qPrintable(hosted.errorString() + QStringLiteral(" Sent: ") + sentTargets()));
        QCOMPARE(hosted->parts.size(), path->parts.size());
        QCOMPARE(hosted->totalBytes, path->totalBytes);
        verifyAllVirtualHosted(bucket);
        QCOMPARE(m_proxy.requests().size(), 1);
    }

    // Auto on a custom endpoint is path style (botocore's rule). The endpoint is an address the
    // proxy must carry (so the test sees the request): 192.0.2.1, a documentation address (RFC
    // 5737) that is never routed; the proxy takes it to 127.0.0.1. (RGW reads an unknown host
    // *name* as a bucket name, CNAME style, so a made-up name would not do.)
    void autoOnCustomEndpointIsPathStyle()
    {
        const QString host = QStringLiteral("%1:%2").arg(DocumentationAddress).arg(m_port);
        const Listing listing = listAll(config(QStringLiteral("http://") + host, AddressingStyle::Auto),
                                        QStringLiteral("weird-keys"), 1000);
        QVERIFY2(!listing.outcome.error,
                 qPrintable(listing.outcome.error ? listing.outcome.error->toString() : QString()));
        QCOMPARE(listing.uploads, m_sandbox.awsUploads(QStringLiteral("weird-keys")));
        QCOMPARE(m_proxy.requests().size(), requestsOf(listing));
        for (const ForwardProxy::Request &r : m_proxy.requests()) {
            QCOMPARE(r.host, host.toUtf8());
            QVERIFY2(r.target.startsWith(QByteArray("http://" + host.toUtf8() + "/weird-keys?")), r.target.constData());
        }
    }

    // partsweep-cli: --addressing-style virtual (or s3.addressing_style in the profile) lists the
    // same uploads as path style, and the requests went out virtual-hosted.
    void cliVirtualHostedMatchesPathStyle_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<bool>("fromProfile");
        QTest::newRow("weird-keys, --addressing-style virtual") << QStringLiteral("weird-keys") << false;
        QTest::newRow("media-archive, --addressing-style virtual") << QStringLiteral("media-archive") << false;
        QTest::newRow("weird-keys, s3.addressing_style in the profile") << QStringLiteral("weird-keys") << true;
    }

    void cliVirtualHostedMatchesPathStyle()
    {
        QFETCH(QString, bucket);
        QFETCH(bool, fromProfile);
        const QStringList common = {QStringLiteral("uploads"), QStringLiteral("--bucket"), bucket,
                                    QStringLiteral("--output"), QStringLiteral("json")};
        const CliRun path = runCli(common + QStringList{QStringLiteral("--endpoint-url"), m_sandbox.endpoint,
                                                        QStringLiteral("--addressing-style"), QStringLiteral("path")});
        QVERIFY2(path.exitCode == 0, path.err.constData());
        QVERIFY(m_proxy.requests().isEmpty());

        const QString endpoint = QStringLiteral("http://localhost:%1").arg(m_port);
        CliRun hosted;
        if (fromProfile) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            QFile config(home.filePath(QStringLiteral("config")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(QStringLiteral("[profile sandbox]\nendpoint_url = %1\ns3 =\n    addressing_style = virtual\n")
                             .arg(endpoint)
                             .toUtf8());
            config.close();
            hosted = runCli(common, {{QStringLiteral("AWS_CONFIG_FILE"), config.fileName()},
                                     {QStringLiteral("AWS_PROFILE"), QStringLiteral("sandbox")}});
        } else {
            hosted = runCli(common + QStringList{QStringLiteral("--endpoint-url"), endpoint,
                                                 QStringLiteral("--addressing-style"), QStringLiteral("virtual")});
        }
        QVERIFY2(hosted.exitCode == 0, hosted.err.constData());
        const QList<KeyAndId> ours = uploadsFromJson(hosted.out);
        QVERIFY(!ours.isEmpty());
        QCOMPARE(ours, uploadsFromJson(path.out));
        verifyAllVirtualHosted(bucket);
    }

    void cliBucketsVirtualHosted()
    {
        const CliRun run = runCli({QStringLiteral("buckets"), QStringLiteral("--output"), QStringLiteral("json"),
                                   QStringLiteral("--endpoint-url"), QStringLiteral("http://localhost:%1").arg(m_port),
                                   QStringLiteral("--addressing-style"), QStringLiteral("virtual")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QHash<QString, QString> regions;
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out).array())
            regions.insert(row[QStringLiteral("name")].toString(), row[QStringLiteral("region")].toString());
        for (const QString &seeded : SeededBuckets) {
            QVERIFY2(regions.contains(seeded), qPrintable(seeded));
            QVERIFY2(!regions.value(seeded).isEmpty(), qPrintable(seeded));
        }
        // The region of each bucket was asked of the bucket's own host (GetBucketLocation).
        QSet<QByteArray> hosts;
        for (const ForwardProxy::Request &r : m_proxy.requests()) {
            QVERIFY2(r.target.endsWith("/?location="), r.target.constData());
            hosts.insert(r.host);
        }
        for (const QString &seeded : SeededBuckets)
            QVERIFY2(hosts.contains(virtualHost(seeded).toUtf8()), qPrintable(seeded));
    }

    void cliAutoOnCustomEndpointIsPathStyle_data()
    {
        QTest::addColumn<QStringList>("style");
        QTest::newRow("--addressing-style auto")
            << QStringList{QStringLiteral("--addressing-style"), QStringLiteral("auto")};
        QTest::newRow("no --addressing-style") << QStringList{};
    }

    void cliAutoOnCustomEndpointIsPathStyle()
    {
        QFETCH(QStringList, style);
        const QString host = QStringLiteral("%1:%2").arg(DocumentationAddress).arg(m_port);
        const CliRun run =
            runCli(QStringList{QStringLiteral("uploads"), QStringLiteral("--bucket"), QStringLiteral("weird-keys"),
                               QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--endpoint-url"),
                               QStringLiteral("http://") + host} +
                   style);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(uploadsFromJson(run.out), m_sandbox.awsUploads(QStringLiteral("weird-keys")));
        QVERIFY(!m_proxy.requests().isEmpty());
        for (const ForwardProxy::Request &r : m_proxy.requests()) {
            QCOMPARE(r.host, host.toUtf8());
            QVERIFY2(r.target.startsWith(QByteArray("http://" + host.toUtf8() + "/weird-keys?")), r.target.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestVirtualHost)
#include "tst_virtualhost.moc"
