#pragma once

#include <QObject>
#include <QPointer>

namespace PartSweep {

class LifecycleWorker;
class MainWindow;

// Wires lifecycle rules in the desktop app: after each scan, every bucket's abort rule is read
// (LifecycleWorker, a few buckets at a time) and shown in the bucket list ("7 d", "none", "not
// supported"); "Add abort rule…" opens the LifecycleDialog on the chosen buckets, and the list
// follows what the dialog wrote or undid.
class LifecycleFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleFlow)

public:
    explicit LifecycleFlow(MainWindow *window);

private:
    void readAll();
    void openDialog(const QStringList &buckets);

    QPointer<MainWindow> m_window;
    QPointer<LifecycleWorker> m_reader;
};

} // namespace PartSweep
