#pragma once

#include <algorithm>
#include <utility>
#include <vector>

namespace PartSweep {

// Rows (any order, duplicates allowed) as runs of consecutive rows, {first, last} pairs in
// ascending order: what models announce with one dataChanged/rowsRemoved per run.
inline std::vector<std::pair<int, int>> contiguousRuns(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<std::pair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.empty() && runs.back().second + 1 == row)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    return runs;
}

} // namespace PartSweep
