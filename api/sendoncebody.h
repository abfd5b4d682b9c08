#pragma once

#include <QIODevice>

#include <cstring>

namespace ims {

// The body of a request that must never be sent twice (a POST that starts a job).
//
// Qt 6.4's HTTP/1 channel (qhttpnetworkconnectionchannel.cpp) silently sends a request again
// when the connection closes while it waits for the answer: _q_error(RemoteHostClosedError) in
// WaitingState calls resendCurrentRequest(), up to reconnectAttempts (3) times, for every method
// and on fresh as well as reused keep-alive connections (only handleUnexpectedEOF() learnt to
// spare non-idempotent methods, in a later Qt). A re-send first rewinds the upload data
// (resetUploadData() → the device's reset()/seek(0)); when that fails, Qt gives up with
// QNetworkReply::ContentReSendError instead. So this device rewinds only until its first byte
// was read: whatever closes the connection after that, the server sees the request once.
class SendOnceBody final : public QIODevice {
public:
    SendOnceBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override {
        if (position != 0 || m_read > 0)
            return false; // a rewind to send it again
        return QIODevice::seek(0);
    }
    bool reset() override { return seek(0); }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
        if (n <= 0)
            return 0;
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace ims
