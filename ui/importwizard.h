#pragma once

#include "image.h"
#include "importrules.h"
#include "orders.h"
#include "types.h"

#include <QWizard>

namespace ims {

class FileInspector;
class ImportCheckPage;
class ImportDetailsPage;
class ImportSourcePage;
class ServerListModel;

// Brings an image in (issue 12): where it comes from, what it is, then the check and a summary
// before anything is sent. It never touches the network: the controller hands it the cloud's
// OS versions, the quota and the queued images, and takes the ImportOrder it emits.
class ImportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { SourcePageId, DetailsPageId, CheckPageId };

    ImportWizard(rules::Api api, ServerListModel *servers, QWidget *parent = nullptr);

    void setOsVersions(const QList<OsVersion> &versions);
    void setQuota(const QList<QuotaResource> &quota);
    void setQueuedImages(const QList<Image> &queued);
    // Starts on a local file (a file dropped on the window): the source chosen, its headers read.
    void chooseFile(const QString &path);

    rules::Api api() const { return m_api; }
    ImportOrder order() const;
    // What rules::checkImport knows beyond the order; `file` only once the headers of the
    // chosen local file were read.
    rules::ImportContext context() const;
    FileInspector *inspector() const { return m_inspector; }
    // Reads the chosen local file's headers again (leaving the source page).
    void inspectChosenFile();

    ImportSourcePage *sourcePage() const { return m_source; }
    ImportDetailsPage *detailsPage() const { return m_details; }
    ImportCheckPage *checkPage() const { return m_check; }

signals:
    void submitted(const ims::ImportOrder &order);
    // The OS list, the quota or the file's headers arrived: the pages show and check them.
    void contextChanged();

private:
    rules::Api m_api;
    FileInspector *m_inspector;
    ImportSourcePage *m_source;
    ImportDetailsPage *m_details;
    ImportCheckPage *m_check;
    std::optional<QList<QuotaResource>> m_quota;
    std::optional<QList<OsVersion>> m_osVersions;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ImportOrder)
