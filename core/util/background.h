#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace PartSweep {

// The pool PartSweep's own work runs on (journals, reports, a job's uploads, credentials), never
// QThreadPool::globalInstance(): Qt 6.4's raster painting splits large fills over the global pool
// and waits for them, so minutes of our work there held up a window's painting (a progress view
// waited 60 ms for a journal's worker). At least 4 threads: a credential process that hangs
// until its timeout must not hold up a journal. Its threads run at the normal priority: a lower
// one (nice 10) made the GUI thread wait for a preempted worker holding malloc's arena lock.
QThreadPool *backgroundPool();

// Runs work on backgroundPool(), then done(its result) on context's thread; when context is
// destroyed first, done never runs (the work still finishes). For what would stall an event loop:
// reading back or writing files of a million records. work must use copies only, never context.
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        QFuture<T> future = watcher->future();
        done(future.takeResult()); // moved, not copied: a journal of a million uploads
    });
    watcher->setFuture(promise->future());
    promise->start();
    backgroundPool()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

// Destroys value on backgroundPool(): a container of a million records takes a while to
// free. Its elements must be safe to destroy on another thread (implicitly shared Qt values are).
template<typename T>
void releaseInBackground(T &&value)
{
    if (value.empty())
        return;
    // A plain pointer, deleted by the task only: a shared one could have its last reference in
    // the copy of the task left on this thread, and be freed here after all.
    auto *held = new std::decay_t<T>(std::move(value));
    backgroundPool()->start([held] { delete held; });
}

} // namespace PartSweep
