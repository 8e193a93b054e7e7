// SPDX-License-Identifier: GPL-3.0-or-later
// Requests on interfaces without a kernel: the nl80211 and rtnetlink messages as laid out, and the
// pre-check's checks of hostile input (names, types, addresses, flags) before any kernel call.
#include "situations.h"

#include "interfaces/requestcheck.h"
#include "nl/message.h"
#include "nl80211/interfacerequests.h"
#include "rtnetlink/linkrequests.h"
#include "support/interfacename.h"
#include "support/macaddress.h"

#include <QTest>

#include <linux/if.h>
#include <linux/netlink.h>
#include <linux/nl80211.h>
#include <linux/rtnetlink.h>

#include <cstring>

using namespace Airpane;
using namespace Airpane::Interfaces;

namespace {

constexpr std::uint16_t family = 0x1c;

struct Built
{
    QByteArray data; // keeps the bytes the views below point into
    Netlink::Message message;
    Netlink::GenericMessage generic;
};

Built build(const Netlink::MessageBuilder &builder)
{
    Built built;
    built.data = builder.build(7);
    QString error;
    const auto messages = Netlink::splitMessages(Netlink::bytesOf(built.data), &error);
    Q_ASSERT(messages.size() == 1);
    built.message = messages.first();
    built.generic = Netlink::genericMessage(built.message).value_or(Netlink::GenericMessage());
    return built;
}

} // namespace

class TestInterfaceRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newInterfaceOwnedMonitor()
    {
        CreateInterfaceRequest request;
        request.radio = 3;
        request.name = QStringLiteral("mon0");
        request.type = InterfaceType::Monitor;
        request.monitorFlags = {MonitorFlag::Control, MonitorFlag::OtherBss, MonitorFlag::Active};
        const auto mac = *MacAddress::parse(QStringLiteral("02:11:22:33:44:55"));
        const Built built = build(Nl80211::InterfaceRequests(family).newInterface(request, mac));
        QCOMPARE(built.message.type, family);
        QCOMPARE(built.message.flags, std::uint16_t(NLM_F_REQUEST | NLM_F_ACK));
        QCOMPARE(built.generic.command, std::uint8_t(NL80211_CMD_NEW_INTERFACE));
        const Netlink::AttributeTable table(built.generic.attributes, NL80211_ATTR_MAX);
        QVERIFY(table.ok());
        QCOMPARE(table[NL80211_ATTR_WIPHY]->u32(), 3u);
        QCOMPARE(table[NL80211_ATTR_IFNAME]->string(), QStringLiteral("mon0"));
        QCOMPARE(table[NL80211_ATTR_IFNAME]->bytes(), QByteArray("mon0\0", 5)); // NUL-terminated
        QCOMPARE(table[NL80211_ATTR_IFTYPE]->u32(), std::uint32_t(NL80211_IFTYPE_MONITOR));
        QCOMPARE(table[NL80211_ATTR_MAC]->bytes().toHex(), QByteArray("021122334455"));
        QVERIFY(table.has(NL80211_ATTR_SOCKET_OWNER));
        QCOMPARE(table[NL80211_ATTR_SOCKET_OWNER]->size(), std::size_t(0));
        const Netlink::AttributeList flags(table[NL80211_ATTR_MNTR_FLAGS]->payload());
        QList<std::uint16_t> types;
        for (const Netlink::Attribute &flag : flags) {
            types.append(flag.type());
            QCOMPARE(flag.size(), std::size_t(0));
        }
        QCOMPARE(types, (QList<std::uint16_t>{NL80211_MNTR_FLAG_CONTROL, NL80211_MNTR_FLAG_OTHER_BSS,
                                              NL80211_MNTR_FLAG_ACTIVE}));
    }

    void newInterfaceUnownedStation()
    {
        CreateInterfaceRequest request;
        request.name = QStringLiteral("sta1");
        request.type = InterfaceType::Station;
        request.owned = false;
        request.monitorFlags = {MonitorFlag::Control}; // only monitors carry flags
        const Built built = build(Nl80211::InterfaceRequests(family).newInterface(request, {}));
        const Netlink::AttributeTable table(built.generic.attributes, NL80211_ATTR_MAX);
        QCOMPARE(table[NL80211_ATTR_IFTYPE]->u32(), std::uint32_t(NL80211_IFTYPE_STATION));
        QVERIFY(!table.has(NL80211_ATTR_SOCKET_OWNER));
        QVERIFY(!table.has(NL80211_ATTR_MAC));
        QVERIFY(!table.has(NL80211_ATTR_MNTR_FLAGS));
    }

    void otherCommands()
    {
        const Nl80211::InterfaceRequests requests(family);
        // "command attribute=value", and whether both IFINDEX and WDEV went in (never both).
        const auto describe = [](const Netlink::MessageBuilder &builder, std::uint16_t attribute) {
            const Built built = build(builder);
            const Netlink::AttributeTable table(built.generic.attributes, NL80211_ATTR_MAX);
            const auto &found = table[attribute];
            const std::uint64_t value = !found ? 0 : found->size() == 8 ? *found->u64() : *found->u32();
            return QStringLiteral("%1 %2=0x%3%4%5")
                .arg(built.generic.command)
                .arg(attribute)
                .arg(value, 0, 16)
                .arg(built.message.flags == (NLM_F_REQUEST | NLM_F_ACK) ? QString()
                                                                        : QStringLiteral(" no-ack"))
                .arg(table.has(NL80211_ATTR_IFINDEX) && table.has(NL80211_ATTR_WDEV) ? QStringLiteral(" both")
                                                                                     : QString());
        };
        const auto expected = [](std::uint8_t command, std::uint16_t attribute, std::uint64_t value) {
            return QStringLiteral("%1 %2=0x%3").arg(command).arg(attribute).arg(value, 0, 16);
        };
        QCOMPARE(describe(requests.deleteInterface(12, 0x5), NL80211_ATTR_IFINDEX),
                 expected(NL80211_CMD_DEL_INTERFACE, NL80211_ATTR_IFINDEX, 12));
        QCOMPARE(describe(requests.deleteInterface(std::nullopt, 0x100000002ull), NL80211_ATTR_WDEV),
                 expected(NL80211_CMD_DEL_INTERFACE, NL80211_ATTR_WDEV, 0x100000002ull));
        QCOMPARE(describe(requests.startP2pDevice(0x2), NL80211_ATTR_WDEV),
                 expected(NL80211_CMD_START_P2P_DEVICE, NL80211_ATTR_WDEV, 0x2));
        QCOMPARE(describe(requests.stopP2pDevice(0x2), NL80211_ATTR_WDEV),
                 expected(NL80211_CMD_STOP_P2P_DEVICE, NL80211_ATTR_WDEV, 0x2));
        QCOMPARE(describe(requests.startNan(0x3), NL80211_ATTR_WDEV),
                 expected(NL80211_CMD_START_NAN, NL80211_ATTR_WDEV, 0x3));
        const Built nan = build(requests.startNan(0x3));
        const Netlink::AttributeTable nanTable(nan.generic.attributes, NL80211_ATTR_MAX);
        QCOMPARE(nanTable[NL80211_ATTR_NAN_MASTER_PREF]->u8(), std::uint8_t(2)); // 1 and 255 are reserved

        const Built change =
            build(requests.setInterfaceType(9, InterfaceType::Monitor, {MonitorFlag::FcsFail}));
        QCOMPARE(change.generic.command, std::uint8_t(NL80211_CMD_SET_INTERFACE));
        const Netlink::AttributeTable table(change.generic.attributes, NL80211_ATTR_MAX);
        QCOMPARE(table[NL80211_ATTR_IFINDEX]->u32(), 9u);
        QCOMPARE(table[NL80211_ATTR_IFTYPE]->u32(), std::uint32_t(NL80211_IFTYPE_MONITOR));
        QVERIFY(table.has(NL80211_ATTR_MNTR_FLAGS));
    }

    void linkUp_data()
    {
        QTest::addColumn<bool>("up");
        QTest::newRow("up") << true;
        QTest::newRow("down") << false;
    }

    void linkUp()
    {
        QFETCH(bool, up);
        const QByteArray data = Rtnetlink::setLinkUp(17, up).build(1);
        QString error;
        const auto messages = Netlink::splitMessages(Netlink::bytesOf(data), &error);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().type, std::uint16_t(RTM_NEWLINK));
        QCOMPARE(messages.first().flags, std::uint16_t(NLM_F_REQUEST | NLM_F_ACK));
        QVERIFY(messages.first().payload.size() >= sizeof(ifinfomsg));
        ifinfomsg info;
        std::memcpy(&info, messages.first().payload.data(), sizeof info);
        QCOMPARE(info.ifi_index, 17);
        QCOMPARE(info.ifi_change, unsigned(IFF_UP));
        QCOMPARE(info.ifi_flags, up ? unsigned(IFF_UP) : 0u);
    }

    void interfaceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("wlan0") << "wlan0" << true;
        QTest::newRow("15 bytes") << "abcdefghijklmno" << true;
        QTest::newRow("16 bytes") << "abcdefghijklmnop" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("slash") << "wlan/0" << false;
        QTest::newRow("space") << "wlan 0" << false;
        QTest::newRow("non-ascii") << QStringLiteral("wlän0") << false;
        QTest::newRow("newline at end") << "wlan0\n" << false;
        QTest::newRow("dot") << "." << false;
        QTest::newRow("dotdot") << ".." << false;
        QTest::newRow("colon") << "wlan0:1" << false;
        QTest::newRow("dashes and dots") << "ap-0.guest_1" << true;
    }

    void interfaceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(InterfaceName::isValid(name), valid);
    }

    void quotedNamesAreSafe()
    {
        QCOMPARE(InterfaceName::quoted(QStringLiteral("a\nb\"c")), QStringLiteral("\"a\\x0ab\\x22c\""));
        QCOMPARE(InterfaceName::quoted(QStringLiteral("wlä")), QStringLiteral("\"wl\\xe4\""));
        QVERIFY(InterfaceName::quoted(QString(100, QLatin1Char('x'))).endsWith(QStringLiteral("...\"")));
    }

    void macAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: refused
        QTest::newRow("lower") << "02:11:22:33:44:55" << "02:11:22:33:44:55";
        QTest::newRow("upper") << "02:AA:BB:CC:DD:EE" << "02:aa:bb:cc:dd:ee";
        QTest::newRow("dashes") << "02-11-22-33-44-55" << "";
        QTest::newRow("seven octets") << "02:11:22:33:44:55:66" << "";
        QTest::newRow("not hex") << "02:11:22:33:44:zz" << "";
        QTest::newRow("trailing space") << "02:11:22:33:44:55 " << "";
    }

    void macAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const auto octets = MacAddress::parse(text);
        QCOMPARE(octets ? MacAddress::format(*octets) : QString(), parsed);
    }

    void createRequests_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("message"); // the first problem; empty: allowed
        const QString nameRule = QStringLiteral("is not a valid interface name: use 1 to 15 characters");
        QTest::newRow("fine") << "sta1" << "station" << "" << "" << "";
        QTest::newRow("too long") << "abcdefghijklmnop" << "station" << "" << ""
                                  << QStringLiteral("\"abcdefghijklmnop\" ") + nameRule;
        QTest::newRow("slash") << "a/b" << "station" << "" << "" << QStringLiteral("\"a/b\" ") + nameRule;
        QTest::newRow("space") << "a b" << "station" << "" << "" << QStringLiteral("\"a b\" ") + nameRule;
        QTest::newRow("non-ascii") << QStringLiteral("wlän") << "station" << "" << ""
                                   << QStringLiteral("\"wl\\xe4n\" ") + nameRule;
        QTest::newRow("taken") << "wlan0" << "station" << "" << ""
                               << "an interface named wlan0 exists already";
        QTest::newRow("nan unsupported") << "nan0" << "nan" << "" << "" << "phy0 does not support NAN";
        QTest::newRow("ap-vlan") << "vlan0" << "ap-vlan" << "" << ""
                                 << "Airpane does not create AP-VLAN interfaces";
        QTest::newRow("wds unsupported") << "wds0" << "wds" << "" << "" << "phy0 does not support WDS";
        QTest::newRow("unspecified") << "x0" << "unspecified" << "" << "" << "choose an interface type";
        QTest::newRow("group address") << "sta1" << "station" << "03:11:22:33:44:55" << ""
                                       << "03:11:22:33:44:55 is a group or zero address";
        QTest::newRow("zero address") << "sta1" << "station" << "00:00:00:00:00:00" << ""
                                      << "00:00:00:00:00:00 is a group or zero address";
        QTest::newRow("garbage address")
            << "sta1" << "station" << "02:11" << "" << "\"02:11\" is not a MAC address";
        QTest::newRow("flags on a station") << "sta1" << "station" << "" << "control"
                                            << "monitor flags apply to monitor interfaces only";
        QTest::newRow("monitor flags")
            << "mon0" << "monitor" << "" << "fcsfail,plcpfail,control,otherbss,active"
            << "";
        QTest::newRow("cook alone") << "mon0" << "monitor" << "" << "cook" << "";
        QTest::newRow("cook with others")
            << "mon0" << "monitor" << "" << "cook,control"
            << "cooked monitor mode (cook) cannot be combined with other monitor flags";
        QTest::newRow("second p2p-device") << "p2p1" << "p2p-device" << "" << ""
                                           << "this radio allows 1 P2P-device and already has one (0x2)";
    }

    void createRequests()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, mac);
        QFETCH(QString, flags);
        QFETCH(QString, message);
        const RadioSituation situation = Situations::situation(
            QStringLiteral("hwsim"), QStringLiteral("station:wlan0=02:00:00:00:00:00 p2p-device:0x2"));
        CreateInterfaceRequest request;
        request.name = name;
        request.type = interfaceTypeFromKey(type).value_or(InterfaceType::Unspecified);
        request.mac = mac;
        for (const QString &key : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            request.monitorFlags.append(*monitorFlagFromKey(key));
        }
        const InterfaceVerdict verdict = RequestCheck::create(situation, request, {QStringLiteral("wlan0")});
        QCOMPARE(verdict.allowed, message.isEmpty());
        QVERIFY2(message.isEmpty() ? verdict.problems.isEmpty()
                                   : verdict.problems.value(0).startsWith(message),
                 qPrintable(verdict.problems.join(QStringLiteral(" | "))));
    }

    void radioFeaturesLimitRequests()
    {
        RadioSituation situation = Situations::situation(QStringLiteral("two-channels"), QString());
        situation.radio.name = QStringLiteral("phy7");
        situation.radio.featureFlags = 0;
        CreateInterfaceRequest request;
        request.name = QStringLiteral("mon0");
        request.type = InterfaceType::Monitor;
        request.mac = QStringLiteral("02:00:00:00:00:01");
        request.monitorFlags = {MonitorFlag::Active};
        const InterfaceVerdict verdict = RequestCheck::create(situation, request, {});
        QCOMPARE(verdict.problems,
                 (QStringList{QStringLiteral("phy7 cannot take an address when creating an interface"),
                              QStringLiteral("phy7 does not support active monitor mode")}));
    }

    void changeTypeRequests_data()
    {
        QTest::addColumn<QString>("interface"); // TYPE:LABEL as in Situations
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("station to ap") << "station:st1" << false << "ap" << "";
        QTest::newRow("up") << "station:st1" << true << "ap" << "st1 is up: bring it down first";
        QTest::newRow("to p2p-device") << "station:st1" << false << "p2p-device"
                                       << "an interface with a network device cannot become a P2P-device";
        QTest::newRow("to ocb beside a running station") << "station:st1" << false << "ocb"
                                                         << "OCB cannot run beside other interfaces";
        QTest::newRow("p2p-device itself") << "p2p-device:" << false << "station"
                                           << "wdev 0x9 is a P2P-device, which cannot change its type";
    }

    void changeTypeRequests()
    {
        QFETCH(QString, interface);
        QFETCH(bool, up);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const RadioSituation situation =
            Situations::situation(QStringLiteral("hwsim"), QStringLiteral("station:wlan0"));
        Interface target;
        target.wdev = 9;
        target.type = *interfaceTypeFromKey(interface.section(QLatin1Char(':'), 0, 0));
        target.name = interface.section(QLatin1Char(':'), 1);
        if (target.type != InterfaceType::P2pDevice) {
            target.ifindex = 40;
        }
        target.up = up;
        ChangeTypeRequest request;
        request.wdev = target.wdev;
        request.type = *interfaceTypeFromKey(type);
        const InterfaceVerdict verdict = RequestCheck::changeType(situation, target, request);
        QCOMPARE(verdict.allowed, message.isEmpty());
        QVERIFY2(message.isEmpty() ? verdict.problems.isEmpty()
                                   : verdict.problems.value(0).startsWith(message),
                 qPrintable(verdict.problems.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestInterfaceRequests)
#include "tst_interfacerequests.moc"
