#include "imagecelldelegate.h"

#include "icons.h"
#include "imagetablemodel.h"
#include "themecolours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ims {

namespace {
constexpr int kBadgePadding = 6; // left and right of the text, and between icon and text
constexpr int kBadgeMargin = 2;  // around the badge, inside the cell

QStyle *styleOf(const QStyleOptionViewItem &option) {
    return option.widget ? option.widget->style() : QApplication::style();
}

Image imageOf(const QModelIndex &index) {
    return index.data(ImageTableModel::ImageRole).value<Image>();
}
} // namespace

ImageCellDelegate::Badge ImageCellDelegate::badgeOf(const QModelIndex &index) {
    const Image image = imageOf(index);
    const QString status = index.data(Qt::DisplayRole).toString();
    if (image.memberStatus == QLatin1String("pending"))
        return {tr("%1 · share pending").arg(status), QStringLiteral("imsdesk-status-pending"),
                int(Tone::Warning)};
    return {status, Icons::nameForStatus(image.status), index.data(ToneRole).toInt()};
}

void ImageCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // The row's tone tints it; the selection's highlight wins over it.
    const QColor tint = ThemeColours(option->palette).rowTint(Tone(index.data(ToneRole).toInt()));
    if (tint.isValid() && !(option->state & QStyle::State_Selected))
        option->backgroundBrush = tint;
    if (index.column() == ImageTableModel::Protected ||
        index.column() == ImageTableModel::Encrypted) {
        const Image image = imageOf(index);
        const bool on =
            index.column() == ImageTableModel::Protected ? image.isProtected : image.isEncrypted();
        if (on) {
            option->icon = Icons::icon(index.column() == ImageTableModel::Protected
                                           ? QStringLiteral("imsdesk-protected")
                                           : QStringLiteral("imsdesk-encrypted"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
}

void ImageCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (index.column() != ImageTableModel::Status) {
        if (PlainCellPainter::canPaint(cell))
            m_plainCells.paint(painter, cell);
        else // what QStyledItemDelegate::paint does
            styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
        return;
    }
    const Badge badge = badgeOf(index);
    // The cell's background and selection without its text: the badge says it.
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    if (badge.text.isEmpty())
        return;

    const ThemeColours::Pair colours = ThemeColours(option.palette).badge(Tone(badge.tone));
    painter->save();
    painter->setFont(option.font);
    // The painter's metrics: the device's hinting decides the text's width, not the widget's.
    const QFontMetrics metrics = painter->fontMetrics();
    const QRect area =
        option.rect.adjusted(kBadgeMargin, kBadgeMargin, -kBadgeMargin, -kBadgeMargin);
    const int iconSize = std::min(16, area.height() - 2);
    const int width = std::min(area.width(), kBadgePadding * 3 + iconSize + 2 +
                                                 metrics.horizontalAdvance(badge.text));
    const QRect pill(area.left(), area.top(), width, area.height());
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, colours.background);
    const QRect iconRect(pill.left() + kBadgePadding, pill.center().y() - iconSize / 2 + 1,
                         iconSize, iconSize);
    Icons::tinted(badge.iconName, colours.foreground).paint(painter, iconRect);
    painter->setPen(colours.foreground);
    const QRect textRect = pill.adjusted(kBadgePadding * 2 + iconSize, 0, -kBadgePadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(badge.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ImageCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ImageTableModel::Status) {
        const QFontMetrics metrics(option.font);
        size.setWidth(kBadgePadding * 3 + 16 + 2 + kBadgeMargin * 2 +
                      metrics.horizontalAdvance(badgeOf(index).text));
    }
    return size;
}

} // namespace ims
