#include "importwizard.h"

#include "fileinspector.h"
#include "importpages.h"
#include "importsources.h"

#include <QAbstractButton>

namespace ims {

ImportWizard::ImportWizard(rules::Api api, ServerListModel *servers, QWidget *parent)
    : QWizard(parent)
    , m_api(api)
    , m_inspector(new FileInspector(this))
    , m_source(new ImportSourcePage(api, servers))
    , m_details(new ImportDetailsPage)
    , m_check(new ImportCheckPage) {
    setWindowTitle(tr("Import an image"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWizardStyle(QWizard::ClassicStyle); // the same look on every desktop
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SourcePageId, m_source);
    setPage(DetailsPageId, m_details);
    setPage(CheckPageId, m_check);
    setButtonText(QWizard::CommitButton, tr("&Start import"));
    setButtonText(QWizard::FinishButton, tr("&Start import"));
    resize(760, 600);
    connect(m_inspector, &FileInspector::inspected, this, &ImportWizard::contextChanged);
    // What arrives later is shown and checked where the user is.
    connect(this, &ImportWizard::contextChanged, this, [this] {
        if (currentId() == DetailsPageId)
            m_details->initializePage();
        else if (currentId() == CheckPageId)
            m_check->initializePage();
    });
    connect(this, &QDialog::accepted, this, [this] { emit submitted(order()); });
}

void ImportWizard::setOsVersions(const QList<OsVersion> &versions) {
    m_osVersions = versions;
    m_details->setOsVersions(versions);
    emit contextChanged();
}

void ImportWizard::setQuota(const QList<QuotaResource> &quota) {
    m_quota = quota;
    emit contextChanged();
}

void ImportWizard::setQueuedImages(const QList<Image> &queued) {
    m_source->queuedImage()->setImages(queued);
}

void ImportWizard::chooseFile(const QString &path) {
    m_source->setSource(ImportOrder::Source::LocalFile);
    m_source->localFile()->setPath(path);
    inspectChosenFile();
}

void ImportWizard::inspectChosenFile() {
    ImportOrder chosen;
    m_source->fill(chosen);
    if (chosen.source == ImportOrder::Source::LocalFile)
        m_inspector->inspect(chosen.filePath);
}

ImportOrder ImportWizard::order() const {
    ImportOrder order;
    m_source->fill(order);
    if (order.source != ImportOrder::Source::QueuedImage) // its image has its attributes
        m_details->fill(order);
    return order;
}

rules::ImportContext ImportWizard::context() const {
    rules::ImportContext context;
    context.api = m_api;
    context.quota = m_quota;
    context.osVersions = m_osVersions;
    const ImportOrder chosen = order();
    if (chosen.source == ImportOrder::Source::LocalFile && m_inspector->path() == chosen.filePath)
        context.file = m_inspector->info();
    return context;
}

} // namespace ims
