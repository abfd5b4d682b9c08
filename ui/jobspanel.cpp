#include "jobspanel.h"

#include "icons.h"
#include "toneddelegate.h"

#include "desktopnotifier.h"
#include "joblistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ims {

namespace {

// Draws the Progress column as a progress bar; a busy bar when the cloud gives no percentage.
class ProgressDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection
        const double percent = index.data(JobListModel::PercentRole).toDouble();
        const bool finished = index.data(JobListModel::FinishedRole).toBool();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = percent < 0 && !finished ? 0 : 100; // 0..0: busy
        bar.progress = finished ? 100 : qRound(std::max(0.0, percent));
        bar.textVisible = percent >= 0 || finished;
        // An upload's bar says its bytes and throughput: a percentage of a large file hardly moves.
        const QString transfer = index.data(JobListModel::TransferRole).toString();
        bar.text = transfer.isEmpty() ? QStringLiteral("%1%").arg(bar.progress) : transfer;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

JobsPanel::JobsPanel(JobListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_retry(new QPushButton(tr("Re&try")))
    , m_restart(new QPushButton(tr("Re&start upload")))
    , m_cancel(new QPushButton(tr("Ca&ncel upload")))
    , m_showImage(new QPushButton(tr("Sh&ow image")))
    , m_copy(new QPushButton(tr("Copy &details")))
    , m_clear(new QPushButton(tr("C&lear finished")))
    , m_notify(new QAction(tr("Notify when long jobs end"), this))
    , m_clock(new QTimer(this))
    , m_notifier(new DesktopNotifier(this)) {
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_view->setModel(model);
    m_view->setItemDelegate(new TonedDelegate(m_view)); // failed jobs in the error's colour…
    m_view->setItemDelegateForColumn(JobListModel::Progress, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setColumnWidth(JobListModel::Operation, 150);
    m_view->setColumnWidth(JobListModel::Description, 280);
    m_view->setColumnWidth(JobListModel::Progress, 230); // an upload's "12 MiB of 50 MiB · 3 MiB/s"
    m_view->setColumnWidth(JobListModel::CurrentTask, 260);
    m_view->setWordWrap(false);
    m_notify->setCheckable(true);
    m_notify->setChecked(true);

    auto *buttons = new QVBoxLayout;
    m_restart->setToolTip(tr("Uploads the file again: the upload stopped when the imsdesk that "
                             "sent it went away"));
    m_cancel->setToolTip(tr("Stops sending the file and deletes its queued image"));
    const std::pair<QPushButton *, const char *> iconed[] = {{m_retry, "imsdesk-retry"},
                                                             {m_restart, "imsdesk-upload-restart"},
                                                             {m_cancel, "imsdesk-upload-cancel"},
                                                             {m_showImage, "go-jump"},
                                                             {m_copy, "edit-copy"},
                                                             {m_clear, "edit-clear"}};
    for (const auto &[button, icon] : iconed) {
        button->setIcon(Icons::icon(QLatin1String(icon)));
        buttons->addWidget(button);
    }
    m_notify->setIcon(Icons::icon(QStringLiteral("imsdesk-notify")));
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(selectedJobId()); });
    // An interrupted upload restarts through Retry: it uploads the same file again.
    connect(m_restart, &QPushButton::clicked, this,
            [this] { emit retryRequested(selectedJobId()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelling.insert(selectedJobId()); // once: the upload says when it stopped
        updateButtons();
        emit cancelRequested(selectedJobId());
    });
    connect(m_showImage, &QPushButton::clicked, this, [this] {
        if (const TrackedJob *job = m_model->job(selectedJobId()))
            emit showImageRequested(job->imageId);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedJobId());
        if (row < 0)
            return;
        QStringList lines;
        for (int column = 0; column < JobListModel::ColumnCount; ++column)
            lines << QStringLiteral("%1: %2").arg(
                m_model->headerData(column, Qt::Horizontal).toString(),
                m_model->index(row, column).data().toString());
        const TrackedJob &job = m_model->at(row);
        lines << tr("Job ID: %1").arg(job.jobId) << tr("Job type: %1").arg(job.type);
        if (!job.errorCode.isEmpty())
            lines << tr("Error: %1 %2").arg(job.errorCode, job.failReason);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        QStringList finished;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->at(row).isFinished())
                finished << m_model->at(row).jobId;
        }
        m_model->clearFinished();
        emit finishedCleared(finished);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateButtons);
    // Elapsed time and estimates move on by themselves.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this,
            [this] { m_model->tick(QDateTime::currentDateTimeUtc()); });
    m_clock->start();
    connect(m_notifier, &DesktopNotifier::activated, this, &JobsPanel::jobShowRequested);
    updateButtons();
}

bool JobsPanel::selectJob(const QString &jobId) {
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString JobsPanel::selectedJobId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(JobListModel::JobIdRole).toString();
}

void JobsPanel::updateButtons() {
    const TrackedJob *job = m_model->job(selectedJobId());
    // A job whose outcome is not known can be retried too: Retry looks for its result first.
    const bool interrupted = job && job->state == JobState::Interrupted;
    m_retry->setEnabled(job && !job->recipe.isEmpty() &&
                        (job->state == JobState::Fail || job->outcomeNotKnown()));
    // Only the button that applies is shown, so that a keyboard user meets no dead ones.
    m_restart->setVisible(interrupted);
    m_restart->setEnabled(interrupted && !job->recipe.isEmpty());
    m_cancel->setVisible(job && JobListModel::isSending(*job));
    m_cancel->setEnabled(m_cancel->isVisibleTo(this) && !m_cancelling.contains(job->jobId));
    m_retry->setToolTip(job && job->outcomeNotKnown()
                            ? tr("Looks for the image it would create first; sends the request "
                                 "again only when there is none")
                            : QString());
    m_showImage->setEnabled(job && !job->imageId.isEmpty() &&
                            (job->state == JobState::Success || job->outcomeNotKnown()));
    m_copy->setEnabled(job);
    bool anyFinished = false;
    for (int row = 0; row < m_model->rowCount() && !anyFinished; ++row)
        anyFinished = m_model->at(row).isFinished();
    m_clear->setEnabled(anyFinished);
}

void JobsPanel::jobEnded(const TrackedJob &job, qint64 runSeconds) {
    if (!m_notify->isChecked() || runSeconds <= m_notifyAfterSeconds)
        return;
    const bool ok = job.state == JobState::Success;
    const QString operation = JobListModel::operationOf(job);
    const QString title = ok                            ? tr("%1 finished").arg(operation)
                          : job.state == JobState::Lost ? tr("%1 lost").arg(operation)
                                                        : tr("%1 failed").arg(operation);
    m_lastNotification = ok ? QStringLiteral("%1: %2").arg(title, job.description)
                            : QStringLiteral("%1: %2 (%3 %4)")
                                  .arg(title, job.description, job.errorCode, job.failReason);
    const QString why = QStringList{job.errorCode, job.failReason}.join(QLatin1Char(' ')).trimmed();
    m_notifier->notify(
        {job.jobId, title,
         ok || why.isEmpty() ? job.description : job.description + QLatin1Char('\n') + why, !ok});
}

} // namespace ims
