// SPDX-License-Identifier: GPL-3.0-or-later
// The pure netlink layer: message building, splitting, attribute parsing with bounds checks,
// NLMSG_ERROR with extended acknowledgements, and the nl80211 requests' layout.
#include "nl/attributes.h"
#include "nl/message.h"
#include "nl80211/requests.h"

#include <QTest>

#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/nl80211.h>

#include <cerrno>
#include <cstring>
#include <limits>

using namespace Airpane;
using namespace Airpane::Netlink;

namespace {

QByteArray rawAttribute(std::uint16_t length, std::uint16_t type, const QByteArray &payload)
{
    QByteArray bytes(reinterpret_cast<const char *>(&length), 2);
    bytes.append(reinterpret_cast<const char *>(&type), 2);
    return bytes + payload;
}

QByteArray errorMessage(int error, std::uint16_t flags, const QByteArray &afterHeader)
{
    nlmsgerr err = {};
    err.error = -error;
    err.msg.nlmsg_len = sizeof(nlmsghdr) + 8;
    QByteArray payload(reinterpret_cast<const char *>(&err), sizeof err);
    payload += afterHeader;
    nlmsghdr header = {};
    header.nlmsg_len = std::uint32_t(sizeof header + payload.size());
    header.nlmsg_type = NLMSG_ERROR;
    header.nlmsg_flags = flags;
    header.nlmsg_seq = 7;
    return QByteArray(reinterpret_cast<const char *>(&header), sizeof header) + payload;
}

} // namespace

class TestNetlinkMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsAndParsesAGenericMessage()
    {
        const QByteArray built =
            MessageBuilder::generic(0x1c, NL80211_CMD_GET_WIPHY, NLM_F_REQUEST | NLM_F_ACK)
                .putU8(1, 0xab)
                .putU16(2, 0xbeef)
                .putU32(3, 0xdeadbeef)
                .putU64(4, 0x0123456789abcdefULL)
                .putFlag(5)
                .putString(6, QStringLiteral("wlan0"))
                .beginNested(7)
                .putU32(1, 42)
                .beginNested(2)
                .putBytes(3, QByteArrayLiteral("\x01\x02\x03"))
                .endNested()
                .endNested()
                .build(1234);
        QCOMPARE(built.size() % 4, 0);
        QString error;
        const QList<Message> messages = splitMessages(bytesOf(built), &error);
        QCOMPARE(error, QString());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].type, std::uint16_t(0x1c));
        QCOMPARE(messages[0].sequence, 1234u);
        QCOMPARE(messages[0].flags, std::uint16_t(NLM_F_REQUEST | NLM_F_ACK));

        const auto generic = genericMessage(messages[0]);
        QVERIFY(generic);
        QCOMPARE(generic->command, std::uint8_t(NL80211_CMD_GET_WIPHY));
        QCOMPARE(generic->version, std::uint8_t(1));

        const AttributeList attributes(generic->attributes);
        QVERIFY2(attributes.ok(), qPrintable(attributes.error()));
        QCOMPARE(attributes.attributes().size(), std::size_t(7));
        QCOMPARE(attributes.find(1)->u8(), std::optional<std::uint8_t>(0xab));
        QCOMPARE(attributes.find(2)->u16(), std::optional<std::uint16_t>(0xbeef));
        QCOMPARE(attributes.find(3)->u32(), std::optional<std::uint32_t>(0xdeadbeef));
        QCOMPARE(attributes.find(4)->u64(), std::optional<std::uint64_t>(0x0123456789abcdefULL));
        QCOMPARE(attributes.find(5)->size(), std::size_t(0));
        QCOMPARE(attributes.find(6)->string(), QStringLiteral("wlan0"));
        QCOMPARE(attributes.find(6)->size(), std::size_t(6)); // with its NUL

        const AttributeList nested(attributes.find(7)->payload());
        QVERIFY(nested.ok());
        QCOMPARE(nested.find(1)->u32(), std::optional<std::uint32_t>(42));
        const AttributeList inner(nested.find(2)->payload());
        QCOMPARE(inner.find(3)->bytes(), QByteArrayLiteral("\x01\x02\x03"));
    }

    void typedGettersCheckSizes()
    {
        const Attribute three(1, Bytes(reinterpret_cast<const std::uint8_t *>("abc"), 3));
        QVERIFY(!three.u8());
        QVERIFY(!three.u16());
        QVERIFY(!three.u32());
        QVERIFY(!three.u64());
        QCOMPARE(three.string(), QStringLiteral("abc")); // no terminator: stops at the end
        const Attribute embedded(1, Bytes(reinterpret_cast<const std::uint8_t *>("ab\0cd"), 5));
        QCOMPARE(embedded.string(), QStringLiteral("ab"));
    }

    void rejectsMalformedAttributes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        const QByteArray good = rawAttribute(8, 1, QByteArray(4, 'x'));
        QTest::newRow("one attribute") << good << true << 1;
        QTest::newRow("ends in the padding") << rawAttribute(5, 1, QByteArray(1, 'x')) << true << 1;
        QTest::newRow("padded") << rawAttribute(5, 1, QByteArray(1, 'x')) + QByteArray(3, '\0') << true << 1;
        QTest::newRow("a cut header after padding") << good + QByteArray(3, '\1') << false << 1;
        QTest::newRow("length below header") << rawAttribute(2, 1, QByteArray(4, 'x')) << false << 0;
        QTest::newRow("length past the end") << rawAttribute(200, 1, QByteArray(4, 'x')) << false << 0;
        QTest::newRow("truncated second header") << good + QByteArray(5, '\1') << false << 1;
        QTest::newRow("lying length after a good one")
            << good + rawAttribute(0xffff, 2, QByteArray(8, 'y')) << false << 1;
        QTest::newRow("empty") << QByteArray() << true << 0;
    }

    void rejectsMalformedAttributes()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, ok);
        QFETCH(int, count);
        const AttributeList list(bytesOf(data));
        QCOMPARE(list.ok(), ok);
        QCOMPARE(int(list.attributes().size()), count);
        QVERIFY(ok || !list.error().isEmpty());
        const AttributeTable table(bytesOf(data), 4);
        QCOMPARE(table.ok(), ok);
    }

    void tableKeepsTheLastOfATypeAndIgnoresUnknownTypes()
    {
        const QByteArray built = MessageBuilder(100, 0).putU32(1, 1).putU32(1, 2).putU32(60, 3).build(1);
        QString error;
        const Message message = splitMessages(bytesOf(built), &error).first();
        const AttributeTable table(message.payload, 10);
        QVERIFY(table.ok());
        QCOMPARE(table[1]->u32(), std::optional<std::uint32_t>(2));
        QVERIFY(!table.has(60));
        QVERIFY(!table[60]);
    }

    // An attribute's length is 16 bits: one that does not fit is refused, never sent truncated
    // (the kernel would read the rest of its payload as further attributes).
    void refusesAnAttributeLongerThanItsLengthField()
    {
        MessageBuilder fits(100, 0);
        fits.putBytes(1, QByteArray(65535 - NLA_HDRLEN, 'x'));
        QVERIFY2(fits.error().isEmpty(), qPrintable(fits.error()));

        MessageBuilder tooLong(100, 0);
        tooLong.putU32(1, 7).putBytes(2, QByteArray(65535 - NLA_HDRLEN + 1, 'x')).putU32(3, 9);
        QVERIFY(tooLong.error().contains(QLatin1String("attribute 2")));
        QString error;
        const QList<Message> messages = splitMessages(bytesOf(tooLong.build(1)), &error);
        QCOMPARE(messages.size(), 1);
        const AttributeTable table(messages.first().payload, 3);
        QVERIFY(table.ok());
        QVERIFY(table.has(1) && table.has(3));
        QVERIFY(!table.has(2)); // left out, not truncated

        MessageBuilder nest(100, 0);
        nest.beginNested(4)
            .putBytes(1, QByteArray(40000, 'x'))
            .putBytes(2, QByteArray(40000, 'y'))
            .endNested();
        QVERIFY(nest.error().startsWith(QLatin1String("nested netlink attribute")));
    }

    void splitsSeveralMessagesAndStopsAtAMalformedOne()
    {
        const QByteArray one = MessageBuilder(100, 0).putU32(1, 1).build(1);
        const QByteArray two = MessageBuilder(101, 0).putU32(1, 2).build(2);
        QString error;
        QCOMPARE(splitMessages(bytesOf(one + two), &error).size(), 2);
        QVERIFY(error.isEmpty());

        QByteArray broken = two;
        auto *header = reinterpret_cast<nlmsghdr *>(broken.data());
        header->nlmsg_len = 4096; // lies: past the buffer
        const QList<Message> messages = splitMessages(bytesOf(one + broken), &error);
        QCOMPARE(messages.size(), 1);
        QVERIFY(!error.isEmpty());
    }

    void parsesErrorsWithExtendedAcks()
    {
        QByteArray text = QByteArrayLiteral("Channel is not usable");
        text.append('\0');
        const QByteArray tlv = rawAttribute(std::uint16_t(4 + text.size()), NLMSGERR_ATTR_MSG, text);
        const QByteArray capped = errorMessage(EINVAL, NLM_F_CAPPED | NLM_F_ACK_TLVS, tlv);
        QString error;
        const auto parsed = parseError(splitMessages(bytesOf(capped), &error).first());
        QVERIFY(parsed);
        QCOMPARE(parsed->code, EINVAL);
        QCOMPARE(parsed->kernelMessage, QStringLiteral("Channel is not usable"));
        QVERIFY(parsed->isError());
        QCOMPARE(parsed->text(),
                 QString::fromLocal8Bit(std::strerror(EINVAL)) + QStringLiteral(": Channel is not usable"));

        // Not capped: the request (8 bytes of payload here) is echoed before the TLVs.
        const QByteArray echoed = errorMessage(EBUSY, NLM_F_ACK_TLVS, QByteArray(8, '\0') + tlv);
        const auto uncapped = parseError(splitMessages(bytesOf(echoed), &error).first());
        QVERIFY(uncapped);
        QCOMPARE(uncapped->code, EBUSY);
        QCOMPARE(uncapped->kernelMessage, QStringLiteral("Channel is not usable"));

        const auto ack =
            parseError(splitMessages(bytesOf(errorMessage(0, NLM_F_CAPPED, {})), &error).first());
        QVERIFY(ack);
        QVERIFY(!ack->isError());
    }

    void errorCodesOutsideErrnoAreProtocolErrors_data()
    {
        QTest::addColumn<int>("raw");  // nlmsgerr.error as sent
        QTest::addColumn<int>("code"); // what parseError reports
        QTest::newRow("EBUSY") << -EBUSY << EBUSY;
        QTest::newRow("MAX_ERRNO") << -4095 << 4095;
        QTest::newRow("below MAX_ERRNO") << -4096 << EPROTO;
        QTest::newRow("INT_MIN") << std::numeric_limits<int>::min() << EPROTO;
    }

    void errorCodesOutsideErrnoAreProtocolErrors()
    {
        QFETCH(int, raw);
        QFETCH(int, code);
        QByteArray message = errorMessage(0, NLM_F_CAPPED, {});
        std::memcpy(message.data() + sizeof(nlmsghdr), &raw, sizeof raw);
        QString error;
        const auto parsed = parseError(splitMessages(bytesOf(message), &error).first());
        QVERIFY(parsed);
        QCOMPARE(parsed->code, code);
        QVERIFY(parsed->isError());
    }

    void nl80211RequestsAreLaidOutAsTheKernelExpects()
    {
        const Nl80211::Requests requests(0x22);
        QString error;
        const QByteArray wiphy = requests.getWiphy(3).build(9);
        const Message message = splitMessages(bytesOf(wiphy), &error).first();
        QCOMPARE(message.type, std::uint16_t(0x22));
        QCOMPARE(message.flags & NLM_F_DUMP, NLM_F_DUMP);
        const auto generic = genericMessage(message);
        QCOMPARE(generic->command, std::uint8_t(NL80211_CMD_GET_WIPHY));
        const AttributeList attributes(generic->attributes);
        QVERIFY(attributes.has(NL80211_ATTR_SPLIT_WIPHY_DUMP));
        QCOMPARE(attributes.find(NL80211_ATTR_WIPHY)->u32(), std::optional<std::uint32_t>(3));
        QVERIFY(!AttributeList(
                     genericMessage(splitMessages(bytesOf(requests.getWiphy().build(1)), &error).first())
                         ->attributes)
                     .has(NL80211_ATTR_WIPHY));

        const auto stations =
            genericMessage(splitMessages(bytesOf(requests.getStations(7).build(2)), &error).first());
        QCOMPARE(stations->command, std::uint8_t(NL80211_CMD_GET_STATION));
        QCOMPARE(AttributeList(stations->attributes).find(NL80211_ATTR_IFINDEX)->u32(),
                 std::optional<std::uint32_t>(7));
    }
};

QTEST_GUILESS_MAIN(TestNetlinkMessage)
#include "tst_netlinkmessage.moc"
