// SPDX-License-Identifier: GPL-3.0-or-later
#include "wifinames.h"

#include <QLocale>

namespace Airpane {

QString WifiNames::interfaceType(const QString &key)
{
    if (key == QLatin1String("adhoc")) {
        return tr("Ad-hoc (IBSS)");
    }
    if (key == QLatin1String("station")) {
        return tr("Station");
    }
    if (key == QLatin1String("ap")) {
        return tr("Access point");
    }
    if (key == QLatin1String("ap-vlan")) {
        return tr("AP VLAN");
    }
    if (key == QLatin1String("wds")) {
        return tr("WDS");
    }
    if (key == QLatin1String("monitor")) {
        return tr("Monitor");
    }
    if (key == QLatin1String("mesh-point")) {
        return tr("Mesh point");
    }
    if (key == QLatin1String("p2p-client")) {
        return tr("P2P client");
    }
    if (key == QLatin1String("p2p-go")) {
        return tr("P2P group owner");
    }
    if (key == QLatin1String("p2p-device")) {
        return tr("P2P device");
    }
    if (key == QLatin1String("ocb")) {
        return tr("OCB (outside a BSS)");
    }
    if (key == QLatin1String("nan")) {
        return tr("NAN");
    }
    return key;
}

QString WifiNames::interfaceTypeExplanation(const QString &key)
{
    if (key == QLatin1String("adhoc")) {
        return tr("Joins a network of equals, without an access point.");
    }
    if (key == QLatin1String("station")) {
        return tr("Joins a network as a client.");
    }
    if (key == QLatin1String("ap")) {
        return tr("Runs a network that others join.");
    }
    if (key == QLatin1String("ap-vlan")) {
        return tr("Puts some of an access point's clients into their own VLAN.");
    }
    if (key == QLatin1String("wds")) {
        return tr("A wireless bridge to another access point.");
    }
    if (key == QLatin1String("monitor")) {
        return tr("Captures the frames on a channel, for analysis.");
    }
    if (key == QLatin1String("mesh-point")) {
        return tr("Joins an 802.11s mesh network.");
    }
    if (key == QLatin1String("p2p-client")) {
        return tr("Joins a Wi-Fi Direct group.");
    }
    if (key == QLatin1String("p2p-go")) {
        return tr("Runs a Wi-Fi Direct group that others join.");
    }
    if (key == QLatin1String("p2p-device")) {
        return tr("Finds Wi-Fi Direct peers and negotiates groups; it has no network device.");
    }
    if (key == QLatin1String("ocb")) {
        return tr("Talks outside any network, as vehicles do (802.11p).");
    }
    if (key == QLatin1String("nan")) {
        return tr("Neighbour awareness networking: finds services nearby.");
    }
    return {};
}

QString WifiNames::band(const QString &key)
{
    if (key == QLatin1String("2.4GHz")) {
        return tr("2.4 GHz");
    }
    if (key == QLatin1String("5GHz")) {
        return tr("5 GHz");
    }
    if (key == QLatin1String("6GHz")) {
        return tr("6 GHz");
    }
    if (key == QLatin1String("60GHz")) {
        return tr("60 GHz");
    }
    if (key == QLatin1String("S1GHz")) {
        return tr("Sub-1 GHz");
    }
    if (key == QLatin1String("LC")) {
        return tr("Light communication");
    }
    return key;
}

QString WifiNames::width(const QString &key)
{
    if (key == QLatin1String("20-noht")) {
        return tr("20 MHz (no HT)");
    }
    if (key.isEmpty() || key == QLatin1String("unknown")) {
        return tr("unknown");
    }
    return tr("%1 MHz").arg(key);
}

QString WifiNames::channelFlag(const QString &key)
{
    if (key == QLatin1String("no-ir")) {
        return tr("No initiating radiation");
    }
    if (key == QLatin1String("radar")) {
        return tr("Radar detection");
    }
    if (key == QLatin1String("indoor-only")) {
        return tr("Indoors only");
    }
    if (key == QLatin1String("no-ht40-minus")) {
        return tr("No HT40−");
    }
    if (key == QLatin1String("no-ht40-plus")) {
        return tr("No HT40+");
    }
    if (key == QLatin1String("no-80mhz")) {
        return tr("No 80 MHz");
    }
    if (key == QLatin1String("no-160mhz")) {
        return tr("No 160 MHz");
    }
    if (key == QLatin1String("no-320mhz")) {
        return tr("No 320 MHz");
    }
    if (key == QLatin1String("no-he")) {
        return tr("No HE");
    }
    if (key == QLatin1String("no-eht")) {
        return tr("No EHT");
    }
    if (key == QLatin1String("no-20mhz")) {
        return tr("No 20 MHz");
    }
    if (key == QLatin1String("no-10mhz")) {
        return tr("No 10 MHz");
    }
    if (key == QLatin1String("ir-concurrent")) {
        return tr("Radiation with another link");
    }
    if (key == QLatin1String("dfs-concurrent")) {
        return tr("DFS with another link");
    }
    return key;
}

QString WifiNames::channelFlagExplanation(const QString &key)
{
    if (key == QLatin1String("no-ir")) {
        return tr("The radio may not start transmitting here on its own: no beacons, no probe requests, no "
                  "access point. It may answer once it hears a network.");
    }
    if (key == QLatin1String("radar")) {
        return tr("Radars use this channel: before transmitting, the radio must listen for them (channel "
                  "availability check) and leave when it hears one.");
    }
    if (key == QLatin1String("indoor-only")) {
        return tr("The regulatory domain allows this channel indoors only.");
    }
    if (key == QLatin1String("no-ht40-minus") || key == QLatin1String("no-ht40-plus")) {
        return tr("No 40 MHz channel with its secondary 20 MHz below (−) or above (+) this one.");
    }
    if (key == QLatin1String("no-80mhz") || key == QLatin1String("no-160mhz") ||
        key == QLatin1String("no-320mhz") || key == QLatin1String("no-20mhz") ||
        key == QLatin1String("no-10mhz")) {
        return tr("Channels of this width may not include this one.");
    }
    if (key == QLatin1String("no-he") || key == QLatin1String("no-eht")) {
        return tr("Wi-Fi 6 (HE) or Wi-Fi 7 (EHT) operation is not allowed here.");
    }
    if (key == QLatin1String("ir-concurrent") || key == QLatin1String("dfs-concurrent")) {
        return tr("Allowed when another interface of the radio already operates here under the rules.");
    }
    return {};
}

QString WifiNames::dfsState(const QString &key)
{
    if (key == QLatin1String("usable")) {
        return tr("Usable after a check");
    }
    if (key == QLatin1String("available")) {
        return tr("Available (checked)");
    }
    if (key == QLatin1String("unavailable")) {
        return tr("Unavailable (radar seen)");
    }
    return key;
}

QString WifiNames::eventKind(const QString &key)
{
    if (key == QLatin1String("radio")) {
        return tr("Radio");
    }
    if (key == QLatin1String("interface")) {
        return tr("Interface");
    }
    if (key == QLatin1String("scan")) {
        return tr("Scan");
    }
    if (key == QLatin1String("regulatory")) {
        return tr("Regulatory");
    }
    if (key == QLatin1String("connection")) {
        return tr("Connection");
    }
    if (key == QLatin1String("station")) {
        return tr("Station");
    }
    if (key == QLatin1String("frame")) {
        return tr("Frame");
    }
    if (key == QLatin1String("other")) {
        return tr("Other");
    }
    return key;
}

std::optional<int> WifiNames::channelNumber(int mhz)
{
    if (mhz == 2484) {
        return 14;
    }
    if (mhz >= 2412 && mhz <= 2472) {
        return (mhz - 2407) / 5;
    }
    if (mhz == 5935) {
        return 2;
    }
    if (mhz >= 5955 && mhz <= 7115) {
        return (mhz - 5950) / 5;
    }
    if (mhz >= 5000 && mhz <= 5900) {
        return (mhz - 5000) / 5;
    }
    if (mhz >= 4910 && mhz <= 4980) {
        return (mhz - 4000) / 5;
    }
    if (mhz >= 58320 && mhz <= 70200) {
        return (mhz - 56160) / 2160;
    }
    return std::nullopt;
}

QString WifiNames::channel(int mhz)
{
    if (const auto number = channelNumber(mhz)) {
        return tr("%1 (%2 MHz)").arg(*number).arg(mhz);
    }
    return tr("%1 MHz").arg(mhz);
}

QString WifiNames::power(double dbm)
{
    return tr("%1 dBm").arg(QLocale().toString(dbm, 'g', 4));
}

} // namespace Airpane
