#include "plaincellpainter.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace ims {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option) {
    return option.widget ? option.widget->style() : QApplication::style();
}

// The one line of `text` laid out in `width` as QCommonStyle lays out an item's text.
QSizeF layOut(QTextLayout &layout, const QString &text, const QFont &font,
              const QTextOption &textOption, int width) {
    layout.setText(text);
    layout.setFont(font);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true); // the shaping is what is worth keeping
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth(width);
        textLine.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    return layout.boundingRect().size();
}

} // namespace

bool PlainCellPainter::canPaint(const QStyleOptionViewItem &option) {
    constexpr auto kOthers = QStyleOptionViewItem::HasDecoration |
                             QStyleOptionViewItem::HasCheckIndicator |
                             QStyleOptionViewItem::WrapText;
    // Fusion inherits QCommonStyle's item painting, which this one follows; other styles have
    // their own.
    return !(option.features & kOthers) && !(option.state & QStyle::State_Editing) &&
           option.direction == Qt::LeftToRight && !option.text.contains(QChar::LineSeparator) &&
           styleOf(option)->name() == QLatin1String("fusion");
}

const PlainCellPainter::Line &PlainCellPainter::line(const QStyleOptionViewItem &option,
                                                     const QRect &textRect) {
    if (option.font != m_font) {
        m_lines.clear();
        m_font = option.font;
    }
    Key key{option.text, textRect.width(), textRect.height(), int(option.displayAlignment),
            int(option.textElideMode)};
    if (const Line *known = m_lines.object(key))
        return *known;

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    auto *made = new Line;
    QSizeF size = layOut(made->layout, option.text, option.font, textOption, textRect.width());
    if (made->layout.lineCount() == 1 &&
        made->layout.lineAt(0).naturalTextWidth() > textRect.width()) {
        const QString elided = QFontMetrics(option.font)
                                   .elidedText(option.text, option.textElideMode, textRect.width());
        size = layOut(made->layout, elided, option.font, textOption, textRect.width());
    }
    const Qt::Alignment vertical = option.displayAlignment & Qt::AlignVertical_Mask;
    made->top = QStyle::alignedRect(option.direction, vertical, size.toSize(), textRect).top() -
                textRect.top();
    m_lines.insert(key, made);
    return *made;
}

void PlainCellPainter::paint(QPainter *painter, const QStyleOptionViewItem &option) {
    const QWidget *widget = option.widget;
    QStyle *style = styleOf(option);
    painter->save();
    painter->setClipRect(option.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    if (!option.text.isEmpty()) {
        painter->setPen(option.palette.color(group, option.state & QStyle::State_Selected
                                                        ? QPalette::HighlightedText
                                                        : QPalette::Text));
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
        const Line &text = line(option, textRect);
        text.layout.draw(painter, QPointF(textRect.left(), textRect.top() + text.top));
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &option, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup frameGroup =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = option.palette.color(
            frameGroup,
            option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace ims
