// SPDX-License-Identifier: GPL-3.0-or-later
// A wiphy's own lines of `iw list` against airpane-cli's radio; the bands are in bandparity.cpp.
#include "parity.h"

#include <QRegularExpression>

namespace Airpane::Lab {
namespace {

// iw's sentence for each capability it prints, and the flag airpane-cli reports for it (in
// "featureFlags" for NL80211_ATTR_FEATURE_FLAGS bits, in "capabilityFlags" for flag attributes).
struct FlagSentence
{
    const char *sentence;
    const char *flag;
    const char *list;
};

constexpr FlagSentence flagSentences[] = {
    {"Device supports RSN-IBSS.", "IBSS_RSN", "capabilityFlags"},
    {"Device supports AP-side u-APSD.", "AP_UAPSD", "capabilityFlags"},
    {"Device supports T-DLS.", "TDLS", "capabilityFlags"},
    {"Device supports roaming.", "ROAM", "capabilityFlags"},
    {"Device supports TX status socket option.", "SK_TX_STATUS", "featureFlags"},
    {"Device supports HT-IBSS.", "HT_IBSS", "featureFlags"},
    {"Device has client inactivity timer.", "INACTIVITY_TIMER", "featureFlags"},
    {"Device accepts cell base station regulatory hints.", "CELL_BASE_REG_HINTS", "featureFlags"},
    {"P2P Device uses a channel (of the concurrent ones)", "P2P_DEVICE_NEEDS_CHANNEL", "featureFlags"},
    {"Device supports SAE with AUTHENTICATE command", "SAE", "featureFlags"},
    {"Device supports low priority scan.", "LOW_PRIORITY_SCAN", "featureFlags"},
    {"Device supports scan flush.", "SCAN_FLUSH", "featureFlags"},
    {"Device supports AP scan.", "AP_SCAN", "featureFlags"},
    {"Device supports per-vif TX power setting", "VIF_TXPOWER", "featureFlags"},
    {"Userspace should do OBSS scan and generate 20/40 coex reports", "NEED_OBSS_SCAN", "featureFlags"},
    {"P2P GO supports CT window setting", "P2P_GO_CTWIN", "featureFlags"},
    {"P2P GO supports opportunistic powersave setting", "P2P_GO_OPPPS", "featureFlags"},
    {"Driver supports full state transitions for AP/GO clients", "FULL_AP_CLIENT_STATE", "featureFlags"},
    {"Driver supports a userspace MPM", "USERSPACE_MPM", "featureFlags"},
    {"Device supports active monitor (which will ACK incoming frames)", "ACTIVE_MONITOR", "featureFlags"},
    {"Driver/device bandwidth changes during BSS lifetime (AP/GO mode)", "AP_MODE_CHAN_WIDTH_CHANGE",
     "featureFlags"},
    {"Device adds DS IE to probe requests", "DS_PARAM_SET_IE_IN_PROBES", "featureFlags"},
    {"Device adds WFA TPC Report IE to probe requests", "WFA_TPC_IE_IN_PROBES", "featureFlags"},
    {"Device supports quiet requests from AP", "QUIET", "featureFlags"},
    {"Device can update TPC Report IE", "TX_POWER_INSERTION", "featureFlags"},
    {"Device supports ACK timeout estimation.", "ACKTO_ESTIMATION", "featureFlags"},
    {"Device supports static SMPS", "STATIC_SMPS", "featureFlags"},
    {"Device supports dynamic SMPS", "DYNAMIC_SMPS", "featureFlags"},
    {"Device supports WMM-AC admission (TSPECs)", "SUPPORTS_WMM_ADMISSION", "featureFlags"},
    {"Device supports configuring vdev MAC-addr on create.", "MAC_ON_CREATE", "featureFlags"},
    {"Device supports TDLS channel switching", "TDLS_CHANNEL_SWITCH", "featureFlags"},
    {"Device supports randomizing MAC-addr in scans.", "SCAN_RANDOM_MAC_ADDR", "featureFlags"},
    {"Device supports randomizing MAC-addr in sched scans.", "SCHED_SCAN_RANDOM_MAC_ADDR", "featureFlags"},
    {"Device supports randomizing MAC-addr in net-detect scans.", "ND_RANDOM_MAC_ADDR", "featureFlags"},
};

// iw's channel width words (radar detect widths) as Airpane's keys.
QString widthKey(const QString &iw)
{
    if (iw == QLatin1String("20 MHz (no HT)")) {
        return QStringLiteral("20-noht");
    }
    return iw.endsWith(QLatin1String(" MHz")) ? iw.chopped(4) : QLatin1Char('?') + iw;
}

// A cipher as iw prints it: its name (iw calls SMS4 "WPI-SMS4") and suite, or the suite alone.
QString cipherLine(const QJsonObject &cipher)
{
    const QString suite = cipher[u"suite"].toString();
    if (cipher[u"name"].isNull()) {
        return suite;
    }
    const QString name = cipher[u"name"].toString();
    return QStringLiteral("%1 (%2)").arg(name == QLatin1String("SMS4") ? QStringLiteral("WPI-SMS4") : name,
                                         suite);
}

void compareNumbers(const IwPhy &iw, const QJsonObject &ours, ParityReport &report)
{
    struct Number
    {
        const char *iw;
        const char *ours;
        bool signed32; // iw prints this u32 with %d
    };
    static const Number numbers[] = {
        {"max # scan SSIDs:", "maxScanSsids", false},
        {"max scan IEs length:", "maxScanIeLength", false},
        {"max # sched scan SSIDs:", "maxSchedScanSsids", false},
        {"max # match sets:", "maxMatchSets", false},
        {"max # scan plans:", "maxScanPlans", true},
        {"max scan plan interval:", "maxScanPlanInterval", true},
        {"max scan plan iterations:", "maxScanPlanIterations", true},
        {"Coverage class:", "coverageClass", false},
        {"Maximum associated stations in AP mode:", "maxApStations", false},
    };
    for (const Number &number : numbers) {
        const auto value = iw.node.value(QLatin1String(number.iw));
        QJsonValue mine = ours[QLatin1String(number.ours)];
        if (number.signed32 && mine.isDouble()) {
            mine = asSigned32(mine);
        }
        report.compare(QLatin1String(number.iw).chopped(1), value ? iwNumber(*value) : std::nullopt, mine);
    }
    // iw leaves out thresholds that are off ((u32)-1).
    for (const auto &[prefix, key] : {std::pair{"Fragmentation threshold:", "fragmentationThreshold"},
                                      std::pair{"RTS threshold:", "rtsThreshold"}}) {
        const auto value = iw.node.value(QLatin1String(prefix));
        QJsonValue mine = ours[QLatin1String(key)];
        if (mine.toDouble() == 4294967295.0) {
            mine = QJsonValue();
        }
        report.compare(QLatin1String(prefix).chopped(1), value ? iwNumber(*value) : std::nullopt, mine);
    }
    // One line when both limits are equal.
    if (const auto both = iw.node.value(u"Retry short long limit:")) {
        report.compare(QStringLiteral("retry short limit"), iwNumber(*both), ours[u"retryShort"]);
        report.compare(QStringLiteral("retry long limit"), iwNumber(*both), ours[u"retryLong"]);
    } else {
        const auto shortLimit = iw.node.value(u"Retry short limit:");
        const auto longLimit = iw.node.value(u"Retry long limit:");
        report.compare(QStringLiteral("retry short limit"), shortLimit ? iwNumber(*shortLimit) : std::nullopt,
                       ours[u"retryShort"]);
        report.compare(QStringLiteral("retry long limit"), longLimit ? iwNumber(*longLimit) : std::nullopt,
                       ours[u"retryLong"]);
    }
    static const QRegularExpression antennas(QStringLiteral("TX (\\S+) RX (\\S+)"));
    const QJsonObject mine = ours[u"antennas"].toObject();
    for (const auto &[prefix, tx, rx] :
         {std::tuple{"Available Antennas:", "availableTx", "availableRx"},
          std::tuple{"Configured Antennas:", "configuredTx", "configuredRx"}}) {
        const auto value = iw.node.value(QLatin1String(prefix));
        const auto match = antennas.match(value.value_or(QString()));
        auto parse = [&](int group) -> std::optional<qint64> {
            return match.hasMatch() ? std::optional<qint64>(match.captured(group).toLongLong(nullptr, 0))
                                    : std::nullopt;
        };
        // iw prints a pair only when both are known.
        const bool both = !mine[QLatin1String(tx)].isNull() && !mine[QLatin1String(rx)].isNull();
        report.compare(QLatin1String(prefix) + QStringLiteral(" TX"), parse(1),
                       both ? mine[QLatin1String(tx)] : QJsonValue());
        report.compare(QLatin1String(prefix) + QStringLiteral(" RX"), parse(2),
                       both ? mine[QLatin1String(rx)] : QJsonValue());
    }
}

void compareFlags(const IwPhy &iw, const QJsonObject &ours, ParityReport &report)
{
    for (const FlagSentence &entry : flagSentences) {
        const IwNode *line = nullptr;
        for (const IwNode &child : iw.node.children) {
            if (child.text == QLatin1String(entry.sentence)) {
                line = &child;
                child.use();
            }
        }
        const bool mine = strings(ours[QLatin1String(entry.list)]).contains(QLatin1String(entry.flag));
        if (bool(line) != mine) {
            report.mismatch(QStringLiteral("%1 %2").arg(QLatin1String(entry.list), QLatin1String(entry.flag)),
                            line ? QStringLiteral("\"%1\"").arg(QLatin1String(entry.sentence))
                                 : QStringLiteral("(no line)"),
                            mine ? QStringLiteral("set") : QStringLiteral("not set"));
        }
    }
    QStringList extended;
    for (const QString &item : iw.items(u"Supported extended features:").value_or(QStringList())) {
        static const QRegularExpression name(QStringLiteral("^\\[ (\\S+) \\]"));
        extended.append(name.match(item).captured(1));
    }
    report.compare(QStringLiteral("extended features"), extended, strings(ours[u"extendedFeatures"]));
}

void compareLists(const IwPhy &iw, const QJsonObject &ours, ParityReport &report)
{
    QStringList ciphers;
    for (const QJsonValue cipher : ours[u"ciphers"].toArray()) {
        ciphers.append(cipherLine(cipher.toObject()));
    }
    report.compare(QStringLiteral("ciphers"), iw.items(u"Supported Ciphers:").value_or(QStringList()),
                   ciphers);
    report.compare(QStringLiteral("interface modes"),
                   iwTypeKeys(iw.items(u"Supported interface modes:").value_or(QStringList())),
                   strings(ours[u"interfaceTypes"]));
    report.compare(
        QStringLiteral("software interface modes"),
        iwTypeKeys(iw.items(u"software interface modes (can always be added):").value_or(QStringList())),
        strings(ours[u"softwareInterfaceTypes"]));
    report.compare(QStringLiteral("commands"), iw.items(u"Supported commands:").value_or(QStringList()),
                   strings(ours[u"commands"]));
    for (const auto &[section, key] : {std::pair{u"Supported TX frame types:", "txFrameTypes"},
                                       std::pair{u"Supported RX frame types:", "rxFrameTypes"}}) {
        QStringList iwTypes;
        for (const QString &item : iw.items(section).value_or(QStringList())) {
            const qsizetype colon = item.indexOf(QLatin1Char(':'));
            QStringList frames;
            for (const QString &frame : item.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                frames.append(QString::number(frame.toInt(nullptr, 16)));
            }
            iwTypes.append(iwTypeKey(item.left(colon)) + QLatin1Char('=') + frames.join(QLatin1Char(',')));
        }
        QStringList mine;
        const QJsonObject types = ours[QLatin1String(key)].toObject();
        for (auto it = types.begin(); it != types.end(); ++it) {
            if (!it.value().toArray().isEmpty()) { // iw leaves out types without frames
                mine.append(it.key() + QLatin1Char('=') + strings(it.value()).join(QLatin1Char(',')));
            }
        }
        iwTypes.sort();
        mine.sort();
        report.compare(QLatin1String(key), iwTypes, mine);
    }
}

void compareCombinations(const IwPhy &iw, const QJsonObject &ours, ParityReport &report)
{
    const QJsonArray mine = ours[u"combinations"].toArray();
    if (iw.node.value(u"interface combinations are not supported")) {
        report.compare(QStringLiteral("interface combinations"), qint64(0), QJsonValue(mine.size()));
        return;
    }
    // A combination wraps onto a second line, which the tree keeps as a child of the first.
    QStringList lines;
    if (const IwNode *section = iw.node.find(u"valid interface combinations:")) {
        section->useAll();
        for (const IwNode &combination : section->children) {
            QStringList parts{combination.text};
            for (const IwNode &wrapped : combination.children) {
                parts.append(wrapped.text);
            }
            lines.append(parts.join(QLatin1Char(' ')));
        }
    }
    report.compare(QStringLiteral("interface combinations"), qint64(lines.size()), QJsonValue(mine.size()));
    for (qsizetype i = 0; i < std::min(lines.size(), mine.size()); ++i) {
        const QString what = QStringLiteral("combination %1 ").arg(i + 1);
        const auto combination = parseIwCombination(lines[i]);
        if (!combination) {
            report.problem(what + QStringLiteral("cannot be parsed: ") + lines[i]);
            continue;
        }
        const QJsonObject theirs = mine[i].toObject();
        QStringList iwLimits;
        for (const IwCombination::Limit &limit : combination->limits) {
            iwLimits.append(iwTypeKeys(limit.types).join(QLatin1Char('+')) + QStringLiteral("<=") +
                            QString::number(limit.max));
        }
        QStringList ourLimits;
        for (const QJsonValue limit : theirs[u"limits"].toArray()) {
            ourLimits.append(strings(limit[u"types"]).join(QLatin1Char('+')) + QStringLiteral("<=") +
                             show(limit[u"max"]));
        }
        report.compare(what + QStringLiteral("limits"), iwLimits, ourLimits);
        report.compare(what + QStringLiteral("total"), combination->total, theirs[u"maxInterfaces"]);
        report.compare(what + QStringLiteral("#channels"), combination->channels, theirs[u"channels"]);
        report.compare(what + QStringLiteral("STA/AP BI must match"), combination->beaconIntervalsMatch,
                       theirs[u"staApBeaconIntervalMustMatch"].toBool());
        QStringList widths;
        for (const QString &width : combination->radarWidths) {
            widths.append(widthKey(width));
        }
        report.compare(what + QStringLiteral("radar detect widths"), widths,
                       strings(theirs[u"radarDetectWidths"]));
    }
}

// What iw prints of the HT capability mask: the MCS bytes and the fields one may override.
QStringList htOverrides(const QByteArray &mask)
{
    if (mask.isEmpty()) {
        return {};
    }
    if (mask.size() < 26) {
        return {QStringLiteral("(mask of %1 bytes)").arg(mask.size())};
    }
    QStringList lines{QStringLiteral("MCS: ") + QString::fromLatin1(mask.mid(3, 10).toHex(' '))};
    const unsigned capabilities = std::uint8_t(mask[0]) | std::uint8_t(mask[1]) << 8;
    const unsigned ampdu = std::uint8_t(mask[2]);
    const std::pair<bool, const char *> fields[] = {
        {(capabilities & 0x0800) != 0, "maximum A-MSDU length"},
        {(capabilities & 0x0002) != 0, "supported channel width"},
        {(capabilities & 0x0040) != 0, "short GI for 40 MHz"},
        {(ampdu & 0x03) != 0, "max A-MPDU length exponent"},
        {(ampdu & 0x1c) != 0, "min MPDU start spacing"},
    };
    for (const auto &[set, text] : fields) {
        if (set) {
            lines.append(QLatin1String(text));
        }
    }
    return lines;
}

} // namespace

void compareRadio(const IwPhy &iw, const QJsonObject &ours, ParityReport &report)
{
    report.compare(QStringLiteral("name"), iw.name, ours[u"name"].toString());
    report.compare(QStringLiteral("wiphy index"), iw.index(), ours[u"index"]);
    compareNumbers(iw, ours, report);
    compareFlags(iw, ours, report);
    compareLists(iw, ours, report);
    compareCombinations(iw, ours, report);
    report.compare(QStringLiteral("HT capability overrides"),
                   iw.items(u"HT Capability overrides:").value_or(QStringList()),
                   htOverrides(jsonHex(ours[u"htCapabilityMask"])));

    const QJsonArray bands = ours[u"bands"].toArray();
    QList<int> seen;
    for (const IwNode *band : iw.bands()) {
        const int number = int(iwNumber(band->text).value_or(0)) - 1;
        seen.append(number);
        const auto it = std::find_if(bands.begin(), bands.end(),
                                     [&](const QJsonValue &b) { return b[u"number"].toInt() == number; });
        if (it == bands.end()) {
            report.mismatch(band->text, QStringLiteral("printed"), QStringLiteral("no band %1").arg(number));
            continue;
        }
        compareBand(*band, it->toObject(), report);
    }
    for (const QJsonValue band : bands) {
        if (!seen.contains(band[u"number"].toInt())) {
            report.mismatch(QStringLiteral("band %1").arg(show(band[u"band"])),
                            QStringLiteral("(no section)"),
                            QStringLiteral("band %1").arg(band[u"number"].toInt()));
        }
    }
    report.uncompared(iw.node);
}

} // namespace Airpane::Lab
