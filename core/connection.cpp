#include "connection.h"

#include "imagebrowser.h"
#include "imageoperations.h"
#include "jobtracker.h"
#include "session.h"

namespace ims {

Connection::Connection(const Profile &profile, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_session(new Session(profile, credentials, this)) {}

Connection::~Connection() {
    // Children would go in the order they were made, the session first: its users go before.
    delete m_browser;
    delete m_operations;
    delete m_tracker;
}

const Profile &Connection::profile() const {
    return m_session->profile();
}

JobTracker *Connection::tracker() {
    if (!m_tracker)
        m_tracker = new JobTracker(m_session, JobStore(), this);
    return m_tracker;
}

ImageOperations *Connection::operations() {
    if (!m_operations)
        m_operations = new ImageOperations(
            m_session, [this] { return tracker(); }, this);
    return m_operations;
}

ImageBrowser *Connection::browse(ImageRows *rows, ListingCache *cache) {
    if (!m_browser) {
        m_browser = new ImageBrowser(m_session, rows, cache, this);
        // The window's jobs change its rows: each finished one reads what it changed.
        connect(tracker(), &JobTracker::jobFinished, m_browser, &ImageBrowser::showJobResult);
        // So do its edits and deletions, whichever controller asked for them.
        connect(operations(), &ImageOperations::imageChanged, m_browser, &ImageBrowser::showImage);
        connect(operations(), &ImageOperations::imageRemoved, m_browser,
                &ImageBrowser::forgetImage);
    }
    return m_browser;
}

} // namespace ims
