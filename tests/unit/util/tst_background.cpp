// Work moved off the calling (GUI) thread: runInBackground and releaseInBackground.
#include "util/background.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <vector>

using namespace PartSweep;

namespace {

// Says on which thread it was destroyed (the last copy of it).
struct Marker
{
    std::shared_ptr<std::atomic<QThread *>> destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    bool live = true;
    Marker() = default;
    Marker(const Marker &) = default;
    Marker(Marker &&other) noexcept
        : destroyedOn(other.destroyedOn)
    {
        other.live = false;
    }
    ~Marker()
    {
        if (live)
            destroyedOn->store(QThread::currentThread());
    }
};

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // PartSweep's work never holds Qt's global pool: Qt 6.4's raster painting runs parts of large
    // fills there and waits for them (a progress view waited 60 ms for a journal's worker).
    void longWorkLeavesQtsGlobalPoolFree()
    {
        const int busy = QThreadPool::globalInstance()->maxThreadCount();
        QVERIFY(backgroundPool()->maxThreadCount() >= busy);
        QSemaphore release;
        std::atomic<int> started{0};
        int done = 0;
        QObject context;
        for (int i = 0; i < busy; ++i) {
            runInBackground<int>(
                &context,
                [&] {
                    ++started;
                    release.acquire();
                    return 0;
                },
                [&done](int) { ++done; });
        }
        QTRY_COMPARE(started.load(), busy);
        std::atomic<bool> ran{false};
        QThreadPool::globalInstance()->start([&ran] { ran = true; });
        const bool ranMeanwhile = QTest::qWaitFor([&ran] { return ran.load(); }, 3000);
        release.release(busy);
        QTRY_COMPARE(done, busy);
        QTRY_VERIFY(ran.load());
        QVERIFY2(ranMeanwhile, "Qt's global pool waited for PartSweep's work");
    }

    void workRunsElsewhereAndTheResultComesBack()
    {
        QObject context;
        QThread *workedOn = nullptr;
        std::optional<int> result;
        QThread *deliveredOn = nullptr;
        runInBackground<int>(
            &context,
            [&workedOn] {
                workedOn = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                result = value;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(!result); // never inside the call
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, 42);
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void noResultAfterTheContextIsGone()
    {
        std::atomic_bool worked = false;
        bool delivered = false;
        {
            QObject context;
            runInBackground<int>(
                &context,
                [&worked] {
                    QThread::msleep(50);
                    worked = true;
                    return 1;
                },
                [&delivered](int) { delivered = true; });
        }
        QTRY_VERIFY(worked.load());
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    // A million records freed on the pool, not on the caller's thread.
    void releasedElsewhere()
    {
        std::vector<Marker> markers(3);
        const auto first = markers.front().destroyedOn;
        releaseInBackground(std::move(markers));
        QTRY_VERIFY(first->load() != nullptr);
        QVERIFY(first->load() != QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
