#pragma once

// The native-API contract suite (see tst_native_contract.cpp): one QtTest class whose scenarios
// are split over files by area: identity/versions, listing, one image's life, sharing.

#include "wireclient.h"

#include <QByteArrayView>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTest>

#include <memory>

namespace contract {
inline constexpr QByteArrayView kPatch21 = "application/openstack-images-v2.1-json-patch";
inline constexpr QByteArrayView kPatch20 = "application/openstack-images-v2.0-json-patch";
QJsonArray parseArray(const char *json);
inline QSet<QString> toSet(const QStringList &list) {
    return {list.cbegin(), list.cend()};
}
} // namespace contract

// QVERIFY2 with the reply in the message, so that a failure says what the server answered.
#define EXPECT_STATUS(reply, expected)                                                             \
    do {                                                                                           \
        const contract::WireReply &reply_ = (reply); /* evaluated once: it may send a request */   \
        const int expected_ = (expected);                                                          \
        QVERIFY2(                                                                                  \
            reply_.status == expected_,                                                            \
            qPrintable(                                                                            \
                QStringLiteral("expected %1, got %2").arg(expected_).arg(reply_.describe())));     \
    } while (false)

class NativeContract final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<contract::WireClient> m_http;
    contract::Identity m_owner;
    contract::Identity m_member;
    QByteArray m_ownerToken;
    QByteArray m_memberToken;
    QString m_run;                    // unique per run: names and tags only this run's images carry
    QStringList m_created;            // images of the current test function, deleted in cleanup()
    QMap<QString, QString> m_fixture; // suite images for list scenarios: key -> id

    QString createImage(const QJsonObject &extra = {}, const QByteArray &token = {});
    void deleteImage(const QString &id);
    bool upload(const QString &id, const QByteArray &data);
    QJsonObject getImage(const QString &id, int *status = nullptr);
    QList<QStringList> followPages(const QString &firstPath, const QByteArray &token);
    QString uniqueTag(const char *what) const { return m_run + "-" + what; }

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void token_data();
    void token();
    void authRequired_data();
    void authRequired();
    void versions();

    void create();
    void createRejected_data();
    void createRejected();
    void listPaging_data();
    void listPaging();
    void listFilters_data();
    void listFilters();
    void listRejected_data();
    void listRejected();
    void showUnknown_data();
    void showUnknown();

    void patch_data();
    void patch();
    void uploadAndDownload();
    void uploadRejected_data();
    void uploadRejected();
    void uploadOverSizeCap();
    void tags();
    void protectedImageDelete();
    void sharing();
    void membersOnPrivateImage();
};
