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

} // namespace PartSweep
