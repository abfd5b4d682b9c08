#include "importpages.h"

#include "dialogparts.h"
#include "fileinspector.h"
#include "formatting.h"
#include "importsources.h"
#include "importwizard.h"
#include "operationrules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ims {

using Source = ImportOrder::Source;

namespace {

bool isFile(Source source) {
    return source == Source::LocalFile || source == Source::ObsFile;
}

// The name a new image gets unless the user types one: the file's, the server's, the backup's.
QString suggestedName(const ImportOrder &order) {
    switch (order.source) {
    case Source::LocalFile:
        return QFileInfo(order.filePath).completeBaseName();
    case Source::ObsFile:
        return QFileInfo(order.obsUrl.section(QLatin1Char(':'), 1)).completeBaseName();
    case Source::ServerSystemDisk:
        return QObject::tr("%1-image").arg(order.serverName);
    case Source::ServerWhole:
        return QObject::tr("%1-full").arg(order.serverName);
    case Source::Backup:
        return QObject::tr("backup-%1").arg(order.backupId.left(8));
    case Source::ServerDataDisks:
    case Source::QueuedImage:
        break;
    }
    return {};
}

QLabel *wrappingLabel() {
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText); // file names, server names and the cloud's words
    label->setWordWrap(true);
    return label;
}

} // namespace

// --- page 1: the source

ImportSourcePage::ImportSourcePage(rules::Api api, ServerListModel *servers)
    : m_kinds(new QButtonGroup(this))
    , m_forms(new QStackedWidget)
    , m_local(new LocalFileForm)
    , m_obs(new ObsFileForm)
    , m_server(new ServerSourceForm(servers))
    , m_backup(new BackupForm)
    , m_queued(new QueuedImageForm)
    , m_hint(wrappingLabel()) {
    setTitle(tr("Where does the image come from?"));
    setSubTitle(tr("Upload a file, import one from OBS, make one of a server or a backup, or "
                   "register a file as an image already queued."));
    // One button per source, in the order of ImportOrder::Source's forms below.
    const QList<std::tuple<QString, QString, ImportSourceForm *>> kinds{
        {tr("A file on this &computer"), tr("Uploads it: qcow2, vmdk, vhd, vhdx, raw or ISO"),
         m_local},
        {tr("A file in &OBS"), tr("An object in a bucket of this region"), m_obs},
        {tr("A &server"), tr("Its system disk, all its disks (full-ECS) or its data disks"),
         m_server},
        {tr("A CBR backu&p"), tr("A full-ECS image of the backup"), m_backup},
        {tr("An existing &queued image"), tr("Registers an OBS file as an image made without one"),
         m_queued},
    };
    auto *layout = new QVBoxLayout(this);
    for (const auto &[text, tip, form] : kinds) {
        auto *button = new QRadioButton(text);
        button->setToolTip(tip);
        // Everything but uploads speaks the IMS extension API.
        if (api == rules::Api::Glance && form != m_local) {
            button->setEnabled(false);
            button->setToolTip(tr("This cloud has no IMS extension API: only uploads work."));
        }
        m_kinds->addButton(button, m_forms->addWidget(form));
        layout->addWidget(button);
        connect(form, &ImportSourceForm::changed, this, &ImportSourcePage::update);
    }
    m_kinds->button(0)->setChecked(true);
    layout->addSpacing(8);
    layout->addWidget(m_forms, 1);
    layout->addWidget(m_hint);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) {
        m_forms->setCurrentIndex(id);
        update();
    });
    update();
}

ImportSourceForm *ImportSourcePage::currentForm() const {
    return static_cast<ImportSourceForm *>(m_forms->currentWidget());
}

void ImportSourcePage::setSource(Source source) {
    int id = 0;
    switch (source) {
    case Source::LocalFile:
        break;
    case Source::ObsFile:
        id = 1;
        break;
    case Source::ServerSystemDisk:
    case Source::ServerWhole:
    case Source::ServerDataDisks:
        id = 2;
        m_server->setKind(source == Source::ServerSystemDisk ? ServerSourceForm::Kind::SystemDisk
                          : source == Source::ServerWhole    ? ServerSourceForm::Kind::Whole
                                                             : ServerSourceForm::Kind::DataDisks);
        break;
    case Source::Backup:
        id = 3;
        break;
    case Source::QueuedImage:
        id = 4;
        break;
    }
    m_kinds->button(id)->setChecked(true);
    m_forms->setCurrentIndex(id);
    update();
}

void ImportSourcePage::fill(ImportOrder &order) const {
    currentForm()->fill(order);
}

QString ImportSourcePage::problem() const {
    return currentForm()->problem();
}

void ImportSourcePage::update() {
    m_hint->setText(problem());
    emit completeChanged();
}

bool ImportSourcePage::isComplete() const {
    return problem().isEmpty();
}

int ImportSourcePage::nextId() const {
    // Registering fills an image that already has its name and attributes.
    return currentForm() == m_queued ? ImportWizard::CheckPageId : ImportWizard::DetailsPageId;
}

bool ImportSourcePage::validatePage() {
    if (currentForm() == m_local)
        static_cast<ImportWizard *>(wizard())->inspectChosenFile();
    return true;
}

// --- page 2: what it is

ImportDetailsPage::ImportDetailsPage()
    : m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_os(new QComboBox)
    , m_format(new QComboBox)
    , m_detected(wrappingLabel())
    , m_minDisk(new QSpinBox)
    , m_minRam(new QSpinBox)
    , m_maxRam(new QSpinBox)
    , m_tags(new QPlainTextEdit)
    , m_systemDisk(new QRadioButton(tr("&System disk")))
    , m_dataDisk(new QRadioButton(tr("Data d&isk")))
    , m_quick(new QCheckBox(tr("&Quick import (large RAW or ZVHD2 files, up to 1 TB)")))
    , m_problems(new ProblemsLabel) {
    setTitle(tr("What is it?"));
    setSubTitle(tr("Name the image and say what it holds. Each entry is checked as you type."));
    m_name->setAccessibleName(tr("Image name"));
    m_description->setAccessibleName(tr("Description"));
    m_os->setAccessibleName(tr("OS version"));
    m_os->setEditable(true);
    m_os->setInsertPolicy(QComboBox::NoInsert);
    m_os->lineEdit()->setPlaceholderText(tr("type to search the cloud's list"));
    m_os->completer()->setFilterMode(Qt::MatchContains); // "22.04" finds "Ubuntu 22.04 server"
    m_os->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_os->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_format->setAccessibleName(tr("Disk format"));
    for (const char *name : {"qcow2", "vmdk", "vhd", "vhdx", "raw", "iso"})
        m_format->addItem(QLatin1String(name), QLatin1String(name));
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_minDisk->setAccessibleName(tr("Minimum disk in GB"));
    m_minDisk->setRange(0, 2048);
    m_minDisk->setSuffix(tr(" GB"));
    m_minDisk->setSpecialValueText(tr("what the file needs"));
    m_minRam->setAccessibleName(tr("Minimum RAM in MB"));
    m_maxRam->setAccessibleName(tr("Maximum RAM in MB"));
    for (QSpinBox *box : {m_minRam, m_maxRam}) {
        box->setRange(0, 1024 * 1024);
        box->setSuffix(tr(" MB"));
        box->setSpecialValueText(tr("not set"));
    }
    m_tags->setAccessibleName(tr("Tags, one key=value per line"));
    m_tags->setPlaceholderText(tr("one tag per line, as key=value"));
    m_tags->setMaximumHeight(60);
    m_tags->setTabChangesFocus(true);
    m_systemDisk->setAccessibleName(tr("System disk image"));
    m_dataDisk->setAccessibleName(tr("Data disk image"));
    m_quick->setAccessibleName(tr("Quick import"));
    m_systemDisk->setChecked(true);
    auto *diskKind = new QButtonGroup(this);
    diskKind->addButton(m_systemDisk);
    diskKind->addButton(m_dataDisk);

    auto *formatRow = new QVBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_systemDisk);
    kindRow->addWidget(m_dataDisk);
    kindRow->addStretch();
    auto *kindWidget = new QWidget;
    kindWidget->setLayout(kindRow);
    kindRow->setContentsMargins(0, 0, 0, 0);
    kindWidget->setAccessibleName(tr("Kind of disk"));
    auto *formatWidget = new QWidget;
    formatWidget->setLayout(formatRow);
    formatRow->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Ima&ge of a:"), kindWidget);
    form->addRow(tr("&OS version:"), m_os);
    form->addRow(tr("Disk &format:"), formatWidget);
    form->addRow(tr("Min dis&k:"), m_minDisk);
    form->addRow(tr("Min &RAM:"), m_minRam);
    form->addRow(tr("Ma&x RAM:"), m_maxRam);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_quick);
    // The format row's label leads to the combo box, not to the widget around it.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(formatWidget)))
        label->setBuddy(m_format);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(kindWidget)))
        label->setBuddy(m_systemDisk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_problems);

    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &ImportDetailsPage::validate);
    connect(m_tags, &QPlainTextEdit::textChanged, this, &ImportDetailsPage::validate);
    for (QSpinBox *box : {m_minDisk, m_minRam, m_maxRam})
        connect(box, &QSpinBox::valueChanged, this, &ImportDetailsPage::validate);
    connect(m_minDisk, &QSpinBox::valueChanged, this, [this] {
        if (m_minDisk->hasFocus())
            m_minDiskTouched = true;
    });
    connect(m_format, &QComboBox::activated, this, [this] {
        m_formatTouched = true;
        showFile();
    });
    connect(m_dataDisk, &QRadioButton::toggled, this, [this] {
        initializePage(); // the OS and RAM rows are a system disk's
    });
}

ImportWizard *ImportDetailsPage::importWizard() const {
    return static_cast<ImportWizard *>(wizard());
}

ImportOrder::Source ImportDetailsPage::source() const {
    ImportOrder order;
    importWizard()->sourcePage()->fill(order);
    return order.source;
}

void ImportDetailsPage::setRowVisible(QWidget *field, bool visible) {
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    // A field inside a row widget (format, kind of disk) is shown through its row.
    while (field && form->indexOf(field) < 0)
        field = field->parentWidget();
    if (field)
        form->setRowVisible(field, visible);
}

void ImportDetailsPage::initializePage() {
    ImportOrder order;
    importWizard()->sourcePage()->fill(order);
    const Source from = order.source;
    const bool file = isFile(from);
    const bool dataDisk = file && m_dataDisk->isChecked();
    const bool ims = importWizard()->api() == rules::Api::Ims;
    setRowVisible(m_name, from != Source::ServerDataDisks);
    setRowVisible(m_systemDisk, file && ims);
    setRowVisible(m_os, file && ims && !dataDisk);
    setRowVisible(m_format, file);
    setRowVisible(m_minDisk, file);
    setRowVisible(m_minRam, !dataDisk && from != Source::ServerDataDisks);
    setRowVisible(m_maxRam, !dataDisk && from != Source::ServerDataDisks && ims);
    setRowVisible(m_quick, from == Source::ObsFile);
    // IMS reads the size of the disk inside a local file, not of one in OBS.
    m_minDisk->setSpecialValueText(from == Source::LocalFile ? tr("what the file needs")
                                                             : tr("enter it"));
    // The suggestion follows the source until the user names the image.
    if (m_name->text() == m_suggestedName && m_name->isVisibleTo(this)) {
        m_suggestedName = suggestedName(order);
        m_name->setText(m_suggestedName);
    }
    showFile();
    validate();
}

void ImportDetailsPage::setOsVersions(const QList<OsVersion> &versions) {
    const QString kept = m_os->currentText();
    const QSignalBlocker quiet(m_os);
    m_os->clear();
    QStringList names;
    for (const OsVersion &version : versions)
        names << version.osVersion;
    names.sort(Qt::CaseInsensitive);
    m_os->addItems(names);
    m_os->setCurrentIndex(-1);
    m_os->setEditText(kept);
}

void ImportDetailsPage::showFile() {
    ImportOrder order;
    importWizard()->sourcePage()->fill(order);
    if (order.source == Source::ObsFile) {
        // Nothing to read in OBS: the name is all there is to go by.
        const diskimage::Format named = diskimage::formatFromExtension(order.obsUrl);
        if (!m_formatTouched && named != diskimage::Format::Unknown)
            m_format->setCurrentIndex(m_format->findData(diskimage::formatName(named)));
        m_detected->setText(tr("Taken from the file's name; IMS reads the file itself."));
        return;
    }
    if (order.source != Source::LocalFile)
        return;
    const FileInspector *inspector = importWizard()->inspector();
    if (inspector->path() != order.filePath || !inspector->info()) {
        m_detected->setText(tr("Reading the file…"));
        return;
    }
    const diskimage::Info &info = *inspector->info();
    if (!info.isReadable()) {
        m_detected->setText(tr("⚠ %1").arg(info.error));
        return;
    }
    const QString detected = diskimage::formatName(info.format);
    if (m_shownFile != order.filePath) { // a new file: its format and size, over the old ones
        m_shownFile = order.filePath;
        m_formatTouched = false;
        m_minDiskTouched = false;
    }
    if (!m_formatTouched && !detected.isEmpty())
        m_format->setCurrentIndex(m_format->findData(detected));
    if (!m_minDiskTouched)
        m_minDisk->setValue(rules::minDiskFor(info));
    QStringList lines;
    lines << (info.virtualSize > 0
                  ? tr("Detected from the file: %1, a %2 disk (file %3).")
                        .arg(detected, formatSize(info.virtualSize), formatSize(info.fileSize))
                  : tr("Detected from the file: %1 (file %2).")
                        .arg(detected, formatSize(info.fileSize)));
    if (info.extensionMismatch())
        lines << tr("⚠ The name says %1, but the contents are %2.")
                     .arg(diskimage::formatName(info.byExtension), detected);
    m_detected->setText(lines.join(QLatin1Char('\n')));
}

QString ImportDetailsPage::formatText() const {
    return m_detected->text();
}

void ImportDetailsPage::fill(ImportOrder &order) const {
    const bool file = isFile(order.source);
    if (m_name->isVisibleTo(this))
        order.name = m_name->text().trimmed();
    order.description = m_description->text().trimmed();
    order.tags.clear();
    for (const QString &line : m_tags->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            order.tags << line.trimmed();
    }
    if (m_minRam->isVisibleTo(this))
        order.minRamMb = m_minRam->value();
    if (m_maxRam->isVisibleTo(this))
        order.maxRamMb = m_maxRam->value();
    if (!file)
        return;
    order.dataDisk = m_dataDisk->isChecked() && m_dataDisk->isVisibleTo(this);
    if (m_os->isVisibleTo(this))
        order.osVersion = m_os->currentText().trimmed();
    order.diskFormat = m_format->currentData().toString();
    order.iso = order.diskFormat == QLatin1String("iso");
    order.minDiskGb = m_minDisk->value();
    order.quickImport = order.source == Source::ObsFile && m_quick->isChecked();
}

QString ImportDetailsPage::problems() const {
    return m_problems->text();
}

void ImportDetailsPage::validate() {
    if (!wizard())
        return;
    ImportOrder order;
    importWizard()->sourcePage()->fill(order);
    fill(order);
    QStringList problems;
    if (m_name->isVisibleTo(this)) {
        if (const QString problem = rules::nameProblem(order.name); !problem.isEmpty())
            problems << problem;
    }
    if (const QString problem = rules::descriptionProblem(order.description); !problem.isEmpty())
        problems << problem;
    for (const QString &tag : order.tags) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty())
            problems << problem;
    }
    if (order.maxRamMb > 0 && order.maxRamMb < order.minRamMb)
        problems << tr("Max RAM is smaller than min RAM.");
    m_problems->show(problems);
    emit completeChanged();
}

bool ImportDetailsPage::isComplete() const {
    return m_problems->text().isEmpty();
}

// --- page 3: check and start

ImportCheckPage::ImportCheckPage()
    : m_summary(wrappingLabel())
    , m_notes(wrappingLabel())
    , m_problems(new ProblemsLabel) {
    setTitle(tr("Check and start"));
    setSubTitle(tr("Nothing has been sent yet."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_summary->setAccessibleName(tr("What will happen"));
    m_notes->setAccessibleName(tr("Worth knowing"));
    m_problems->setAccessibleName(tr("Why it cannot start"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_problems);
    layout->addWidget(m_notes);
    layout->addStretch();
}

ImportWizard *ImportCheckPage::importWizard() const {
    return static_cast<ImportWizard *>(wizard());
}

void ImportCheckPage::initializePage() {
    recheck();
}

void ImportCheckPage::recheck() {
    const ImportOrder order = importWizard()->order();
    const rules::ImportContext context = importWizard()->context();
    m_waitingForFile = order.source == Source::LocalFile && !context.file;
    if (m_waitingForFile) {
        m_check = {};
        m_summary->setText(tr("Reading %1…").arg(order.filePath));
        m_problems->show({});
        m_notes->clear();
        emit completeChanged();
        return;
    }
    m_check = rules::checkImport(order, context);
    m_summary->setText(describeImport(order, context.file));
    m_problems->show(m_check.problems);
    m_notes->setText(m_check.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_check.notes.isEmpty());
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const {
    return !m_waitingForFile && m_check.ok();
}

QString ImportCheckPage::summary() const {
    return m_summary->text();
}

QString ImportCheckPage::notes() const {
    return m_notes->text();
}

QString ImportCheckPage::problems() const {
    return m_problems->text();
}

QString describeImport(const ImportOrder &order, const std::optional<diskimage::Info> &file) {
    const QString kind =
        order.dataDisk ? QObject::tr("data disk image") : QObject::tr("system disk image");
    switch (order.source) {
    case Source::LocalFile:
        return QObject::tr("Uploads %1 (%2, %3) as the new %4 “%5”: the image is made first, then "
                           "the file is sent, with its progress in the jobs panel, and the image "
                           "is followed until the cloud says it is active.")
            .arg(order.filePath, file ? formatSize(file->fileSize) : QObject::tr("size unknown"),
                 order.diskFormat, kind, order.name);
    case Source::ObsFile:
        return QObject::tr("IMS imports %1 from OBS as the new %2 “%3”%4. The job appears in the "
                           "jobs panel.")
            .arg(order.obsUrl, kind, order.name,
                 order.quickImport ? QObject::tr(" with quick import") : QString());
    case Source::ServerSystemDisk:
        return QObject::tr("IMS makes the image “%1” of the system disk of %2. The job appears in "
                           "the jobs panel.")
            .arg(order.name, order.serverName);
    case Source::ServerWhole:
        return QObject::tr("IMS makes the full-ECS image “%1” of all the disks of %2. The job "
                           "appears in the jobs panel.")
            .arg(order.name, order.serverName);
    case Source::ServerDataDisks: {
        QStringList disks;
        for (const ImportOrder::DataDisk &disk : order.dataDisks)
            disks << QObject::tr("%1 → “%2”").arg(disk.volumeId, disk.name);
        return QObject::tr("IMS makes %n data disk image(s) of %1: %2. The job appears in the "
                           "jobs panel.",
                           nullptr, int(order.dataDisks.size()))
            .arg(order.serverName, disks.join(QStringLiteral(", ")));
    }
    case Source::Backup:
        return QObject::tr("IMS makes the full-ECS image “%1” of the CBR backup %2. The job "
                           "appears in the jobs panel.")
            .arg(order.name, order.backupId);
    case Source::QueuedImage:
        return QObject::tr("IMS fills the queued image %1 with %2 from OBS; it becomes active when "
                           "the job ends.")
            .arg(order.imageId, order.obsUrl);
    }
    return {};
}

} // namespace ims
