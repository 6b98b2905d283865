#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <vector>

namespace PartSweep {

// The minimum of a long sequence whose elements change one at a time, kept per block of
// BlockSize elements: after k changes it costs at most k blocks' worth of reads plus one read
// per block, not the sequence's length. What keeps a bucket's oldest upload current while a job
// verifies a million of them gone (it was a full scan of the bucket each time one left).
//
// It holds no values: the owner keeps them and passes a reader (valueAt) to minimum(). None is
// an element that takes no part (an upload gone, or of unknown age).
class BlockedMinimum
{
public:
    static constexpr qint64 None = std::numeric_limits<qint64>::max();
    static constexpr size_t BlockSize = 128;

    // A new last element.
    void append(qint64 value)
    {
        if (m_size % BlockSize == 0)
            m_blocks.push_back({});
        Block &block = m_blocks.back();
        block.minimum = std::min(block.minimum, value);
        ++m_size;
    }
    // Element index changed from old to value.
    void change(size_t index, qint64 old, qint64 value)
    {
        if (index >= m_size || old == value)
            return;
        Block &block = m_blocks[index / BlockSize];
        if (value < block.minimum)
            block.minimum = value;
        else if (old == block.minimum)
            block.stale = m_anyStale = true; // it may have been the only one that low
    }
    // count elements, all of them unknown (after removals renumbered them).
    void reset(size_t count)
    {
        m_size = count;
        m_blocks.assign((count + BlockSize - 1) / BlockSize, Block{None, true});
        m_anyStale = !m_blocks.empty();
    }
    size_t size() const { return m_size; }

    // The minimum (None when every element is None); valueAt(i) reads element i.
    template<typename ValueAt>
    qint64 minimum(const ValueAt &valueAt)
    {
        qint64 result = None;
        for (size_t b = 0; b < m_blocks.size(); ++b) {
            Block &block = m_blocks[b];
            if (m_anyStale && block.stale) {
                block.minimum = None;
                const size_t end = std::min(m_size, (b + 1) * BlockSize);
                for (size_t i = b * BlockSize; i < end; ++i)
                    block.minimum = std::min(block.minimum, qint64(valueAt(i)));
                block.stale = false;
            }
            result = std::min(result, block.minimum);
        }
        m_anyStale = false;
        return result;
    }

private:
    struct Block
    {
        qint64 minimum = None;
        bool stale = false;
    };
    std::vector<Block> m_blocks;
    size_t m_size = 0;
    bool m_anyStale = false;
};

} // namespace PartSweep
