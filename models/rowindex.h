#pragma once

#include <QHash>
#include <QString>

namespace ims {

// The row of each id, for a model whose rows hold ids (`idOf(row)`).
//
// Keyed by the id's hash, not the id: growing a QHash<QString, int> past 65 536 rows rehashes
// every id string, scattered over the heap (~30 ms of a blocked GUI); this rehashes integers.
// Two ids with the same hash take neighbouring keys, and every hit is checked against the id.
class RowIndex final {
public:
    using Hash = size_t (*)(const QString &);
    // `hash` is for tests, which make every id collide.
    explicit RowIndex(Hash hash = [](const QString &id) { return size_t(qHash(id)); })
        : m_hash(hash) {}

    template <typename IdOf> int find(const QString &id, IdOf idOf) const {
        for (size_t key = m_hash(id);; ++key) {
            const auto it = m_rows.constFind(key);
            if (it == m_rows.constEnd())
                return -1;
            if (idOf(*it) == id)
                return *it;
        }
    }
    void insert(const QString &id, int row) {
        size_t key = m_hash(id);
        while (m_rows.contains(key))
            ++key;
        m_rows.insert(key, row);
    }
    // After rows are removed (their ids gone, the rows below moved up): cheaper to build again
    // than to find and shift the keys of the rows that moved.
    template <typename IdOf> void rebuild(int rowCount, IdOf idOf) {
        m_rows.clear();
        m_rows.reserve(rowCount);
        for (int row = 0; row < rowCount; ++row)
            insert(idOf(row), row);
    }
    void clear() { m_rows.clear(); }

private:
    Hash m_hash;
    QHash<size_t, int> m_rows;
};

} // namespace ims
