#pragma once

#include <QSet>
#include <QWidget>

class QAction;
class QPushButton;
class QTableView;
class QTimer;

namespace ims {

class DesktopNotifier;
class JobListModel;
struct TrackedJob;

// The progress panel: a row per job with its state, a progress bar (busy when the cloud gives
// no percentage), the current task, elapsed time and an estimate; Retry and Copy details for
// failed jobs, Show image for finished ones, Clear finished. An upload's bar shows its bytes and
// throughput, with Cancel while it sends and Restart once it was interrupted. Long jobs that end
// raise a desktop notification unless the user turned that off; its Show brings the job back.
class JobsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit JobsPanel(JobListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *notifyAction() const { return m_notify; }
    // Call when a followed job ends; notifies when it ran longer than notifyAfterSeconds().
    void jobEnded(const TrackedJob &job, qint64 runSeconds);
    QString lastNotification() const { return m_lastNotification; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // Selects the job's row; false when it is not listed.
    bool selectJob(const QString &jobId);
    // The settings' threshold (settings::NotifyAfterSeconds).
    void setNotifyAfterSeconds(qint64 seconds) { m_notifyAfterSeconds = seconds; }
    qint64 notifyAfterSeconds() const { return m_notifyAfterSeconds; }

signals:
    void retryRequested(const QString &jobId);  // Retry, and Restart of an interrupted upload
    void cancelRequested(const QString &jobId); // an upload
    void showImageRequested(const QString &imageId);
    void finishedCleared(const QStringList &jobIds);
    // The user clicked the notification of the job's end: the window is to show that job.
    void jobShowRequested(const QString &jobId);

private:
    void updateButtons();
    QString selectedJobId() const;

    JobListModel *m_model;
    QTableView *m_view;
    QPushButton *m_retry;
    QPushButton *m_restart;
    QPushButton *m_cancel;
    QPushButton *m_showImage;
    QPushButton *m_copy;
    QPushButton *m_clear;
    QAction *m_notify;
    QTimer *m_clock;
    DesktopNotifier *m_notifier;
    QString m_lastNotification;
    qint64 m_notifyAfterSeconds = 30;
    QSet<QString> m_cancelling; // uploads whose Cancel was clicked
};

} // namespace ims
