#pragma once

#include "cleanup/cleanuptypes.h"
#include "inventory/inventoryscanner.h"

#include <QObject>
#include <QPointer>

namespace PartSweep {

class CleanupJob;
struct JournalData;
class MainWindow;

// Wires a cleanup in the desktop app: the window's "Abort selected" -> the confirmation (what,
// how much, where, options) -> a CleanupJob with its journal -> the progress view, with the
// inventory rows following the job's states; a desktop notification at the end; and, once
// connected, the offer to resume a job a crash or a kill left unfinished.
class CleanupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupFlow)

public:
    explicit CleanupFlow(MainWindow *window);

    void confirmAndStart(const QList<CleanupTarget> &targets);
    void offerResume();

private:
    QList<CleanupTarget> targetsFor(const QList<InventoryScanner::UploadRef> &uploads) const;
    void resumeJob(const JournalData &journal);
    void run(CleanupJob *job);
    void followInInventory(CleanupJob *job, const QList<int> &changed);
    void notify(const QString &title, const QString &body);

    QPointer<MainWindow> m_window;
    bool m_resumeOffered = false;
};

} // namespace PartSweep
