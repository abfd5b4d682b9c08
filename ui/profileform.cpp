#include "profileform.h"

#include "dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace ims {

namespace {

QLineEdit *lineEdit(const char *objectName, const QString &placeholder = {}) {
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    enableClearButton(edit);
    return edit;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this)) {
    buildFields();
    startNew(CloudKind::OpenTelekomCloud);
}

QIcon ProfileForm::swatch(const QString &colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QGuiApplication::palette().color(QPalette::Mid)); // the ring, seen on any theme
    painter.setBrush(colour.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(QColor(colour)));
    painter.drawEllipse(1, 1, 12, 12);
    return QIcon(pixmap);
}

QList<QPair<QString, QString>> ProfileForm::colours() {
    return {{tr("No colour"), QString()},    {tr("Red (production)"), "#d32f2f"},
            {tr("Orange"), "#ef6c00"},       {tr("Yellow"), "#f9a825"},
            {tr("Green (test)"), "#2e7d32"}, {tr("Blue"), "#1565c0"},
            {tr("Purple"), "#6a1b9a"},       {tr("Grey"), "#616161"}};
}

QString ProfileForm::colourName(const QColor &colour) {
    for (const auto &[label, value] : colours()) {
        if (!value.isEmpty() && QColor(value) == colour)
            return label;
    }
    return {};
}

void ProfileForm::buildFields() {
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = lineEdit("name", tr("e.g. OTC production"));
    m_cloud = new QComboBox;
    m_cloud->setObjectName(QStringLiteral("cloud"));
    for (CloudKind kind : {CloudKind::HuaweiCloud, CloudKind::OpenTelekomCloud, CloudKind::G42,
                           CloudKind::OpenStack, CloudKind::Sandbox})
        m_cloud->addItem(kind == CloudKind::OpenStack ? tr("OpenStack (custom Keystone URL)")
                                                      : cloudKindLabel(kind),
                         static_cast<int>(kind));
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setMinimumContentsLength(18);
    m_identityUrl = lineEdit("identityUrl", tr("https://keystone.example.org:5000"));
    m_imageUrl = lineEdit("imageUrl", tr("from the service catalog"));
    m_auth = new QComboBox;
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("Password"), static_cast<int>(AuthMode::Password));
    m_auth->addItem(tr("Access key / secret key (AK/SK)"), static_cast<int>(AuthMode::AkSk));
    m_domain = lineEdit("domain", tr("account or domain name"));
    m_user = lineEdit("user");
    m_password = lineEdit("password");
    m_password->setEchoMode(QLineEdit::Password);
    m_accessKey = lineEdit("accessKey");
    m_secretKey = lineEdit("secretKey");
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_projectName = lineEdit("projectName", tr("e.g. eu-de or eu-de_myproject"));
    m_projectId = lineEdit("projectId", tr("wins over the name; needed for AK/SK"));
    m_caBundle = lineEdit("caBundle", tr("system certificates"));
    auto *browse = new QToolButton;
    browse->setObjectName(QStringLiteral("chooseCaBundle"));
    browse->setText(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the CA bundle file"));
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caBundle);
    caRow->addWidget(browse);
    m_colour = new QComboBox;
    m_colour->setObjectName(QStringLiteral("colour"));
    for (const auto &[label, colour] : colours())
        m_colour->addItem(swatch(colour), label, colour);
    // Off by default and said plainly: the only way to send a password over plain http:// to
    // another machine (loopback, as the sandbox, never needs it).
    m_allowInsecureHttp =
        new QCheckBox(tr("Allow plain &HTTP (passwords and tokens travel unencrypted)"));
    m_allowInsecureHttp->setObjectName(QStringLiteral("allowInsecureHttp"));
    m_remember = new QCheckBox(tr("Remember credentials in the system keychain"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);

    m_layout->addRow(tr("&Name:"), m_name);
    m_layout->addRow(tr("C&loud:"), m_cloud);
    m_layout->addRow(tr("&Region:"), m_region);
    m_layout->addRow(tr("&Identity URL:"), m_identityUrl);
    m_layout->addRow(tr("I&mage endpoint:"), m_imageUrl);
    m_layout->addRow(tr("&Authentication:"), m_auth);
    m_layout->addRow(tr("&Domain:"), m_domain);
    m_layout->addRow(tr("&User:"), m_user);
    m_layout->addRow(tr("&Password:"), m_password);
    m_layout->addRow(tr("Access &key:"), m_accessKey);
    m_layout->addRow(tr("Secret ke&y:"), m_secretKey);
    m_layout->addRow(tr("Pro&ject name:"), m_projectName);
    m_layout->addRow(tr("Proj&ect ID:"), m_projectId);
    auto *caLabel = new QLabel(tr("CA &bundle:"));
    caLabel->setBuddy(m_caBundle); // a row holding a layout gets no buddy by itself
    m_layout->addRow(caLabel, caRow);
    m_layout->addRow(tr("C&olour:"), m_colour);
    m_layout->addRow(QString(), m_allowInsecureHttp);
    m_layout->addRow(QString(), m_remember);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ProfileForm::onCloudChanged);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfileForm::onRegionChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileForm::updateAuthRows);
    connect(browse, &QToolButton::clicked, this, &ProfileForm::chooseCaBundle);
    connect(m_allowInsecureHttp, &QCheckBox::toggled, this, &ProfileForm::edited);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
}

CloudKind ProfileForm::cloud() const {
    return static_cast<CloudKind>(m_cloud->currentData().toInt());
}

void ProfileForm::onCloudChanged() {
    const QSignalBlocker block(m_region);
    m_region->clear();
    for (const RegionPreset &preset : regionPresets(cloud()))
        m_region->addItem(preset.region);
    const bool custom = cloud() == CloudKind::OpenStack || cloud() == CloudKind::Sandbox;
    m_region->lineEdit()->setPlaceholderText(custom ? tr("as in the catalog, e.g. RegionOne")
                                                    : QString());
    if (custom) {
        m_region->setEditText(QString());
        m_identityUrl->clear();
        m_imageUrl->clear();
    } else {
        onRegionChanged();
    }
    emit edited();
}

void ProfileForm::onRegionChanged() {
    // A preset region fills in its endpoints; they stay editable (e.g. a new IAM host).
    const auto preset = presetProfile(cloud(), m_region->currentText().trimmed());
    if (!preset)
        return;
    m_identityUrl->setText(preset->identityUrl.toString());
    m_imageUrl->setText(preset->imageUrl.toString());
    if (m_projectName->text().isEmpty() || presetProfile(cloud(), m_projectName->text()))
        m_projectName->setText(preset->projectName);
}

void ProfileForm::updateAuthRows() {
    const bool aksk = static_cast<AuthMode>(m_auth->currentData().toInt()) == AuthMode::AkSk;
    m_layout->setRowVisible(m_domain, !aksk);
    m_layout->setRowVisible(m_user, !aksk);
    m_layout->setRowVisible(m_password, !aksk);
    m_layout->setRowVisible(m_accessKey, aksk);
    m_layout->setRowVisible(m_secretKey, aksk);
    emit edited();
}

void ProfileForm::chooseCaBundle() {
    // open(), not exec(): the rest of the application keeps running while the user browses.
    auto *dialog = new QFileDialog(this, tr("CA bundle (PEM)"), m_caBundle->text(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caBundle->setText(file);
        emit edited();
    });
    dialog->open();
}

void ProfileForm::startNew(CloudKind kind) {
    Profile p;
    p.cloud = kind;
    setProfile(p, {}, true);
    onCloudChanged();
    m_name->setText(
        kind == CloudKind::Sandbox || kind == CloudKind::OpenStack
            ? cloudKindLabel(kind)
            : QStringLiteral("%1 %2").arg(cloudKindLabel(kind), m_region->currentText()));
}

void ProfileForm::setProfile(const Profile &p, const Credentials &c, bool remember) {
    const QSignalBlocker blockCloud(m_cloud);
    const QSignalBlocker blockRegion(m_region);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(static_cast<int>(p.cloud))));
    m_region->clear();
    for (const RegionPreset &preset : regionPresets(p.cloud))
        m_region->addItem(preset.region);
    m_region->setEditText(p.region);
    m_name->setText(p.name);
    m_identityUrl->setText(p.identityUrl.toString());
    m_imageUrl->setText(p.imageUrl.toString());
    m_ecsUrl = p.ecsUrl.toString();
    m_auth->setCurrentIndex(m_auth->findData(static_cast<int>(p.auth)));
    m_domain->setText(p.domainName);
    m_user->setText(p.userName);
    m_password->setText(c.password);
    m_accessKey->setText(p.accessKey);
    m_secretKey->setText(c.secretKey);
    m_securityToken = c.securityToken;
    m_tokenAccessKey = p.accessKey;
    m_projectName->setText(p.projectName);
    m_projectId->setText(p.projectId);
    m_caBundle->setText(p.caBundle);
    const int colour = m_colour->findData(p.colour);
    if (colour < 0 && !p.colour.isEmpty())
        m_colour->addItem(swatch(p.colour), p.colour, p.colour); // imported or hand-edited
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(p.colour)));
    m_allowInsecureHttp->setChecked(p.allowInsecureHttp);
    m_remember->setChecked(remember);
    updateAuthRows();
}

Profile ProfileForm::profile() const {
    Profile p;
    p.name = m_name->text().trimmed();
    p.cloud = cloud();
    p.region = m_region->currentText().trimmed();
    // OS_AUTH_URL is usually pasted with its "/v3"; the profile keeps the version-less root.
    QString identity = m_identityUrl->text().trimmed();
    while (identity.endsWith(QLatin1Char('/')))
        identity.chop(1);
    if (identity.endsWith(QLatin1String("/v3")))
        identity.chop(3);
    p.identityUrl = QUrl(identity);
    p.imageUrl = QUrl(m_imageUrl->text().trimmed());
    p.ecsUrl = QUrl(m_ecsUrl);
    p.auth = static_cast<AuthMode>(m_auth->currentData().toInt());
    p.domainName = m_domain->text().trimmed();
    p.userName = m_user->text().trimmed();
    p.accessKey = p.auth == AuthMode::AkSk ? m_accessKey->text().trimmed() : QString();
    p.projectName = m_projectName->text().trimmed();
    p.projectId = m_projectId->text().trimmed();
    p.caBundle = m_caBundle->text().trimmed();
    p.colour = m_colour->currentData().toString();
    p.allowInsecureHttp = m_allowInsecureHttp->isChecked();
    return p;
}

Credentials ProfileForm::credentials() const {
    Credentials c;
    if (static_cast<AuthMode>(m_auth->currentData().toInt()) == AuthMode::AkSk) {
        c.secretKey = m_secretKey->text();
        if (m_accessKey->text().trimmed() == m_tokenAccessKey)
            c.securityToken = m_securityToken;
    } else
        c.password = m_password->text();
    return c;
}

void ProfileForm::focusSecret() {
    const bool aksk = static_cast<AuthMode>(m_auth->currentData().toInt()) == AuthMode::AkSk;
    QLineEdit *secret = aksk ? m_secretKey : m_password;
    secret->setFocus(Qt::OtherFocusReason);
    secret->selectAll();
}

bool ProfileForm::remember() const {
    return m_remember->isChecked();
}

QString ProfileForm::problem() const {
    const Profile p = profile();
    if (QString name = profileNameProblem(p.name); !name.isEmpty())
        return name;
    // Checked on the text: QUrl would keep the password, and the message must not show it.
    for (const auto &[edit, what] : {std::pair(m_identityUrl, tr("The identity URL")),
                                     std::pair(m_imageUrl, tr("The image endpoint"))}) {
        if (QString problem = userInfoProblem(QUrl(edit->text().trimmed()), what);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

QString ProfileForm::missing() const {
    const Profile p = profile();
    QStringList what;
    if (p.name.isEmpty())
        what << tr("a name");
    if (!p.identityUrl.isValid() || p.identityUrl.host().isEmpty())
        what << tr("the identity URL");
    if (p.auth == AuthMode::Password) {
        if (p.userName.isEmpty())
            what << tr("the user");
        if (m_password->text().isEmpty())
            what << tr("the password");
        if (p.projectName.isEmpty() && p.projectId.isEmpty())
            what << tr("a project name or ID");
    } else {
        if (p.accessKey.isEmpty())
            what << tr("the access key");
        if (m_secretKey->text().isEmpty())
            what << tr("the secret key");
        if (p.imageUrl.isEmpty())
            what << tr("the image endpoint (AK/SK has no service catalog)");
        if (p.projectId.isEmpty())
            what << tr("the project ID");
    }
    return what.isEmpty() ? QString() : tr("Please enter %1.").arg(what.join(tr(", ")));
}

} // namespace ims
