#include "detailspane.h"

#include "apiwords.h"
#include "icons.h"
#include "types.h"

#include "image.h"
#include "imagetablemodel.h"
#include "plaintooltip.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ims {

namespace {

QString attributeText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void addRow(QTreeWidgetItem *parent, const QString &name, const QString &value) {
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, plainToolTip(value)); // names and values are the server's
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_tree(new QTreeWidget)
    , m_replicateMissing(new QPushButton(tr("Replicate to the regions that lack it"))) {
    m_title->setTextFormat(Qt::PlainText); // the image's name, as the server has it
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_tree->setColumnCount(2);
    m_tree->setAccessibleName(tr("Image details"));
    m_tree->setAccessibleDescription(
        tr("The selected image's attributes and values; Ctrl+C copies the selected values."));
    m_tree->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy value"), m_tree);
    copy->setObjectName(QStringLiteral("copyValue"));
    Icons::decorate(copy);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DetailsPane::copySelection);
    m_tree->addAction(copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    m_replicateMissing->setObjectName(QStringLiteral("replicateMissing"));
    m_replicateMissing->hide();
    connect(m_replicateMissing, &QPushButton::clicked, this, [this] {
        if (!m_regionInfo || m_regionInfo->lackingRegions.isEmpty())
            return;
        for (const Relative &relative : m_regionInfo->lineage) {
            if (relative.isSource && !relative.gone && !relative.notListed)
                emit replicateMissingRequested(relative.id, m_regionInfo->lackingRegions);
        }
    });
    layout->addWidget(m_replicateMissing);
    clear();
}

void DetailsPane::clear() {
    m_imageId.clear();
    m_shown = {};
    m_members = nullptr;
    m_attributesGroup = nullptr;
    m_attributes = {};
    m_attributesError.clear();
    m_attributesState = AttributesState::Loading;
    m_regionInfo.reset();
    m_replicateMissing->hide();
    m_tree->clear();
    m_title->setText(tr("Select an image to see its details."));
}

QTreeWidgetItem *DetailsPane::group(const QString &title) {
    auto *item = new QTreeWidgetItem(m_tree, {title});
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void DetailsPane::showImage(const Image &image) {
    const bool sameImage = image.id == m_imageId;
    if (sameImage && image == m_shown)
        return; // nothing to show that is not shown: no rebuild, no flicker, folds stay as they are
    m_shown = image;
    const QList<QPair<QString, QString>> keptMembers = [&] {
        QList<QPair<QString, QString>> members;
        for (int i = 0; sameImage && m_members && i < m_members->childCount(); ++i)
            members << qMakePair(m_members->child(i)->text(0), m_members->child(i)->text(1));
        return members;
    }();

    const bool attributesExpanded =
        sameImage && m_attributesGroup && m_attributesGroup->isExpanded();
    if (!image.attributes.isEmpty()) {
        m_attributes = image.attributes;
        m_attributesState = AttributesState::Loaded;
    } else if (!sameImage) {
        m_attributes = {};
        m_attributesState = AttributesState::Loading;
    }

    if (!sameImage) {
        m_regionInfo.reset();
        m_replicateMissing->hide();
    }
    m_tree->clear();
    m_imageId = image.id;
    m_title->setText(image.name.isEmpty() ? image.id : image.name);
    const QLocale locale;

    QTreeWidgetItem *general = group(tr("General"));
    addRow(general, tr("ID"), image.id);
    addRow(general, tr("Status"), ImageTableModel::statusText(image.status));
    addRow(general, tr("Visibility"), ApiWords::visibilityLabel(image.visibility));
    addRow(general, tr("Image type"), ApiWords::imageTypeLabel(image.imageType));
    addRow(general, tr("Owner"), image.owner);
    addRow(general, tr("Protected"), image.isProtected ? tr("Yes") : tr("No"));
    addRow(general, tr("Encrypted"),
           image.isEncrypted() ? tr("Yes (key %1)").arg(image.cmkId) : tr("No"));
    if (!image.description.isEmpty())
        addRow(general, tr("Description"), image.description);
    addRow(general, tr("Created"),
           locale.toString(image.createdAt.toLocalTime(), QLocale::LongFormat));
    addRow(general, tr("Updated"),
           locale.toString(image.updatedAt.toLocalTime(), QLocale::LongFormat));

    QTreeWidgetItem *system = group(tr("Operating system and disk"));
    addRow(system, tr("OS"), image.platform.isEmpty() ? image.osType : image.platform);
    addRow(system, tr("OS version"), image.osVersion);
    addRow(system, tr("Disk format"), image.diskFormat);
    addRow(system, tr("Size"),
           image.sizeBytes < 0
               ? tr("unknown")
               : tr("%1 (%2 bytes)")
                     .arg(formatSize(image.sizeBytes), locale.toString(image.sizeBytes)));
    addRow(system, tr("Min disk"), tr("%1 GB").arg(image.minDiskGb));
    addRow(system, tr("Min RAM"),
           image.minRamMb == 0 ? tr("no minimum") : tr("%1 MB").arg(image.minRamMb));
    addRow(system, tr("Max RAM"),
           image.maxRamMb == 0 ? tr("no limit") : tr("%1 MB").arg(image.maxRamMb));

    QTreeWidgetItem *tags = group(tr("Tags (%1)").arg(image.tags.size()));
    for (const QString &text : image.tags) {
        const ImageTag tag = ImageTag::parse(text);
        addRow(tags, tag.key, tag.value);
    }

    m_members = group(tr("Members"));
    if (sameImage && !keptMembers.isEmpty())
        showMembers(image.id, keptMembers);

    fillRegionInfo();

    m_attributesGroup = group(QString());
    m_attributesGroup->setExpanded(attributesExpanded);
    fillAttributes();
}

void DetailsPane::setRegionInfo(const QString &imageId, const RegionInfo &info) {
    if (imageId != m_imageId)
        return;
    m_regionInfo = info;
    // Rebuilt with it: the same image, so its members and attributes stay.
    const Image shown = std::exchange(m_shown, {});
    showImage(shown);
}

void DetailsPane::fillRegionInfo() {
    if (!m_regionInfo)
        return;
    const RegionInfo &info = *m_regionInfo;
    QTreeWidgetItem *where = group(tr("Location"));
    addRow(where, tr("Region"), info.region);
    addRow(where, tr("Project"), info.project);
    if (info.lineage.size() > 1 || (info.lineage.size() == 1 && (info.lineage.first().gone ||
                                                                 info.lineage.first().notListed))) {
        QTreeWidgetItem *copies = group(tr("Copies (%1)").arg(info.lineage.size() - 1));
        copies->setData(0, Qt::UserRole, QStringLiteral("copies"));
        for (const Relative &relative : info.lineage) {
            const QString role = relative.gone        ? tr("source (gone)")
                                 : relative.notListed ? tr("source (not listed)")
                                 : relative.isSource  ? tr("source")
                                                      : tr("copy");
            auto *item = new QTreeWidgetItem(
                copies, {QStringLiteral("%1 · %2").arg(relative.region, role),
                         relative.gone || relative.notListed
                             ? relative.id
                             : QStringLiteral("%1 · %2 · %3")
                                   .arg(relative.name, relative.status, relative.id)});
            item->setData(0, Qt::UserRole, relative.id);
            item->setToolTip(1, plainToolTip(item->text(1)));
            if (relative.id == m_imageId) {
                QFont font = item->font(1);
                font.setBold(true);
                item->setFont(1, font);
            }
        }
        if (!info.lackingRegions.isEmpty())
            addRow(copies, tr("Missing in"), info.lackingRegions.join(QStringLiteral(", ")));
    }
    if (info.servers) {
        QTreeWidgetItem *used = group(tr("Used by (%1 servers)").arg(info.servers->size()));
        used->setData(0, Qt::UserRole, QStringLiteral("usedBy"));
        for (const ServerRow &server : *info.servers)
            addRow(used, server.name, QStringLiteral("%1 · %2").arg(server.status, server.region));
    }
    m_replicateMissing->setVisible(!info.lackingRegions.isEmpty());
    m_replicateMissing->setToolTip(
        tr("Copy the source to %1").arg(info.lackingRegions.join(QStringLiteral(", "))));
}

void DetailsPane::showAttributes(const QString &imageId, const QJsonObject &attributes) {
    if (imageId != m_imageId || !m_attributesGroup)
        return; // an answer for an image no longer shown
    m_attributes = attributes;
    m_attributesState = AttributesState::Loaded;
    fillAttributes();
}

void DetailsPane::showAttributesError(const QString &imageId, const QString &message) {
    if (imageId != m_imageId || !m_attributesGroup)
        return;
    if (m_attributesState == AttributesState::Loaded)
        return; // a failed re-read of the image shown: what was read before still holds
    m_attributesError = message;
    m_attributesState = AttributesState::Failed;
    fillAttributes();
}

void DetailsPane::fillAttributes() {
    QTreeWidgetItem *all = m_attributesGroup;
    qDeleteAll(all->takeChildren());
    const auto note = [all](const QString &text) {
        auto *item = new QTreeWidgetItem(all, {text});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, plainToolTip(text));
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
    };
    switch (m_attributesState) {
    case AttributesState::Loading:
        all->setText(0, tr("All attributes from the cloud (loading…)"));
        note(tr("Loading attributes…"));
        break;
    case AttributesState::Failed:
        all->setText(0, tr("All attributes from the cloud (not loaded)"));
        note(tr("The attributes could not be read: %1").arg(m_attributesError));
        all->setExpanded(true); // a problem is shown, not folded away
        break;
    case AttributesState::Loaded:
        all->setText(0, tr("All attributes from the cloud (%1)").arg(m_attributes.size()));
        for (auto it = m_attributes.constBegin(); it != m_attributes.constEnd(); ++it)
            addRow(all, it.key(), attributeText(it.value()));
        break;
    }
}

void DetailsPane::showMembers(const QString &imageId,
                              const QList<QPair<QString, QString>> &members) {
    if (imageId != m_imageId || !m_members)
        return; // the user has moved on to another image
    qDeleteAll(m_members->takeChildren());
    m_members->setText(0, tr("Members (%1)").arg(members.size()));
    for (const auto &[project, status] : members)
        addRow(m_members, project, ApiWords::memberStatusLabel(status));
}

void DetailsPane::copySelection() {
    QStringList values;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        values << item->text(1);
    if (!values.isEmpty())
        QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
}

} // namespace ims
