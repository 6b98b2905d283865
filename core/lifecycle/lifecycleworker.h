#pragma once

#include "lifecycle/abortruleplan.h"
#include "lifecycle/lifecycleconfig.h"
#include "lifecycle/lifecyclejournal.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PartSweep {

class S3Client;

// Reads, changes and restores the lifecycle configurations of buckets, a few buckets at a time,
// for partsweep-cli and the window alike. Every change is: GET (404 NoSuchLifecycleConfiguration
// = none), plan (AbortRulePlan: every rule kept, PartSweep's added), then at apply: GET again and
// refuse when the configuration changed since it was shown, journal what was there (synced before
// the PUT), PUT with Content-MD5, GET again and compare with what was meant rule by rule: only
// then "verified". Restore puts back what the journal recorded (or deletes the configuration when
// there was none), only where the configuration is still what PartSweep wrote, and verifies it
// the same way. A write the server stores differently than written is rolled back at once (the
// earlier configuration put back and verified) and reported failed. Nothing is written on a dry run or outside
// apply()/restore().
//
// Lives on its thread; the client must outlive it. finished() fires once per call, later.
class LifecycleWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleWorker)

public:
    enum class State
    {
        Pending,
        Read,         // read (show)
        NotSupported, // the server has no lifecycle (MinIO: NotImplemented)
        Unreadable,   // read, but not understood completely: never written
        Error,        // could not be read or written; see text
        WouldAdd,     // planned: PartSweep's rule would be added
        Covered,      // an existing rule aborts at least as soon: nothing to write
        Refused,      // the plan refuses (1,000 rules)
        Changed,      // changed since it was read (apply) or written (restore): left alone
        Verified,     // written and read back as meant
        Failed,       // written (or maybe written), but not as meant; see text
        WouldRestore, // restore, dry run
        Restored,     // put back and read back as it was
    };
    struct Bucket
    {
        QString name;
        State state = State::Pending;
        QString text;                  // for people: the abort rules, the plan, or the error
        std::optional<S3Error> error;  // State::Error: what failed (the CLI's exit code tells a connection failure)
        std::optional<QByteArray> raw; // the document as fetched; nullopt: none
        LifecycleConfig current;
        AbortRulePlan plan;
        LifecycleJournalEntry entry; // restore: what the journal recorded
    };

    explicit LifecycleWorker(S3Client *client, QObject *parent = nullptr);

    // Reads every bucket's configuration; with days > 0 also plans PartSweep's abort rule.
    void read(const QStringList &buckets, int days = 0);
    // Writes the planned rule to the buckets planned WouldAdd by read(). journal: must be open.
    void apply(LifecycleJournal *journal);
    // Puts back what `data` recorded; journal (open on the same file) gets the outcomes.
    void restore(const LifecycleJournalData &data, LifecycleJournal *journal, bool dryRun);

    const QList<Bucket> &buckets() const { return m_buckets; }
    int count(State state) const;
    static QString stateName(State state); // "verified", "would-add", ...

Q_SIGNALS:
    void bucketChanged(int index);
    void finished();

private:
    using Step = std::function<void(int index)>;
    void runAll(QList<int> indices, Step step);
    void done(int index, State state, const QString &text);
    void readOne(int index, std::function<void(int index)> then);
    void applyOne(int index);
    // Reads the bucket's configuration again: is it what was meant (or none, when none was)?
    void readBack(int index, const LifecycleConfig &meant, std::function<void(int index, bool asMeant)> then);
    void rollBack(int index, const LifecycleConfig &before);
    // PUT the configuration, or DELETE it when it is none.
    void write(const QString &bucket, const LifecycleConfig &config, std::function<void(Result<Unit>)> done);
    void restoreOne(int index);

    S3Client *m_client;
    QList<Bucket> m_buckets;
    int m_days = 0;
    bool m_dryRun = false;
    LifecycleJournal *m_journal = nullptr;
    QList<int> m_todo;
    Step m_step;
    int m_running = 0;
};

} // namespace PartSweep
