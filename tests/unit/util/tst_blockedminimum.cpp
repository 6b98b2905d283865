// BlockedMinimum: the minimum of a long sequence kept per block, against a full scan after every
// kind of change (lowered, raised, its minimum removed, renumbered).
#include "util/blockedminimum.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace PartSweep;

namespace {

qint64 scanned(const std::vector<qint64> &values)
{
    qint64 result = BlockedMinimum::None;
    for (const qint64 value : values)
        result = std::min(result, value);
    return result;
}

} // namespace

class TestBlockedMinimum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAndAllNoneHaveNoMinimum()
    {
        BlockedMinimum minimum;
        const auto none = [](size_t) { return BlockedMinimum::None; };
        QCOMPARE(minimum.minimum(none), BlockedMinimum::None);
        for (int i = 0; i < 300; ++i)
            minimum.append(BlockedMinimum::None);
        QCOMPARE(minimum.minimum(none), BlockedMinimum::None);
    }

    // The oldest upload of a bucket leaves (verified gone), then the next oldest, ... in every
    // block: the minimum moves up each time, as a full scan says.
    void theMinimumLeavingMovesItUp()
    {
        std::vector<qint64> values;
        BlockedMinimum minimum;
        for (qint64 i = 0; i < 1000; ++i) {
            values.push_back(5000 - i * 3); // the last one is the oldest
            minimum.append(values.back());
        }
        const auto read = [&values](size_t i) { return values[i]; };
        for (size_t left = values.size(); left-- > 0;) {
            QCOMPARE(minimum.minimum(read), scanned(values));
            minimum.change(left, values[left], BlockedMinimum::None);
            values[left] = BlockedMinimum::None;
        }
        QCOMPARE(minimum.minimum(read), BlockedMinimum::None);
    }

    void randomChangesAgreeWithAFullScan()
    {
        QRandomGenerator random(20261207);
        std::vector<qint64> values;
        BlockedMinimum minimum;
        const auto read = [&values](size_t i) { return values[i]; };
        for (int i = 0; i < 5000; ++i) {
            values.push_back(random.bounded(100000));
            minimum.append(values.back());
        }
        for (int round = 0; round < 2000; ++round) {
            const size_t at = random.bounded(quint32(values.size()));
            const qint64 value = random.bounded(4) == 0 ? BlockedMinimum::None : random.bounded(100000);
            minimum.change(at, values[at], value);
            values[at] = value;
            if (round % 7 == 0)
                QCOMPARE(minimum.minimum(read), scanned(values));
            if (round % 500 == 499) { // rows removed: renumbered, read again
                values.erase(values.begin() + qsizetype(random.bounded(quint32(values.size() / 2))),
                             values.begin() + qsizetype(values.size() / 2));
                minimum.reset(values.size());
                QCOMPARE(minimum.minimum(read), scanned(values));
            }
        }
        QCOMPARE(minimum.minimum(read), scanned(values));
    }
};

QTEST_GUILESS_MAIN(TestBlockedMinimum)
#include "tst_blockedminimum.moc"
