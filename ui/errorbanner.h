#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ims {

struct ApiError;

// A non-modal strip above the table for errors from the network or the API: the sentence for a
// person, the server's code, message and request id (selectable, to quote to support), Retry
// and Dismiss. It never blocks the window.
class ErrorBanner final : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &context, const ApiError &error);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace ims
