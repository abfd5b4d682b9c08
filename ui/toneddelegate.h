#pragma once

#include <QStyledItemDelegate>

namespace ims {

// Paints a cell's text in the colour of its ToneRole (models/tone.h), from the palette in use:
// the models say what a state means, this says how it looks. Selected cells keep the
// highlight's text colour.
class TonedDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ims
