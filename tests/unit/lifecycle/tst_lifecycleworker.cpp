// LifecycleWorker against FaultyS3Server holding one bucket's lifecycle document (a FAKE: a real
// server will not, on demand, store something else than what was written, change a
// configuration between two requests, or answer NotImplemented as MinIO does). The normal paths
// run against Ceph RGW in integration/test_lifecycle_cli.sh.
#include "faultys3server.h"
#include "lifecycle/lifecyclejournal.h"
#include "lifecycle/lifecycleworker.h"
#include "s3/s3client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using PartSweep::Test::FakeResponse;
using PartSweep::Test::FaultyS3Server;
using PartSweep::Test::RecordedRequest;

namespace {

const QByteArray TwoRules =
    "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Rule><ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
    "<Expiration><Days>30</Days></Expiration></Rule>"
    "<Rule><ID>tmp</ID><Filter><Tag><Key>tmp</Key><Value>1</Value></Tag></Filter><Status>Enabled</Status>"
    "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>";

} // namespace

class TestLifecycleWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultyS3Server> m_server;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_dir;
    // The bucket's lifecycle document on the fake; empty: none.
    std::shared_ptr<QByteArray> m_stored;
    // What the fake does to a PUT body before storing it (a server that stores differently).
    std::function<QByteArray(const QByteArray &)> m_mangle;

    bool run(LifecycleWorker &worker)
    {
        QSignalSpy finished(&worker, &LifecycleWorker::finished);
        return finished.wait(10000);
    }
    int requests(const QByteArray &method) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.method == method && r.hasQueryItem(QStringLiteral("lifecycle")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_stored = std::make_shared<QByteArray>();
        m_mangle = nullptr;
        m_server->addRule([this](const RecordedRequest &r) -> std::optional<FakeResponse> {
            // Bucket "bkt" only.
            if (!r.hasQueryItem(QStringLiteral("lifecycle")) || r.bucket() != u"bkt")
                return std::nullopt;
            if (r.method == "GET")
                return m_stored->isEmpty() ? FakeResponse::s3Error(404, QStringLiteral("NoSuchLifecycleConfiguration"))
                                           : FakeResponse::ok(*m_stored);
            if (r.method == "PUT") {
                *m_stored = m_mangle ? m_mangle(r.body) : r.body;
                m_mangle = nullptr; // once
                return FakeResponse::ok();
            }
            if (r.method == "DELETE") {
                m_stored->clear();
                FakeResponse deleted;
                deleted.status = 204;
                return deleted;
            }
            return std::nullopt;
        });
        S3ClientConfig config;
        config.endpoint = m_server->endpoint();
        config.region = QStringLiteral("us-east-1");
        config.addressingStyle = AddressingStyle::Path;
        config.credentials.accessKeyId = QStringLiteral("AKIALIFECYCLEEXAMPLE");
        config.credentials.secretAccessKey = QStringLiteral("lIfEcYcLeSeCrEt/EXAMPLEKEY");
        m_client = std::make_unique<S3Client>(config);
        m_client->setRetryPolicy(RetryPolicy({.maxAttempts = 1, .baseDelayMs = 1}, [] { return 1.0; }));
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // Two rules: written back with PartSweep's added, verified, journaled with what was there.
    void addsVerifiesAndJournals()
    {
        *m_stored = TwoRules;
        LifecycleWorker worker(m_client.get());
        worker.read({QStringLiteral("bkt")}, 7);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::WouldAdd);
        QCOMPARE(requests("PUT"), 0);
        LifecycleJournal journal;
        const QString path = m_dir.filePath(QStringLiteral("add.jsonl"));
        QVERIFY(journal.create(path, QStringLiteral("c1"), m_server->endpoint().toString(), 7).ok());
        worker.apply(&journal);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::Verified);
        const LifecycleConfig stored = *LifecycleConfig::parse(*m_stored);
        QCOMPARE(stored.rules.size(), 3);
        QVERIFY(stored.wholeBucketAbortRule());
        const Result<LifecycleJournalData> data = LifecycleJournal::load(path);
        QVERIFY(data.ok());
        QCOMPARE(data->buckets.size(), 1);
        QCOMPARE(data->buckets[0].before, std::optional<QByteArray>(TwoRules));
        QCOMPARE(data->buckets[0].state, QStringLiteral("verified"));
    }

    // The server stores something else than what was written (here: drops a rule): the earlier
    // configuration is put back at once and verified; the bucket is reported failed.
    void storedDifferentlyIsRolledBack()
    {
        *m_stored = TwoRules;
        LifecycleWorker worker(m_client.get());
        worker.read({QStringLiteral("bkt")}, 7);
        QVERIFY(run(worker));
        m_mangle = [](const QByteArray &body) {
            const qsizetype from = body.indexOf("<Rule><ID>tmp</ID>");
            const qsizetype to = body.indexOf("</Rule>", from) + 7;
            return QByteArray(body).remove(from, to - from);
        };
        LifecycleJournal journal;
        QVERIFY(journal.create(m_dir.filePath(QStringLiteral("rollback.jsonl")), QStringLiteral("c2"), {}, 7).ok());
        worker.apply(&journal);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::Failed);
        QVERIFY2(worker.buckets()[0].text.contains(QStringLiteral("the earlier configuration was put back (verified)")),
                 qPrintable(worker.buckets()[0].text));
        QVERIFY(LifecycleConfig::parse(*m_stored)->sameMeaning(*LifecycleConfig::parse(TwoRules)));
        QCOMPARE(requests("PUT"), 2);
    }

    // Changed by someone between what was shown and the write: nothing is written.
    void changedSinceShownIsNotWritten()
    {
        LifecycleWorker worker(m_client.get());
        worker.read({QStringLiteral("bkt")}, 7);
        QVERIFY(run(worker));
        *m_stored = TwoRules;
        LifecycleJournal journal;
        QVERIFY(journal.create(m_dir.filePath(QStringLiteral("changed.jsonl")), QStringLiteral("c3"), {}, 7).ok());
        worker.apply(&journal);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::Changed);
        QCOMPARE(requests("PUT"), 0);
        QCOMPARE(*m_stored, TwoRules);
    }

    // Restore: a dry run sends nothing that changes; the real one deletes what PartSweep added to
    // a bucket that had none.
    void restoreDryRunThenForReal()
    {
        LifecycleWorker worker(m_client.get());
        worker.read({QStringLiteral("bkt")}, 7);
        QVERIFY(run(worker));
        const QString path = m_dir.filePath(QStringLiteral("restore.jsonl"));
        {
            LifecycleJournal journal;
            QVERIFY(journal.create(path, QStringLiteral("c4"), {}, 7).ok());
            worker.apply(&journal);
            QVERIFY(run(worker));
        }
        QVERIFY(!m_stored->isEmpty());
        const LifecycleJournalData data = *LifecycleJournal::load(path);
        worker.restore(data, nullptr, true);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::WouldRestore);
        QCOMPARE(requests("DELETE"), 0);
        LifecycleJournal journal;
        QVERIFY(journal.reopen(path).ok());
        worker.restore(data, &journal, false);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::Restored);
        QVERIFY(m_stored->isEmpty());
        QCOMPARE(LifecycleJournal::load(path)->buckets[0].state, QStringLiteral("restored"));
    }

    // MinIO answers NotImplemented; a document PartSweep cannot read completely is never written.
    void notSupportedAndUnreadableAreLeftAlone()
    {
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.bucket() == u"minio" && r.hasQueryItem(QStringLiteral("lifecycle")))
                return FakeResponse::s3Error(501, QStringLiteral("NotImplemented"),
                                             QStringLiteral("A header you provided implies functionality that is not "
                                                            "implemented"));
            return std::nullopt;
        });
        *m_stored = "<LifecycleConfiguration><Rule><ID>x</ID><Filter><Suffix>.tmp</Suffix></Filter>"
                    "<Status>Enabled</Status></Rule></LifecycleConfiguration>";
        LifecycleWorker worker(m_client.get());
        worker.read({QStringLiteral("minio"), QStringLiteral("bkt")}, 7);
        QVERIFY(run(worker));
        QCOMPARE(worker.buckets()[0].state, LifecycleWorker::State::NotSupported);
        QCOMPARE(worker.buckets()[1].state, LifecycleWorker::State::Unreadable);
        QVERIFY(worker.buckets()[1].text.contains(QStringLiteral("<Suffix>")));
        LifecycleJournal journal;
        QVERIFY(journal.create(m_dir.filePath(QStringLiteral("none.jsonl")), QStringLiteral("c5"), {}, 7).ok());
        worker.apply(&journal);
        QVERIFY(run(worker));
        QCOMPARE(requests("PUT"), 0);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleWorker)
#include "tst_lifecycleworker.moc"
