#pragma once

#include "cleanup/cleanupjob.h"
#include "pricing/pricetable.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PartSweep {

class CleanupModel;

// The live view of a cleanup job: one row per upload (bucket, key, state with an icon, aborts,
// charged requests, reason), totals on top (verified / failed / remaining, bytes freed, charged
// requests, rate and ETA) with an overall progress bar; Cancel, Export report, failures only,
// Retry failed. When the job pauses (the server unreachable, or credentials refused as expired), a
// banner says what it waits for and offers Resume (resumeRequested(): the caller renews what
// needs renewing, then resumes the job) next to Cancel. Updates come batched from the job (at most every 100 ms), so
// the view stays responsive at 100k uploads. Shows the job; does not own it.
class CleanupProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupProgressView)

public:
    explicit CleanupProgressView(CleanupJob *job, QWidget *parent = nullptr);
    ~CleanupProgressView() override;

    CleanupJob *job() const { return m_job; }
    QTableView *table() const { return m_table; }
    // One line for a notification: "1,234 verified, 2 failed, 12.0 GiB freed".
    QString outcomeText() const;
    // What storage costs on the connection: the outcome says what the cleanup saves a month.
    void setCostModel(const CostModel &cost) { m_cost = cost; }
    // While paused: a line under the reason (e.g. why renewing the credentials failed).
    void setPauseNote(const QString &note);
    // While the job's journal is written (a fresh job of many uploads): the totals line says so,
    // and there is no report to export yet.
    void setWritingJournal(bool writing);

Q_SIGNALS:
    void jobFinished(const QString &outcome);
    // "Retry failed": the failed uploads, for a new job (after a new confirmation).
    void retryRequested(const QList<PartSweep::CleanupTarget> &targets);
    // "Resume" on the pause banner.
    void resumeRequested();
    // A report written by Export report (error empty), or why not.
    void reportExported(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTotals();
    void updatePause();
    void handleFinished();
    void exportReport();
    void writeReport(const QString &path);
    void warn(const QString &title, const QString &text);
    void retryFailed();

    QPointer<CleanupJob> m_job;
    CostModel m_cost;
    CleanupModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_totals;
    QProgressBar *m_progress;
    QTableView *m_table;
    QCheckBox *m_failuresOnly;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_retry;
    QLabel *m_outcome;
    QFrame *m_pauseBanner;
    QLabel *m_pauseText;
    QLabel *m_pauseNote;
    QPushButton *m_resume;
    QPointer<QMessageBox> m_closeQuestion; // "Cancel the cleanup?" while it waits for an answer
    bool m_closeConfirmed = false;
    bool m_exporting = false; // a report is being written (on a worker thread)
    int m_failuresShown = 0;  // failures when the failures-only filter last ran
};

} // namespace PartSweep
