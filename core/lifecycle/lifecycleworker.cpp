#include "lifecycle/lifecycleworker.h"

#include "s3/s3client.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace PartSweep {

namespace {

constexpr int BucketsAtOnce = 4;

QString ruleCount(const LifecycleConfig &config)
{
    return config.exists ? QCoreApplication::translate("Lifecycle", "%1 rule(s)").arg(config.rules.size())
                         : QCoreApplication::translate("Lifecycle", "no configuration");
}

} // namespace

LifecycleWorker::LifecycleWorker(S3Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

int LifecycleWorker::count(State state) const
{
    return int(
        std::count_if(m_buckets.cbegin(), m_buckets.cend(), [state](const Bucket &b) { return b.state == state; }));
}

QString LifecycleWorker::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Read:
        return QStringLiteral("read");
    case State::NotSupported:
        return QStringLiteral("not-supported");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    case State::Error:
        return QStringLiteral("error");
    case State::WouldAdd:
        return QStringLiteral("would-add");
    case State::Covered:
        return QStringLiteral("covered");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Changed:
        return QStringLiteral("changed");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Failed:
        return QStringLiteral("failed");
    case State::WouldRestore:
        return QStringLiteral("would-restore");
    case State::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

void LifecycleWorker::runAll(QList<int> indices, Step step)
{
    m_todo = std::move(indices);
    m_step = std::move(step);
    m_running = 0;
    // Later, never inside the call: finished() may be connected after it.
    QTimer::singleShot(0, this, [this] {
        if (m_todo.isEmpty())
            return Q_EMIT finished();
        while (m_running < BucketsAtOnce && !m_todo.isEmpty()) {
            ++m_running;
            m_step(m_todo.takeFirst());
        }
    });
}

void LifecycleWorker::done(int index, State state, const QString &text)
{
    Bucket &b = m_buckets[index];
    b.state = state;
    b.text = text;
    Q_EMIT bucketChanged(index);
    --m_running;
    while (m_running < BucketsAtOnce && !m_todo.isEmpty()) {
        ++m_running;
        m_step(m_todo.takeFirst());
    }
    if (m_running == 0 && m_todo.isEmpty())
        Q_EMIT finished();
}

void LifecycleWorker::readOne(int index, std::function<void(int)> then)
{
    m_client->getLifecycle(m_buckets[index].name, this, [this, index, then = std::move(then)](Result<QByteArray> r) {
        Bucket &b = m_buckets[index];
        if (!r) {
            if (r.error().code == u"NotImplemented")
                return done(index, State::NotSupported,
                            QCoreApplication::translate("Lifecycle", "not supported by this server"));
            b.error = r.error();
            return done(index, State::Error, r.error().toString());
        }
        if (r->isEmpty()) {
            b.raw.reset();
            b.current = LifecycleConfig{};
        } else {
            b.raw = *r;
            const Result<LifecycleConfig> parsed = LifecycleConfig::parse(*r);
            if (!parsed)
                return done(index, State::Unreadable, parsed.error().message);
            b.current = *parsed;
        }
        then(index);
    });
}

void LifecycleWorker::read(const QStringList &buckets, int days)
{
    m_days = days;
    m_buckets.clear();
    QList<int> all;
    for (const QString &name : buckets) {
        all << int(m_buckets.size());
        Bucket b;
        b.name = name;
        m_buckets.append(b);
    }
    runAll(all, [this](int index) {
        readOne(index, [this](int i) {
            Bucket &b = m_buckets[i];
            if (m_days <= 0)
                return done(i, State::Read, b.current.abortSummary());
            b.plan = AbortRulePlan::make(b.current, m_days);
            switch (b.plan.outcome) {
            case AbortRulePlan::Outcome::Add:
                return done(i, State::WouldAdd, b.plan.text());
            case AbortRulePlan::Outcome::Covered:
                return done(i, State::Covered, b.plan.text());
            case AbortRulePlan::Outcome::Refused:
                return done(i, State::Refused, b.plan.text());
            }
        });
    });
}

void LifecycleWorker::apply(LifecycleJournal *journal)
{
    m_journal = journal;
    QList<int> planned;
    for (int i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets[i].state == State::WouldAdd)
            planned << i;
    }
    runAll(planned, [this](int index) { applyOne(index); });
}

void LifecycleWorker::applyOne(int index)
{
    const LifecycleConfig shown = m_buckets[index].current;
    readOne(index, [this, shown](int i) {
        Bucket &b = m_buckets[i];
        // Someone changed it since it was shown: what was confirmed is not what would be written.
        if (!b.current.sameMeaning(shown))
            return done(
                i, State::Changed,
                QCoreApplication::translate("Lifecycle", "changed since it was read (now %1): not written; run again")
                    .arg(ruleCount(b.current)));
        const QByteArray xml = b.plan.intended.toXml();
        if (Result<Unit> journaled = m_journal->recordBefore(b.name, b.raw, xml, b.plan.ruleId); !journaled)
            return done(i, State::Error,
                        QCoreApplication::translate("Lifecycle", "not written: %1").arg(journaled.error().toString()));
        qCDebug(lcS3, "lifecycle of %s: %s", qUtf8Printable(b.name), qUtf8Printable(b.plan.text()));
        m_client->putLifecycle(b.name, xml, this, [this, i, before = b.current](Result<Unit> put) {
            const Bucket &bucket = m_buckets[i];
            if (!put) {
                const QString reason =
                    QCoreApplication::translate("Lifecycle", "the write was refused: %1").arg(put.error().toString());
                m_journal->recordState(bucket.name, QStringLiteral("failed"), reason);
                return done(i, State::Failed, reason);
            }
            readBack(i, bucket.plan.intended, [this, before](int j, bool asMeant) {
                const Bucket &written = m_buckets[j];
                if (asMeant) {
                    m_journal->recordState(written.name, stateName(State::Verified));
                    return done(j, State::Verified,
                                QCoreApplication::translate("Lifecycle", "verified: %1").arg(written.plan.text()));
                }
                rollBack(j, before);
            });
        });
    });
}

void LifecycleWorker::rollBack(int index, const LifecycleConfig &before)
{
    // The server stored something else than what was written (Ceph RGW 16.2 drops a Prefix it
    // finds beside an <And>): leaving it would change what the other rules do. Put back what was
    // there, at once.
    const QString stored = ruleCount(m_buckets[index].current);
    qCWarning(lcS3, "lifecycle of %s: stored differently than written; putting back the earlier configuration",
              qUtf8Printable(m_buckets[index].name));
    write(m_buckets[index].name, before, [this, index, before, stored](Result<Unit> written) {
        if (!written) {
            const QString reason =
                QCoreApplication::translate("Lifecycle", "the server stored the configuration differently than "
                                                         "written (%1 read back), and putting back the earlier one "
                                                         "failed: %2; undo with lifecycle restore")
                    .arg(stored, written.error().toString());
            m_journal->recordState(m_buckets[index].name, QStringLiteral("failed"), reason);
            return done(index, State::Failed, reason);
        }
        readBack(index, before, [this, stored](int i, bool asBefore) {
            const QString reason =
                (asBefore ? QCoreApplication::translate("Lifecycle", "the server stored the configuration differently "
                                                                     "than written (%1 read back): the earlier "
                                                                     "configuration was put back (verified)")
                          : QCoreApplication::translate("Lifecycle", "the server stored the configuration differently "
                                                                     "than written (%1 read back), and the earlier one "
                                                                     "does not read back as it was: check it with "
                                                                     "get-bucket-lifecycle-configuration"))
                    .arg(stored);
            m_journal->recordState(m_buckets[i].name, QStringLiteral("failed"), reason);
            done(i, State::Failed, reason);
        });
    });
}

void LifecycleWorker::write(const QString &bucket, const LifecycleConfig &config,
                            std::function<void(Result<Unit>)> done)
{
    if (config.exists)
        m_client->putLifecycle(bucket, config.toXml(), this, std::move(done));
    else
        m_client->deleteLifecycle(bucket, this, std::move(done));
}

void LifecycleWorker::readBack(int index, const LifecycleConfig &meant, std::function<void(int, bool)> then)
{
    readOne(index, [this, meant, then = std::move(then)](int i) {
        const LifecycleConfig &current = m_buckets[i].current;
        then(i, meant.exists ? current.sameMeaning(meant) : !current.exists);
    });
}

void LifecycleWorker::restore(const LifecycleJournalData &data, LifecycleJournal *journal, bool dryRun)
{
    m_journal = journal;
    m_dryRun = dryRun;
    m_buckets.clear();
    QList<int> todo;
    for (const LifecycleJournalEntry &entry : data.buckets) {
        Bucket b;
        b.name = entry.bucket;
        b.entry = entry;
        if (entry.state == u"restored") {
            b.state = State::Restored;
            b.text = QCoreApplication::translate("Lifecycle", "restored earlier");
        } else {
            todo << int(m_buckets.size());
        }
        m_buckets.append(b);
    }
    runAll(todo, [this](int index) { restoreOne(index); });
}

void LifecycleWorker::restoreOne(int index)
{
    const LifecycleJournalEntry entry = m_buckets[index].entry;
    const Result<LifecycleConfig> written = LifecycleConfig::parse(entry.written);
    Result<LifecycleConfig> before = LifecycleConfig{};
    if (entry.before)
        before = LifecycleConfig::parse(*entry.before);
    if (!written || !before)
        return done(index, State::Error,
                    QCoreApplication::translate("Lifecycle", "the journal's record cannot be read: %1")
                        .arg(!written ? written.errorString() : before.errorString()));
    readOne(index, [this, written = *written, before = *before](int i) {
        Bucket &b = m_buckets[i];
        if (b.current.sameMeaning(before)) {
            if (!m_dryRun)
                m_journal->recordState(b.name, QStringLiteral("restored"), QStringLiteral("already as it was"));
            return done(
                i, State::Restored,
                QCoreApplication::translate("Lifecycle", "already as it was before (%1)").arg(ruleCount(before)));
        }
        // Only what PartSweep wrote is taken back: a configuration changed since is someone's work.
        if (!b.current.sameMeaning(written))
            return done(
                i, State::Changed,
                QCoreApplication::translate("Lifecycle", "changed since PartSweep wrote it (now %1): not restored")
                    .arg(ruleCount(b.current)));
        const QString restored =
            before.exists ? QCoreApplication::translate("Lifecycle", "restored: puts back %1").arg(ruleCount(before))
                          : QCoreApplication::translate("Lifecycle", "restored: deletes the configuration (there was "
                                                                     "none)");
        if (m_dryRun)
            return done(
                i, State::WouldRestore,
                before.exists
                    ? QCoreApplication::translate("Lifecycle", "would put back %1").arg(ruleCount(before))
                    : QCoreApplication::translate("Lifecycle", "would delete the configuration (there was none)"));
        write(b.name, before, [this, i, before, restored](Result<Unit> written) {
            if (!written) {
                const QString reason =
                    QCoreApplication::translate("Lifecycle", "not restored: %1").arg(written.error().toString());
                m_journal->recordState(m_buckets[i].name, QStringLiteral("restore-failed"), reason);
                return done(i, State::Failed, reason);
            }
            readBack(i, before, [this, restored](int j, bool asBefore) {
                if (!asBefore) {
                    const QString reason =
                        QCoreApplication::translate("Lifecycle", "written, but it does not read back as it was (%1 "
                                                                 "read back): check it with "
                                                                 "get-bucket-lifecycle-configuration")
                            .arg(ruleCount(m_buckets[j].current));
                    m_journal->recordState(m_buckets[j].name, QStringLiteral("restore-failed"), reason);
                    return done(j, State::Failed, reason);
                }
                m_journal->recordState(m_buckets[j].name, QStringLiteral("restored"));
                done(j, State::Restored, restored);
            });
        });
    });
}

} // namespace PartSweep
