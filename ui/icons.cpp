#include "icons.h"

#include <QAction>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace ims {

namespace {

// The colour our SVGs are drawn in; replaced by the colour they are painted in.
constexpr auto kPlaceholder = "#ff00ff";
const QString kDir = QStringLiteral(":/icons/set/");

QByteArray svgSource(const QString &name) {
    static QHash<QString, QByteArray> sources;
    auto found = sources.find(name);
    if (found == sources.end()) {
        QFile file(kDir + name + QStringLiteral(".svg"));
        found =
            sources.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return *found;
}

// Paints one of our SVGs in a colour: fixed, or the application palette's for the icon's mode,
// read at paint time so that a palette change repaints it in the new colour.
class TintedSvgEngine final : public QIconEngine {
public:
    TintedSvgEngine(const QString &name, const QColor &fixed)
        : m_name(name)
        , m_fixed(fixed) {}

    // From a cached bitmap of the device's size, not by parsing the SVG again: a table paints
    // one per status badge and flag on every repaint, and each parse cost ~0.2 ms.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override {
        const QColor colour = colourFor(mode);
        const QString key = QStringLiteral("imsdesk-icon:%1:%2:%3x%4")
                                .arg(m_name, colour.name(QColor::HexArgb))
                                .arg(size.width())
                                .arg(size.height());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer renderer(coloured(colour));
        renderer.render(&painter, QRect(QPoint(0, 0), size));
        painter.end();
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_fixed); }
    QString key() const override { return QStringLiteral("imsdesk-tinted-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return svgSource(m_name).isEmpty(); }

private:
    QColor colourFor(QIcon::Mode mode) const {
        if (m_fixed.isValid())
            return m_fixed;
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QByteArray coloured(const QColor &colour) const {
        QByteArray svg = svgSource(m_name);
        return svg.replace(kPlaceholder, colour.name(QColor::HexRgb).toLatin1());
    }

    QString m_name;
    QColor m_fixed;
};

// Action object name → icon name: freedesktop names where the desktop's theme has a
// counterpart, "imsdesk-…" where no standard name says it.
const QHash<QString, QString> &actionIcons() {
    static const QHash<QString, QString> icons{
        {QStringLiteral("refresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("import"), QStringLiteral("document-import")},
        {QStringLiteral("create"), QStringLiteral("imsdesk-create-from-server")},
        {QStringLiteral("replicateHere"), QStringLiteral("imsdesk-replicate-here")},
        {QStringLiteral("replicate"), QStringLiteral("imsdesk-replicate")},
        {QStringLiteral("edit"), QStringLiteral("document-edit")},
        {QStringLiteral("share"), QStringLiteral("imsdesk-share")},
        {QStringLiteral("export"), QStringLiteral("document-export")},
        {QStringLiteral("delete"), QStringLiteral("edit-delete")},
        {QStringLiteral("accept"), QStringLiteral("imsdesk-accept-share")},
        {QStringLiteral("reject"), QStringLiteral("imsdesk-reject-share")},
        {QStringLiteral("copyId"), QStringLiteral("edit-copy")},
        {QStringLiteral("copyName"), QStringLiteral("imsdesk-copy-name")},
        {QStringLiteral("exportCsv"), QStringLiteral("document-save-as")},
        {QStringLiteral("find"), QStringLiteral("edit-find")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
        {QStringLiteral("quit"), QStringLiteral("application-exit")},
        {QStringLiteral("viewPrivate"), QStringLiteral("imsdesk-view-private")},
        {QStringLiteral("viewPublic"), QStringLiteral("imsdesk-view-public")},
        {QStringLiteral("viewShared"), QStringLiteral("imsdesk-view-shared")},
        {QStringLiteral("jobsPanel"), QStringLiteral("imsdesk-jobs")},
        {QStringLiteral("logWindow"), QStringLiteral("imsdesk-log")},
        {QStringLiteral("themeSystem"), QStringLiteral("imsdesk-theme")},
        {QStringLiteral("themeLight"), QStringLiteral("imsdesk-theme-light")},
        {QStringLiteral("themeDark"), QStringLiteral("imsdesk-theme-dark")},
        {QStringLiteral("keyboardShortcuts"), QStringLiteral("preferences-desktop-keyboard")},
        {QStringLiteral("copyDiagnostics"), QStringLiteral("imsdesk-diagnostics")},
        {QStringLiteral("about"), QStringLiteral("help-about")},
        {QStringLiteral("manageProfiles"), QStringLiteral("imsdesk-manage-profiles")},
        {QStringLiteral("profileMenu"), QStringLiteral("imsdesk-profiles")},
        {QStringLiteral("profileSwitcher"), QStringLiteral("imsdesk-profiles")},
        {QStringLiteral("columnsMenu"), QStringLiteral("imsdesk-columns")},
        {QStringLiteral("themeMenu"), QStringLiteral("imsdesk-theme")},
        {QStringLiteral("notifyLongJobs"), QStringLiteral("imsdesk-notify")},
        {QStringLiteral("copyValue"), QStringLiteral("edit-copy")},
        {QStringLiteral("retryJob"), QStringLiteral("imsdesk-retry")},
        {QStringLiteral("restartUpload"), QStringLiteral("imsdesk-upload-restart")},
        {QStringLiteral("cancelUpload"), QStringLiteral("imsdesk-upload-cancel")},
        {QStringLiteral("showImage"), QStringLiteral("go-jump")},
        {QStringLiteral("copyJobDetails"), QStringLiteral("edit-copy")},
        {QStringLiteral("clearFinished"), QStringLiteral("edit-clear")},
        {QStringLiteral("retry"), QStringLiteral("imsdesk-retry")},
        {QStringLiteral("dismiss"), QStringLiteral("imsdesk-reject-share")},
    };
    return icons;
}

} // namespace

QIcon Icons::icon(const QString &name) {
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return tinted(name, QColor());
}

QIcon Icons::tinted(const QString &name, const QColor &colour) {
    if (svgSource(name).isEmpty())
        return {};
    return QIcon(new TintedSvgEngine(name, colour));
}

QString Icons::nameForAction(const QString &actionName) {
    return actionIcons().value(actionName);
}

QIcon Icons::forAction(const QString &actionName) {
    const QString name = nameForAction(actionName);
    return name.isEmpty() ? QIcon() : icon(name);
}

QString Icons::nameForStatus(const QString &status) {
    QString name = QStringLiteral("imsdesk-status-") + status;
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    return svgSource(name).isEmpty() ? QStringLiteral("imsdesk-status-unknown") : name;
}

QStringList Icons::shippedNames() {
    QStringList names;
    const QStringList files = QDir(kDir).entryList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QString &file : files)
        names << file.chopped(4);
    return names;
}

void Icons::decorate(QAction *action) {
    if (action->icon().isNull())
        action->setIcon(forAction(action->objectName()));
}

} // namespace ims
