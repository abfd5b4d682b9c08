#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace ims {

struct ApiError;

// A non-modal strip above the table for errors from the network or the API: the sentence for a
// person, the server's code, message and request id (selectable, to quote to support), Retry
// and Dismiss. It never blocks the window. Retry repeats what failed (the caller's action); a
// failure with nothing to repeat (refused by a rule, cancelled, no action given) has no Retry.
class ErrorBanner final : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &context, const ApiError &error, std::function<void()> retry = {});
    // Hides it and forgets its Retry action.
    void clear();
    QString text() const;
    bool canRetry() const { return bool(m_retryAction); }

private:
    QLabel *m_text;
    QPushButton *m_retry;
    std::function<void()> m_retryAction; // of the error shown
};

} // namespace ims
