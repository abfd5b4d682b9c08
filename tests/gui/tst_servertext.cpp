// Text from the server is shown as plain text everywhere: an image named like markup
// (`<b>x</b><img src=…>`), with markup in its description and in a job's fail reason, and one
// named with a terminal escape, are created in the sandbox over its API; every label, tooltip,
// dialog and the details pane then shows them literally (read back from the widgets, rendered
// the way Qt would render them).
#include "desktopfixture.h"
#include "tokenbody.h"

#include "deletedialog.h"
#include "detailspane.h"
#include "editdialog.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "joblistmodel.h"
#include "replicatedialog.h"
#include "sharedialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>

using namespace ims;

namespace {

const QString kName = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");
const QString kDescription = QStringLiteral("<i>described</i><img src=\"qrc:/x\"> & more");
const QString kEscapeName = QStringLiteral("\x1b[31mred\x1b[0m");
const QString kReason = QStringLiteral("<b>boom</b><img src=z>");

// What Qt draws for `text` in a QLabel or tooltip of this format: the text itself unless Qt
// takes it for rich text, then the text of the rendered document.
QString rendered(const QString &text, Qt::TextFormat format = Qt::AutoText) {
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

class TestServerText final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableAndTooltipShowTheNameLiterally();
    void detailsPaneShowsLiterally();
    void dialogsShowLiterally();
    void failReasonAndErrorBannerShowLiterally();

private:
    // Every label and tooltip under `root` that holds `needle` (a fragment of server text),
    // rendered: still holds it literally. Returns how many widgets showed it.
    int verifyLiteral(QWidget *root, const QString &needle);
    QByteArray call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                    QByteArray *subjectToken = nullptr) const;
    std::unique_ptr<DesktopFixture> m_desk;
    QByteArray m_token;
};

QByteArray TestServerText::call(const QByteArray &verb, const QString &path,
                                const QJsonObject &body, QByteArray *subjectToken) const {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_desk->server.baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("X-Auth-Token", m_token);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    if (subjectToken)
        *subjectToken = reply->rawHeader("X-Subject-Token");
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

void TestServerText::initTestCase() {
    m_desk = std::make_unique<DesktopFixture>();
    QVERIFY(m_desk->port != 0);
    QMap<QString, QString> env;
    for (const auto &[name, value] : m_desk->server.environment())
        env.insert(name, value);
    const QJsonObject login =
        passwordLogin(env["OS_USERNAME"], env["OS_PASSWORD"], env["OS_PROJECT_ID"], ProjectBy::Id);
    call("POST", QStringLiteral("/v3/auth/tokens"), login, &m_token);
    QVERIFY(!m_token.isEmpty());
    // Glance takes any name; the IMS description attribute rides along as a property.
    for (const QString &name : {kName, kEscapeName}) {
        const QJsonObject image =
            QJsonDocument::fromJson(call("POST", QStringLiteral("/v2/images"),
                                         QJsonObject{{"name", name},
                                                     {"__description", kDescription},
                                                     {"visibility", "private"},
                                                     {"disk_format", "raw"}, // any bytes are raw
                                                     {"container_format", "bare"}}))
                .object();
        QCOMPARE(image.value("name").toString(), name);
        // Some data, so that the image is active and can be replicated.
        QNetworkAccessManager network;
        QNetworkRequest upload(QUrl(m_desk->server.baseUrl() + QStringLiteral("/v2/images/") +
                                    image.value("id").toString() + QStringLiteral("/file")));
        upload.setHeader(QNetworkRequest::ContentTypeHeader,
                         QStringLiteral("application/octet-stream"));
        upload.setRawHeader("X-Auth-Token", m_token);
        QNetworkReply *reply = network.put(upload, QByteArray(4096, 'x'));
        QSignalSpy uploaded(reply, &QNetworkReply::finished);
        QVERIFY(uploaded.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();
        // The cloud checks the bytes (`saving`) before the image is active and can be copied.
        const QString path = QStringLiteral("/v2/images/") + image.value("id").toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(call("GET", path, {})).object().value("status").toString(),
            QStringLiteral("active"), 15000);
    }
    m_desk->start();
    QVERIFY(m_desk->waitForImage(kName) >= 0);
    QVERIFY(m_desk->waitForImage(kEscapeName) >= 0);
}

void TestServerText::cleanupTestCase() {
    m_desk.reset();
}

int TestServerText::verifyLiteral(QWidget *root, const QString &needle) {
    int shown = 0;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(needle)) {
            const QString drawn = rendered(label->text(), label->textFormat());
            if (!drawn.contains(needle)) {
                qWarning() << "label" << label->objectName() << "renders" << drawn;
                return -1;
            }
            ++shown;
        }
        if (widget->toolTip().contains(needle.toHtmlEscaped()) ||
            widget->toolTip().contains(needle)) {
            if (!rendered(widget->toolTip()).contains(needle)) {
                qWarning() << "tooltip of" << widget << "renders" << rendered(widget->toolTip());
                return -1;
            }
            ++shown;
        }
    }
    return shown;
}

void TestServerText::tableAndTooltipShowTheNameLiterally() {
    const int row = m_desk->waitForImage(kName);
    const QModelIndex name = m_desk->app->images()->index(row, ImageTableModel::Name);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), kName); // item views draw it as plain text
    const QString tip = name.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty());
    QCOMPARE(rendered(tip), kDescription);
}

void TestServerText::detailsPaneShowsLiterally() {
    QVERIFY(m_desk->select(kName));
    DetailsPane *pane = m_desk->window()->detailsPane();
    QTRY_VERIFY_WITH_TIMEOUT(
        !pane->tree()
             ->findItems(QStringLiteral("__description"), Qt::MatchExactly | Qt::MatchRecursive)
             .isEmpty(),
        15000);
    auto *title = pane->findChild<QLabel *>();
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), kName);
    QVERIFY(verifyLiteral(pane, QStringLiteral("<b>x</b>")) >= 1);
    // Every value's tooltip, the name and description among them, reads as the value itself.
    int checked = 0;
    for (QTreeWidgetItemIterator it(pane->tree()); *it; ++it) {
        const QString value = (*it)->text(1);
        if (value.isEmpty())
            continue;
        QCOMPARE(rendered((*it)->toolTip(1)), value);
        checked += value == kName || value == kDescription ? 1 : 0;
    }
    QVERIFY2(checked >= 2, "the name and the description are in the pane");
}

void TestServerText::dialogsShowLiterally() {
    QVERIFY(m_desk->select(kName));
    // Each dialog titles itself with the name, and shows it in its labels and fields as it is.
    {
        auto *dialog = m_desk->openDialog<DeleteDialog>(QStringLiteral("delete"));
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(kName)); // window titles are never rich text
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("images"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 0)->text(), kName);
        QVERIFY(verifyLiteral(dialog, QStringLiteral("<b>x</b>")) >= 0);
        dialog->setOutcome(m_desk->app->images()->at(m_desk->waitForImage(kName)).id,
                           QStringLiteral("The cloud refused: ") + kReason);
        const QString tip = table->item(0, 2)->toolTip();
        QVERIFY(rendered(tip).contains(kReason));
        dialog->close();
    }
    {
        auto *dialog = m_desk->openDialog<ReplicateDialog>(QStringLiteral("replicate"));
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(kName));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
                 kName + QStringLiteral("-copy"));
        QVERIFY(verifyLiteral(dialog, QStringLiteral("<b>x</b>")) >= 0);
        dialog->close();
    }
    const auto check = [this](QDialog *dialog) {
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(kName), qPrintable(dialog->windowTitle()));
        QVERIFY(verifyLiteral(dialog, QStringLiteral("<b>x</b>")) >= 0);
    };
    auto *share = m_desk->openDialog<ShareDialog>(QStringLiteral("share"));
    check(share);
    share->close();
    auto *exportDialog = m_desk->openDialog<ExportDialog>(QStringLiteral("export"));
    check(exportDialog);
    exportDialog->close();
    auto *edit = m_desk->openDialog<EditDialog>(QStringLiteral("edit"));
    check(edit);
    const QList<QLineEdit *> fields = edit->findChildren<QLineEdit *>();
    QVERIFY(std::any_of(fields.cbegin(), fields.cend(),
                        [](const QLineEdit *f) { return f->text() == kName; }));
    edit->close();
}

void TestServerText::failReasonAndErrorBannerShowLiterally() {
    // A job that fails with markup in its reason: the jobs list and its tooltip show it as text.
    QCOMPARE(m_desk->admin("POST", QStringLiteral("/_sandbox/faults"),
                           QJsonDocument(QJsonObject{{"spec", "job-fail:route=/copy,code=IMG.0071,"
                                                              "reason=" +
                                                                  kReason + ",count=1"}})
                               .toJson()),
             201);
    QVERIFY(m_desk->select(kName));
    auto *dialog = m_desk->openDialog<ReplicateDialog>(QStringLiteral("replicate"));
    QVERIFY(dialog);
    // IMS names take no markup: the copy gets a plain one, the job still names its source.
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("plain-copy"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(m_desk->waitForJob(QStringLiteral("FAIL")),
             qPrintable(m_desk->window()->errorBanner()->text() + QStringLiteral(" / jobs: ") +
                        QString::number(m_desk->app->jobs()->rowCount()) + QLatin1Char(' ') +
                        m_desk->app->images()->at(m_desk->waitForImage(kName)).status));
    const QModelIndex job = m_desk->app->jobs()->index(0, JobListModel::CurrentTask);
    QVERIFY2(job.data().toString().contains(kReason), qPrintable(job.data().toString()));
    const QString tip = job.data(Qt::ToolTipRole).toString();
    QVERIFY2(rendered(tip).contains(kReason), qPrintable(tip));
    QVERIFY(rendered(tip).contains(kName));

    // The error banner quotes the server's message as it is.
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.message = kReason;
    m_desk->window()->showError(QStringLiteral("Deleting ") + kName, error);
    ErrorBanner *banner = m_desk->window()->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(kName));
    QVERIFY(verifyLiteral(banner, kName) >= 1);
    QVERIFY(verifyLiteral(banner, kReason) >= 1);
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
