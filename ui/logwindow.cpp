#include "logwindow.h"

#include "logbuffer.h"
#include "logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <memory>

#include <algorithm>

namespace ims {

LogWindow::LogWindow(LogBuffer *buffer, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new LogModel(buffer, this))
    , m_filter(new LogFilterModel(this))
    , m_view(new QListView(this))
    , m_level(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_copyDiagnostics(new QPushButton(tr("Copy &diagnostics"), this)) {
    setObjectName(QStringLiteral("logWindow"));
    setWindowTitle(tr("imsdesk log"));
    resize(900, 500);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // thousands of one-line rows: no per-row size queries
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // columns line up

    m_level->setObjectName(QStringLiteral("logLevelFilter"));
    m_level->addItem(tr("Warnings"), int(QtWarningMsg));
    m_level->addItem(tr("Info"), int(QtInfoMsg));
    m_level->addItem(tr("Debug"), int(QtDebugMsg));
    m_level->setCurrentIndex(2); // what the buffer holds is what the log level let through
    m_category->setObjectName(QStringLiteral("logCategoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateCategories();

    auto *filters = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("L&evel:"), this);
    levelLabel->setBuddy(m_level);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_category);
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    filters->addStretch();
    filters->addWidget(m_clear);
    filters->addWidget(m_copy);
    filters->addWidget(m_copyDiagnostics);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogWindow::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LogWindow::applyFilters);
    connect(m_model, &LogModel::categoriesChanged, this, &LogWindow::updateCategories);
    connect(m_clear, &QPushButton::clicked, m_model, &LogModel::clear);
    connect(m_copy, &QPushButton::clicked, this, &LogWindow::copyLines);
    connect(m_copyDiagnostics, &QPushButton::clicked, this, &LogWindow::copyDiagnosticsRequested);

    // Follows the tail: new lines scroll into view unless the user scrolled up to read.
    QScrollBar *bar = m_view->verticalScrollBar();
    auto atBottom = std::make_shared<bool>(true);
    connect(bar, &QScrollBar::valueChanged, this,
            [bar, atBottom](int value) { *atBottom = value >= bar->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this, atBottom] {
        if (*atBottom)
            m_view->scrollToBottom();
    });
    m_view->scrollToBottom();
}

QString LogWindow::shownText() const {
    QStringList lines;
    lines.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        lines.append(m_filter->index(row, 0).data().toString());
    return lines.join(QLatin1Char('\n'));
}

void LogWindow::updateCategories() {
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category); // the filter does not change while rebuilt
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : m_model->categories())
        m_category->addItem(category, category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void LogWindow::applyFilters() {
    m_filter->setMinimumLevel(QtMsgType(m_level->currentData().toInt()));
    m_filter->setCategory(m_category->currentData().toString());
}

void LogWindow::copyLines() {
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        QApplication::clipboard()->setText(shownText());
        return;
    }
    std::sort(selected.begin(), selected.end()); // in the order shown, not the order clicked
    QStringList lines;
    for (const QModelIndex &index : std::as_const(selected))
        lines.append(index.data().toString());
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ims
