// S3Client over HTTPS against the real server: a small TLS sandbox of its own (scripts/s3-sandbox
// start --tls: a throwaway CA and a server certificate for 127.0.0.1, localhost and
// tls-bucket.localhost), started in initTestCase and stopped when the test ends (ctest runs it
// under test_tls_guard.sh, which stops it even after a crash or Ctrl-C). Covers what
// the command-line test (test_tls_cli.sh) cannot see: the error values (kind, attempts), keys
// with "." or ".." segments (sent by RawHttpExchange, not by QNetworkAccessManager) over TLS, and
// virtual-hosted HTTPS through an HTTPS_PROXY tunnel with the certificate's host names checked.
#include "forwardproxy.h"
#include "s3/s3client.h"
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

const QString Bucket = QStringLiteral("tls-bucket");        // named in the server certificate
const QString OtherBucket = QStringLiteral("other-bucket"); // not named there
const QString DotKey = QStringLiteral("tls/../dot.bin");
const QString DecoyKey = QStringLiteral("dot.bin"); // where a normalised "tls/../dot.bin" would land
const QString PlainKey = QStringLiteral("tls/plain file.bin");
constexpr int PartBytes = 3000;

// Runs scripts/s3-sandbox; stdout, or a null string (and a warning with stderr) on failure.
QString sandboxScript(const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(PARTSWEEP_SCRIPTS_DIR "/s3-sandbox"), args);
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("s3-sandbox %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool runOpenssl(const QStringList &args)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;     // the sandbox's directory, set once it was started
    Sandbox m_sandbox; // the plain endpoint, for awscli
    QString m_https;
    QString m_caBundle;
    QString m_otherCa; // a CA that did not sign the server's certificate
    int m_sslPort = 0;
    QHash<QString, QString> m_ids; // upload id by key

public:
    ~TestTls() override { stopSandbox(); } // also when initTestCase failed half-way

private:
    void stopSandbox()
    {
        if (!m_dir.isEmpty())
            sandboxScript({QStringLiteral("stop"), m_dir});
        m_dir.clear();
    }

    S3ClientConfig config(const QString &caBundle = {}) const
    {
        S3ClientConfig c = m_sandbox.clientConfig(m_sandbox.owner);
        c.endpoint = QUrl(m_https);
        c.caBundle = caBundle;
        return c;
    }

    // For requests that go through RawHttpExchange: a short timeout and no retry, so that its
    // regression of the TLS-close handling (a hang until the timeout) costs seconds, not minutes.
    S3ClientConfig dotKeyConfig(const QString &caBundle) const
    {
        S3ClientConfig c = config(caBundle);
        c.timeoutMs = 5000;
        c.maxAttempts = 1;
        return c;
    }

    struct Page
    {
        std::optional<Result<ListBucketsPage>> result;
        ResponseMeta meta;
    };

    Page listBuckets(const S3ClientConfig &config)
    {
        S3Client client(config);
        Page page;
        client.listBucketsPage({}, this, [&page](Result<ListBucketsPage> r, const ResponseMeta &meta) {
            page.result = std::move(r);
            page.meta = meta;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page.result.has_value(), 60000); }();
        return page;
    }

    std::optional<Result<ListUploadsPage>> listUploads(const S3ClientConfig &config, const QString &bucket,
                                                       ResponseMeta *meta = nullptr)
    {
        S3Client client(config);
        std::optional<Result<ListUploadsPage>> result;
        S3Client::ListUploadsQuery query = S3Client::ListUploadsQuery::forBucket(bucket);
        const auto list = [&] {
            result.reset();
            client.listUploadsPage(query, this, [&](Result<ListUploadsPage> r, const ResponseMeta &m) {
                result = std::move(r);
                if (meta)
                    *meta = m;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000); }();
        };
        list();
        // As UploadLister does: RGW does not say whether it encoded the keys ("plain file.bin"
        // reads differently either way), so the page is asked again without encoding-type.
        if (result && result->ok() && result->value().keyReading == ListUploadsPage::KeyReading::Ambiguous) {
            query.urlEncoding = false;
            list();
        }
        return result;
    }

    static QList<KeyAndId> keysAndIds(const ListUploadsPage &page)
    {
        QList<KeyAndId> result;
        for (const UploadInfo &u : page.uploads)
            result.append({u.key, u.uploadId});
        std::sort(result.begin(), result.end());
        return result;
    }

    // awscli takes a second or two to start, so independent calls run side by side. Returns the
    // stdout of each call, a null string for a call that failed (with a warning).
    QStringList awsParallel(const QList<QStringList> &calls) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"AWS_CA_BUNDLE", "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_sandbox.owner.accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_sandbox.owner.secretAccessKey);
        env.insert(QStringLiteral("AWS_REGION"), m_sandbox.region);
        env.insert(QStringLiteral("AWS_PAGER"), QString());
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        const QString program =
            QFileInfo::exists(QStringLiteral("/usr/bin/aws")) ? QStringLiteral("/usr/bin/aws") : QStringLiteral("aws");
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &args : calls) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setStandardInputFile(QProcess::nullDevice());
            p->start(program, QStringList{QStringLiteral("--endpoint-url"), m_sandbox.endpoint} + args);
            processes.push_back(std::move(p));
        }
        QStringList outputs;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QProcess &p = *processes[size_t(i)];
            if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                qWarning("aws %s failed: %s", qPrintable(calls[i].join(u' ')), p.readAllStandardError().constData());
                outputs << QString();
                continue;
            }
            const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            outputs << (out.isNull() ? QStringLiteral("") : out); // null only for failures
        }
        return outputs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const char *name : {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(name);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S3_SANDBOX_TLS_NAMES"), Bucket + QStringLiteral(".localhost"));
        // Under test_tls_guard.sh (ctest), the sandbox goes where the guard stops it in any case.
        const QString guarded = qEnvironmentVariable("PARTSWEEP_TLS_WORK_DIR");
        const QString dir = (guarded.isEmpty() ? m_tmp.path() : guarded) + QStringLiteral("/sandbox");
        QElapsedTimer timer;
        timer.start();
        const QString out = sandboxScript({QStringLiteral("start"), QStringLiteral("--tls"), dir}, env);
        if (QFileInfo::exists(dir + QStringLiteral("/sandbox.env")))
            m_dir = dir; // stop it whatever happens next
        QVERIFY2(!out.isEmpty(), "s3-sandbox start --tls failed (see the warning above)");
        qInfo("TLS sandbox started in %lld ms", static_cast<long long>(timer.elapsed()));

        QHash<QString, QString> values;
        for (const QString &line : out.split(u'\n')) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                values.insert(line.left(eq), line.mid(eq + 1));
        }
        m_sandbox.dir = dir;
        m_sandbox.endpoint = values.value(QStringLiteral("ENDPOINT"));
        m_sandbox.region = values.value(QStringLiteral("REGION"));
        m_sandbox.owner.accessKeyId = values.value(QStringLiteral("OWNER_ACCESS_KEY"));
        m_sandbox.owner.secretAccessKey = values.value(QStringLiteral("OWNER_SECRET_KEY"));
        m_sandbox.owner.source = QStringLiteral("the sandbox owner's test keys");
        m_https = values.value(QStringLiteral("HTTPS_ENDPOINT"));
        m_caBundle = values.value(QStringLiteral("CA_BUNDLE"));
        QVERIFY2(m_https.startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(out));
        QVERIFY2(QFileInfo::exists(m_caBundle), qPrintable(m_caBundle));
        m_sslPort = QUrl(m_https).port();
        QCOMPARE(sandboxScript({QStringLiteral("env"), dir, QStringLiteral("plain")}) +
                     QStringLiteral("SANDBOX_DIR=%1\n").arg(dir),
                 out);

        // A second, unrelated CA: a bundle that holds a CA, but not the one that signed the server.
        m_otherCa = m_tmp.filePath(QStringLiteral("other-ca.pem"));
        QVERIFY(
            runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Some other CA"), QStringLiteral("-keyout"),
                        m_tmp.filePath(QStringLiteral("other-ca.key")), QStringLiteral("-out"), m_otherCa}));

        QFile part(m_tmp.filePath(QStringLiteral("part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(PartBytes, 'p'));
        part.close();
        const auto s3api = [](const QStringList &args) { return QStringList{QStringLiteral("s3api")} + args; };
        for (const QString &created : awsParallel({
                 s3api({QStringLiteral("create-bucket"), QStringLiteral("--bucket"), Bucket}),
                 s3api({QStringLiteral("create-bucket"), QStringLiteral("--bucket"), OtherBucket}),
             }))
            QVERIFY(!created.isNull());
        const QStringList keys = {PlainKey, DotKey, DecoyKey};
        QList<QStringList> creates;
        for (const QString &key : keys)
            creates << s3api({QStringLiteral("create-multipart-upload"), QStringLiteral("--bucket"), Bucket,
                              QStringLiteral("--key"), key, QStringLiteral("--query"), QStringLiteral("UploadId"),
                              QStringLiteral("--output"), QStringLiteral("text")});
        const QStringList ids = awsParallel(creates);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QVERIFY2(!ids[i].isEmpty(), qPrintable(keys[i]));
            m_ids.insert(keys[i], ids[i]);
        }
        QVERIFY(!awsParallel({s3api({QStringLiteral("upload-part"), QStringLiteral("--bucket"), Bucket,
                                     QStringLiteral("--key"), DotKey, QStringLiteral("--upload-id"),
                                     m_ids.value(DotKey), QStringLiteral("--part-number"), QStringLiteral("1"),
                                     QStringLiteral("--body"), part.fileName()})})
                     .first()
                     .isNull());
    }

    void cleanupTestCase() { stopSandbox(); }

    void listsOverHttpsWithTheCaBundle()
    {
        const Page page = listBuckets(config(m_caBundle));
        QVERIFY2(page.result->ok(), qPrintable(page.result->errorString()));
        QStringList names;
        for (const BucketInfo &b : page.result->value().buckets)
            names << b.name;
        names.sort();
        QCOMPARE(names, (QStringList{OtherBucket, Bucket}));

        const auto uploads = listUploads(config(m_caBundle), Bucket);
        QVERIFY2(uploads->ok(), qPrintable(uploads->errorString()));
        QCOMPARE(keysAndIds(uploads->value()), m_sandbox.awsUploads(Bucket));
        QCOMPARE(uploads->value().uploads.size(), 3);
    }

    // The certificate is refused: a network error in words, at once (no retry can help).
    void untrustedCertificateFailsOnceInWords_data()
    {
        QTest::addColumn<QString>("caBundle");
        QTest::newRow("no CA bundle (the system's CAs)") << QString();
        QTest::newRow("a bundle with another CA") << m_otherCa;
        if (QFileInfo::exists(QStringLiteral("/etc/ssl/certs/ca-certificates.crt")))
            QTest::newRow("the system's bundle as AWS_CA_BUNDLE often is")
                << QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    }

    void untrustedCertificateFailsOnceInWords()
    {
        QFETCH(QString, caBundle);
        S3ClientConfig c = config(caBundle);
        c.maxAttempts = 3;
        const Page page = listBuckets(c);
        QVERIFY(!page.result->ok());
        const S3Error &error = page.result->error();
        QCOMPARE(error.kind, S3Error::Kind::Network);
        QVERIFY2(error.message.contains(QStringLiteral("TLS certificate of 127.0.0.1 is not trusted")),
                 qPrintable(error.message));
        // The hint names the CA bundle setting; each front end words it (the CLI: --ca-bundle, cli_tls).
        QVERIFY(error.settings.contains(S3Error::Setting::CaBundle));
        QVERIFY2(error.hint.contains(S3Error::settingPhrase(S3Error::Setting::CaBundle)), qPrintable(error.hint));
        if (!caBundle.isEmpty())
            QVERIFY2(error.hint.contains(caBundle), qPrintable(error.hint));
        QCOMPARE(page.meta.attempts, 1);
    }

    // A CA bundle that cannot be used is reported as such, before anything is sent.
    void unusableCaBundleIsNamed_data()
    {
        QTest::addColumn<QString>("caBundle");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << m_tmp.filePath(QStringLiteral("no-such-ca.pem"))
                                 << QStringLiteral("does not exist");
        QTest::newRow("a directory") << m_tmp.path() << QStringLiteral("cannot be read");
        QTest::newRow("not PEM") << m_tmp.filePath(QStringLiteral("part"))
                                 << QStringLiteral("holds no PEM certificate");
    }

    void unusableCaBundleIsNamed()
    {
        QFETCH(QString, caBundle);
        QFETCH(QString, words);
        const Page page = listBuckets(config(caBundle));
        QVERIFY(!page.result->ok());
        const S3Error &error = page.result->error();
        QCOMPARE(error.kind, S3Error::Kind::Config);
        QVERIFY2(error.message.contains(caBundle), qPrintable(error.message));
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        // The hint names the CA bundle setting; each front end words it (the CLI: --ca-bundle, cli_tls).
        QVERIFY(error.settings.contains(S3Error::Setting::CaBundle));
        QVERIFY2(error.hint.contains(S3Error::settingPhrase(S3Error::Setting::CaBundle)), qPrintable(error.hint));
        QCOMPARE(page.meta.attempts, 0);

        // It concerns https only: a plain endpoint with the same (environment-wide) setting works.
        S3ClientConfig plain = config(caBundle);
        plain.endpoint = QUrl(m_sandbox.endpoint);
        const Page plainPage = listBuckets(plain);
        QVERIFY2(plainPage.result->ok(), qPrintable(plainPage.result->errorString()));
    }

    void verifyTlsOffAcceptsTheCertificate()
    {
        S3ClientConfig c = config();
        c.verifyTls = false;
        const Page page = listBuckets(c);
        QVERIFY2(page.result->ok(), qPrintable(page.result->errorString()));
        QCOMPARE(page.result->value().buckets.size(), 2);
    }

    // "tls/../dot.bin" is sent byte for byte by RawHttpExchange: over TLS it must use the same
    // trust settings (a refusal in words without the CA bundle) and reach that upload, not
    // "dot.bin".
    void dotSegmentKeyOverHttps()
    {
        S3Client untrusting(dotKeyConfig({}));
        std::optional<Result<S3Client::PartsSummary>> refused;
        untrusting.listAllParts(Bucket, DotKey, m_ids.value(DotKey), this,
                                [&](Result<S3Client::PartsSummary> r) { refused = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().message.contains(QStringLiteral("is not trusted")),
                 qPrintable(refused->errorString()));

        S3Client client(dotKeyConfig(m_caBundle));
        std::optional<Result<S3Client::PartsSummary>> parts;
        client.listAllParts(Bucket, DotKey, m_ids.value(DotKey), this,
                            [&](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(parts.has_value(), 30000);
        QVERIFY2(parts->ok(), qPrintable(parts->errorString()));
        QCOMPARE(parts->value().parts.size(), 1);
        QCOMPARE(parts->value().totalBytes, qint64(PartBytes));
    }

    // Aborts over HTTPS: awscli sees exactly that upload gone.
    void abortOverHttps()
    {
        S3Client client(config(m_caBundle));
        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(Bucket, PlainKey, m_ids.value(PlainKey), this,
                           [&](Result<AbortAnswer> r, const ResponseMeta &) { aborted = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(aborted.has_value(), 30000);
        QVERIFY2(aborted->ok(), qPrintable(aborted->errorString()));
        QVERIFY2(!aborted->value().gone, "the server said the upload did not exist");
        QList<KeyAndId> expected = {{DecoyKey, m_ids.value(DecoyKey)}, {DotKey, m_ids.value(DotKey)}};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(m_sandbox.awsUploads(Bucket), expected);
    }

    void abortDotSegmentKeyOverHttps()
    {
        S3Client client(dotKeyConfig(m_caBundle));
        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(Bucket, DotKey, m_ids.value(DotKey), this,
                           [&](Result<AbortAnswer> r, const ResponseMeta &) { aborted = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(aborted.has_value(), 30000);
        QVERIFY2(aborted->ok(), qPrintable(aborted->errorString()));
        QVERIFY2(!aborted->value().gone, "the server said the upload did not exist");
        QCOMPARE(m_sandbox.awsUploads(Bucket), (QList<KeyAndId>{{DecoyKey, m_ids.value(DecoyKey)}}));
    }

    // Virtual-hosted over HTTPS through an HTTPS_PROXY tunnel (CONNECT): the host name checked
    // against the certificate is the bucket's. tls-bucket.localhost is named in the certificate;
    // other-bucket.localhost is not, and the refusal says so.
    void virtualHostedHttpsThroughAProxy()
    {
        const QList<KeyAndId> expected = m_sandbox.awsUploads(Bucket); // before HTTPS_PROXY is set
        ForwardProxy proxy;
        QVERIFY(proxy.listen());
        qputenv("HTTPS_PROXY", proxy.url().toUtf8());
        auto unset = qScopeGuard([] { qunsetenv("HTTPS_PROXY"); });
        S3ClientConfig c = config(m_caBundle);
        c.endpoint = QUrl(QStringLiteral("https://localhost:%1").arg(m_sslPort));
        c.addressingStyle = AddressingStyle::Virtual;

        const auto uploads = listUploads(c, Bucket);
        QVERIFY2(uploads->ok(), qPrintable(uploads->errorString()));
        QCOMPARE(keysAndIds(uploads->value()), expected);
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().first().target,
                 QStringLiteral("%1.localhost:%2").arg(Bucket).arg(m_sslPort).toUtf8());

        proxy.clear();
        ResponseMeta meta;
        const auto refused = listUploads(c, OtherBucket, &meta);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().message.contains(QStringLiteral("not valid for that host name")),
                 qPrintable(refused->errorString()));
        QVERIFY2(refused->error().message.contains(OtherBucket + QStringLiteral(".localhost")),
                 qPrintable(refused->errorString()));
        QVERIFY2(refused->error().hint.contains(QStringLiteral("path-style")), qPrintable(refused->error().hint));
        QCOMPARE(meta.attempts, 1);
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().target,
                 QStringLiteral("%1.localhost:%2").arg(OtherBucket).arg(m_sslPort).toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
