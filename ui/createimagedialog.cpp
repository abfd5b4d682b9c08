#include "createimagedialog.h"

#include "dialogparts.h"
#include "icons.h"
#include "operationrules.h"
#include "serverlistmodel.h"
#include "toneddelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ims {

CreateImageDialog::CreateImageDialog(ServerListModel *servers, QWidget *parent)
    : QDialog(parent)
    , m_servers(servers)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_serverState(new QLabel)
    , m_stop(new QPushButton(tr("&Stop server")))
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_tags(new QPlainTextEdit)
    , m_minRam(new QSpinBox)
    , m_maxRam(new QSpinBox)
    , m_quota(new QLabel)
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Create image from server"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setSourceModel(servers);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search servers by name, status, flavor, OS or ID"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search servers"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new TonedDelegate(m_view)); // a running server in the warning's colour
    m_view->setAccessibleName(tr("Servers of the project"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows choose the server
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ServerListModel::Name, 180);
    m_view->setColumnWidth(ServerListModel::Os, 200);
    m_serverState->setTextFormat(Qt::PlainText); // server names and the cloud's error messages
    m_serverState->setWordWrap(true);
    m_quota->setTextFormat(Qt::PlainText);
    m_stop->hide();
    m_tags->setPlaceholderText(tr("one tag per line, as key=value"));
    m_tags->setMaximumHeight(70);
    m_tags->setTabChangesFocus(true);
    for (QSpinBox *box : {m_minRam, m_maxRam}) {
        box->setRange(0, 1024 * 1024);
        box->setSuffix(tr(" MB"));
        box->setSpecialValueText(tr("not set"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create image"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setIcon(Icons::icon(QStringLiteral("imsdesk-create-from-server")));

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverState, 1);
    serverRow->addWidget(m_stop);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Min RAM:"), m_minRam);
    form->addRow(tr("Max RAM:"), m_maxRam);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(serverRow);
    layout->addLayout(form);
    layout->addWidget(m_quota);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreateImageDialog::validate);
    // The list is reloaded while a server stops: keep the user's choice across the reload.
    connect(m_servers, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedServerId(); });
    connect(m_servers, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keptSelection.isEmpty())
            selectServer(m_keptSelection);
        validate();
    });
    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &CreateImageDialog::validate);
    connect(m_tags, &QPlainTextEdit::textChanged, this, &CreateImageDialog::validate);
    for (QSpinBox *box : {m_minRam, m_maxRam})
        connect(box, &QSpinBox::valueChanged, this, &CreateImageDialog::validate);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        setStopping(selectedServerId(), true);
        emit stopRequested(selectedServerId());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnce(this, m_buttons, m_buttons->button(QDialogButtonBox::Ok),
               [this] { emit submitted(order()); });
    validate();
}

QString CreateImageDialog::selectedServerId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ServerListModel::ServerIdRole).toString();
}

bool CreateImageDialog::selectServer(const QString &serverId) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ServerListModel::ServerIdRole).toString() == serverId) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void CreateImageDialog::setQuota(int used, int allowed) {
    m_quotaLeft = allowed - used;
    m_quota->setText(tr("Image quota: %1 of %2 used").arg(used).arg(allowed));
    validate();
}

void CreateImageDialog::setStopping(const QString &serverId, bool stopping) {
    m_stopping = stopping ? serverId : QString();
    validate();
}

void CreateImageDialog::setServerError(const QString &message) {
    m_stopping.clear();
    validate();
    m_serverState->setText(message);
}

CreateImageOrder CreateImageDialog::order() const {
    CreateImageOrder order;
    order.serverId = selectedServerId();
    order.name = m_name->text();
    order.description = m_description->text();
    for (const QString &line : m_tags->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            order.tags << line.trimmed();
    }
    order.minRamMb = m_minRam->value();
    order.maxRamMb = m_maxRam->value();
    return order;
}

QString CreateImageDialog::problems() const {
    return m_problems->text();
}

void CreateImageDialog::validate() {
    QStringList problems;
    const QString serverId = selectedServerId();
    const Server *server = m_servers->server(serverId);
    bool stopped = false;
    if (!server) {
        m_serverState->setText(tr("Choose the server to make an image of."));
        m_stop->hide();
    } else if (m_stopping == serverId && !server->isStopped()) {
        m_serverState->setText(tr("Stopping %1…").arg(server->name));
        m_stop->show();
        m_stop->setEnabled(false);
    } else if (!server->isStopped()) {
        m_serverState->setText(
            tr("⚠ %1 is running: stop the server before creating an image.").arg(server->name));
        m_stop->show();
        m_stop->setEnabled(true);
    } else {
        m_serverState->setText(tr("%1 is stopped and ready.").arg(server->name));
        m_stop->hide();
        stopped = true;
    }
    if (server && m_name->text().isEmpty() && !m_name->isModified())
        m_name->setText(tr("%1-image").arg(server->name));
    if (server && !stopped)
        problems << tr("The server must be stopped first (IMG.0008).");
    if (const QString problem = rules::nameProblem(m_name->text()); server && !problem.isEmpty())
        problems << problem;
    if (const QString problem = rules::descriptionProblem(m_description->text());
        !problem.isEmpty())
        problems << problem;
    for (const QString &tag : order().tags) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty())
            problems << problem;
    }
    if (m_maxRam->value() > 0 && m_maxRam->value() < m_minRam->value())
        problems << tr("Max RAM is smaller than min RAM.");
    if (m_quotaLeft && *m_quotaLeft <= 0)
        problems << tr(
            "The image quota is used up (IMG.0015): delete images or ask for a higher quota.");
    m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(server && problems.isEmpty());
}

} // namespace ims
