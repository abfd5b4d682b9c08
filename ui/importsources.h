#pragma once

#include "image.h"
#include "orders.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace ims {

class ServerListModel;

// The import wizard's first page shows one of these for the source the user picked: each asks
// for what its source needs and writes it into the order.
class ImportSourceForm : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;
    // Writes the source and its fields into `order`.
    virtual void fill(ImportOrder &order) const = 0;
    // Why the wizard cannot go on yet (a sentence); empty when the source is complete.
    virtual QString problem() const = 0;

signals:
    void changed();
};

// A file on this computer: its path, typed or chosen.
class LocalFileForm final : public ImportSourceForm {
    Q_OBJECT

public:
    LocalFileForm();
    void fill(ImportOrder &order) const override;
    QString problem() const override;
    void setPath(const QString &path);
    QString path() const;
    QLineEdit *pathEdit() const { return m_path; }

private:
    QLineEdit *m_path;
    QPushButton *m_browse;
};

// A file in an OBS bucket of this region: bucket:object.
class ObsFileForm final : public ImportSourceForm {
    Q_OBJECT

public:
    ObsFileForm();
    void fill(ImportOrder &order) const override;
    QString problem() const override;
    QLineEdit *objectEdit() const { return m_object; }

private:
    QLineEdit *m_object;
};

// An ECS server of the project: an image of its system disk, of all its disks (full-ECS), or
// one image per data disk: its disks are listed, checked ones become images named as typed.
class ServerSourceForm final : public ImportSourceForm {
    Q_OBJECT

public:
    enum class Kind { SystemDisk, Whole, DataDisks };
    explicit ServerSourceForm(ServerListModel *servers);
    void fill(ImportOrder &order) const override;
    QString problem() const override;
    bool selectServer(const QString &serverId);
    void setKind(Kind kind);
    // Data disks: checks the disk and names its image.
    bool chooseDataDisk(const QString &volumeId, const QString &imageName);
    QTableView *serverView() const { return m_view; }
    QTableWidget *diskTable() const { return m_disks; }

private:
    QString selectedServerId() const;
    void updateDiskPart();
    void listDisks(); // of the selected server

    ServerListModel *m_servers;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QButtonGroup *m_kinds;
    QWidget *m_diskPart;
    QTableWidget *m_disks;
    QString m_disksOf; // the server whose disks are listed
};

// A CBR backup: a full-ECS image of it.
class BackupForm final : public ImportSourceForm {
    Q_OBJECT

public:
    BackupForm();
    void fill(ImportOrder &order) const override;
    QString problem() const override;
    QLineEdit *backupEdit() const { return m_backup; }

private:
    QLineEdit *m_backup;
};

// An image of the project still queued (made without its file): registers an OBS file as it.
class QueuedImageForm final : public ImportSourceForm {
    Q_OBJECT

public:
    QueuedImageForm();
    void fill(ImportOrder &order) const override;
    QString problem() const override;
    void setImages(const QList<Image> &queued);
    QComboBox *imageBox() const { return m_image; }
    QLineEdit *objectEdit() const { return m_object; }

private:
    QComboBox *m_image;
    QLineEdit *m_object;
};

} // namespace ims
