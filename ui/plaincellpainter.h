#pragma once

#include <QCache>
#include <QFont>
#include <QString>
#include <QTextLayout>

class QPainter;
class QStyleOptionViewItem;

namespace ims {

// Paints a view item that is one line of text and nothing else (no icon, no check box) as the
// Fusion style paints it — its background, its text elided to the cell, its focus frame — but
// with each text's layout kept for the next repaint. Shaping every cell's text again on each
// repaint (the style shapes it three times: to measure, to elide, to draw) was most of what a
// repaint of the image table cost, and a listing that brings rows repaints it many times.
class PlainCellPainter final {
public:
    // Whether `option` (after the delegate's initStyleOption) is such an item.
    static bool canPaint(const QStyleOptionViewItem &option);
    void paint(QPainter *painter, const QStyleOptionViewItem &option);

private:
    struct Line {
        QTextLayout layout;
        qreal top = 0; // of the text, inside the text's rectangle
    };
    struct Key {
        QString text;
        int width = 0;
        int height = 0;
        int alignment = 0;
        int elideMode = 0;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.width, key.height, key.alignment, key.elideMode);
        }
    };
    const Line &line(const QStyleOptionViewItem &option, const QRect &textRect);

    QFont m_font; // the lines' font: another one empties the cache
    // A screenful of cells a few times over: scrolling back finds its lines.
    QCache<Key, Line> m_lines{2048};
};

} // namespace ims
