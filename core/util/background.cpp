#include "util/background.h"

#include <QThread>

#include <algorithm>

namespace PartSweep {

namespace {

struct Pool
{
    QThreadPool pool;
    Pool()
    {
        pool.setObjectName(QStringLiteral("PartSweep background"));
        pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    }
};

} // namespace

Q_GLOBAL_STATIC(Pool, thePool)

QThreadPool *backgroundPool()
{
    return &thePool()->pool;
}

void startInBackground(std::function<void()> task)
{
    // At the normal priority: a lower one (nice 10) made the GUI thread wait for a preempted
    // worker holding malloc's arena lock (perf sched: 40-100 ms in __lll_lock_wait_private).
    backgroundPool()->start(std::move(task));
}

} // namespace PartSweep
