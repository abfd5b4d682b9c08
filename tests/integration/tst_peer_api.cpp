// api/ and imsctl against real Keystone + Glance (tests/peer harness): password login and
// catalog, more than 1000 images across pages, show, patch, protect → delete refused →
// unprotect → delete, sharing pending → accepted, a 20 MB upload with progress, an upload over
// the size cap, a 50 MB `imsctl images import` with Glance's checksum.
#include "requestwait.h"

#include "imagerequests.h"
#include "operationrequests.h"
#include "session.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace ims;

namespace {

std::unique_ptr<Session> peerSession(bool member = false) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OS_IMAGE_ENDPOINT")); // from the catalog, as a user would
    if (member) {
        env.insert("OS_USERNAME", env.value("OS_MEMBER_USERNAME"));
        env.insert("OS_PASSWORD", env.value("OS_MEMBER_PASSWORD"));
        env.insert("OS_PROJECT_NAME", env.value("OS_MEMBER_PROJECT_NAME"));
        env.remove("OS_PROJECT_ID");
    }
    Credentials credentials;
    QString why;
    const auto profile = profileFromEnvironment(env, &credentials, &why);
    if (!profile)
        qFatal("peer environment unusable: %s", qPrintable(why));
    return std::make_unique<Session>(*profile, credentials);
}

} // namespace

class TestPeerApi final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginReadsTheCatalog();
    void listsMoreThan1000ImagesAcrossPages();
    void showPatchProtectDelete();
    void sharingPendingThenAccepted();
    void uploads20MegabytesWithProgress();
    void uploadOverTheCapIsAClearError();
    void imsctlListsAndDeletes();
    void imsctlImportsA50MegabyteFile();

private:
    QString createImage(const QString &name);
    std::unique_ptr<Session> m_session;
    QString m_run;
    QStringList m_created;
};

void TestPeerApi::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("OS_AUTH_URL"), "run through tests/peer/with-peer-env.sh");
    m_session = peerSession();
    m_run = QStringLiteral("apitest-%1")
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void TestPeerApi::cleanupTestCase() {
    if (!m_session)
        return;
    runMany<DeleteImageRequest, Done>(int(m_created.size()), 8, [&](int i) {
        return new DeleteImageRequest(m_session.get(), m_created.at(i));
    });
}

QString TestPeerApi::createImage(const QString &name) {
    ImageMetadata metadata;
    metadata.name = name;
    metadata.tags = {m_run};
    CreateImageMetadataRequest create(m_session.get(), metadata);
    const auto created = waitFor<CreateImageMetadataRequest, Image>(create);
    if (!created)
        return {};
    m_created.append(created.value().id);
    return created.value().id;
}

void TestPeerApi::loginReadsTheCatalog() {
    ImageListQuery query;
    query.pageSize = 1;
    ListGlanceImagesRequest list(m_session.get(), query);
    QVERIFY((waitFor<ListGlanceImagesRequest, int>(list).ok()));
    QCOMPARE(m_session->projectId(), qEnvironmentVariable("OS_PROJECT_ID"));
    QUrl expected(qEnvironmentVariable("OS_IMAGE_ENDPOINT"));
    QCOMPARE(m_session->endpoint(Session::Service::Image).port(), expected.port());
    QVERIFY(m_session->token()->expiresAt > QDateTime::currentDateTimeUtc());
}

void TestPeerApi::listsMoreThan1000ImagesAcrossPages() {
    constexpr int count = 1005;
    QList<Image> created;
    ImageMetadata metadata;
    const int failures = runMany<CreateImageMetadataRequest, Image>(
        count, 12,
        [&](int i) {
            metadata.name = QStringLiteral("%1-%2").arg(m_run).arg(i, 4, 10, QLatin1Char('0'));
            metadata.tags = {m_run, m_run + "-bulk"};
            return new CreateImageMetadataRequest(m_session.get(), metadata);
        },
        &created);
    for (const Image &i : created)
        m_created.append(i.id);
    QCOMPARE(failures, 0);

    ImageListQuery query;
    query.view = ImageView::Private;
    query.filters = {{"tag", m_run + "-bulk"}};
    query.pageSize = 200;
    ListGlanceImagesRequest list(m_session.get(), query);
    QSet<QString> seen;
    int pages = 0;
    connect(&list, &ImageListRequest::page, this, [&](const QList<Image> &page) {
        ++pages;
        for (const Image &i : page)
            seen.insert(i.id);
    });
    const auto total = waitFor<ListGlanceImagesRequest, int>(list, 120000);
    QVERIFY2(total.ok(), qPrintable(why(total)));
    QCOMPARE(total.value(), count);
    QCOMPARE(int(seen.size()), count);
    QCOMPARE(pages, 6);
}

void TestPeerApi::showPatchProtectDelete() {
    const QString id = createImage(m_run + "-lifecycle");
    QVERIFY(!id.isEmpty());
    ShowImageRequest show(m_session.get(), id);
    const auto shown = waitFor<ShowImageRequest, Image>(show);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().status, QStringLiteral("queued"));

    UpdateGlanceImageRequest rename(
        m_session.get(), id,
        {{"replace", "/name", m_run + "-renamed"}, {"add", "/custom_note", "kept"}});
    const auto renamed = waitFor<UpdateGlanceImageRequest, Image>(rename);
    QVERIFY2(renamed.ok(), qPrintable(why(renamed)));
    QCOMPARE(renamed.value().name, m_run + "-renamed");
    QCOMPARE(renamed.value().attributes.value("custom_note").toString(), QStringLiteral("kept"));

    UpdateGlanceImageRequest protect(m_session.get(), id, {{"replace", "/protected", true}});
    QVERIFY((waitFor<UpdateGlanceImageRequest, Image>(protect).value().isProtected));
    DeleteImageRequest refused(m_session.get(), id);
    const auto refusal = waitFor<DeleteImageRequest, Done>(refused);
    QVERIFY(!refusal.ok());
    QCOMPARE(refusal.error().httpStatus, 403);
    QVERIFY(!describe(refusal.error()).isEmpty());

    UpdateGlanceImageRequest unprotect(m_session.get(), id, {{"replace", "/protected", false}});
    QVERIFY((waitFor<UpdateGlanceImageRequest, Image>(unprotect).ok()));
    DeleteImageRequest remove(m_session.get(), id);
    QVERIFY((waitFor<DeleteImageRequest, Done>(remove).ok()));
    m_created.removeAll(id);
    ShowImageRequest gone(m_session.get(), id);
    QCOMPARE((waitFor<ShowImageRequest, Image>(gone).error().httpStatus), 404);
}

void TestPeerApi::sharingPendingThenAccepted() {
    const QString id = createImage(m_run + "-shared");
    UpdateGlanceImageRequest shared(m_session.get(), id, {{"replace", "/visibility", "shared"}});
    QVERIFY((waitFor<UpdateGlanceImageRequest, Image>(shared).ok()));
    const QString memberProject = qEnvironmentVariable("OS_MEMBER_PROJECT_ID");
    AddMemberRequest add(m_session.get(), id, memberProject);
    const auto added = waitFor<AddMemberRequest, Member>(add);
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(added.value().status, QStringLiteral("pending"));

    auto member = peerSession(true);
    const auto visibleIn = [&](ImageView view) {
        ImageListQuery query;
        query.view = view;
        query.filters = {{"tag", m_run}};
        ListGlanceImagesRequest list(member.get(), query);
        bool found = false;
        QObject::connect(&list, &ImageListRequest::page, &list, [&](const QList<Image> &page) {
            for (const Image &i : page)
                found |= i.id == id;
        });
        waitFor<ListGlanceImagesRequest, int>(list);
        return found;
    };
    QVERIFY(visibleIn(ImageView::SharedPending));
    QVERIFY(!visibleIn(ImageView::Shared));
    UpdateMemberRequest accept(member.get(), id, memberProject, "accepted");
    const auto accepted = waitFor<UpdateMemberRequest, Member>(accept);
    QVERIFY2(accepted.ok(), qPrintable(why(accepted)));
    QCOMPARE(accepted.value().status, QStringLiteral("accepted"));
    QVERIFY(visibleIn(ImageView::Shared));
    QVERIFY(!visibleIn(ImageView::SharedPending));
}

void TestPeerApi::uploads20MegabytesWithProgress() {
    const QString id = createImage(m_run + "-upload");
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray chunk(1024 * 1024, 'u');
    for (int i = 0; i < 20; ++i)
        file.write(chunk);
    file.flush();
    UploadImageFileRequest upload(m_session.get(), id, file.fileName());
    QList<qint64> progress;
    connect(&upload, &ApiRequest::transferProgress, this,
            [&](qint64 done, qint64) { progress.append(done); });
    const auto uploaded = waitFor<UploadImageFileRequest, Done>(upload, 120000);
    QVERIFY2(uploaded.ok(), qPrintable(why(uploaded)));
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.last(), qint64(20 * 1024 * 1024));
    ShowImageRequest show(m_session.get(), id);
    const auto image = waitFor<ShowImageRequest, Image>(show);
    QCOMPARE(image.value().status, QStringLiteral("active"));
    QCOMPARE(image.value().sizeBytes, qint64(20 * 1024 * 1024));
}

void TestPeerApi::uploadOverTheCapIsAClearError() {
    const qint64 cap = qEnvironmentVariable("IMSDESK_PEER_SIZE_CAP", "67108864").toLongLong();
    const QString id = createImage(m_run + "-too-big");
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(cap + 1024 * 1024));
    UploadImageFileRequest upload(m_session.get(), id, file.fileName());
    const auto result = waitFor<UploadImageFileRequest, Done>(upload, 120000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 413);
    QVERIFY2(describe(result.error()).contains("too large"), qPrintable(describe(result.error())));
}

void TestPeerApi::imsctlListsAndDeletes() {
    const QString id = createImage(m_run + "-imsctl");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    env.insert("IMSDESK_CLOUD", "openstack");
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), p.readAllStandardOutput());
    };
    const auto [listed, out] =
        run({"images", "list", "--filter", "tag=" + m_run, "--format", "json"});
    QCOMPARE(listed, 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
        found |= v.toObject().value("id").toString() == id;
    QVERIFY(found);
    // The native commands through core/'s operations, read back through Glance itself.
    QCOMPARE(run({"images", "edit", id, "--min-ram", "512", "--min-disk", "3", "--tag", "owner=ci",
                  "--protect"})
                 .first,
             0);
    ShowImageRequest show(m_session.get(), id);
    const auto edited = waitFor<ShowImageRequest, Image>(show);
    QVERIFY2(edited.ok(), qPrintable(why(edited)));
    QCOMPARE(edited.value().minRamMb, 512);
    QCOMPARE(edited.value().minDiskGb, 3);
    QVERIFY(edited.value().tags.contains(QStringLiteral("owner=ci")));
    QVERIFY(edited.value().isProtected);
    const QString member = qEnvironmentVariable("OS_MEMBER_PROJECT_ID");
    QCOMPARE(run({"images", "share", id, "--project", member}).first, 0);
    ListMembersRequest members(m_session.get(), id);
    const auto shared = waitFor<ListMembersRequest, QList<Member>>(members);
    QVERIFY2(shared.ok(), qPrintable(why(shared)));
    QCOMPARE(shared.value().size(), 1);
    QCOMPARE(shared.value().first().memberId, member);
    QCOMPARE(run({"images", "unshare", id, "--project", member}).first, 0);
    // Protected: refused without --unprotect (exit 1), deleted with it.
    QCOMPARE(run({"images", "delete", id, "--yes"}).first, 1);
    const auto [deleted, ids] = run({"images", "delete", id, "--unprotect", "--yes"});
    QCOMPARE(deleted, 0);
    QCOMPARE(ids.trimmed(), id.toUtf8());
    m_created.removeAll(id);
    // Extension-only actions say why they are unavailable on plain OpenStack.
    const auto [copied, nothing] = run({"images", "copy", id, "--name", "x"});
    QCOMPARE(copied, 6);
    QVERIFY(nothing.isEmpty());
}

// imsctl's local upload against real Glance: metadata, the streamed PUT, the image followed to
// active, printed as JSON; Glance's checksum is the md5 of the file.
void TestPeerApi::imsctlImportsA50MegabyteFile() {
    constexpr qint64 kBytes = 50LL * 1024 * 1024;
    QTemporaryDir dir;
    const QString path = dir.filePath("disk.img");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCryptographicHash md5(QCryptographicHash::Md5);
    QByteArray chunk(1024 * 1024, '\0');
    for (int i = 0; i < 50; ++i) { // a different megabyte each time: a misplaced one shows
        for (int b = 0; b < chunk.size(); b += 4096)
            chunk[b] = char(i + b / 4096);
        file.write(chunk);
        md5.addData(chunk);
    }
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", dir.path());
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    env.insert("IMSDESK_CLOUD", "openstack");
    QProcess imsctl;
    imsctl.setProcessEnvironment(env);
    imsctl.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"),
                 {"images", "import", path, "--name", m_run + "-imported", "--tag", m_run, "--wait",
                  "--format", "json"});
    QVERIFY(imsctl.waitForFinished(300000));
    const QByteArray err = imsctl.readAllStandardError();
    const QJsonArray printed = QJsonDocument::fromJson(imsctl.readAllStandardOutput()).array();
    QVERIFY2(imsctl.exitCode() == 0, err.constData());
    QCOMPARE(printed.size(), 1);
    const QString id = printed.first().toObject().value("id").toString();
    m_created.append(id);
    ShowImageRequest show(m_session.get(), id);
    const auto image = waitFor<ShowImageRequest, Image>(show);
    QVERIFY2(image.ok(), qPrintable(why(image)));
    QCOMPARE(image.value().status, QStringLiteral("active"));
    QCOMPARE(image.value().sizeBytes, kBytes);
    QCOMPARE(image.value().attributes.value("checksum").toString(),
             QString::fromLatin1(md5.result().toHex()));
    QCOMPARE(image.value().attributes.value("disk_format").toString(), QStringLiteral("raw"));
}

QTEST_GUILESS_MAIN(TestPeerApi)
#include "tst_peer_api.moc"
