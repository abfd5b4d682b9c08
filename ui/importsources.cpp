#include "importsources.h"

#include "dialogparts.h"

#include "operationrules.h"
#include "serverlistmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims {

namespace {

QFormLayout *formIn(QWidget *widget) {
    auto *form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

// --- a local file

LocalFileForm::LocalFileForm()
    : m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("Bro&wse…"))) {
    m_path->setAccessibleName(tr("Image file on this computer"));
    m_path->setPlaceholderText(tr("/path/to/image.qcow2"));
    enableClearButton(m_path);
    m_browse->setAccessibleName(tr("Browse for the image file"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    formIn(this)->addRow(buddyLabel(tr("Fi&le:"), m_path), row);
    connect(m_path, &QLineEdit::textChanged, this, &ImportSourceForm::changed);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Choose an image file"), QFileInfo(path()).absolutePath(),
            tr("Disk images (*.qcow2 *.vmdk *.vhd *.vhdx *.iso *.img *.raw);;All files (*)"));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
}

void LocalFileForm::setPath(const QString &path) {
    m_path->setText(path);
}

QString LocalFileForm::path() const {
    return m_path->text().trimmed();
}

void LocalFileForm::fill(ImportOrder &order) const {
    order.source = ImportOrder::Source::LocalFile;
    order.filePath = path();
}

QString LocalFileForm::problem() const {
    if (path().isEmpty())
        return tr("Choose the image file to upload.");
    const QFileInfo file(path());
    if (!file.exists())
        return tr("%1 does not exist.").arg(path());
    if (!file.isFile())
        return tr("%1 is not a file.").arg(path());
    return {};
}

// --- an OBS file

ObsFileForm::ObsFileForm()
    : m_object(new QLineEdit) {
    m_object->setAccessibleName(tr("OBS object, as bucket:path"));
    m_object->setPlaceholderText(tr("bucket:path/to/image.qcow2"));
    formIn(this)->addRow(buddyLabel(tr("Ob&ject:"), m_object), m_object);
    connect(m_object, &QLineEdit::textChanged, this, &ImportSourceForm::changed);
}

void ObsFileForm::fill(ImportOrder &order) const {
    order.source = ImportOrder::Source::ObsFile;
    order.obsUrl = m_object->text().trimmed();
}

QString ObsFileForm::problem() const {
    return rules::bucketUrlProblem(m_object->text().trimmed());
}

// --- a server

ServerSourceForm::ServerSourceForm(ServerListModel *servers)
    : m_servers(servers)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_kinds(new QButtonGroup(this))
    , m_diskPart(new QWidget)
    , m_disks(new QTableWidget(0, 2)) {
    m_filter->setSourceModel(servers);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setAccessibleName(tr("Search servers"));
    m_search->setPlaceholderText(tr("name, status, flavor, OS or ID"));
    enableClearButton(m_search);
    m_view->setAccessibleName(tr("Servers of the project"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ServerListModel::Name, 160);
    m_view->setColumnWidth(ServerListModel::Os, 160);
    m_view->setTabKeyNavigation(false);

    auto *kindRow = new QHBoxLayout;
    const QList<QPair<Kind, QString>> kinds{
        {Kind::SystemDisk, tr("S&ystem disk")},
        {Kind::Whole, tr("F&ull-ECS image (all its disks)")},
        {Kind::DataDisks, tr("Its da&ta disks")},
    };
    for (const auto &[kind, text] : kinds) {
        auto *button = new QRadioButton(text);
        m_kinds->addButton(button, int(kind));
        kindRow->addWidget(button);
    }
    kindRow->addStretch();
    m_kinds->button(int(Kind::SystemDisk))->setChecked(true);

    m_disks->setAccessibleName(
        tr("Data disks of the server: check those to make images of, and name each image"));
    m_disks->setHorizontalHeaderLabels({tr("Data disk"), tr("Image name")});
    m_disks->horizontalHeader()->setStretchLastSection(true);
    m_disks->setColumnWidth(0, 330);
    m_disks->verticalHeader()->hide();
    m_disks->setMaximumHeight(120);
    m_disks->setTabKeyNavigation(false);
    auto *diskLayout = new QHBoxLayout(m_diskPart);
    diskLayout->setContentsMargins(0, 0, 0, 0);
    diskLayout->addWidget(buddyLabel(tr("Dis&ks:"), m_disks), 0, Qt::AlignTop);
    diskLayout->addWidget(m_disks, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QFormLayout;
    searchRow->addRow(buddyLabel(tr("Searc&h servers:"), m_search), m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(kindRow);
    layout->addWidget(m_diskPart);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        listDisks();
        emit changed();
    });
    // The server list is reloaded (a server stopped): its disks stay as the user set them.
    connect(m_servers, &QAbstractItemModel::modelReset, this, &ServerSourceForm::listDisks);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this] {
        updateDiskPart();
        emit changed();
    });
    connect(m_disks, &QTableWidget::itemChanged, this, &ImportSourceForm::changed);
    updateDiskPart();
}

void ServerSourceForm::setKind(Kind kind) {
    m_kinds->button(int(kind))->setChecked(true);
    updateDiskPart();
    emit changed();
}

void ServerSourceForm::updateDiskPart() {
    m_diskPart->setVisible(m_kinds->checkedId() == int(Kind::DataDisks));
}

void ServerSourceForm::listDisks() {
    const QString serverId = selectedServerId();
    if (serverId == m_disksOf)
        return;
    m_disksOf = serverId;
    const QSignalBlocker quiet(m_disks); // one change, not one per cell
    m_disks->setRowCount(0);
    const Server *server = m_servers->server(serverId);
    if (!server)
        return;
    for (const ServerDataDisk &disk : server->dataDisks) {
        const int row = m_disks->rowCount();
        m_disks->insertRow(row);
        auto *volume = new QTableWidgetItem(tr("%1  %2").arg(disk.device, disk.volumeId));
        volume->setData(Qt::UserRole, disk.volumeId);
        volume->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        volume->setCheckState(Qt::Checked);
        m_disks->setItem(row, 0, volume);
        // "db-01-vdb": the server's name and the disk's device, unique among its disks.
        const QString device = disk.device.section(QLatin1Char('/'), -1);
        m_disks->setItem(row, 1, new QTableWidgetItem(tr("%1-%2").arg(server->name, device)));
    }
}

bool ServerSourceForm::chooseDataDisk(const QString &volumeId, const QString &imageName) {
    for (int row = 0; row < m_disks->rowCount(); ++row) {
        if (m_disks->item(row, 0)->data(Qt::UserRole).toString() == volumeId) {
            m_disks->item(row, 0)->setCheckState(Qt::Checked);
            m_disks->item(row, 1)->setText(imageName);
            return true;
        }
    }
    return false;
}

QString ServerSourceForm::selectedServerId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ServerListModel::ServerIdRole).toString();
}

bool ServerSourceForm::selectServer(const QString &serverId) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(ServerListModel::ServerIdRole).toString() == serverId) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void ServerSourceForm::fill(ImportOrder &order) const {
    switch (Kind(m_kinds->checkedId())) {
    case Kind::SystemDisk:
        order.source = ImportOrder::Source::ServerSystemDisk;
        break;
    case Kind::Whole:
        order.source = ImportOrder::Source::ServerWhole;
        break;
    case Kind::DataDisks:
        order.source = ImportOrder::Source::ServerDataDisks;
        break;
    }
    order.serverId = selectedServerId();
    const Server *server = m_servers->server(order.serverId);
    order.serverName = server ? server->name : order.serverId;
    order.dataDisks.clear();
    if (order.source != ImportOrder::Source::ServerDataDisks)
        return;
    for (int row = 0; row < m_disks->rowCount(); ++row) {
        const QTableWidgetItem *volume = m_disks->item(row, 0);
        if (volume->checkState() == Qt::Checked)
            order.dataDisks << ImportOrder::DataDisk{volume->data(Qt::UserRole).toString(),
                                                     m_disks->item(row, 1)->text().trimmed()};
    }
}

QString ServerSourceForm::problem() const {
    ImportOrder order;
    fill(order);
    if (order.serverId.isEmpty())
        return tr("Choose the server to make an image of.");
    if (order.source != ImportOrder::Source::ServerDataDisks)
        return {};
    if (m_disks->rowCount() == 0)
        return tr("%1 has no data disks.").arg(order.serverName);
    if (order.dataDisks.isEmpty())
        return tr("Check the data disks to make images of.");
    for (const ImportOrder::DataDisk &disk : order.dataDisks) {
        if (const QString problem = rules::nameProblem(disk.name); !problem.isEmpty())
            return tr("Image of %1: %2").arg(disk.volumeId, problem);
    }
    return {};
}

// --- a backup

BackupForm::BackupForm()
    : m_backup(new QLineEdit) {
    m_backup->setAccessibleName(tr("CBR backup ID"));
    m_backup->setPlaceholderText(tr("the ID of a CBR backup of a server"));
    formIn(this)->addRow(buddyLabel(tr("Backup &ID:"), m_backup), m_backup);
    connect(m_backup, &QLineEdit::textChanged, this, &ImportSourceForm::changed);
}

void BackupForm::fill(ImportOrder &order) const {
    order.source = ImportOrder::Source::Backup;
    order.backupId = m_backup->text().trimmed();
}

QString BackupForm::problem() const {
    return m_backup->text().trimmed().isEmpty() ? tr("Enter the ID of the CBR backup.") : QString();
}

// --- a queued image

QueuedImageForm::QueuedImageForm()
    : m_image(new QComboBox)
    , m_object(new QLineEdit) {
    m_image->setAccessibleName(tr("Queued image to register the file as"));
    m_object->setAccessibleName(tr("OBS object to register, as bucket:path"));
    m_object->setPlaceholderText(tr("bucket:path/to/image.qcow2"));
    QFormLayout *form = formIn(this);
    form->addRow(buddyLabel(tr("Queued i&mage:"), m_image), m_image);
    form->addRow(buddyLabel(tr("Fil&e in OBS:"), m_object), m_object);
    setImages({});
    connect(m_image, &QComboBox::currentIndexChanged, this, &ImportSourceForm::changed);
    connect(m_object, &QLineEdit::textChanged, this, &ImportSourceForm::changed);
}

void QueuedImageForm::setImages(const QList<Image> &queued) {
    const QString kept = m_image->currentData().toString();
    const QSignalBlocker quiet(m_image);
    m_image->clear();
    for (const Image &image : queued)
        m_image->addItem(tr("%1  (%2)").arg(image.name, image.id), image.id);
    m_image->setPlaceholderText(queued.isEmpty() ? tr("No image of the project is queued")
                                                 : tr("Choose the queued image"));
    m_image->setCurrentIndex(kept.isEmpty() ? (queued.size() == 1 ? 0 : -1)
                                            : m_image->findData(kept));
    emit changed();
}

void QueuedImageForm::fill(ImportOrder &order) const {
    order.source = ImportOrder::Source::QueuedImage;
    order.imageId = m_image->currentData().toString();
    order.obsUrl = m_object->text().trimmed();
}

QString QueuedImageForm::problem() const {
    if (m_image->currentIndex() < 0)
        return tr("Choose the queued image to register the file as.");
    return rules::bucketUrlProblem(m_object->text().trimmed());
}

} // namespace ims
