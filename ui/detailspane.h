#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ims {

struct Image;

// Everything about one image: the main fields first, then tags, members, and every attribute
// the cloud sent, unknown ones included, so nothing the server says is hidden from the admin.
class DetailsPane final : public QWidget {
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showImage(const Image &image);
    // Members arrive by a request of their own; `projects` maps project id → member status.
    void showMembers(const QString &imageId, const QList<QPair<QString, QString>> &members);
    void clear();
    QString imageId() const { return m_imageId; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidgetItem *group(const QString &title);
    void copySelection();

    QLabel *m_title;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_members = nullptr;
    QString m_imageId;
};

} // namespace ims
