// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanperturbations.h"

#include <QJsonDocument>

namespace Airpane::Lab {
namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + QByteArray("]")).array().first();
}

// The index of the first item of LIST with KEY, or -1.
qsizetype indexOf(const QJsonArray &list, const QString &key)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i][u"key"].toString() == key) {
            return i;
        }
    }
    return -1;
}

// Sets (or with REMOVE removes) the field at PATH in the list of fields of an element or the
// children of a field.
bool setField(QJsonArray &list, QStringList path, const QJsonValue &value, bool remove)
{
    const qsizetype at = indexOf(list, path.takeFirst());
    if (at < 0) {
        return false;
    }
    if (path.isEmpty() && remove) {
        list.removeAt(at);
        return true;
    }
    QJsonObject field = list[at].toObject();
    if (path.isEmpty()) {
        field[QLatin1String("value")] = value;
    } else {
        QJsonArray children = field[u"children"].toArray();
        if (!setField(children, path, value, remove)) {
            return false;
        }
        field[QLatin1String("children")] = children;
    }
    list[at] = field;
    return true;
}

} // namespace

const QList<ScanPerturbation> &scanPerturbations()
{
    // The values differ from what every lab access point (hostapd on mac80211_hwsim) sends.
    static const QList<ScanPerturbation> all{
        {"BSSID", "bss/bssid", "\"02:00:00:00:99:00\"", "BSSID"},
        {"status", "bss/status", "\"associated\"", "status"},
        {"frequency", "bss/frequency", "2417", "frequency"},
        {"TSF", "bss/tsf", "12345", "TSF"},
        {"beacon interval", "bss/beaconInterval", "200", "beacon interval"},
        {"capability", "bss/capability", "1", "capability"},
        {"signal", "bss/signalDbm", "-21.5", "signal"},
        {"last seen", "bss/lastSeenBoottimeNs", "1000000", "last seen (boottime)"},
        {"age", "bss/ageMs", "99999999", "age from boottime"},
        {"age younger than iw's", "bss/ageMs", "-1000", "age against SEEN_MS_AGO"},
        {"SSID text", "ssid/ssid", "\"Airpane\"", "text"},
        {"SSID bytes", "ssid@raw", "\"0007416972706168\"", "bytes"},
        {"basic rate", "supported-rates/basicRate", "\"2 Mb/s\"", "rates"},
        {"DS channel", "ds-parameter-set/channel", "\"13\"", "channel"},
        {"country power", "country/subband/maxPower", "\"20 dBm\"", "triplets"},
        {"country environment", "country/environment", "\"indoor\"", "country"},
        {"ERP", "erp/barkerPreambleMode", "\"no\"", "flags"},
        {"RSN AKM", "rsn/akmSuite", "\"PSK (00-0f-ac:6)\"", "RSN"},
        {"RSN group cipher", "rsn/groupCipher", "\"TKIP (00-0f-ac:2)\"", "RSN"},
        {"RSN replay counters", "rsn/capabilities/ptksaReplayCounters", "\"2\"", "RSN"},
        {"operating class", "supported-operating-classes/currentOperatingClass", "\"1\"",
         "operating classes"},
        {"HT SM power save", "ht-capabilities/capabilityInformation/smPowerSave", "\"static\"",
         "HT capabilities"},
        {"HT MCS", "ht-capabilities/supportedMcsSet/rxMcsIndexes", "\"0-7\"", "HT capabilities"},
        {"HT A-MPDU", "ht-capabilities/ampduParameters/maxAmpduLength", "\"8191 bytes\"", "HT capabilities"},
        {"HT primary channel", "ht-operation/primaryChannel", "\"99\"", "HT operation"},
        {"HT protection", "ht-operation/information2/htProtection", "\"nonmember\"", "HT operation"},
        {"extended capability", "-extended-capabilities/capabilities/ssidList", "null",
         "extended capabilities"},
        {"WMM AIFSN", "wmm-parameter/acBE/aifsn", "\"2\"", "WMM"},
        {"VHT segment", "vht-operation/centerFrequencySegment0", "\"58\"", "VHT operation"},
        {"VHT MCS", "vht-capabilities/supportedMcsSet/rxMcsMap/nss1", "\"MCS 0-7\"", "VHT capabilities"},
        {"transmit power", "transmit-power-envelope/maxTransmitPower20", "\"20 dBm\"", "transmit power"},
        {"TIM", "tim/dtimPeriod", "\"3\"", "TIM"},
        {"HE MAC", "he-capabilities/macCapabilities/multiTidAggregationRx", "\"3\"", "HE capabilities"},
        {"HE PHY", "-he-capabilities/phyCapabilities/ldpc", "null", "HE capabilities"},
        {"element dropped", "-ht-operation", "null", "HT operation"},
        {"element repeated", "+ds-parameter-set", "null", "DS Parameter set"},
    };
    return all;
}

QString perturbedElement(const ScanPerturbation &change)
{
    QString path = QLatin1String(change.path);
    if (path.startsWith(QLatin1String("bss/"))) {
        return {};
    }
    if (path.startsWith(QLatin1Char('-')) || path.startsWith(QLatin1Char('+'))) {
        path.remove(0, 1);
    }
    return path.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('@'), 0, 0);
}

bool perturb(QJsonObject &bss, const ScanPerturbation &change)
{
    QString path = QLatin1String(change.path);
    const QJsonValue value = parse(change.value);
    if (path.startsWith(QLatin1String("bss/"))) {
        bss[path.mid(4)] = value;
        return true;
    }
    const bool remove = path.startsWith(QLatin1Char('-'));
    const bool repeat = path.startsWith(QLatin1Char('+'));
    if (remove || repeat) {
        path.remove(0, 1);
    }
    QJsonArray elements = bss[u"decodedElements"].toArray();
    const qsizetype at = indexOf(elements, perturbedElement(change));
    if (at < 0) {
        return false;
    }
    QStringList steps = path.split(QLatin1Char('/'));
    steps.removeFirst();
    if (repeat) {
        elements.insert(at + 1, elements[at]);
    } else if (remove && steps.isEmpty()) {
        elements.removeAt(at);
    } else if (path.contains(QLatin1Char('@'))) {
        QJsonObject element = elements[at].toObject();
        element[path.section(QLatin1Char('@'), 1)] = value;
        elements[at] = element;
    } else {
        QJsonObject element = elements[at].toObject();
        QJsonArray fields = element[u"fields"].toArray();
        if (!setField(fields, steps, value, remove)) {
            return false;
        }
        element[QLatin1String("fields")] = fields;
        elements[at] = element;
    }
    bss[QLatin1String("decodedElements")] = elements;
    return true;
}

} // namespace Airpane::Lab
