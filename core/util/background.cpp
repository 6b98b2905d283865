#include "util/background.h"

#include <QThread>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

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
    backgroundPool()->start([task = std::move(task)] {
#ifdef Q_OS_LINUX
        // Once per thread of the pool; on Linux a thread's nice value is its own.
        static thread_local const bool lowered = [] {
            const pid_t thread = ::gettid();
            errno = 0;
            const int nice = ::getpriority(PRIO_PROCESS, id_t(thread));
            return errno == 0 && ::setpriority(PRIO_PROCESS, id_t(thread), std::min(nice + 10, 19)) == 0;
        }();
        Q_UNUSED(lowered)
#endif
        task();
    });
}

} // namespace PartSweep
