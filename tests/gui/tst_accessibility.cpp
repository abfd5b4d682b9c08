// Issue 15's accessibility: what a screen reader gets from the main window and every dialog (a
// name for each control), keyboard reach (unique mnemonics, a Tab order that follows the layout
// and lets go again), and the table cells that speak their value whatever paints them.
#include "apierror.h"
#include "desktopfixture.h"
#include "detailspane.h"
#include "formatting.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "jobtracker.h"
#include "logincontroller.h"
#include "mnemonic.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "secretstore.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDialog>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QWizard>

#include <functional>

using ims::MainWindow;

namespace {

// The roles a user acts on: each needs a name of its own.
bool isInteractive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::ProgressBar:
        return true;
    default:
        return false;
    }
}

// A page a stack does not show now (another tab, another wizard page, another source form):
// its controls are checked when it is shown, not along with this one's.
bool isOtherPage(const QWidget *widget) {
    if (const auto *stack = qobject_cast<const QStackedWidget *>(widget->parentWidget()))
        return stack->currentWidget() != widget;
    if (qobject_cast<const QWizardPage *>(widget)) {
        for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (const auto *wizard = qobject_cast<const QWizard *>(w))
                return wizard->currentPage() != widget;
        }
    }
    // A wizard shows the buttons its current page needs (Next, or Finish, or Commit).
    if (!qobject_cast<const QAbstractButton *>(widget) || !widget->isHidden())
        return false;
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QWizardPage *>(w))
            return false;
        if (qobject_cast<const QWizard *>(w))
            return true;
    }
    return false;
}

// What a user meets in one state of a window: each control as the accessibility API shows it,
// and the texts that carry mnemonics.
struct Snapshot {
    struct Control {
        QString where; // class and object name, for the failure message
        QAccessible::Role role;
        QString name;
    };
    QList<Control> controls;
    QStringList mnemonicTexts;
    QStringList deadMnemonics; // a label with "&x" that leads nowhere (shown with its '&')
    bool taken = false;
};

QString describe(const QObject *object) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(object->metaObject()->className()), object->objectName());
}

// Walks the accessibility tree as a screen reader does, from the window's interface down.
// Hidden controls are walked too (an error banner's buttons, a form's other rows): they show
// without anything else changing. Item views' cells are data, not controls: not descended.
void walk(QAccessibleInterface *node, Snapshot &snapshot, int depth = 0) {
    if (!node || depth > 40)
        return;
    QObject *object = node->object();
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && (isOtherPage(widget) || qobject_cast<QMenu *>(widget)))
        return;
    const QAccessible::Role role = node->role();
    if (isInteractive(role)) {
        const QString where = object ? describe(object)
                                     : QStringLiteral("%1 in %2")
                                           .arg(int(role))
                                           .arg(node->parent() && node->parent()->object()
                                                    ? describe(node->parent()->object())
                                                    : QString());
        snapshot.controls.append({where, role, node->text(QAccessible::Name).trimmed()});
    }
    // Cells are data; a combo box's list and editor, a spin box's editor are the control itself.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List ||
        role == QAccessible::ComboBox || role == QAccessible::SpinBox)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), snapshot, depth + 1);
}

bool hasMnemonic(const QString &text) {
    static const QRegularExpression marker(QStringLiteral("(^|[^&])&[^& ]"));
    return marker.match(text).hasMatch();
}

// The texts whose '&' letters reach something with Alt: buttons, labels with a buddy, tabs,
// group boxes, the menu bar's menus. Pages a stack does not show are left out, as in walk().
void collectMnemonics(QWidget *root, Snapshot &snapshot) {
    const auto onShownPage = [root](QWidget *widget) {
        for (QWidget *w = widget; w && w != root; w = w->parentWidget()) {
            if (w->isWindow() || isOtherPage(w))
                return false;
        }
        return true;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!onShownPage(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            snapshot.mnemonicTexts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            snapshot.mnemonicTexts << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                snapshot.mnemonicTexts << tabs->tabText(tab);
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *menu : bar->actions())
                snapshot.mnemonicTexts << menu->text();
        } else if (auto *label = qobject_cast<QLabel *>(widget);
                   label && label->textFormat() != Qt::RichText && hasMnemonic(label->text())) {
            if (label->buddy())
                snapshot.mnemonicTexts << label->text();
            else
                snapshot.deadMnemonics << label->text();
        }
    }
}

Snapshot take(QWidget *window) {
    Snapshot snapshot;
    snapshot.taken = true;
    walk(QAccessible::queryAccessibleInterface(window), snapshot);
    collectMnemonics(window, snapshot);
    return snapshot;
}

// The widgets Tab reaches from `start`, in the order reached, until it comes back to `start`
// (empty if it does not within `maxPresses`: a trap, or the chain leaves the window).
QList<QWidget *> tabCycle(QWidget *window, QWidget *start, int maxPresses = 400) {
    QList<QWidget *> reached{start};
    start->setFocus(Qt::TabFocusReason);
    QWidget *current = start;
    for (int press = 0; press < maxPresses; ++press) {
        QTest::keyClick(current, Qt::Key_Tab);
        current = window->focusWidget();
        if (!current)
            return {};
        if (current == start)
            return reached;
        if (!reached.contains(current))
            reached << current;
    }
    return {};
}

// Whether `next` reads after `previous` in a left-to-right, top-to-bottom layout: below it, to
// its right on the same line, or at the top of a column to its right.
bool readsAfter(const QWidget *previous, const QWidget *next) {
    const QRect a(previous->mapToGlobal(QPoint(0, 0)), previous->size());
    const QRect b(next->mapToGlobal(QPoint(0, 0)), next->size());
    constexpr int slack = 4;
    const bool below = b.top() >= a.bottom() - slack;
    const bool sameLine = b.top() < a.bottom() && a.top() < b.bottom();
    const bool toTheRight = b.left() >= a.right() - slack;
    return below || (sameLine && toTheRight) || toTheRight;
}

// Runs `check` on the modal dialog shown next, then closes it (as tst_menubar's onModal): the
// call that opens it returns only once it is closed.
void onNextModal(std::function<void(QWidget *)> check) {
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, check, tries = 0]() mutable {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog && ++tries < 500)
            return;
        poll->stop();
        poll->deleteLater();
        if (!dialog)
            return;
        check(dialog);
        if (auto *asDialog = qobject_cast<QDialog *>(dialog))
            asDialog->reject();
        else
            dialog->close();
    });
    poll->start();
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void mnemonicsAreUniqueAndLeadSomewhere_data();
    void mnemonicsAreUniqueAndLeadSomewhere();
    void tabOrderFollowsTheLayout_data();
    void tabOrderFollowsTheLayout();
    void tabCyclesThroughTheMainWindow();
    void searchFieldDescribesItsSyntax();
    void statusCellsSpeakTheirValue_data();
    void statusCellsSpeakTheirValue();
    void progressCellsSpeakTheirValue_data();
    void progressCellsSpeakTheirValue();
    void markersHaveText();

private:
    using Inspect = std::function<void(QWidget *)>;
    // Opens the window named in the data row as the app opens it, runs `inspect` on it while it
    // is shown, and closes it again.
    void open(const QString &window, const Inspect &inspect);
    void openDialogFromAction(const QString &image, const QString &action, const Inspect &inspect);
    void addRows();
    bool selectImages(const QStringList &names);

    std::unique_ptr<DesktopFixture> m_desk;
    std::unique_ptr<ims::ProfileStore> m_profiles;
    std::unique_ptr<ims::MemorySecretStore> m_secrets;
    std::unique_ptr<ims::LoginController> m_login;
};

void TestAccessibility::initTestCase() {
    m_desk = std::make_unique<DesktopFixture>();
    QVERIFY(m_desk->port);
    QVERIFY(m_desk->start());
    m_profiles = std::make_unique<ims::ProfileStore>();
    // A stored profile marked as production: the switcher and the dialog list it.
    ims::Profile production;
    production.name = QStringLiteral("prod");
    production.cloud = ims::CloudKind::Sandbox;
    production.colour = QStringLiteral("#d32f2f");
    QVERIFY(m_profiles->save(production));
    m_secrets = std::make_unique<ims::MemorySecretStore>();
    // The profile switcher and its dialog, as main() joins them to the window.
    m_login = std::make_unique<ims::LoginController>(m_desk->app.get(), m_profiles.get(),
                                                     m_secrets.get());
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025")) >= 0);
    // A job in the panel and an error in the banner: their controls are shown, as in use.
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    m_desk->app->operations()->action(QStringLiteral("replicateHere"))->trigger();
    QVERIFY(m_desk->waitForJob(QStringLiteral("SUCCESS")));
    ims::ApiError error;
    error.kind = ims::ApiError::Kind::Network;
    error.message = QStringLiteral("connection refused");
    m_desk->window()->showError(QStringLiteral("Refreshing"), error, [] {});
}

void TestAccessibility::cleanup() {
    // A dialog a failed check left open would be inspected along with the next one.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != m_desk->window() && widget->isVisible() && qobject_cast<QDialog *>(widget))
            widget->close();
    }
    QTest::qWait(20);
}

bool TestAccessibility::selectImages(const QStringList &names) {
    ims::ImageTableView *table = m_desk->window()->imageTable();
    table->clearSelection();
    for (const QString &name : names) {
        if (!m_desk->select(name))
            return false;
    }
    QItemSelection rows;
    for (const QString &name : names) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data().toString() == name)
                rows.select(index, index);
        }
    }
    table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect |
                                              QItemSelectionModel::Rows);
    return table->selectedImages().size() == names.size();
}

void TestAccessibility::openDialogFromAction(const QString &images, const QString &action,
                                             const Inspect &inspect) {
    if (!images.isEmpty())
        QVERIFY(selectImages(images.split(QLatin1Char(','))));
    auto *dialog = m_desk->openDialog<QDialog>(action);
    QVERIFY2(dialog, qPrintable(action));
    QTest::qWait(100); // what it loads (servers, members) is shown
    inspect(dialog);
    dialog->close();
}

void TestAccessibility::open(const QString &window, const Inspect &inspect) {
    MainWindow *main = m_desk->window();
    if (window == QLatin1String("main window")) {
        inspect(main);
    } else if (window == QLatin1String("profiles")) {
        QAction *manage = m_login->switcher()->profileMenu()->findChild<QAction *>(
            QStringLiteral("manageProfiles"));
        QVERIFY(manage);
        manage->trigger();
        QVERIFY(m_login->dialog() && m_login->dialog()->isVisible());
        inspect(m_login->dialog());
        m_login->dialog()->close();
    } else if (window == QLatin1String("import")) {
        openDialogFromAction({}, QStringLiteral("import"), inspect);
    } else if (window == QLatin1String("create from server")) {
        openDialogFromAction({}, QStringLiteral("create"), inspect);
    } else if (window == QLatin1String("replicate")) {
        openDialogFromAction(QStringLiteral("web-frontend-2025"), QStringLiteral("replicate"),
                             inspect);
    } else if (window == QLatin1String("delete")) {
        // Protected and full-ECS: the unprotect confirmation and the backup choice are shown.
        openDialogFromAction(QStringLiteral("db-golden,full-ecs-backup"), QStringLiteral("delete"),
                             inspect);
    } else if (window == QLatin1String("edit")) {
        openDialogFromAction(QStringLiteral("web-frontend-2025"), QStringLiteral("edit"), inspect);
    } else if (window == QLatin1String("share")) {
        openDialogFromAction(QStringLiteral("web-frontend-2025"), QStringLiteral("share"), inspect);
    } else if (window == QLatin1String("export")) {
        openDialogFromAction(QStringLiteral("web-frontend-2025"), QStringLiteral("export"),
                             inspect);
    } else if (window.startsWith(QLatin1String("settings"))) {
        QDialog *dialog = m_desk->app->openSettings(); // what settingsRequested calls
        QVERIFY(dialog && dialog->isVisible());
        auto *pages = dialog->findChild<QTabWidget *>();
        const QString page = window.section(QLatin1Char(' '), 1);
        for (int tab = 0; tab < pages->count(); ++tab) {
            if (pages->tabText(tab).remove(QLatin1Char('&')) == page)
                pages->setCurrentIndex(tab);
        }
        inspect(dialog);
        dialog->close();
    } else if (window == QLatin1String("shortcuts") || window == QLatin1String("about")) {
        // The Help menu's entries (the menus own their actions).
        QAction *action = main->findChild<QAction *>(window == QLatin1String("about")
                                                         ? QStringLiteral("about")
                                                         : QStringLiteral("keyboardShortcuts"));
        QVERIFY(action);
        bool seen = false;
        onNextModal([&](QWidget *dialog) {
            seen = true;
            inspect(dialog);
        });
        action->trigger();
        QVERIFY(seen);
    } else if (window == QLatin1String("log window")) {
        emit main->logWindowRequested();
        QVERIFY(m_desk->app->logWindow() && m_desk->app->logWindow()->isVisible());
        inspect(m_desk->app->logWindow());
        m_desk->app->logWindow()->close();
    } else {
        QFAIL(qPrintable(QStringLiteral("no such window: %1").arg(window)));
    }
}

void TestAccessibility::addRows() {
    QTest::addColumn<QString>("window");
    for (const char *window :
         {"main window", "profiles", "import", "create from server", "replicate", "delete", "edit",
          "share", "export", "settings General", "settings Listing", "settings Network",
          "shortcuts", "about", "log window"})
        QTest::newRow(window) << QString::fromLatin1(window);
}

void TestAccessibility::everyControlHasAName_data() {
    addRows();
}

// A control without a name is read as "button" or "edit": the user cannot tell what it is for.
void TestAccessibility::everyControlHasAName() {
    QFETCH(QString, window);
    Snapshot snapshot;
    open(window, [&snapshot](QWidget *shown) { snapshot = take(shown); });
    QVERIFY(snapshot.taken);
    QVERIFY(!snapshot.controls.isEmpty());
    QStringList unnamed;
    for (const Snapshot::Control &control : std::as_const(snapshot.controls)) {
        if (control.name.isEmpty())
            unnamed << control.where;
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name: ") +
                                           unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::mnemonicsAreUniqueAndLeadSomewhere_data() {
    addRows();
}

// Alt+letter reaches one control in a window, and a label's underlined letter works.
void TestAccessibility::mnemonicsAreUniqueAndLeadSomewhere() {
    QFETCH(QString, window);
    Snapshot snapshot;
    open(window, [&snapshot](QWidget *shown) { snapshot = take(shown); });
    QVERIFY(snapshot.taken);
    QVERIFY2(snapshot.deadMnemonics.isEmpty(),
             qPrintable(QStringLiteral("labels whose letter leads nowhere: ") +
                        snapshot.deadMnemonics.join(QStringLiteral(", "))));
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (const QString &text : std::as_const(snapshot.mnemonicTexts)) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter))
            clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(letter, seen[letter], text);
        seen.insert(letter, text);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestAccessibility::tabOrderFollowsTheLayout_data() {
    addRows();
}

// Tab goes through the window as it reads (left to right, top to bottom) and comes back.
void TestAccessibility::tabOrderFollowsTheLayout() {
    QFETCH(QString, window);
    QStringList problems;
    bool inspected = false;
    open(window, [&](QWidget *shown) {
        inspected = true;
        QWidget *start = nullptr;
        // The first control in the chain that Tab stops at.
        for (QWidget *w = shown->nextInFocusChain(); w && w != shown; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
                w->window() == shown && !w->focusProxy()) {
                start = w;
                break;
            }
        }
        if (!start) {
            problems << QStringLiteral("nothing takes the focus");
            return;
        }
        const QList<QWidget *> cycle = tabCycle(shown, start);
        if (cycle.isEmpty()) {
            problems << QStringLiteral("Tab does not come back to %1").arg(describe(start));
            return;
        }
        // Read as a cycle, the order goes back up once: from the last control to the first.
        QStringList backwards;
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            QWidget *next = cycle[(i + 1) % cycle.size()];
            if (!readsAfter(cycle[i], next))
                backwards << QStringLiteral("%1 before %2").arg(describe(cycle[i]), describe(next));
        }
        if (backwards.size() > 1)
            problems << backwards;
    });
    QVERIFY(inspected);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

// From the table Tab reaches the search field, the view tabs, the details and the jobs panel,
// and comes back to the table.
void TestAccessibility::tabCyclesThroughTheMainWindow() {
    MainWindow *window = m_desk->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QList<QWidget *> cycle = tabCycle(window, window->imageTable());
    QVERIFY2(!cycle.isEmpty(), "Tab does not come back to the image table");
    const auto reached = [&cycle](const QWidget *widget) { return cycle.contains(widget); };
    QVERIFY2(reached(window->findChild<QLineEdit *>(QStringLiteral("search"))), "search field");
    QVERIFY2(reached(window->findChild<QTabBar *>(QStringLiteral("views"))), "view tabs");
    QVERIFY2(reached(window->detailsPane()->findChild<QTreeWidget *>()), "details");
    QVERIFY2(reached(window->jobsPanel()->view()), "jobs panel");
    QVERIFY2(reached(m_login->switcher()), "profile switcher");
    // And back the other way.
    window->imageTable()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(window->imageTable(), Qt::Key_Backtab);
    QVERIFY(window->focusWidget() != window->imageTable());
}

// The search field's name says what it is; its description, how to write a query.
void TestAccessibility::searchFieldDescribesItsSyntax() {
    auto *search = m_desk->window()->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(search);
    QVERIFY(field->text(QAccessible::Name).contains(tr("Search"), Qt::CaseInsensitive));
    const QString description = field->text(QAccessible::Description);
    for (const char *term : {"status:", "tag:", "-"})
        QVERIFY2(description.contains(QLatin1String(term)), qPrintable(description));
}

void TestAccessibility::statusCellsSpeakTheirValue_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("inDescription");
    using Column = ims::ImageTableModel::Column;
    QTest::newRow("active") << "web-frontend-2025" << int(Column::Status) << "Active"
                            << "ready";
    QTest::newRow("queued") << "upload-pending" << int(Column::Status) << "Queued"
                            << "waits for its file";
    QTest::newRow("saving") << "import-in-progress" << int(Column::Status) << "Saving"
                            << "being";
    QTest::newRow("killed") << "import-failed" << int(Column::Status) << "Killed"
                            << "failed";
    QTest::newRow("protected") << "db-golden" << int(Column::Protected) << "Protected"
                               << "cannot be deleted";
    QTest::newRow("not protected")
        << "web-frontend-2025" << int(Column::Protected) << "Not protected"
        << "";
    QTest::newRow("encrypted") << "build-agent-encrypted" << int(Column::Encrypted) << "Encrypted"
                               << "key";
    QTest::newRow("not encrypted")
        << "web-frontend-2025" << int(Column::Encrypted) << "Not encrypted"
        << "";
}

// A status badge or a lock icon is read as words, from the model: no delegate can hide them.
void TestAccessibility::statusCellsSpeakTheirValue() {
    QFETCH(QString, image);
    QFETCH(int, column);
    QFETCH(QString, name);
    QFETCH(QString, inDescription);
    ims::ImageTableView *view = m_desk->window()->imageTable();
    QVERIFY(m_desk->select(image));
    const int row = view->currentIndex().row();
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), name);
    if (!inDescription.isEmpty())
        QVERIFY2(cell->text(QAccessible::Description).contains(inDescription),
                 qPrintable(cell->text(QAccessible::Description)));
}

void TestAccessibility::progressCellsSpeakTheirValue_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("percent");
    QTest::addColumn<bool>("upload");
    QTest::addColumn<QString>("name");
    QTest::newRow("running") << "RUNNING" << 42.0 << false << "42 %";
    QTest::newRow("no percentage") << "RUNNING" << -1.0 << false << "In progress";
    QTest::newRow("succeeded") << "SUCCESS" << 100.0 << false << "100 %";
    QTest::newRow("uploading") << "RUNNING" << 25.0 << true
                               << QStringLiteral("%1 of %2, 25 %")
                                      .arg(ims::formatSize(1024 * 1024),
                                           ims::formatSize(4 * 1024 * 1024));
}

// The jobs panel paints progress as a bar; a screen reader hears the figure.
void TestAccessibility::progressCellsSpeakTheirValue() {
    QFETCH(QString, status);
    QFETCH(double, percent);
    QFETCH(bool, upload);
    QFETCH(QString, name);
    ims::JobListModel model;
    ims::JobsPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ims::TrackedJob job;
    job.jobId = QStringLiteral("job-1");
    job.type = upload ? QLatin1String(ims::JobTracker::kUploadType)
                      : QStringLiteral("imsCopyImageInRegionJob");
    job.description = QStringLiteral("web → web-copy");
    job.state = ims::jobStateFromName(status);
    job.stateText = status;
    job.percent = percent;
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    if (upload) {
        job.transfer.sent = 1024 * 1024;
        job.transfer.total = 4 * 1024 * 1024;
    }
    model.upsert(job);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(panel.view());
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(0, ims::JobListModel::Progress);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), name);
}

// The ● of the profile (its colour) and of the connection are read as words.
void TestAccessibility::markersHaveText() {
    MainWindow *window = m_desk->window();
    window->setProfile(QStringLiteral("prod"), QStringLiteral("eu-de"), QColor("#d32f2f"));
    auto *profile = window->findChild<QLabel *>(QStringLiteral("profile"));
    const QString profileName =
        QAccessible::queryAccessibleInterface(profile)->text(QAccessible::Name);
    QVERIFY2(!profileName.contains(QChar(0x25CF)), qPrintable(profileName));
    for (const char *word : {"prod", "eu-de", "Red (production)"})
        QVERIFY2(profileName.contains(QLatin1String(word)), qPrintable(profileName));
    window->setConnection(MainWindow::Connection::Reconnecting);
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connection"));
    const QString connectionName =
        QAccessible::queryAccessibleInterface(connection)->text(QAccessible::Name);
    QVERIFY2(!connectionName.contains(QChar(0x25CF)), qPrintable(connectionName));
    QVERIFY2(connectionName.contains(QLatin1String("reconnecting"), Qt::CaseInsensitive),
             qPrintable(connectionName));
    window->setConnection(MainWindow::Connection::Online);

    // The profile list's swatches too.
    QAction *manage =
        m_login->switcher()->profileMenu()->findChild<QAction *>(QStringLiteral("manageProfiles"));
    QVERIFY(manage);
    manage->trigger();
    ims::ProfileDialog *dialog = m_login->dialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("profiles"));
    QVERIFY(list && list->count() == 1);
    QAccessibleInterface *profiles = QAccessible::queryAccessibleInterface(list);
    QVERIFY(profiles && profiles->tableInterface());
    QAccessibleInterface *item = profiles->tableInterface()->cellAt(0, 0);
    QVERIFY(item);
    QCOMPARE(item->text(QAccessible::Name), QStringLiteral("prod"));
    QCOMPARE(item->text(QAccessible::Description), QStringLiteral("Red (production)"));
    dialog->close();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
