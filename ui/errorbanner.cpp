#include "errorbanner.h"

#include "apierror.h"
#include "icons.h"
#include "themecolours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ims {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("&Retry"))) {
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    ThemeColours::setPanelTone(this, Tone::Error);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"));
    m_retry->setIcon(Icons::icon(QStringLiteral("imsdesk-retry")));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        // Taken first: the action may fail again at once and show its error (and a new action).
        if (const auto retry = std::exchange(m_retryAction, {}))
            retry();
    });
    connect(dismiss, &QPushButton::clicked, this, &ErrorBanner::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(dismiss);
    hide();
}

void ErrorBanner::showError(const QString &context, const ApiError &error,
                            std::function<void()> retry) {
    // describe() already carries the server's code, message and request id.
    m_text->setText(tr("%1: %2").arg(context, describe(error)));
    // Sending a refused or cancelled operation again would come to the same.
    const bool repeatable =
        error.kind != ApiError::Kind::Cancelled && error.kind != ApiError::Kind::Refused;
    m_retryAction = repeatable ? std::move(retry) : std::function<void()>();
    m_retry->setVisible(bool(m_retryAction));
    show();
}

void ErrorBanner::clear() {
    hide();
    m_retryAction = {}; // it may hold what an ended connection needed
}

QString ErrorBanner::text() const {
    return m_text->text();
}

} // namespace ims
