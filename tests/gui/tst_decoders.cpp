// SPDX-License-Identifier: GPL-3.0-or-later
// What the front end works out from the helper's data: HT/VHT/HE/EHT bits in words, whether
// interface combinations allow a set of interfaces (and on how many channels), why Wi-Fi Direct is
// unavailable, and the JSON conversion with and without null fields.
#include "recordedstate.h"

#include "client/jsonconversion.h"
#include "decode/combinationsolver.h"
#include "decode/hedecoder.h"
#include "decode/htdecoder.h"
#include "decode/p2pdiagnosis.h"

#include <QJsonDocument>
#include <QTest>

using namespace Airpane;

namespace {

QString value(const QList<CapabilityLine> &lines, const QString &name)
{
    for (const CapabilityLine &line : lines) {
        if (line.name == name) {
            return line.value;
        }
    }
    return QStringLiteral("<missing %1>").arg(name);
}

QStringList types(std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *key : keys) {
        list.append(QLatin1String(key));
    }
    return list;
}

// A radio like Intel's iwlwifi: one station, one AP or P2P group, one P2P device on two channels;
// or two stations and a P2P group on one.
Client::Radio iwlwifiLike()
{
    Client::Radio radio;
    radio.name = QStringLiteral("phy9");
    radio.interfaceTypes = types({"station", "ap", "p2p-client", "p2p-go", "p2p-device", "monitor"});
    radio.softwareInterfaceTypes = types({"monitor"});
    radio.commands = types({"new_interface", "start_p2p_device", "remain_on_channel"});
    radio.maxRemainOnChannelMs = 500;
    Client::Combination first;
    first.limits = {
        {1, types({"station"})}, {1, types({"ap", "p2p-client", "p2p-go"})}, {1, types({"p2p-device"})}};
    first.maxInterfaces = 3;
    first.channels = 2;
    Client::Combination second;
    second.limits = {
        {2, types({"station"})}, {1, types({"p2p-client", "p2p-go"})}, {1, types({"p2p-device"})}};
    second.maxInterfaces = 4;
    second.channels = 1;
    radio.combinations = {first, second};
    return radio;
}

Client::Interface interface(const char *type, std::optional<bool> up = true)
{
    Client::Interface result;
    result.type = QLatin1String(type);
    result.wdev = QStringLiteral("0x%1").arg(qHash(result.type), 0, 16);
    result.mac = QStringLiteral("02:00:00:00:09:00");
    if (result.type != QLatin1String("p2p-device")) {
        result.ifindex = 9;
        result.name = QStringLiteral("wlan9");
        result.up = up;
    }
    return result;
}

QStringList titles(const P2pDiagnosis &diagnosis, P2pDiagnosis::Level level)
{
    QStringList list;
    for (const P2pDiagnosis::Finding &finding : diagnosis.findings) {
        if (finding.level == level) {
            list.append(finding.title);
        }
    }
    return list;
}

} // namespace

class TestDecoders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htAndVhtOfTheLab()
    {
        const Test::Recorded recorded = Test::load();
        const Client::Band *band = recorded.radios[0].band(QStringLiteral("5GHz"));
        QVERIFY(band && band->ht && band->vht);
        const QList<CapabilityLine> ht = HtDecoder::ht(*band->ht);
        QCOMPARE(value(ht, QStringLiteral("Channel width")), QStringLiteral("20 and 40 MHz"));
        QCOMPARE(value(ht, QStringLiteral("Short guard interval")), QStringLiteral("20 MHz, 40 MHz"));
        QCOMPARE(value(ht, QStringLiteral("SM power save")), QStringLiteral("Disabled: all chains on"));
        QCOMPARE(value(ht, QStringLiteral("Largest A-MPDU")), QStringLiteral("65535 bytes"));
        QVERIFY(value(ht, QStringLiteral("Receive MCS")).startsWith(QStringLiteral("MCS 0–15")));
        for (const CapabilityLine &line : ht) {
            QVERIFY2(!line.explanation.isEmpty(), qPrintable(line.name));
        }
        const QList<CapabilityLine> vht = HtDecoder::vht(*band->vht); // 0x038004fa
        QCOMPARE(value(vht, QStringLiteral("Channel widths")), QStringLiteral("Up to 160 MHz and 80+80 MHz"));
        QCOMPARE(value(vht, QStringLiteral("Largest MPDU")), QStringLiteral("11454 bytes"));
        QCOMPARE(value(vht, QStringLiteral("Largest A-MPDU")), QStringLiteral("1048575 bytes"));
        QCOMPARE(value(vht, QStringLiteral("Short guard interval")), QStringLiteral("80 MHz, 160 MHz"));
        QCOMPARE(value(vht, QStringLiteral("SU beamformer")), QStringLiteral("No"));
    }

    void mcsMaps()
    {
        const int vht[3] = {7, 8, 9};
        const int he[3] = {7, 9, 11};
        QVERIFY(HtDecoder::mcsMap(0xfffa, he).startsWith(QStringLiteral("MCS 0–11 on 2 ")));
        QCOMPARE(HtDecoder::mcsMap(0xfff6, vht), QStringLiteral("1 SS: MCS 0–9, 2 SS: MCS 0–8"));
        QCOMPARE(HtDecoder::mcsMap(0xffff, vht), QStringLiteral("None"));
    }

    void heAndEhtOfTheLab()
    {
        const Test::Recorded recorded = Test::load();
        const Client::Band *five = recorded.radios[0].band(QStringLiteral("5GHz"));
        const QList<CapabilityLine> he = HeDecoder::he(*five->iftypeData[0].he, five->key); // phy 1cbfce...
        QCOMPARE(value(he, QStringLiteral("Channel widths")),
                 QStringLiteral("20 MHz, 40 MHz, 80 MHz, 160 MHz, 80+80 MHz"));
        QCOMPARE(value(he, QStringLiteral("LDPC coding")), QStringLiteral("Yes"));
        const Client::Band *two = recorded.radios[0].band(QStringLiteral("2.4GHz"));
        QCOMPARE(value(HeDecoder::he(*two->iftypeData[0].he, two->key), QStringLiteral("Channel widths")),
                 QStringLiteral("20 MHz, 40 MHz"));
        const Client::Band *six = recorded.radios[0].band(QStringLiteral("6GHz"));
        const Client::IftypeData &data = six->iftypeData[0];
        QVERIFY(data.eht && data.he6GhzCapabilities);
        QCOMPARE(value(HeDecoder::eht(*data.eht, *data.he, six->key), QStringLiteral("320 MHz channels")),
                 QStringLiteral("Yes"));
        QVERIFY(value(HeDecoder::eht(*data.eht, *data.he, six->key), QStringLiteral("Receive EHT-MCS"))
                    .contains(QStringLiteral("4096-QAM")));
        // mac80211_hwsim sets every bit of the field (0x3eff), which the standard leaves reserved.
        QCOMPARE(data.he6GhzCapabilities, 0x3eff);
        QCOMPARE(value(HeDecoder::he6Ghz(*data.he6GhzCapabilities), QStringLiteral("6 GHz: largest A-MPDU")),
                 QStringLiteral("1048575 bytes"));
        QCOMPARE(value(HeDecoder::he6Ghz(*data.he6GhzCapabilities), QStringLiteral("6 GHz: largest MPDU")),
                 QStringLiteral("Reserved"));
    }

    void combinations()
    {
        const Client::Radio radio = iwlwifiLike();
        const auto ask = [&](InterfaceCounts counts) { return CombinationSolver::answer(radio, counts); };
        // Station + AP + P2P: the AP and the P2P group share one place.
        QVERIFY(!ask({{QStringLiteral("station"), 1},
                      {QStringLiteral("ap"), 1},
                      {QStringLiteral("p2p-group"), 1},
                      {QStringLiteral("p2p-device"), 1}})
                     .possible);
        // Station + P2P group + P2P device: the first combination, on two channels.
        const CombinationSolver::Answer p2p = ask({{QStringLiteral("station"), 1},
                                                   {QStringLiteral("p2p-group"), 1},
                                                   {QStringLiteral("p2p-device"), 1}});
        QVERIFY(p2p.possible);
        QCOMPARE(p2p.combination, 0);
        QCOMPARE(p2p.channels, 2);
        QCOMPARE(p2p.counts.value(QStringLiteral("p2p-go")), 1);
        // Two stations and a P2P group: only the second, on one channel.
        const CombinationSolver::Answer two =
            ask({{QStringLiteral("station"), 2}, {QStringLiteral("p2p-group"), 1}});
        QVERIFY(two.possible);
        QCOMPARE(two.combination, 1);
        QCOMPARE(two.channels, 1);
        // Monitors are added in software: they never count.
        QVERIFY(ask({{QStringLiteral("station"), 1}, {QStringLiteral("monitor"), 5}}).possible);
        QVERIFY(!ask({{QStringLiteral("ap"), 2}}).possible);
        QVERIFY(!ask({{QStringLiteral("mesh-point"), 1}}).possible); // not a type it has

        // Limits sharing a type need the assignment, not a greedy choice.
        Client::Combination shared;
        shared.limits = {{1, types({"station", "ap"})}, {1, types({"ap"})}};
        shared.maxInterfaces = 2;
        QVERIFY(CombinationSolver::fits(shared, {{QStringLiteral("station"), 1}, {QStringLiteral("ap"), 1}}));
        QVERIFY(CombinationSolver::fits(shared, {{QStringLiteral("ap"), 2}}));
        QVERIFY(!CombinationSolver::fits(shared, {{QStringLiteral("station"), 2}}));
        QCOMPARE(CombinationSolver::maxOf(shared, QStringLiteral("ap")), 2);

        // No combinations: one interface at a time.
        Client::Radio plain = radio;
        plain.combinations.clear();
        QVERIFY(CombinationSolver::answer(plain, {{QStringLiteral("station"), 1}}).possible);
        QVERIFY(!CombinationSolver::answer(plain, {{QStringLiteral("station"), 1}, {QStringLiteral("ap"), 1}})
                     .possible);
    }

    void p2pDiagnosis()
    {
        const Client::Radio radio = iwlwifiLike();
        const P2pDiagnosis free = P2pDiagnosis::diagnose(radio, {interface("station")});
        QCOMPARE(free.verdict, P2pDiagnosis::Verdict::Available);
        QVERIFY(titles(free, P2pDiagnosis::Level::Good).contains(QStringLiteral("Room for Wi-Fi Direct")));

        Client::Radio noDevice = radio;
        noDevice.interfaceTypes.removeAll(QStringLiteral("p2p-device"));
        QCOMPARE(P2pDiagnosis::diagnose(noDevice, {}).verdict, P2pDiagnosis::Verdict::Unavailable);
        QVERIFY(titles(P2pDiagnosis::diagnose(noDevice, {}), P2pDiagnosis::Level::Problem)
                    .contains(QStringLiteral("No P2P device type")));
        Client::Radio nothing = noDevice;
        nothing.interfaceTypes = types({"station", "ap"});
        QVERIFY(titles(P2pDiagnosis::diagnose(nothing, {}), P2pDiagnosis::Level::Problem)
                    .contains(QStringLiteral("No Wi-Fi Direct in the driver")));

        // One interface at a time and a station running: no room for a P2P device.
        Client::Radio single = radio;
        single.combinations = {
            Client::Combination{{{1, types({"station", "p2p-device"})}}, 1, 1, false, {}, 0}};
        const P2pDiagnosis full = P2pDiagnosis::diagnose(single, {interface("station")});
        QCOMPARE(full.verdict, P2pDiagnosis::Verdict::Unavailable);
        QVERIFY(
            titles(full, P2pDiagnosis::Level::Problem).contains(QStringLiteral("No room for a P2P device")));

        // wpa_supplicant's P2P device: in use by another program.
        const P2pDiagnosis taken =
            P2pDiagnosis::diagnose(radio, {interface("station"), interface("p2p-device")});
        QCOMPARE(taken.verdict, P2pDiagnosis::Verdict::InUse);
        QVERIFY(taken.device.has_value());
        QVERIFY(titles(taken, P2pDiagnosis::Level::Problem)
                    .contains(QStringLiteral("Another program owns the P2P device")));

        // Every network interface down: a note.
        QVERIFY(
            titles(P2pDiagnosis::diagnose(radio, {interface("station", false)}), P2pDiagnosis::Level::Note)
                .contains(QStringLiteral("Radio down")));
        // No remain-on-channel: discovery cannot listen.
        Client::Radio deaf = radio;
        deaf.maxRemainOnChannelMs.reset();
        QCOMPARE(P2pDiagnosis::diagnose(deaf, {}).verdict, P2pDiagnosis::Verdict::Unavailable);
    }

    // The helper's diagnosis decides, and adds what the client cannot see; a problem both found is
    // shown once.
    void p2pDiagnosisWithTheHelpers()
    {
        const Client::Radio radio = iwlwifiLike();
        Client::P2pAvailability blocked{
            0,
            false,
            {{QStringLiteral("rfkill-soft"), QStringLiteral("phy0 is switched off."),
              QStringLiteral("Switch it on with rfkill unblock."), std::nullopt}}};
        const P2pDiagnosis off = P2pDiagnosis::diagnose(radio, {interface("station")}, QString(), blocked);
        QCOMPARE(off.verdict, P2pDiagnosis::Verdict::Unavailable);
        QVERIFY(titles(off, P2pDiagnosis::Level::Problem).contains(QStringLiteral("Radio switched off")));
        const auto rfkill = std::find_if(off.findings.begin(), off.findings.end(), [](const auto &finding) {
            return finding.key == QLatin1String("rfkill-soft");
        });
        QVERIFY(rfkill != off.findings.end());
        QCOMPARE(rfkill->detail, QStringLiteral("phy0 is switched off. Switch it on with rfkill unblock."));

        const Client::P2pAvailability taken{
            0, false, {{QStringLiteral("owned-by-other"), QStringLiteral("taken"), {}, std::nullopt}}};
        const P2pDiagnosis other =
            P2pDiagnosis::diagnose(radio, {interface("station"), interface("p2p-device")}, QString(), taken);
        QCOMPARE(other.verdict, P2pDiagnosis::Verdict::InUse);
        QCOMPARE(
            std::count_if(other.findings.begin(), other.findings.end(),
                          [](const auto &finding) { return finding.key == QLatin1String("owned-by-other"); }),
            1);
        QVERIFY(!other.owner);

        // On a desktop the helper names the owner: NetworkManager's wpa_supplicant, and what that
        // means for the user, once.
        Client::P2pAvailability desktop = taken;
        desktop.problems.first().owner = Client::P2pAvailability::Owner{
            QStringLiteral("wpa_supplicant"), 412, QStringLiteral("wpa_supplicant.service"),
            QStringLiteral("wlan0"), true};
        // The kernel gives a P2P device no network device, so no name (wpa_supplicant's
        // "p2p-dev-wlan0" is its own): the text names its wdev (the desktop lab showed "device  for").
        Client::Interface p2pDevice = interface("p2p-device");
        p2pDevice.name.clear();
        p2pDevice.wdev = QStringLiteral("0x2");
        const P2pDiagnosis named =
            P2pDiagnosis::diagnose(radio, {interface("station"), p2pDevice}, QString(), desktop);
        QCOMPARE(named.verdict, P2pDiagnosis::Verdict::InUse);
        QVERIFY(named.owner);
        QCOMPARE(P2pDiagnosis::ownerName(*named.owner), QStringLiteral("NetworkManager's wpa_supplicant"));
        const auto owned =
            std::find_if(named.findings.begin(), named.findings.end(),
                         [](const auto &finding) { return finding.key == QLatin1String("owned-by-other"); });
        QVERIFY(owned != named.findings.end());
        QCOMPARE(owned->title, QStringLiteral("NetworkManager's wpa_supplicant owns the P2P device"));
        QVERIFY2(
            owned->detail.startsWith(QStringLiteral("NetworkManager's wpa_supplicant (PID 412, "
                                                    "wpa_supplicant.service) runs this radio's P2P device "
                                                    "0x2 for wlan0. NetworkManager keeps wlan0 "
                                                    "connected through it")),
            qPrintable(owned->detail));
        QCOMPARE(
            std::count_if(named.findings.begin(), named.findings.end(),
                          [](const auto &finding) { return finding.key == QLatin1String("owned-by-other"); }),
            1);

        // Airpane's own P2P device: the helper counts it as taking the room, which is no news here.
        const Client::Interface own = interface("p2p-device");
        const Client::P2pAvailability full{0,
                                           false,
                                           {{QStringLiteral("no-room"),
                                             QStringLiteral("this radio allows 1 P2P-device"),
                                             {},
                                             std::nullopt}}};
        const P2pDiagnosis running =
            P2pDiagnosis::diagnose(radio, {interface("station"), own}, own.wdev, full);
        QCOMPARE(running.verdict, P2pDiagnosis::Verdict::Running);
        QVERIFY(titles(running, P2pDiagnosis::Level::Problem).isEmpty());
        // Someone else's: the helper's message, with a full stop before the remedy.
        Client::P2pAvailability noRoom = full;
        noRoom.problems.first().remedy = QStringLiteral("Remove an interface.");
        const P2pDiagnosis crowded = P2pDiagnosis::diagnose(radio, {interface("station")}, QString(), noRoom);
        QCOMPARE(crowded.verdict, P2pDiagnosis::Verdict::Unavailable);
        QVERIFY(std::any_of(crowded.findings.begin(), crowded.findings.end(), [](const auto &finding) {
            return finding.title == QLatin1String("No room for a P2P device") &&
                   finding.detail == QLatin1String("this radio allows 1 P2P-device. Remove an interface.");
        }));

        // The helper says yes where the client's reading of the combinations had doubts.
        Client::Radio single = radio;
        single.combinations = {
            Client::Combination{{{1, types({"station", "p2p-device"})}}, 1, 1, false, {}, 0}};
        QCOMPARE(P2pDiagnosis::diagnose(single, {interface("station")}, QString(),
                                        Client::P2pAvailability{0, true, {}})
                     .verdict,
                 P2pDiagnosis::Verdict::Available);
    }

    void jsonWithAndWithoutNulls()
    {
        const QList<QJsonObject> interfaces =
            Test::readJson(QStringLiteral("demo"), QStringLiteral("interfaces.json"));
        for (const QJsonObject &object : interfaces) {
            QCOMPARE(Client::interfaceFromJson(Test::overDbus(object)), Client::interfaceFromJson(object));
        }
        const Client::Interface device = Client::interfaceFromJson(interfaces[6]);
        QCOMPARE(device.type, QStringLiteral("p2p-device"));
        QVERIFY(!device.ifindex && device.name.isEmpty() && !device.up);
        const QList<QJsonObject> radios =
            Test::readJson(QStringLiteral("demo"), QStringLiteral("capabilities.json"));
        const Client::Radio radio = Client::radioFromJson(radios[0]);
        QCOMPARE(Client::radioFromJson(Test::overDbus(radios[0])), radio);
        QCOMPARE(radio.bands.size(), 4);
        QCOMPARE(radio.combinations.size(), 1);
        QCOMPARE(radio.combinations[0].maxInterfaces, 2050);
        QCOMPARE(radio.maxRemainOnChannelMs, std::optional<int>(5000));
        // A radio summary lists bands by key only.
        const Client::Radio summary = Client::radioFromJson(
            QJsonDocument::fromJson(R"({"index":3,"name":"phy3","bands":["2.4GHz","5GHz"]})").object());
        QCOMPARE(summary.bands.size(), 2);
        QCOMPARE(summary.bands[1].key, QStringLiteral("5GHz"));
    }
};

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
