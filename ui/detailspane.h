#pragma once

#include "image.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ims {

// Everything about one image: the main fields first, then tags, members, and every attribute
// the cloud sent, unknown ones included, so nothing the server says is hidden from the admin.
class DetailsPane final : public QWidget {
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // The decoded fields at once; every attribute too if `image` carries them, otherwise
    // "Loading attributes…" until showAttributes() (the same image shown again keeps them).
    // The very image shown already is not shown again: a refresh does not rebuild the pane.
    void showImage(const Image &image);
    // Members arrive by a request of their own; `projects` maps project id → member status.
    void showMembers(const QString &imageId, const QList<QPair<QString, QString>> &members);
    // The answers of the image read; ignored when another image is shown by then.
    void showAttributes(const QString &imageId, const QJsonObject &attributes);
    void showAttributesError(const QString &imageId, const QString &message);
    void clear();
    QString imageId() const { return m_imageId; }
    QTreeWidget *tree() const { return m_tree; }

    // What the All regions view knows of an image beyond its fields: where it lives, its
    // lineage (the source and every copy in every region) and the servers created from it.
    struct Relative {
        QString id;
        QString name;
        QString status;
        QString region;
        bool isSource = false;  // the root of the lineage (or, when it is gone, its id alone)
        bool gone = false;      // a source that no longer exists (the cloud said so)
        bool notListed = false; // a source not listed and not (yet) read: not called gone
    };
    struct ServerRow {
        QString name;
        QString status;
        QString region;
    };
    struct RegionInfo {
        QString region;
        QString project;
        QList<Relative> lineage;    // the source first, then its copies
        QStringList lackingRegions; // where "Replicate to the regions that lack it" copies to
        std::optional<QList<ServerRow>> servers; // nullopt: the region's servers are not known
    };
    // For the image shown (ignored for another); kept while the same image is shown again.
    void setRegionInfo(const QString &imageId, const RegionInfo &info);
    QPushButton *replicateMissingButton() const { return m_replicateMissing; }

signals:
    // "Replicate to the regions that lack it": a copy of `sourceId` into each of `regions`.
    void replicateMissingRequested(const QString &sourceId, const QStringList &regions);

private:
    enum class AttributesState { Loading, Loaded, Failed };

    QTreeWidgetItem *group(const QString &title);
    void fillAttributes();
    void fillRegionInfo();
    void copySelection();

    QLabel *m_title;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_members = nullptr;
    QTreeWidgetItem *m_attributesGroup = nullptr;
    QString m_imageId;
    Image m_shown; // as showImage() was given it
    AttributesState m_attributesState = AttributesState::Loading;
    QJsonObject m_attributes; // of the image shown only
    QString m_attributesError;
    std::optional<RegionInfo> m_regionInfo; // of the image shown
    QPushButton *m_replicateMissing;
};

} // namespace ims
