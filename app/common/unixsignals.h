#pragma once

#include <QObject>

class QSocketNotifier;

namespace PartSweep {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal delivered on the event loop (the self-pipe
// pattern), so the application can stop work and flush its journal instead of dying mid-write.
// One instance per process, created in main() on the main thread.
class UnixSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignals)

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    // Emitted on the main thread; signalNumber is SIGINT, SIGTERM or SIGHUP.
    void terminationRequested(int signalNumber);

private:
    void handleReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace PartSweep
