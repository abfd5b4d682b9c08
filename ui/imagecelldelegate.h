#pragma once

#include "plaincellpainter.h"

#include <QStyledItemDelegate>

namespace ims {

// The image table's cells: the status as a badge (fill and text in its tone, the status's
// icon, the status's word), protected and encrypted as icons beside their Yes, and rows in a
// transitional state (queued, saving, pending_delete) tinted. The text stays what the model
// says, so a screen reader and a colour-blind user read the same as everyone else.
class ImageCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Badge {
        QString text;
        QString iconName;
        int tone; // ims::Tone
    };
    // What the status cell at `index` shows.
    static Badge badgeOf(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable PlainCellPainter m_plainCells; // the cells that are text alone
};

} // namespace ims
