// OperationsController: bringing images in (the import wizard, a file dropped on the window).
#include "operations.h"

#include "imagebrowser.h"
#include "imagetablemodel.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "serverlistmodel.h"
#include "session.h"

namespace ims {

void OperationsController::openImportWizard() {
    importFile({});
}

void OperationsController::importFile(const QString &path) {
    const rules::Api api = m_operations->api();
    auto *wizard = new ImportWizard(api, m_servers, m_window);
    QPointer<ImportWizard> shown(wizard);
    if (api == rules::Api::Ims) {
        // What the check needs beyond the order; each read's failure goes to the banner.
        attempt<QList<OsVersion>>(
            tr("Loading the OS versions"),
            [this](Callback<QList<OsVersion>> done) { m_operations->osVersions(std::move(done)); },
            [shown](const QList<OsVersion> &versions) {
                if (shown)
                    shown->setOsVersions(versions);
            });
        attempt<QList<QuotaResource>>(
            tr("Loading the quota"),
            [this](Callback<QList<QuotaResource>> done) { m_operations->quota(std::move(done)); },
            [shown](const QList<QuotaResource> &quota) {
                if (shown)
                    shown->setQuota(quota);
            });
        loadServers();
    }
    // Register fills a queued image of the project: those the window lists.
    QList<Image> queued;
    for (int row = 0; row < m_images->rowCount(); ++row) {
        const Image &image = m_images->at(row);
        if (image.status == QLatin1String("queued") &&
            (!m_session || image.owner.isEmpty() || image.owner == m_session->projectId()))
            queued << image;
    }
    wizard->setQueuedImages(queued);
    if (!path.isEmpty())
        wizard->chooseFile(path);
    connect(wizard, &ImportWizard::submitted, this, [this](const ImportOrder &order) {
        const QString what = order.name.isEmpty() ? order.imageId : order.name;
        attempt<StartedJob>(tr("Importing %1").arg(what), [this, order](Callback<StartedJob> done) {
            m_operations->importImage(order, std::move(done));
        });
    });
    wizard->show();
}

void OperationsController::cancelUpload(const QString &jobId) {
    attempt<Done>(tr("Cancelling an upload"), [this, jobId](Callback<Done> done) {
        m_operations->cancelUpload(jobId, std::move(done));
    });
}

} // namespace ims
