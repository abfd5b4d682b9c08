#include "profiledialog.h"

#include "profileform.h"
#include "themecolours.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ims {

namespace {

QToolButton *toolButton(const char *objectName, const QString &text) {
    auto *button = new QToolButton;
    button->setObjectName(QLatin1String(objectName));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QLabel *noticeBox(const char *objectName) {
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // login errors quote the server
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // request ids can be copied
    label->setMargin(8);
    label->setFrameShape(QFrame::StyledPanel);
    label->hide();
    return label;
}

Tone noticeTone(ProfileDialog::Notice notice) {
    switch (notice) {
    case ProfileDialog::Notice::Error:
        return Tone::Error;
    case ProfileDialog::Notice::Warning:
        return Tone::Warning;
    case ProfileDialog::Notice::Success:
        return Tone::Success;
    case ProfileDialog::Notice::Info:
    case ProfileDialog::Notice::Busy:
        break;
    }
    return Tone::Neutral;
}

} // namespace

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_form(new ProfileForm)
    , m_notice(noticeBox("notice"))
    , m_keychain(noticeBox("keychainNotice")) {
    setWindowTitle(tr("Profiles — imsdesk"));
    setObjectName(QStringLiteral("profileDialog"));
    setModal(false);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setMinimumWidth(170);
    m_list->setAccessibleName(tr("Profiles"));
    ThemeColours::setPanelTone(m_keychain, Tone::Warning);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = toolButton("newProfile", tr("New"));
    m_newMenu = new QMenu(add);
    add->setMenu(m_newMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    for (CloudKind kind : {CloudKind::HuaweiCloud, CloudKind::OpenTelekomCloud, CloudKind::G42,
                           CloudKind::OpenStack, CloudKind::Sandbox})
        m_newMenu->addAction(cloudKindLabel(kind), this, [this, kind] {
            m_list->clearSelection();
            m_loadedName.clear();
            m_form->startNew(kind);
            showNotice(Notice::Info, tr("Fill in the connection and press Test or Connect."));
        });
    m_delete = toolButton("deleteProfile", tr("Delete"));
    auto *import = toolButton("importClouds", tr("Import"));
    m_importMenu = new QMenu(import);
    import->setMenu(m_importMenu);
    import->setPopupMode(QToolButton::InstantPopup);
    setCloudsYamlLocations({});
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    listButtons->addWidget(import);
    listButtons->addStretch();
    left->addLayout(listButtons);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the list to the form's first field
    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addWidget(m_notice);
    right->addWidget(m_keychain);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(buildButtons());
    resize(780, 620);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_loadedName)
            emit profileSelected(name);
    });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        if (!m_loadedName.isEmpty())
            emit deleteRequested(m_loadedName);
    });
}

QWidget *ProfileDialog::buildButtons() {
    // Test and Save act on the form; Close and Connect end the dialog (Connect only once the
    // login worked), in the platform's usual place on the right.
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [row](const QString &text, const char *objectName) {
        auto *b = new QPushButton(text, row);
        b->setObjectName(QLatin1String(objectName));
        b->setAutoDefault(false);
        return b;
    };
    m_test = button(tr("&Test"), "test");
    m_save = button(tr("&Save"), "save");
    auto *close = button(tr("Close"), "close");
    m_connect = button(tr("&Connect"), "connect");
    m_connect->setDefault(true);
    layout->addWidget(m_test);
    layout->addWidget(m_save);
    layout->addStretch();
    layout->addWidget(close);
    layout->addWidget(m_connect);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (checkComplete())
            emit testRequested(m_form->profile(), m_form->credentials());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString problem = m_form->problem(); !problem.isEmpty()) {
            showNotice(Notice::Error, problem);
            return;
        }
        emit saveRequested(m_form->profile(), m_form->credentials(), m_form->remember(),
                           m_loadedName);
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (checkComplete())
            emit connectRequested(m_form->profile(), m_form->credentials(), m_form->remember(),
                                  m_loadedName);
    });
    return row;
}

bool ProfileDialog::checkComplete() {
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        showNotice(Notice::Error, problem);
        return false;
    }
    const QString missing = m_form->missing();
    if (missing.isEmpty())
        return true;
    showNotice(Notice::Error, missing);
    return false;
}

QString ProfileDialog::currentName() const {
    return m_loadedName;
}

void ProfileDialog::setProfiles(const QStringList &names, const QStringList &colours,
                                const QString &current) {
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(ProfileForm::swatch(colours.value(i)), names[i]);
        // The swatch's colour in words (production, test…).
        item->setData(Qt::AccessibleDescriptionRole,
                      ProfileForm::colourName(QColor(colours.value(i))));
        m_list->addItem(item);
    }
    const auto found = m_list->findItems(current, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    m_delete->setEnabled(!names.isEmpty());
}

void ProfileDialog::showProfile(const Profile &profile, const Credentials &credentials,
                                bool remembered) {
    m_loadedName = profile.name;
    const auto found = m_list->findItems(profile.name, Qt::MatchExactly);
    if (!found.isEmpty()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(found.first());
    }
    m_form->setProfile(profile, credentials, remembered);
}

void ProfileDialog::markSaved(const QString &name) {
    m_loadedName = name;
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(found.first());
    }
}

void ProfileDialog::showNotice(Notice notice, const QString &text) {
    const bool busy = notice == Notice::Busy;
    for (QWidget *w : {static_cast<QWidget *>(m_test), static_cast<QWidget *>(m_connect),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_list)})
        w->setEnabled(!busy);
    ThemeColours::setPanelTone(m_notice, noticeTone(notice));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ProfileDialog::showKeychainProblem(const QString &text) {
    m_keychain->setText(text);
    m_keychain->setVisible(!text.isEmpty());
}

void ProfileDialog::setCloudsYamlLocations(const QStringList &paths) {
    m_importMenu->clear();
    for (const QString &path : paths)
        m_importMenu->addAction(tr("clouds.yaml: %1").arg(path), this,
                                [this, path] { emit importRequested(path); });
    if (!paths.isEmpty())
        m_importMenu->addSeparator();
    m_importMenu->addAction(tr("Choose a clouds.yaml file…"), this,
                            &ProfileDialog::chooseCloudsYaml);
}

void ProfileDialog::chooseCloudsYaml() {
    auto *dialog = new QFileDialog(this, tr("Import clouds.yaml"), QString(),
                                   tr("OpenStack clouds (*.yaml *.yml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileDialog::importRequested);
    dialog->open();
}

} // namespace ims
