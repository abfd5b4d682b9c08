#pragma once

#include "apirequest.h"
#include "codec.h"
#include "result.h"
#include "types.h"

#include <QFutureWatcher>
#include <QSet>

#include <deque>

namespace ims {

// Typed bases: each decodes one kind of answer into its `finished(Result<T>)`, emitted through
// ApiRequest::finish() (which lets it out once). Per-call classes derive from them and only
// describe the call in their constructor.

class ImageRequest : public ApiRequest {
    Q_OBJECT
public:
    // Drop: the answer is for the image table, which keeps decoded fields only.
    void setAttributes(codec::Attributes attributes) { m_attributes = attributes; }

signals:
    void finished(const ims::Result<ims::Image> &result);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override {
        finish(&ImageRequest::finished, codec::imageDocument(body, m_attributes));
    }
    void onFailure(const ApiError &error) override { finish(&ImageRequest::finished, error); }

private:
    codec::Attributes m_attributes = codec::Attributes::Keep;
};

class DoneRequest : public ApiRequest {
    Q_OBJECT
signals:
    void finished(const ims::Result<ims::Done> &result);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &, QNetworkReply *) override {
        finish(&DoneRequest::finished, Done{});
    }
    void onFailure(const ApiError &error) override { finish(&DoneRequest::finished, error); }
};

// Every asynchronous IMS call answers {"job_id": …}.
class JobRequest : public ApiRequest {
    Q_OBJECT
signals:
    void finished(const ims::Result<ims::JobAccepted> &result);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override {
        Result<JobAccepted> accepted = codec::jobAccepted(body);
        if (!accepted) {
            // The cloud accepted something but we cannot tell which job: it may be running.
            ApiError error = accepted.error();
            error.outcomeUnknown = true;
            accepted = error;
        }
        finish(&JobRequest::finished, accepted);
    }
    void onFailure(const ApiError &error) override { finish(&JobRequest::finished, error); }
};

class MemberRequest : public ApiRequest {
    Q_OBJECT
signals:
    void finished(const ims::Result<ims::Member> &result);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override {
        finish(&MemberRequest::finished, codec::memberDocument(body));
    }
    void onFailure(const ApiError &error) override { finish(&MemberRequest::finished, error); }
};

// Both list APIs: every page is handed over as it arrives (`page`), decoded off the GUI thread;
// `finished` then carries the number of images delivered, or the error that stopped the listing
// (the pages already delivered stay valid). Success means the cloud said "no more": a listing
// that went round in a loop (a repeated marker or `next`), hit the page cap, or was sent to
// another origin ends with an error, so that nobody takes a partial listing for the whole.
class ImageListRequest : public ApiRequest {
    Q_OBJECT
public:
    int pagesFetched() const { return m_pages; }
    // 100 000 pages of 500 hold 50 M images, far beyond any project's quota.
    static constexpr int kMaxPages = 100'000;
    void setMaxPages(int pages) { m_maxPages = pages; }

signals:
    void page(const QList<ims::Image> &images);
    void finished(const ims::Result<int> &total);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;
    // The URL of the page after the one `cursor` ends, or an empty URL when that was the last.
    virtual QUrl nextPage(const PageCursor &cursor) = 0;
    void setAttributes(codec::Attributes attributes) { m_attributes = attributes; }

private:
    void deliver(const Result<int> &result) { finish(&ImageListRequest::finished, result); }
    // A page's decoding reports twice: its cursor as soon as the JSON is parsed (the next page is
    // then asked for while this one's images are decoded), then its images (or the error).
    struct Decoded {
        std::optional<PageCursor> cursor;
        QList<Image> images;
        std::optional<ApiError> error;
    };
    using Decoding = QFutureWatcher<Decoded>;
    void cursorRead(Decoding *decoding);
    // Why `next` must not be asked for, or nullopt: another origin, a page seen before, the cap.
    std::optional<ApiError> refusePage(const QUrl &next);
    void deliverDecodedPages();

    std::deque<Decoding *> m_decoding; // in the order the pages came
    std::optional<ApiError> m_failure; // of a later page: told once the pages before it are out
    bool m_morePages = true;
    codec::Attributes m_attributes = codec::Attributes::Keep;
    int m_total = 0;
    int m_pages = 0;
    int m_pagesRequested = 1;
    int m_maxPages = kMaxPages;
    QSet<size_t> m_pagesSeen; // hashes of the page URLs asked for: a few MB at the cap, not URLs
};

} // namespace ims
