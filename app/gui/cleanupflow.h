#pragma once

#include "cleanup/cleanuptypes.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace PartSweep {

class CleanupJob;
class CleanupProgressView;
struct JournalData;
struct JournalSummary;
struct S3ClientConfig;
class MainWindow;

// Wires a cleanup in the desktop app: the window's "Abort selected" -> the confirmation (what,
// how much, where, options) -> a CleanupJob with its journal -> the progress view, with the
// inventory rows following the job's states; a desktop notification at the end; and, once
// connected, the offer to resume a job a crash or a kill left unfinished. Jobs pause (rather than
// fail) when the server is unreachable or the credentials expire; Resume after expired
// credentials reads the connection's credentials again (the renewer) before going on.
class CleanupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupFlow)

public:
    explicit CleanupFlow(MainWindow *window);

    // Resolves the current connection again: fresh credentials for a paused job. `done` runs later,
    // while context is alive.
    using CredentialsRenewer = std::function<void(QObject *context, std::function<void(Result<S3ClientConfig>)> done)>;
    void setCredentialsRenewer(CredentialsRenewer renewer) { m_renewCredentials = std::move(renewer); }

    void confirmAndStart(const QList<CleanupTarget> &targets);
    void offerResume();

private:
    void askToResume(const JournalSummary &journal);
    void resumeJob(JournalData journal);
    // A new job over items (made on a worker): its view, its journal written, then started.
    void startJob(const S3ClientConfig &config, const CleanupOptions &options, std::vector<CleanupItem> items);
    // The job's progress view, shown; the caller starts the job.
    CleanupProgressView *run(CleanupJob *job);
    void showError(const QString &title, const QString &text);
    // shown: per upload, whether the inventory shows it in a state other than pending.
    void followInInventory(CleanupJob *job, const QList<int> &changed, std::vector<bool> &shown);
    void resumePaused(CleanupJob *job, CleanupProgressView *view);
    void notify(const QString &title, const QString &body);

    QPointer<MainWindow> m_window;
    bool m_resumeOffered = false;
    CredentialsRenewer m_renewCredentials;
};

} // namespace PartSweep
