#pragma once

#include <QWidget>

class QComboBox;
class QListView;
class QPushButton;

namespace ims {

class LogBuffer;
class LogFilterModel;
class LogModel;

// imsdesk's own log, live: a non-modal window over a LogBuffer with a level filter (warnings,
// info, debug) and a category filter, following the newest line while the view is scrolled to
// the bottom. Clear empties the view (the buffer and the diagnostics keep the lines); Copy puts
// the selected lines, or all shown, on the clipboard; Copy diagnostics asks for the report.
class LogWindow final : public QWidget {
    Q_OBJECT

public:
    explicit LogWindow(LogBuffer *buffer, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *categoryFilter() const { return m_category; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyDiagnosticsButton() const { return m_copyDiagnostics; }
    // The shown lines' text, one per line: what Copy copies without a selection.
    QString shownText() const;

signals:
    void copyDiagnosticsRequested();

private:
    void updateCategories();
    void applyFilters();
    void copyLines();

    LogModel *m_model;
    LogFilterModel *m_filter;
    QListView *m_view;
    QComboBox *m_level;
    QComboBox *m_category;
    QPushButton *m_clear;
    QPushButton *m_copy;
    QPushButton *m_copyDiagnostics;
};

} // namespace ims
