// The window against real Keystone + Glance (tests/peer harness): the Edit dialog changes min
// disk, min RAM, protection and tags through Glance's native PATCH, and Glance holds them, as
// Debian's own `openstack image show` reads them back.
#include "desktopfixture.h"
#include "requestwait.h"

#include "editdialog.h"
#include "errorbanner.h"
#include "imagerequests.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>

using namespace ims;

namespace {

// The peers' profile as a user would have it: the image endpoint from the catalog, a plain
// OpenStack cloud (no IMS extension).
std::optional<Profile> peerProfile(Credentials *credentials, QString *why) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OS_IMAGE_ENDPOINT"));
    env.insert(QStringLiteral("IMSDESK_CLOUD"), QStringLiteral("openstack"));
    return profileFromEnvironment(env, credentials, why);
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class TestPeerEdit final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void editsMinDiskMinRamProtectionAndTagsNatively();

private:
    // The image as Glance holds it, read by Debian's client (not imsdesk's code).
    QJsonObject shownByOpenstack() const;
    QStringList tagsShownByOpenstack() const;
    void save(EditDialog *dialog);

    DesktopDriver m_desk;
    std::unique_ptr<Session> m_setup; // creates and removes the test's image, beside the window
    QString m_run;
    QString m_name;
    QString m_id;
};

void TestPeerEdit::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("OS_AUTH_URL"), "run through tests/peer/with-peer-env.sh");
    DesktopDriver::isolateHome();
    Credentials credentials;
    QString problem;
    const auto profile = peerProfile(&credentials, &problem);
    QVERIFY2(profile, qPrintable(problem));
    m_run = QStringLiteral("guiedit-%1")
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_name = m_run + QStringLiteral("-web");
    m_setup = std::make_unique<Session>(*profile, credentials);
    ImageMetadata metadata;
    metadata.name = m_name;
    metadata.tags = {m_run};
    CreateImageMetadataRequest create(m_setup.get(), metadata);
    const auto created = waitFor<CreateImageMetadataRequest, Image>(create);
    QVERIFY2(created, qPrintable(why(created)));
    m_id = created.value().id;

    m_desk.startWith(*profile, credentials);
    QVERIFY(!m_desk.app->session()->hasImsExtension());
}

void TestPeerEdit::cleanupTestCase() {
    m_desk.app.reset();
    if (m_id.isEmpty())
        return;
    // Unprotected first, whatever the test left: a protected image cannot be deleted.
    UpdateGlanceImageRequest unprotect(
        m_setup.get(), m_id, {{QStringLiteral("replace"), QStringLiteral("/protected"), false}});
    waitFor<UpdateGlanceImageRequest, Image>(unprotect);
    DeleteImageRequest remove(m_setup.get(), m_id);
    const auto removed = waitFor<DeleteImageRequest, Done>(remove);
    QVERIFY2(removed, qPrintable(why(removed)));
}

QJsonObject TestPeerEdit::shownByOpenstack() const {
    QProcess openstack;
    openstack.start(QStringLiteral("openstack"),
                    {QStringLiteral("image"), QStringLiteral("show"), QStringLiteral("-f"),
                     QStringLiteral("json"), m_id});
    if (!openstack.waitForFinished(60000) || openstack.exitCode() != 0) {
        qWarning("openstack image show: %s", openstack.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(openstack.readAllStandardOutput()).object();
}

QStringList TestPeerEdit::tagsShownByOpenstack() const {
    const QJsonValue tags = shownByOpenstack().value(QStringLiteral("tags"));
    QStringList list;
    if (tags.isArray()) { // python-openstackclient ≥ 5.5
        for (const QJsonValue &tag : tags.toArray())
            list << tag.toString();
    } else { // older clients join them: "a, b"
        for (const QString &tag : tags.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            list << tag.trimmed();
    }
    return sorted(list);
}

void TestPeerEdit::save(EditDialog *dialog) {
    QPushButton *button = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY2(button->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestPeerEdit::editsMinDiskMinRamProtectionAndTagsNatively() {
    QVERIFY(m_desk.select(m_name));
    auto *dialog = m_desk.openDialog<EditDialog>(QStringLiteral("edit"));
    QVERIFY(dialog);
    QVERIFY(dialog->minDiskBox()->isEnabled() && dialog->protectedBox()->isEnabled());
    QVERIFY(!dialog->maxRamBox()->isEnabled()); // IMS only
    dialog->minDiskBox()->setValue(20);
    dialog->minRamBox()->setValue(512);
    dialog->protectedBox()->setChecked(true);
    dialog->tagsEdit()->setPlainText(m_run + QStringLiteral("\nenv=peer\nowner=ops"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk.app->images()->at(m_desk.waitForImage(m_name)).isProtected,
                             15000);
    QVERIFY2(!m_desk.window()->errorBanner()->isVisible(),
             qPrintable(m_desk.window()->errorBanner()->text()));

    const QJsonObject image = shownByOpenstack();
    QCOMPARE(image.value("min_disk").toInt(), 20);
    QCOMPARE(image.value("min_ram").toInt(), 512);
    QCOMPARE(image.value("protected").toBool(), true);
    QCOMPARE(tagsShownByOpenstack(), sorted(QStringList{m_run, "env=peer", "owner=ops"}));

    // A tag's value changes, another goes, the protection comes off: one PATCH again.
    dialog = m_desk.openDialog<EditDialog>(QStringLiteral("edit"));
    QVERIFY(dialog);
    QCOMPARE(dialog->minDiskBox()->value(), 20); // the window shows what Glance holds
    dialog->protectedBox()->setChecked(false);
    dialog->tagsEdit()->setPlainText(m_run + QStringLiteral("\nenv=staging"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk.app->images()->at(m_desk.waitForImage(m_name)).isProtected,
                             15000);
    QCOMPARE(shownByOpenstack().value("protected").toBool(), false);
    QCOMPARE(tagsShownByOpenstack(), sorted(QStringList{m_run, "env=staging"}));
}

QTEST_MAIN(TestPeerEdit)
#include "tst_peer_edit.moc"
