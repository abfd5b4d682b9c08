// Issue 12's import wizard, driven through the real window against the sandbox: every source,
// what is refused before sending, a file dropped on the window, keyboard and screen readers.
#include "desktopfixture.h"
#include "errorbanner.h"

#include "fileinspector.h"
#include "importpages.h"
#include "importsources.h"
#include "importwizard.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "operations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtEndian>

using namespace ims;
using Source = ImportOrder::Source;

class TestImportWizard final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void uploadOfAGeneratedQcow2BecomesActiveWithItsSize();
    void cancelMidUploadLeavesNoQueuedImage();
    void importsFromEachSourceAndTheRowAppears_data();
    void importsFromEachSourceAndTheRowAppears();
    void refusedBeforeSendingWithTheReason_data();
    void refusedBeforeSendingWithTheReason();
    void nameIsCheckedAsTypedAndOsVersionsAreSearchable();
    void droppedFileOpensTheWizardOnIt();
    void everyFieldIsNamedAndMnemonicsAreUniquePerPage();

private:
    ImportWizard *openWizard() const {
        return m_desk->openDialog<ImportWizard>(QStringLiteral("import"));
    }
    QString writeQcow2(const QString &name, qint64 fileBytes, qint64 virtualBytes) const;
    // Through the wizard as a user: the file, its name, Start. False when Start stayed disabled.
    bool startUpload(const QString &path, const QString &name);
    JobsPanel *panel() const { return m_desk->window()->jobsPanel(); }
    int jobCount() const { return m_desk->app->jobs()->rowCount(); }

    std::unique_ptr<DesktopFixture> m_desk;
    QTemporaryDir m_files;
};

static constexpr qint64 kMiB = 1024 * 1024;
static constexpr qint64 kGiB = 1024 * kMiB;

// A qcow2 file as qemu-img writes its header (version 3, 64 KiB clusters), the rest zeros
// (sparse): what detection reads is real, the bytes after it are not looked at.
QString TestImportWizard::writeQcow2(const QString &name, qint64 fileBytes,
                                     qint64 virtualBytes) const {
    QByteArray header(104, '\0');
    const auto put32 = [&](int at, quint32 value) { qToBigEndian(value, header.data() + at); };
    const auto put64 = [&](int at, quint64 value) { qToBigEndian(value, header.data() + at); };
    header.replace(0, 4, QByteArray("QFI\xfb", 4));
    put32(4, 3);             // version
    put32(20, 16);           // cluster_bits
    put64(24, virtualBytes); // size
    put32(36, 1);            // l1_size
    put64(40, 0x30000);      // l1_table_offset
    put64(48, 0x10000);      // refcount_table_offset
    put32(56, 1);            // refcount_table_clusters
    put32(96, 4);            // refcount_order
    put32(100, 104);         // header_length
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(header) != header.size() ||
        !file.resize(fileBytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

static QAbstractButton *next(ImportWizard *wizard) {
    return wizard->button(QWizard::NextButton);
}

static QAbstractButton *startButton(ImportWizard *wizard) {
    return wizard->button(QWizard::FinishButton);
}

static bool selectServer(ServerSourceForm *form, const QString &name) {
    QTableView *view = form->serverView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

// Picks the source's radio button on the first page, as a user clicks it.
static void pickSource(ImportWizard *wizard, const QString &label) {
    for (auto *button : wizard->sourcePage()->findChildren<QRadioButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == label) {
            // On the indicator: a radio button takes clicks on its circle and its text only.
            QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
            QVERIFY(button->isChecked());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no source called %1").arg(label)));
}

void TestImportWizard::init() {
    m_desk.reset();
    m_desk = std::make_unique<DesktopFixture>();
    QVERIFY(m_desk->port != 0);
    m_desk->start();
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025")) >= 0);
    QVERIFY(m_desk->waitForListing()); // the tests compare row counts
}

bool TestImportWizard::startUpload(const QString &path, const QString &name) {
    ImportWizard *wizard = openWizard();
    if (!wizard)
        return false;
    QTest::keyClicks(wizard->sourcePage()->localFile()->pathEdit(), path);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ImportDetailsPage *details = wizard->detailsPage();
    if (!QTest::qWaitFor([&] { return details->formatText().contains(QLatin1String("qcow2")); }))
        return false;
    details->nameEdit()->setText(name);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return startButton(wizard)->isEnabled(); })) {
        qWarning("not started: %s", qPrintable(wizard->checkPage()->problems()));
        return false;
    }
    QTest::mouseClick(startButton(wizard), Qt::LeftButton);
    return true;
}

static QPushButton *panelButton(JobsPanel *panel, const QString &text) {
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// 50 MB with a real qcow2 header: detected, sent through the native API, followed to active.
void TestImportWizard::uploadOfAGeneratedQcow2BecomesActiveWithItsSize() {
    const QString path = writeQcow2(QStringLiteral("golden-50m.qcow2"), 50 * kMiB, 2 * kGiB);
    QVERIFY(startUpload(path, QStringLiteral("golden-50m")));
    QTRY_COMPARE_WITH_TIMEOUT(jobCount(), 1, 10000);
    QCOMPARE(JobListModel::operationOf(m_desk->app->jobs()->at(0)), QStringLiteral("Upload"));
    const TrackedJob *job = m_desk->waitForJob(QStringLiteral("SUCCESS"), 60000);
    QVERIFY2(job, qPrintable(m_desk->app->jobs()->at(0).failReason));
    const int row = m_desk->waitForImage(QStringLiteral("golden-50m"));
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->app->images()->at(row).status, QStringLiteral("active"),
                              20000);
    const Image image = m_desk->app->images()->at(m_desk->waitForImage("golden-50m"));
    QCOMPARE(image.sizeBytes, 50 * kMiB);
    QCOMPARE(image.diskFormat, QStringLiteral("qcow2"));
    QCOMPARE(image.minDiskGb, 2); // from the header's virtual size
}

// While the bytes go, the row shows them with a Cancel; Cancel stops the transfer and deletes
// the queued image, so the cloud holds nothing of it.
void TestImportWizard::cancelMidUploadLeavesNoQueuedImage() {
    // The sandbox holds the PUT, so that the upload is caught mid-way.
    const QByteArray stall = R"({"spec": "latency:ms=6000,route=^PUT /v2/images/.*/file$"})";
    QCOMPARE(m_desk->admin("POST", QStringLiteral("/_sandbox/faults"), stall), 201);
    const QString path = writeQcow2(QStringLiteral("half-sent.qcow2"), 50 * kMiB, kGiB);
    QVERIFY(startUpload(path, QStringLiteral("half-sent")));
    QTRY_COMPARE_WITH_TIMEOUT(jobCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->app->jobs()->at(0).transfer.sent > 0, 20000);
    panel()->view()->selectRow(0);
    const QModelIndex progress = m_desk->app->jobs()->index(0, JobListModel::Progress);
    QVERIFY2(progress.data(JobListModel::TransferRole).toString().contains(QLatin1String("of 50")),
             qPrintable(progress.data(JobListModel::TransferRole).toString()));
    QPushButton *cancel = panelButton(panel(), QStringLiteral("Ca&ncel upload"));
    QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_desk->app->jobs()->at(0).isFinished(), 20000);
    const TrackedJob &job = m_desk->app->jobs()->at(0);
    QCOMPARE(job.state, JobState::Fail);
    QVERIFY2(job.failReason.contains(QLatin1String("Cancelled")), qPrintable(job.failReason));
    QVERIFY(!cancel->isVisible());
    // Nothing is left in the cloud, read by a second client.
    const QJsonArray left = m_desk->asUser("GET", QStringLiteral("/v2/images?name=half-sent"))
                                .json()
                                .value(QStringLiteral("images"))
                                .toArray();
    QVERIFY2(left.isEmpty(), QJsonDocument(left).toJson().constData());
    m_desk->window()->refreshAction()->trigger();
    QTest::qWait(500);
    QCOMPARE(m_desk->waitForImage(QStringLiteral("half-sent"), 1000), -1);
}

void TestImportWizard::importsFromEachSourceAndTheRowAppears_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("images"); // the rows the job makes
    QTest::newRow("OBS file") << "A file in OBS" << QStringList{"imported-from-obs"};
    QTest::newRow("OBS file as a data disk")
        << "A file in OBS as a data disk" << QStringList{"obs-data-disk"};
    QTest::newRow("full-ECS image of a server") << "full-ECS" << QStringList{"db-01-full"};
    QTest::newRow("data disks of a server") // db-01's two disks, named after their devices
        << "data disks" << QStringList{"db-01-vdb", "db-01-vdc"};
    QTest::newRow("CBR backup") << "A CBR backup" << QStringList{"from-backup"};
    QTest::newRow("register a queued image") << "register" << QStringList{"waiting-for-a-file"};
}

void TestImportWizard::importsFromEachSourceAndTheRowAppears() {
    QFETCH(QString, source);
    QFETCH(QStringList, images);
    if (source == QLatin1String("register")) {
        // An image made without its file (POST /v2/images), as the window lists it.
        const QByteArray metadata = R"({"name": "waiting-for-a-file", "disk_format": "qcow2",
                                        "container_format": "bare", "min_disk": 40})";
        QCOMPARE(m_desk->asUser("POST", QStringLiteral("/v2/images"), metadata).status, 201);
        m_desk->window()->refreshAction()->trigger();
        QVERIFY(m_desk->waitForImage(QStringLiteral("waiting-for-a-file")) >= 0);
    }
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    ImportSourcePage *page = wizard->sourcePage();
    if (source.startsWith(QLatin1String("A file in OBS"))) {
        pickSource(wizard, QStringLiteral("A file in OBS"));
        // Objects the sandbox's bucket holds (sandbox/README "OBS").
        QTest::keyClicks(page->obsFile()->objectEdit(),
                         source.endsWith(QLatin1String("data disk"))
                             ? QStringLiteral("imsdesk-images:logs-data-100g.raw")
                             : QStringLiteral("imsdesk-images:ubuntu-22.04.qcow2"));
    } else if (source == QLatin1String("full-ECS") || source == QLatin1String("data disks")) {
        pickSource(wizard, QStringLiteral("A server"));
        QTRY_VERIFY(selectServer(page->server(), QStringLiteral("db-01")));
        if (source == QLatin1String("full-ECS")) {
            page->server()->setKind(ServerSourceForm::Kind::Whole);
        } else {
            page->server()->setKind(ServerSourceForm::Kind::DataDisks);
            QCOMPARE(page->server()->diskTable()->rowCount(), 2); // listed, checked and named
        }
    } else if (source == QLatin1String("A CBR backup")) {
        pickSource(wizard, source);
        QString backupId; // the sandbox's CBR backups (it has no CBR API of its own)
        for (const QJsonValue &backup :
             m_desk->adminAnswer("GET", QStringLiteral("/_sandbox/backups"))
                 .json()
                 .value(QStringLiteral("backups"))
                 .toArray()) {
            if (backup[QStringLiteral("name")].toString() == QLatin1String("web-01-daily"))
                backupId = backup[QStringLiteral("id")].toString();
        }
        QVERIFY(!backupId.isEmpty());
        QTest::keyClicks(page->backup()->backupEdit(), backupId);
    } else {
        pickSource(wizard, QStringLiteral("An existing queued image"));
        QComboBox *queued = page->queuedImage()->imageBox();
        QVERIFY(queued->findText(QStringLiteral("waiting-for-a-file"), Qt::MatchStartsWith) >= 0);
        queued->setCurrentIndex(
            queued->findText(QStringLiteral("waiting-for-a-file"), Qt::MatchStartsWith));
        QTest::keyClicks(page->queuedImage()->objectEdit(),
                         QStringLiteral("imsdesk-images:ubuntu-22.04.qcow2"));
    }
    QVERIFY2(next(wizard)->isEnabled(), qPrintable(page->problem()));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    if (wizard->currentId() == ImportWizard::DetailsPageId) {
        ImportDetailsPage *details = wizard->detailsPage();
        if (source.startsWith(QLatin1String("A file in OBS"))) {
            details->nameEdit()->setText(images[0]);
            if (source.endsWith(QLatin1String("data disk")))
                QTest::mouseClick(details->dataDiskButton(), Qt::LeftButton);
            details->minDiskBox()->setValue(source.endsWith(QLatin1String("data disk")) ? 100 : 40);
        } else if (source == QLatin1String("A CBR backup")) {
            details->nameEdit()->setText(images[0]);
        }
        QCOMPARE(details->formatBox()->isVisible(), source.startsWith(QLatin1String("A file")));
        QVERIFY2(next(wizard)->isEnabled(), qPrintable(details->problems()));
        QTest::mouseClick(next(wizard), Qt::LeftButton);
    }
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
    QTRY_VERIFY2(startButton(wizard)->isEnabled(), qPrintable(wizard->checkPage()->problems()));
    QVERIFY(!wizard->checkPage()->summary().isEmpty());
    QTest::mouseClick(startButton(wizard), Qt::LeftButton);

    const TrackedJob *job = m_desk->waitForJob(QStringLiteral("SUCCESS"));
    QVERIFY2(job, qPrintable(jobCount() > 0 ? m_desk->app->jobs()->at(0).failReason
                                            : QStringLiteral("no job started")));
    for (const QString &name : images) {
        const int row = m_desk->waitForImage(name);
        QVERIFY2(row >= 0, qPrintable(name));
        if (source == QLatin1String("register"))
            QTRY_COMPARE_WITH_TIMEOUT(m_desk->app->images()->at(m_desk->waitForImage(name)).status,
                                      QStringLiteral("active"), 20000);
    }
}

void TestImportWizard::refusedBeforeSendingWithTheReason_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("minDiskGb");
    QTest::addColumn<QString>("reason");
    QTest::newRow("qcow2 sent as vmdk") << "vmdk" << 0 << "is in qcow2 format, not vmdk";
    QTest::newRow("min disk below the disk inside")
        << "qcow2" << 1 << "Min disk 1 GB is less than the 3 GB disk inside";
}

// A qcow2 file whose header says a 3 GB disk: a format other than the file's, or a min disk
// smaller than its disk, is refused on the last page with the reason; nothing is sent.
void TestImportWizard::refusedBeforeSendingWithTheReason() {
    QFETCH(QString, format);
    QFETCH(int, minDiskGb);
    QFETCH(QString, reason);
    const QString path = writeQcow2(QStringLiteral("golden.qcow2"), 4 * kMiB, 3 * kGiB - 1);
    const int imagesBefore = m_desk->app->images()->rowCount();
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(wizard->sourcePage()->localFile()->pathEdit(), path);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ImportDetailsPage *details = wizard->detailsPage();
    QTRY_VERIFY(details->formatText().contains(QLatin1String("qcow2")));
    QCOMPARE(details->minDiskBox()->value(), 3); // from the header's virtual size
    details->formatBox()->setCurrentIndex(details->formatBox()->findData(format));
    if (minDiskGb > 0)
        details->minDiskBox()->setValue(minDiskGb);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
    QVERIFY(!startButton(wizard)->isEnabled());
    QVERIFY2(wizard->checkPage()->problems().contains(reason),
             qPrintable(wizard->checkPage()->problems()));
    // The reason is on screen, not only in a property.
    QVERIFY(wizard->checkPage()->findChild<QLabel *>(QStringLiteral("problems"))->isVisible());
    wizard->reject();
    QTest::qWait(300);
    QCOMPARE(jobCount(), 0);
    QCOMPARE(m_desk->app->images()->rowCount(), imagesBefore);
}

void TestImportWizard::nameIsCheckedAsTypedAndOsVersionsAreSearchable() {
    const QString path = writeQcow2(QStringLiteral("web.qcow2"), kMiB, kGiB);
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(wizard->sourcePage()->localFile()->pathEdit(), path);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ImportDetailsPage *details = wizard->detailsPage();
    QCOMPARE(details->nameEdit()->text(), QStringLiteral("web")); // the file's name
    details->nameEdit()->selectAll();
    QTest::keyClicks(details->nameEdit(), QStringLiteral("web/1"));
    QVERIFY(!next(wizard)->isEnabled());
    QVERIFY2(details->problems().contains(QLatin1String("letters, digits")),
             qPrintable(details->problems()));
    QTest::keyClick(details->nameEdit(), Qt::Key_Backspace);
    QTest::keyClick(details->nameEdit(), Qt::Key_Backspace);
    QVERIFY2(next(wizard)->isEnabled(), qPrintable(details->problems()));

    // The cloud's own list, searched by any part of a name.
    QTRY_VERIFY(details->osBox()->count() > 10);
    QCompleter *completer = details->osBox()->completer();
    completer->setCompletionPrefix(QStringLiteral("22.04"));
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY2(completer->currentCompletion().contains(QLatin1String("Ubuntu 22.04")),
             qPrintable(completer->currentCompletion()));
    details->osBox()->setEditText(QStringLiteral("Ubuntu 22.04 server 64bit"));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    QTRY_VERIFY(wizard->checkPage()->summary().contains(QLatin1String("Uploads")));
    QCOMPARE(wizard->order().osVersion, QStringLiteral("Ubuntu 22.04 server 64bit"));
    QCOMPARE(wizard->order().minDiskGb, 1); // the header's 1 GiB disk
    QCOMPARE(wizard->order().diskFormat, QStringLiteral("qcow2"));

    // An OS the cloud does not list is refused before sending.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    details->osBox()->setEditText(QStringLiteral("Ubuntu 99.04"));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    QVERIFY(!startButton(wizard)->isEnabled());
    QVERIFY(wizard->checkPage()->problems().contains(QLatin1String("IMG.0056")));
}

void TestImportWizard::droppedFileOpensTheWizardOnIt() {
    const QString path = writeQcow2(QStringLiteral("dropped.vmdk"), 2 * kMiB, 5 * kGiB);
    MainWindow *window = m_desk->window();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint where = window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);

    ImportWizard *wizard = nullptr;
    QTRY_VERIFY(wizard = [] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<ImportWizard *>(widget); found && found->isVisible())
                return found;
        return static_cast<ImportWizard *>(nullptr);
    }());
    QCOMPARE(wizard->order().source, Source::LocalFile);
    QCOMPARE(wizard->sourcePage()->localFile()->path(), path);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    // Detected from the contents, the name's wrong extension flagged.
    const ImportDetailsPage *details = wizard->detailsPage();
    QTRY_VERIFY(details->formatText().contains(QLatin1String("qcow2")));
    QVERIFY2(details->formatText().contains(QLatin1String("The name says vmdk")),
             qPrintable(details->formatText()));
    QCOMPARE(details->formatBox()->currentData().toString(), QStringLiteral("qcow2"));
    QCOMPARE(details->minDiskBox()->value(), 5);

    // Something that is not one file is not taken.
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(m_files.path())});
    QDragEnterEvent refused(where, Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &refused);
    QVERIFY(!refused.isAccepted());
}

// What a screen reader announces, and Alt+letter reaching one field each on every page.
void TestImportWizard::everyFieldIsNamedAndMnemonicsAreUniquePerPage() {
    const QString path = writeQcow2(QStringLiteral("named.qcow2"), kMiB, kGiB);
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    const auto checkPage = [wizard](const QString &where) {
        QMap<QChar, QString> taken;
        for (QWidget *widget : wizard->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const bool field =
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QAbstractSpinBox *>(widget) ||
                qobject_cast<QPlainTextEdit *>(widget) ||
                (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget));
            if (field && !qobject_cast<QComboBox *>(widget->parentWidget()) &&
                !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(where + QStringLiteral(": a %1 without an accessible name")
                                                .arg(widget->metaObject()->className())));
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
            const QRegularExpressionMatch match = mnemonic.match(text);
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toLower();
            QVERIFY2(!taken.contains(key),
                     qPrintable(QStringLiteral("%1: Alt+%2 is both %3 and %4")
                                    .arg(where, key, taken.value(key), text)));
            taken.insert(key, text);
        }
    };
    for (const QString &source :
         {QStringLiteral("A file on this computer"), QStringLiteral("A file in OBS"),
          QStringLiteral("A server"), QStringLiteral("A CBR backup"),
          QStringLiteral("An existing queued image")}) {
        pickSource(wizard, source);
        checkPage(source);
    }
    wizard->sourcePage()->server()->setKind(ServerSourceForm::Kind::DataDisks);
    checkPage(QStringLiteral("data disks"));
    pickSource(wizard, QStringLiteral("A file in OBS"));
    QTest::keyClicks(wizard->sourcePage()->obsFile()->objectEdit(), QStringLiteral("bkt:x.raw"));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    checkPage(QStringLiteral("what it is, OBS"));
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    pickSource(wizard, QStringLiteral("A file on this computer"));
    QTest::keyClicks(wizard->sourcePage()->localFile()->pathEdit(), path);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    checkPage(QStringLiteral("what it is, a local file"));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    checkPage(QStringLiteral("check and start"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
