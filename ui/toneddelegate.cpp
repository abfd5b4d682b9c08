#include "toneddelegate.h"

#include "themecolours.h"
#include "tone.h"

namespace ims {

void TonedDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(ToneRole);
    if (!tone.isValid() || Tone(tone.toInt()) == Tone::Neutral)
        return;
    option->palette.setColor(QPalette::Text,
                             ThemeColours(option->palette).text(Tone(tone.toInt())));
}

} // namespace ims
