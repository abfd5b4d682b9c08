#pragma once

#include <QList>

#include <algorithm>
#include <climits>

namespace ims {

// Contiguous rows removed at once: what one beginRemoveRows/endRemoveRows pair announces.
struct RowRun final {
    int first = 0;
    int last = 0;
    int count() const { return last - first + 1; }
    bool operator==(const RowRun &) const = default;
};
// Ascending, disjoint and never adjacent (adjacent runs are one run).
using RowRuns = QList<RowRun>;

// The runs of `rows`, which must be sorted ascending without duplicates.
inline RowRuns rowRuns(const QList<int> &rows) {
    RowRuns runs;
    for (int row : rows) {
        if (!runs.isEmpty() && runs.last().last + 1 == row)
            runs.last().last = row;
        else
            runs.append({row, row});
    }
    return runs;
}

// Removes `runs` from `list` in one pass, each kept element moving once: for lists nobody reads
// while the runs are announced one by one.
template <typename T> void removeRuns(QList<T> &list, const RowRuns &runs) {
    if (runs.isEmpty())
        return;
    auto to = list.begin() + runs.first().first;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const auto from = list.begin() + runs.at(i).last + 1;
        const auto end = i + 1 < runs.size() ? list.begin() + runs.at(i + 1).first : list.end();
        to = std::move(from, end, to);
    }
    list.erase(to, list.end());
}

// Removes runs from a list last run first, so that the list reads right after each run (a model
// answers between one endRemoveRows and the next beginRemoveRows), moving each kept element once.
//
// Removing each run with QList::remove would move the whole tail each time: 1 000 scattered rows
// out of 100 000 images is ~20 GB of memmove. Instead the removed elements gather in a gap; the
// kept ones between two runs move once, behind the gap, and close() closes it at the end.
class RowGap final {
public:
    // Where logical `row` is stored.
    int physical(int row) const { return row < m_at ? row : row + m_size; }
    // The logical row of what is stored at `index` (never inside the gap).
    int logical(int index) const { return index < m_at ? index : index - m_size; }
    int size() const { return m_size; }

    // Removes logical rows first..last, below every run removed so far. `moved(element, index)`
    // is told where each kept element now lies.
    template <typename T, typename Moved>
    void removeRun(QList<T> &list, int first, int last, Moved moved) {
        Q_ASSERT(0 <= first && first <= last && last < m_at);
        const int end = std::min<qsizetype>(m_at, list.size() - m_size); // logical end of the rest
        const int count = last - first + 1;
        // The kept elements between this run and the gap go to its far end.
        const auto from = list.begin() + last + 1;
        const auto to = std::move_backward(from, list.begin() + end, list.begin() + end + m_size);
        for (auto it = to; it != to + (end - last - 1); ++it)
            moved(*it, int(it - list.begin()));
        m_at = first;
        m_size += count;
    }
    template <typename T> void removeRun(QList<T> &list, int first, int last) {
        removeRun(list, first, last, [](const T &, int) {});
    }
    template <typename T> void close(QList<T> &list) {
        if (m_size > 0)
            list.remove(m_at, m_size);
        m_at = INT_MAX;
        m_size = 0;
    }

private:
    int m_at = INT_MAX; // no gap
    int m_size = 0;
};

} // namespace ims
