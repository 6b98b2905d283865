// Work moved off the calling (GUI) thread: runInBackground and releaseInBackground.
#include "util/background.h"

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
