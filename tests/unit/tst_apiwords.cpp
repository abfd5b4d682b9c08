// The cloud's API words reach the user as words of the user's language (issue 15), while the
// CSV export keeps the API's own values for scripts.
#include "apiwords.h"
#include "csvexport.h"
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "serverlistmodel.h"

#include <QBuffer>
#include <QTest>

using ims::ApiWords;
using ims::ImageTableModel;

namespace {
using Label = QString (*)(const QString &);
} // namespace

Q_DECLARE_METATYPE(Label)

class TestApiWords final : public QObject {
    Q_OBJECT

private slots:
    void knownWordsHaveLabels_data();
    void knownWordsHaveLabels();
    void unknownWordsPassThrough_data();
    void unknownWordsPassThrough();
    void tableShowsLabels_data();
    void tableShowsLabels();
    void csvKeepsTheApiWords();
    void serverListShowsLabels();
    void jobsPanelShowsStepLabels();
};

void TestApiWords::knownWordsHaveLabels_data() {
    QTest::addColumn<Label>("label");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    const auto add = [](const char *kind, Label label, const char *word, const char *expected) {
        QTest::addRow("%s %s", kind, word)
            << label << QString::fromLatin1(word) << QString::fromLatin1(expected);
    };
    add("visibility", &ApiWords::visibilityLabel, "private", "Private");
    add("visibility", &ApiWords::visibilityLabel, "public", "Public");
    add("visibility", &ApiWords::visibilityLabel, "shared", "Shared");
    add("visibility", &ApiWords::visibilityLabel, "community", "Community");
    add("image type", &ApiWords::imageTypeLabel, "gold", "Public image");
    add("image type", &ApiWords::imageTypeLabel, "private", "Private image");
    add("image type", &ApiWords::imageTypeLabel, "shared", "Shared image");
    add("image type", &ApiWords::imageTypeLabel, "market", "Marketplace image");
    add("member", &ApiWords::memberStatusLabel, "pending", "Pending");
    add("member", &ApiWords::memberStatusLabel, "accepted", "Accepted");
    add("member", &ApiWords::memberStatusLabel, "rejected", "Rejected");
    add("server", &ApiWords::serverStatusLabel, "ACTIVE", "Running");
    add("server", &ApiWords::serverStatusLabel, "SHUTOFF", "Stopped");
    add("server", &ApiWords::serverStatusLabel, "BUILD", "Creating");
    add("server", &ApiWords::serverStatusLabel, "ERROR", "Faulty");
    add("server", &ApiWords::serverStatusLabel, "REBOOT", "Restarting");
    add("server", &ApiWords::serverStatusLabel, "HARD_REBOOT", "Forcibly restarting");
    add("server", &ApiWords::serverStatusLabel, "REBUILD", "Rebuilding");
    add("server", &ApiWords::serverStatusLabel, "MIGRATING", "Migrating");
    add("server", &ApiWords::serverStatusLabel, "RESIZE", "Resizing");
    add("server", &ApiWords::serverStatusLabel, "VERIFY_RESIZE", "Verifying resize");
    add("server", &ApiWords::serverStatusLabel, "DELETED", "Deleted");
    add("server", &ApiWords::serverStatusLabel, "SHELVED", "Shelved");
    add("server", &ApiWords::serverStatusLabel, "SHELVED_OFFLOADED", "Shelved");
    add("server", &ApiWords::serverStatusLabel, "UNKNOWN", "Unknown");
    // the steps the sandbox sends, as the IMS job API names them
    add("job step", &ApiWords::jobStepLabel, "CreateSnapshot", "Creating a snapshot");
    add("job step", &ApiWords::jobStepLabel, "ExportImage", "Exporting the image");
    add("job step", &ApiWords::jobStepLabel, "UploadImage", "Uploading the image");
    add("job step", &ApiWords::jobStepLabel, "RegisterImage", "Registering the image");
    add("image status", &ImageTableModel::statusText, "active", "Active");
    add("image status", &ImageTableModel::statusText, "queued", "Queued");
    add("image status", &ImageTableModel::statusText, "saving", "Saving");
    add("image status", &ImageTableModel::statusText, "killed", "Killed");
    add("image status", &ImageTableModel::statusText, "deleted", "Deleted");
    add("image status", &ImageTableModel::statusText, "pending_delete", "Pending delete");
}

void TestApiWords::knownWordsHaveLabels() {
    QFETCH(Label, label);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const QString shown = label(word);
    QVERIFY2(shown != word, qPrintable(word + QLatin1String(" is shown raw")));
    QCOMPARE(shown, expected);
}

void TestApiWords::unknownWordsPassThrough_data() {
    QTest::addColumn<Label>("label");
    QTest::addColumn<QString>("word");
    QTest::newRow("new visibility") << Label(&ApiWords::visibilityLabel) << "restricted";
    QTest::newRow("new image type") << Label(&ApiWords::imageTypeLabel) << "partner";
    QTest::newRow("new member status") << Label(&ApiWords::memberStatusLabel) << "expired";
    QTest::newRow("new server status") << Label(&ApiWords::serverStatusLabel) << "PAUSED";
    QTest::newRow("lower-case server status") << Label(&ApiWords::serverStatusLabel) << "active";
    QTest::newRow("new job step") << Label(&ApiWords::jobStepLabel) << "ScanImage";
    QTest::newRow("the app's own sentence")
        << Label(&ApiWords::jobStepLabel) << "Creating the queued image";
    QTest::newRow("no step") << Label(&ApiWords::jobStepLabel) << "";
    QTest::newRow("new image status") << Label(&ImageTableModel::statusText) << "importing";
}

void TestApiWords::unknownWordsPassThrough() {
    QFETCH(Label, label);
    QFETCH(QString, word);
    QCOMPARE(label(word), word);
}

void TestApiWords::tableShowsLabels_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    QTest::newRow("status") << int(ImageTableModel::Status) << "Active";
    QTest::newRow("image type") << int(ImageTableModel::ImageType) << "Public image";
    QTest::newRow("visibility") << int(ImageTableModel::Visibility) << "Shared";
}

static ims::Image sampleImage() {
    ims::Image image;
    image.id = QStringLiteral("id-1");
    image.name = QStringLiteral("web");
    image.status = QStringLiteral("active");
    image.imageType = QStringLiteral("gold");
    image.visibility = QStringLiteral("shared");
    return image;
}

void TestApiWords::tableShowsLabels() {
    QFETCH(int, column);
    QFETCH(QString, shown);
    ImageTableModel model;
    model.upsert({sampleImage()});
    QCOMPARE(model.index(0, column).data().toString(), shown);
    // the API's word stays at hand: what `status:active` and the others search for
    QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(),
             ImageTableModel::exportText(sampleImage(), column));
}

void TestApiWords::csvKeepsTheApiWords() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    using M = ImageTableModel;
    QCOMPARE(ims::writeImagesCsv({sampleImage()}, {M::Name, M::Status, M::ImageType, M::Visibility},
                                 buffer),
             QString());
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.size() >= 2, buffer.data().constData());
    QCOMPARE(lines.at(1), QStringLiteral("web,active,gold,shared"));
}

void TestApiWords::serverListShowsLabels() {
    ims::ServerListModel model;
    ims::Server running;
    running.id = QStringLiteral("s1");
    running.status = QStringLiteral("ACTIVE");
    ims::Server stopped;
    stopped.id = QStringLiteral("s2");
    stopped.status = QStringLiteral("SHUTOFF");
    model.setServers({running, stopped});
    QCOMPARE(model.index(0, ims::ServerListModel::Status).data().toString(),
             QStringLiteral("Running"));
    QCOMPARE(model.index(1, ims::ServerListModel::Status).data().toString(),
             QStringLiteral("Stopped"));
}

void TestApiWords::jobsPanelShowsStepLabels() {
    ims::JobListModel model;
    ims::TrackedJob job;
    job.jobId = QStringLiteral("j1");
    job.state = ims::jobStateFromName(QStringLiteral("RUNNING"));
    job.currentTask = QStringLiteral("CreateSnapshot");
    model.upsert(job);
    QCOMPARE(model.index(0, ims::JobListModel::CurrentTask).data().toString(),
             QStringLiteral("Creating a snapshot"));
}

QTEST_GUILESS_MAIN(TestApiWords)
#include "tst_apiwords.moc"
