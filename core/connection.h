#pragma once

#include "profile.h"

#include <QObject>

namespace ims {

class ImageBrowser;
class ImageOperations;
class ImageRows;
class JobTracker;
class ListingCache;
class Session;

// Everything one logged-in profile needs, owned in one place: its Session (network, login,
// token), the JobTracker that follows its jobs, its ImageOperations and, for a window, the
// ImageBrowser that keeps its image rows filled. Deleting the Connection ends all of it at once
// (running requests are cancelled with it), so that a profile switch leaves nothing behind.
class Connection final : public QObject {
    Q_OBJECT

public:
    Connection(const Profile &profile, const Credentials &credentials, QObject *parent = nullptr);
    ~Connection() override;

    const Profile &profile() const;
    Session *session() const { return m_session; }
    // Created on first use: it reads the job file shared with other imsdesk and imsctl processes,
    // which commands that start no job need not do.
    JobTracker *tracker();
    ImageOperations *operations();
    // The browser that keeps `rows` filled from this connection's listings (created once; later
    // calls return it), and shows what the tracker's finished jobs changed. `cache` may be null.
    ImageBrowser *browse(ImageRows *rows, ListingCache *cache);
    ImageBrowser *browser() const { return m_browser; }

private:
    Session *m_session;
    JobTracker *m_tracker = nullptr;
    ImageOperations *m_operations = nullptr;
    ImageBrowser *m_browser = nullptr;
};

} // namespace ims
