#pragma once

#include <QTableView>

class QMenu;

namespace ims {

class ImageFilterProxyModel;
struct Image;

// The image table widget: sorting on click, a column chooser in the header's context menu,
// a header state that can be saved and restored, and the selection as images.
class ImageTableView final : public QTableView {
    Q_OBJECT

public:
    explicit ImageTableView(ImageFilterProxyModel *proxy, QWidget *parent = nullptr);

    QList<Image> selectedImages() const;
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    // The columns a user sees, in the order they see them (for CSV export).
    QList<int> visibleColumnsInOrder() const;
    // Fills `menu` with one checkable action per column (the header's context menu, and the menu
    // bar's View > Columns): toggling one shows or hides its column.
    void fillColumnMenu(QMenu *menu);

signals:
    void headerStateChanged();

private:
    void showHeaderMenu(const QPoint &position);
    void applyDefaultColumns();

    ImageFilterProxyModel *m_proxy;
};

} // namespace ims
