#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace PartSweep {

// Row numbers found by a string each row holds (an upload id) without a copy of the strings: an
// open-addressing table of row numbers, 4 bytes a slot, at most half full, so about 8-16 bytes
// a row where a QHash<QString, int> took ~45 (its node, its span, the key's reference). keyOf(row)
// gives a row's string; the owner keeps the table in step with its rows (rebuild() after rows
// moved). Hashed with Qt's per-process seed: a listing cannot be made to collide on purpose.
class RowIndex
{
public:
    // The row whose key is `key`, or -1.
    template<typename KeyOf>
    int find(QStringView key, const KeyOf &keyOf) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = hashOf(key) & mask;; slot = (slot + 1) & mask) {
            const qint32 row = m_slots[slot];
            if (row < 0)
                return -1;
            if (QStringView(keyOf(row)) == key)
                return row;
        }
    }

    // Adds a row whose key is not in the table yet (keyOf(row) must already give it).
    template<typename KeyOf>
    void insert(int row, const KeyOf &keyOf)
    {
        if (2 * (m_count + 1) > m_slots.size()) {
            std::vector<qint32> old = std::exchange(m_slots, {});
            m_slots.assign(std::max<size_t>(16, 2 * old.size()), -1);
            for (const qint32 kept : old) {
                if (kept >= 0)
                    place(kept, keyOf(kept));
            }
        }
        place(row, keyOf(row));
        ++m_count;
    }

    // Rows 0..rows-1, each by its key (after rows were removed or moved).
    template<typename KeyOf>
    void rebuild(int rows, const KeyOf &keyOf)
    {
        size_t size = 16;
        while (size < 2 * size_t(rows))
            size *= 2;
        m_slots.assign(size, -1);
        m_count = 0;
        for (int row = 0; row < rows; ++row, ++m_count)
            place(row, keyOf(row));
    }

    size_t size() const { return m_count; }

private:
    static size_t hashOf(QStringView key) { return qHash(key, QHashSeed::globalSeed()); }

    void place(qint32 row, QStringView key)
    {
        const size_t mask = m_slots.size() - 1;
        size_t slot = hashOf(key) & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = row;
    }

    std::vector<qint32> m_slots; // -1: empty; a power of two long
    size_t m_count = 0;
};

} // namespace PartSweep
