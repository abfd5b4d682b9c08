#pragma once

#include "apirequest.h"
#include "codec.h"
#include "result.h"
#include "types.h"

#include <QFutureWatcher>

#include <deque>

namespace ims {

// Typed bases: each decodes one kind of answer and emits exactly one `finished(Result<T>)`.
// Per-call classes derive from them and only describe the call in their constructor.

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
        deliver(codec::imageDocument(body, m_attributes));
    }
    void onFailure(const ApiError &error) override { deliver(error); }

private:
    void deliver(const Result<Image> &result) {
        markFinished();
        emit finished(result);
    }
    codec::Attributes m_attributes = codec::Attributes::Keep;
};

class DoneRequest : public ApiRequest {
    Q_OBJECT
signals:
    void finished(const ims::Result<ims::Done> &result);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &, QNetworkReply *) override { deliver(Done{}); }
    void onFailure(const ApiError &error) override { deliver(error); }

private:
    void deliver(const Result<Done> &result) {
        markFinished();
        emit finished(result);
    }
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
        deliver(accepted);
    }
    void onFailure(const ApiError &error) override { deliver(error); }

private:
    void deliver(const Result<JobAccepted> &result) {
        markFinished();
        emit finished(result);
    }
};

class MemberRequest : public ApiRequest {
    Q_OBJECT
signals:
    void finished(const ims::Result<ims::Member> &result);

protected:
    using ApiRequest::ApiRequest;
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override {
        deliver(codec::memberDocument(body));
    }
    void onFailure(const ApiError &error) override { deliver(error); }

private:
    void deliver(const Result<Member> &result) {
        markFinished();
        emit finished(result);
    }
};

// Both list APIs: every page is handed over as it arrives (`page`), decoded off the GUI thread;
// `finished` then carries the number of images delivered, or the error that stopped the listing
// (the pages already delivered stay valid).
class ImageListRequest : public ApiRequest {
    Q_OBJECT
public:
    int pagesFetched() const { return m_pages; }

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
    void deliver(const Result<int> &result) {
        markFinished();
        m_delivered = true;
        emit finished(result);
    }
    // A page's decoding reports twice: its cursor as soon as the JSON is parsed (the next page is
    // then asked for while this one's images are decoded), then its images (or the error).
    struct Decoded {
        std::optional<PageCursor> cursor;
        QList<Image> images;
        std::optional<ApiError> error;
    };
    using Decoding = QFutureWatcher<Decoded>;
    void cursorRead(Decoding *decoding);
    void deliverDecodedPages();

    std::deque<Decoding *> m_decoding; // in the order the pages came
    std::optional<ApiError> m_failure; // of a later page: told once the pages before it are out
    bool m_morePages = true;
    codec::Attributes m_attributes = codec::Attributes::Keep;
    bool m_delivered = false;
    int m_total = 0;
    int m_pages = 0;
};

} // namespace ims
