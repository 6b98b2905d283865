#pragma once

#include "lifecycle/lifecyclejournal.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace PartSweep {

class LifecycleWorker;
class S3Client;

// "Add abort rule…": PartSweep's lifecycle rule (abort incomplete uploads after N days) for the
// given buckets. Reads each bucket's configuration first and shows, per bucket, what will change:
// the rules kept as they are and the one added, "already covered", or why it is refused. Nothing
// is written until "Add the rule to N bucket(s)" (never the default button); then each bucket is
// written, read back and shown "verified", with the journal's path. Undo puts back what was
// there (only where the configuration is still what PartSweep wrote). Non-modal; uses the
// client given (which must outlive it).
class LifecycleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleDialog)

public:
    LifecycleDialog(S3Client *client, const QStringList &buckets, QWidget *parent = nullptr);
    ~LifecycleDialog() override;

    // Where journals go (tests); default LifecycleJournal::defaultDirectory().
    void setJournalDirectory(const QString &dir) { m_journalDir = dir; }
    QTableWidget *table() const { return m_table; }
    QString journalPath() const;

Q_SIGNALS:
    // A bucket's abort rule as it now stands on the server (after a write or an undo).
    void abortRuleChanged(const QString &bucket, const QString &abortRule);
    // A plan, a write or an undo is over (for tests and the caller).
    void workFinished();

private:
    void readPlan();
    void showBuckets();
    void apply();
    void undo();
    void handleFinished();

    S3Client *m_client;
    QStringList m_names;
    LifecycleWorker *m_worker;
    std::unique_ptr<LifecycleJournal> m_journal;
    QString m_journalDir;
    enum class Phase
    {
        Planning,
        Planned,
        Writing,
        Written,
        Undoing,
        Undone,
    } m_phase = Phase::Planning;
    bool m_reading = false;      // a reading of the plan is in flight
    bool m_replanWanted = false; // the days changed while it was
    int m_plannedDays = 0;       // the days the plan shown was made for

    QSpinBox *m_days;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QPushButton *m_close;
    QTimer *m_replan;
};

} // namespace PartSweep
