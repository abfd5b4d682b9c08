// Contract scenarios on sharing: the owner adds a member project, the member accepts.

#include "nativecontract.h"

using namespace contract;

void NativeContract::sharing() {
    const QString tag = uniqueTag("shared");
    const QString id = createImage({{"visibility", "shared"}, {"tags", QJsonArray{tag}}});
    QVERIFY(!id.isEmpty());
    const QString image = "/v2/images/" + id;
    const QString members = image + "/members";
    const QString me = members + "/" + m_member.projectId;
    const auto memberSees = [&](const QString &query) {
        const WireReply list =
            m_http->send("GET", "/v2/images?tag=" + tag + query, {}, {}, m_memberToken);
        return list.status == 200 ? imageIds(list.json()) : QStringList{"HTTP error"};
    };

    // Not yet a member: the image does not exist for the other project.
    EXPECT_STATUS(m_http->send("GET", image, {}, {}, m_memberToken), 404);

    const QJsonObject add{{"member", m_member.projectId}};
    const WireReply added = m_http->sendJson("POST", members, add, m_ownerToken);
    EXPECT_STATUS(added, 200); // 200, not 201
    QCOMPARE(added.json()["member_id"].toString(), m_member.projectId);
    QCOMPARE(added.json()["image_id"].toString(), id);
    QCOMPARE(added.json()["status"].toString(), QStringLiteral("pending"));
    QCOMPARE(added.json()["schema"].toString(), QStringLiteral("/v2/schemas/member"));
    EXPECT_STATUS(m_http->sendJson("POST", members, add, m_ownerToken), 409); // duplicate

    const WireReply listed = m_http->send("GET", members, {}, {}, m_ownerToken);
    EXPECT_STATUS(listed, 200);
    QCOMPARE(listed.json()["members"].toArray().size(), 1);
    QCOMPARE(listed.json()["schema"].toString(), QStringLiteral("/v2/schemas/members"));
    EXPECT_STATUS(m_http->send("GET", members + "/" + m_owner.projectId, {}, {}, m_ownerToken),
                  404);

    // Pending: visible by id, but only in lists that ask for pending (or all) members.
    EXPECT_STATUS(m_http->send("GET", image, {}, {}, m_memberToken), 200);
    QCOMPARE(memberSees(""), QStringList{});
    QCOMPARE(memberSees("&member_status=pending"), QStringList{id});
    QCOMPARE(memberSees("&member_status=all"), QStringList{id});
    QCOMPARE(memberSees("&member_status=accepted"), QStringList{});

    // Only the member sets its status, and only to a known one.
    const QJsonObject accept{{"status", "accepted"}};
    EXPECT_STATUS(m_http->sendJson("PUT", me, accept, m_ownerToken), 403);
    EXPECT_STATUS(m_http->sendJson("PUT", me, QJsonObject{{"status", "bogus"}}, m_memberToken),
                  400);
    const WireReply accepted = m_http->sendJson("PUT", me, accept, m_memberToken);
    EXPECT_STATUS(accepted, 200);
    QCOMPARE(accepted.json()["status"].toString(), QStringLiteral("accepted"));
    QCOMPARE(memberSees(""), QStringList{id});

    // A member may look, not change.
    EXPECT_STATUS(m_http->send("GET", members, {}, {}, m_memberToken), 200);
    EXPECT_STATUS(m_http->sendJson("POST", members, QJsonObject{{"member", m_owner.projectId}},
                                   m_memberToken),
                  403);
    EXPECT_STATUS(m_http->sendJson("PATCH", image,
                                   parseArray(R"([{"op":"replace","path":"/name","value":"x"}])"),
                                   m_memberToken, kPatch21.toByteArray()),
                  403);
    EXPECT_STATUS(m_http->send("DELETE", image, {}, {}, m_memberToken), 403);

    // Removing the member hides the image again.
    EXPECT_STATUS(m_http->send("DELETE", me, {}, {}, m_ownerToken), 204);
    EXPECT_STATUS(m_http->send("DELETE", me, {}, {}, m_ownerToken), 404);
    EXPECT_STATUS(m_http->send("GET", image, {}, {}, m_memberToken), 404);
}

void NativeContract::membersOnPrivateImage() {
    const QString id = createImage({{"visibility", "private"}});
    QVERIFY(!id.isEmpty());
    const WireReply add =
        m_http->sendJson("POST", "/v2/images/" + id + "/members",
                         QJsonObject{{"member", m_member.projectId}}, m_ownerToken);
    EXPECT_STATUS(add, 403);
    EXPECT_STATUS(m_http->send("GET", "/v2/images/" + id, {}, {}, m_memberToken), 404);
}
