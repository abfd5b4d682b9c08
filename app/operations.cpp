#include "operations.h"

#include "connection.h"
#include "exportdialog.h"
#include "imagebrowser.h"
#include "imageoperations.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "mainwindow.h"
#include "operationrules.h"
#include "replicatedialog.h"
#include "serverlistmodel.h"
#include "session.h"

#include <QAction>

namespace ims {

OperationsController::OperationsController(Session *session, ImageOperations *operations,
                                           ImageBrowser *browser, ImageTableModel *images,
                                           MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_operations(operations)
    , m_browser(browser)
    , m_images(images)
    , m_window(window)
    , m_servers(new ServerListModel(this)) {
    connect(m_operations, &ImageOperations::serversChanged, m_servers,
            &ServerListModel::setServers);
    // The IMS-only actions go when the listing finds no IMS extension on this cloud.
    connect(m_browser, &ImageBrowser::imsExtensionMissing, this,
            &OperationsController::updateActions);
    buildActions();
    connect(m_window, &MainWindow::fileDropped, this, &OperationsController::importFile);
    connect(m_window->imageTable()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsController::updateActions);
    connect(m_window, &MainWindow::viewChanged, this, &OperationsController::updateActions);
    updateActions();
}

OperationsController::~OperationsController() {
    qDeleteAll(m_actions); // the window outlives a connection; its actions must not
}

QAction *OperationsController::action(const QString &objectName) const {
    for (QAction *action : m_actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void OperationsController::buildActions() {
    const auto add = [this](const char *name, const QString &text,
                            void (OperationsController::*slot)(), const QKeySequence &shortcut = {},
                            MainWindow::MenuBarPlace place = MainWindow::MenuBarPlace::Image) {
        auto *action = new QAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(
            Qt::WidgetWithChildrenShortcut); // the table's, not the search field's
        connect(action, &QAction::triggered, this, slot);
        m_window->addImageAction(action, place);
        m_actions << action;
    };
    add("import", tr("&Import…"), &OperationsController::openImportWizard,
        QKeySequence(Qt::CTRL | Qt::Key_I), MainWindow::MenuBarPlace::File);
    // Anywhere in the window, not only in the table: bringing an image in needs no selection.
    action(QStringLiteral("import"))->setShortcutContext(Qt::WindowShortcut);
    action(QStringLiteral("import"))
        ->setToolTip(tr("Upload a file, import one from OBS, or make an image of a server or a "
                        "backup (Ctrl+I); or drop a file on the window"));
    add("create", tr("&Create from server…"), &OperationsController::openCreateDialog,
        QKeySequence::New);
    add("replicateHere", tr("Replicate &here"), &OperationsController::replicateHere);
    add("replicate", tr("Re&plicate…"), &OperationsController::openReplicateDialog);
    add("edit", tr("&Edit…"), &OperationsController::openEditDialog, QKeySequence(Qt::Key_F2));
    add("share", tr("&Share…"), &OperationsController::openShareDialog);
    add("export", tr("E&xport…"), &OperationsController::openExportDialog);
    add("delete", tr("&Delete…"), &OperationsController::openDeleteDialog, QKeySequence::Delete);
    auto *accept = new QAction(tr("&Accept share"));
    accept->setObjectName(QStringLiteral("accept"));
    connect(accept, &QAction::triggered, this,
            [this] { answerShares(QStringLiteral("accepted")); });
    auto *reject = new QAction(tr("Re&ject share"));
    reject->setObjectName(QStringLiteral("reject"));
    connect(reject, &QAction::triggered, this,
            [this] { answerShares(QStringLiteral("rejected")); });
    for (QAction *answer : {accept, reject}) {
        m_window->addImageAction(answer);
        m_actions << answer;
    }
    // Icons alone on the toolbar (their words in the tooltip, menus and context menu): with
    // every word the search field would not fit.
    for (const char *name : {"replicateHere", "share", "export", "accept", "reject"})
        action(QLatin1String(name))->setPriority(QAction::LowPriority);
    // Only the first actions fit a toolbar; the rest live in the context menu.
    action(QStringLiteral("replicateHere"))
        ->setToolTip(tr("Replicate the selected image in its region as <name>-copy"));
}

QList<Image> OperationsController::selection() const {
    return m_window->imageTable()->selectedImages();
}

void OperationsController::updateActions() {
    const QList<Image> images = selection();
    const bool one = images.size() == 1;
    const bool any = !images.isEmpty();
    const bool shared = m_window->currentView() == MainWindow::View::SharedWithMe;
    const bool ims = m_session && m_session->hasImsExtension();
    action(QStringLiteral("create"))->setEnabled(ims);
    action(QStringLiteral("create"))
        ->setToolTip(ims ? QString() : tr("This cloud has no IMS extension API."));
    action(QStringLiteral("replicateHere"))->setEnabled(ims && one);
    action(QStringLiteral("replicate"))->setEnabled(ims && any);
    action(QStringLiteral("edit"))->setEnabled(one && !shared);
    action(QStringLiteral("share"))->setEnabled(any && !shared);
    action(QStringLiteral("export"))->setEnabled(ims && one && !shared);
    action(QStringLiteral("delete"))->setEnabled(any && !shared);
    action(QStringLiteral("accept"))->setVisible(shared);
    action(QStringLiteral("reject"))->setVisible(shared);
    action(QStringLiteral("accept"))->setEnabled(any);
    action(QStringLiteral("reject"))->setEnabled(any);
}

ImageOperations *OperationsController::operationsFor(const Image &image) const {
    if (m_rowConnection && !image.region.isEmpty()) {
        if (Connection *connection = m_rowConnection(image))
            return connection->operations();
    }
    return m_operations;
}

QString OperationsController::regionOf(const Image &image) const {
    if (!image.region.isEmpty())
        return image.region;
    return m_session ? m_session->profile().region : QString();
}

QStringList OperationsController::otherRegions() const {
    QStringList regions;
    const std::optional<Token> token = m_session ? m_session->token() : std::nullopt;
    if (!token || !m_session->profile().hasCrossRegionCopy())
        return regions;
    for (const CatalogService &service : token->catalog) {
        if (service.type != QLatin1String("image"))
            continue;
        for (const CatalogEndpoint &endpoint : service.endpoints) {
            if (endpoint.region != m_session->profile().region &&
                !regions.contains(endpoint.region))
                regions << endpoint.region;
        }
    }
    regions.sort();
    return regions;
}

void OperationsController::fail(const QString &context, const ApiError &error,
                                std::function<void()> retry) {
    m_window->showError(context, error, std::move(retry));
}

void OperationsController::retry(const QString &jobId) {
    // A job of another profile or region is retried by the connection that follows it: its
    // tracker knows the job, and its region is where the request must go.
    const std::optional<JobOwner> owner = m_jobOwner ? m_jobOwner(jobId) : std::nullopt;
    if (owner && !owner->connection) {
        fail(tr("Retrying a job"),
             ApiError::refused(tr("The job belongs to %1, whose jobs are not followed in this "
                                  "window: log in to %1 to retry it.")
                                   .arg(owner->profile)));
        return;
    }
    const QPointer<ImageOperations> operations =
        owner ? owner->connection->operations() : m_operations.data();
    attempt<RetryOutcome>(tr("Retrying a job"), [operations, jobId](Callback<RetryOutcome> done) {
        if (operations) // gone with its connection: nothing to retry through
            operations->retry(jobId, std::move(done));
    });
}

void OperationsController::replicateHere() {
    const QList<Image> images = selection();
    if (images.size() != 1)
        return;
    const Image &image = images.first();
    if (const QStringList blockers = rules::replicationBlockers(image, rules::CopyKind::InRegion);
        !blockers.isEmpty()) {
        ApiError why = ApiError::decode(blockers.join(QLatin1Char(' ')));
        fail(tr("Replicating %1").arg(image.name), why);
        return;
    }
    ReplicationOrder order;
    order.imageId = image.id;
    order.imageName = image.name;
    order.name = image.name + QStringLiteral("-copy");
    order.description = image.description;
    attempt<StartedJob>(
        tr("Replicating %1").arg(image.name),
        [this, order, operations = QPointer(operationsFor(image))](Callback<StartedJob> done) {
            if (operations)
                operations->replicate(order, std::move(done));
        });
}

void OperationsController::openReplicateDialog() {
    showReplicateDialog(selection());
}

void OperationsController::replicateTo(const Image &source, const QStringList &regions) {
    showReplicateDialog({source})->checkOnly(regions);
}

ReplicateDialog *OperationsController::showReplicateDialog(const QList<Image> &images) {
    // The images' own region is "this region"; the session's region is a target like another.
    const QString here = images.isEmpty() ? regionOf(Image{}) : regionOf(images.first());
    QStringList targets = otherRegions();
    if (m_session && here != m_session->profile().region)
        targets << m_session->profile().region;
    targets.removeAll(here);
    targets.sort();
    auto *dialog = new ReplicateDialog(images, here, targets, m_window);
    connect(dialog, &ReplicateDialog::submitted, this,
            [this, images](const QList<ReplicationOrder> &orders) {
                for (ReplicationOrder order : orders) {
                    const auto image = std::find_if(
                        images.cbegin(), images.cend(),
                        [&order](const Image &candidate) { return candidate.id == order.imageId; });
                    if (image == images.cend())
                        continue;
                    order.imageName = image->name;
                    attempt<StartedJob>(tr("Replicating %1").arg(order.imageName),
                                        [order, operations = QPointer(operationsFor(*image))](
                                            Callback<StartedJob> done) {
                                            if (operations)
                                                operations->replicate(order, std::move(done));
                                        });
                }
            });
    dialog->show();
    return dialog;
}

void OperationsController::openExportDialog() {
    const QList<Image> images = selection();
    if (images.size() != 1)
        return;
    auto *dialog = new ExportDialog(images.first(), m_window);
    connect(dialog, &ExportDialog::submitted, this,
            [this, images, name = images.first().name](ExportOrder order) {
                order.imageName = name;
                attempt<StartedJob>(tr("Exporting %1").arg(name),
                                    [order, operations = QPointer(operationsFor(images.first()))](
                                        Callback<StartedJob> done) {
                                        if (operations)
                                            operations->exportImage(order, std::move(done));
                                    });
            });
    dialog->show();
}

} // namespace ims
