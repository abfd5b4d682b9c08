// DesktopApp's log window and diagnostics report.
#include "desktopapp.h"

#include "diagnostics.h"
#include "logbuffer.h"
#include "logwindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QStatusBar>

namespace ims {

void DesktopApp::showLogWindow() {
    if (!m_logWindow) {
        // Its own top-level window (not a child of the main window: it may sit beside or behind
        // it), closed with the application.
        m_logWindow = new LogWindow(&LogBuffer::global());
        m_logWindow->setAttribute(Qt::WA_QuitOnClose, false);
        connect(this, &QObject::destroyed, m_logWindow.data(),
                [window = m_logWindow] { delete window.data(); });
        connect(m_logWindow.data(), &LogWindow::copyDiagnosticsRequested, this,
                &DesktopApp::copyDiagnostics);
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

QString DesktopApp::diagnostics() const {
    DiagnosticsFacts facts;
    facts.qpaPlatform = QGuiApplication::platformName();
    if (m_connection) {
        facts.profile = m_profile;
        facts.jobs = m_connection->tracker()->jobs();
    }
    facts.log = LogBuffer::global().lastEntries(DiagnosticsReport::kLogLines);
    return DiagnosticsReport(std::move(facts)).text();
}

void DesktopApp::copyDiagnostics() {
    QApplication::clipboard()->setText(diagnostics());
    m_window->statusBar()->showMessage(
        tr("Diagnostics copied to the clipboard (no passwords, keys or tokens)."), 5000);
}

} // namespace ims
