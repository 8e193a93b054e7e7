// SPDX-License-Identifier: GPL-3.0-or-later
// HE Capabilities: iw's lines (util.c's __print_he_capa) from airpane-cli's decoded MAC and PHY
// subfields, by a table of airpane-cli's key and iw's text for each.
#include "scanparity.h"

namespace Airpane::Lab {
namespace {

struct Name
{
    const char *key; // airpane-cli's
    const char *iw;  // iw's line; a mask ("Name: value") when MASK
    bool mask;
};

const Name macNames[] = {
    {"htcHe", "+HTC HE Supported", false},
    {"twtRequester", "TWT Requester", false},
    {"twtResponder", "TWT Responder", false},
    {"dynamicFragmentation", "Dynamic BA Fragementation Level", true},
    {"maxFragmentedMsdusExponent", "Maximum number of MSDUS Fragments", true},
    {"minFragmentSize", "Minimum Payload size of 128 bytes", true},
    {"triggerFramePadding", "Trigger Frame MAC Padding Duration", true},
    {"multiTidAggregationRx", "Multi-TID Aggregation Support", true},
    {"allAck", "All Ack", false},
    {"trs", "TRS", false},
    {"bsr", "BSR", false},
    {"broadcastTwt", "Broadcast TWT", false},
    {"ba32Bit", "32-bit BA Bitmap", false},
    {"muCascading", "MU Cascading", false},
    {"ackEnabledAggregation", "Ack-Enabled Aggregation", false},
    {"omControl", "OM Control", false},
    {"ofdmaRa", "OFDMA RA", false},
    {"maxAmpduLengthExponentExtension", "Maximum A-MPDU Length Exponent", true},
    {"amsduFragmentation", "A-MSDU Fragmentation", false},
    {"flexibleTwtSchedule", "Flexible TWT Scheduling", false},
    {"rxControlFrameToMultiBss", "RX Control Frame to MultiBSS", false},
    {"bsrpBqrpAmpdu", "BSRP BQRP A-MPDU Aggregation", false},
    {"qtp", "QTP", false},
    {"bqr", "BQR", false},
    {"psrResponder", "SRP Responder Role", false},
    {"ndpFeedbackReport", "NDP Feedback Report", false},
    {"ops", "OPS", false},
    {"amsduInAckEnabledAmpdu", "A-MSDU in A-MPDU", false},
    {"multiTidAggregationTx", "Multi-TID Aggregation TX", true},
    {"subchannelSelectiveTransmission", "HE Subchannel Selective Transmission", false},
    {"ul2x996ToneRu", "UL 2x996-Tone RU", false},
    {"omControlUlMuDataDisableRx", "OM Control UL MU Data Disable RX", false},
};

const Name phyNames[] = {
    {"he40In2g", "HE40/2.4GHz", false},
    {"he40And80In5g", "HE40/HE80/5GHz", false},
    {"he160In5g", "HE160/5GHz", false},
    {"he80Plus80In5g", "HE160/HE80+80/5GHz", false},
    {"ru242In2g", "242 tone RUs/2.4GHz", false},
    {"ru242In5g", "242 tone RUs/5GHz", false},
    {"puncturedPreambleRx", "Punctured Preamble RX", true},
    {"deviceClass", "Device Class", true},
    {"ldpc", "LDPC Coding in Payload", false},
    {"suPpdu1xLtf08Gi", "HE SU PPDU with 1x HE-LTF and 0.8us GI", false},
    {"midambleMaxNsts", "Midamble Rx Max NSTS", true},
    {"ndp4xLtf32Gi", "NDP with 4x HE-LTF and 3.2us GI", false},
    {"stbcTx80", "STBC Tx <= 80MHz", false},
    {"stbcRx80", "STBC Rx <= 80MHz", false},
    {"dopplerTx", "Doppler Tx", false},
    {"dopplerRx", "Doppler Rx", false},
    {"fullBandwidthUlMuMimo", "Full Bandwidth UL MU-MIMO", false},
    {"partialBandwidthUlMuMimo", "Partial Bandwidth UL MU-MIMO", false},
    {"dcmMaxConstellationTx", "DCM Max Constellation", true},
    {"dcmMaxNssTx", "DCM Max NSS Tx", true},
    {"dcmMaxConstellationRx", "DCM Max Constellation Rx", true},
    {"dcmMaxNssRx", "DCM Max NSS Rx", true},
    {"rxPartialBw20MhzMuPpdu", "Rx HE MU PPDU from Non-AP STA", false},
    {"suBeamformer", "SU Beamformer", false},
    {"suBeamformee", "SU Beamformee", false},
    {"muBeamformer", "MU Beamformer", false},
    {"beamformeeSts80", "Beamformee STS <= 80MHz", true},
    {"beamformeeSts160", "Beamformee STS > 80MHz", true},
    {"soundingDimensions80", "Sounding Dimensions <= 80MHz", true},
    {"soundingDimensions160", "Sounding Dimensions > 80MHz", true},
    {"ng16SuFeedback", "Ng = 16 SU Feedback", false},
    {"ng16MuFeedback", "Ng = 16 MU Feedback", false},
    {"codebook42SuFeedback", "Codebook Size SU Feedback", false},
    {"codebook75MuFeedback", "Codebook Size MU Feedback", false},
    {"triggeredSuBeamformingFeedback", "Triggered SU Beamforming Feedback", false},
    {"triggeredMuBeamformingFeedback", "Triggered MU Beamforming Feedback", false},
    {"triggeredCqiFeedback", "Triggered CQI Feedback", false},
    {"partialBandwidthExtendedRange", "Partial Bandwidth Extended Range", false},
    {"partialBandwidthDlMuMimo", "Partial Bandwidth DL MU-MIMO", false},
    {"ppeThresholdsPresent", "PPE Threshold Present", false},
    {"psrBasedSr", "SRP-based SR", false},
    {"powerBoostFactor", "Power Boost Factor ar", false},
    {"ppdu4xLtf08Gi", "HE SU PPDU & HE PPDU 4x HE-LTF 0.8us GI", false},
    {"maxNc", "Max NC", true},
    {"stbcTx160", "STBC Tx > 80MHz", false},
    {"stbcRx160", "STBC Rx > 80MHz", false},
    {"erSu4xLtf08Gi", "HE ER SU PPDU 4x HE-LTF 0.8us GI", false},
    {"he20In40In2g", "20MHz in 40MHz HE PPDU 2.4GHz", false},
    {"he20In160", "20MHz in 160/80+80MHz HE PPDU", false},
    {"he80In160", "80MHz in 160/80+80MHz HE PPDU", false},
    {"erSu1xLtf08Gi", "HE ER SU PPDU 1x HE-LTF 0.8us GI", false},
    {"midamble2xAnd1xLtf", "Midamble Rx 2x & 1x HE-LTF", false},
    {"dcmMaxRu", "DCM Max BW", true},
    {"longerThan16SigB", "Longer Than 16HE SIG-B OFDM Symbols", false},
    {"nonTriggeredCqiFeedback", "Non-Triggered CQI Feedback", false},
    {"tx1024QamSmallRu", "TX 1024-QAM", false},
    {"rx1024QamSmallRu", "RX 1024-QAM", false},
    {"rxFullBwCompressedSigB", "RX Full BW SU Using HE MU PPDU with Compression SIGB", false},
    {"rxFullBwNonCompressedSigB", "RX Full BW SU Using HE MU PPDU with Non-Compression SIGB", false},
};

// iw's lines for a capability bitmap's subfields; the ones iw does not print are left out.
template<std::size_t N>
QStringList lines(const QJsonObject &bitmap, const Name (&names)[N])
{
    QStringList result;
    for (const QJsonValue child : bitmap[u"children"].toArray()) {
        const QString key = child[u"key"].toString();
        const auto name = std::find_if(std::begin(names), std::end(names),
                                       [&](const Name &n) { return key == QLatin1String(n.key); });
        if (name == std::end(names)) {
            continue;
        }
        const QString value = child[u"value"].toString();
        result.append(QStringLiteral("  ") + QLatin1String(name->iw) +
                      (name->mask ? QStringLiteral(": %1").arg(
                                        value == QLatin1String("yes") ? QStringLiteral("1") : value)
                                  : QString()));
    }
    return result;
}

} // namespace

void compareHeCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const QJsonObject mac = ourField(ours, QStringLiteral("macCapabilities"));
    const QJsonObject phy = ourField(ours, QStringLiteral("phyCapabilities"));
    // iw prints the MAC capabilities as three little-endian 16-bit words, the PHY ones as bytes.
    const QByteArray macBytes = QByteArray::fromHex(mac[u"value"].toString().toLatin1());
    QString words;
    for (int i = 0; i + 1 < macBytes.size(); i += 2) {
        words += QStringLiteral("%1").arg(std::uint8_t(macBytes[i + 1]) << 8 | std::uint8_t(macBytes[i]), 4,
                                          16, QLatin1Char('0'));
    }
    QStringList expected;
    expected << QStringLiteral("HE MAC Capabilities (0x%1):").arg(words) << lines(mac, macNames)
             << QStringLiteral("HE PHY Capabilities: (0x%1):").arg(phy[u"value"].toString())
             << lines(phy, phyNames);
    // Some iw versions print the HE-MCS maps as well; when this one does, they are compared too.
    const bool iwPrintsMcs = iw.find(u"HE RX MCS and NSS set") != nullptr;
    if (iwPrintsMcs) {
        const struct
        {
            const char *key;
            const char *width;
        } maps[] = {{"mcs80", "<= 80"}, {"mcs160", "160"}, {"mcs80Plus80", "80+80"}};
        for (const auto &map : maps) {
            const QJsonObject set = ourField(ours, QLatin1String(map.key));
            if (set.isEmpty()) {
                continue;
            }
            for (const char *direction : {"RX", "TX"}) {
                expected << QStringLiteral("HE %1 MCS and NSS set %2 MHz")
                                .arg(QLatin1String(direction), QLatin1String(map.width));
                const QJsonObject directionMap =
                    ourField(set, QLatin1String(direction) == QLatin1String("RX") ? QStringLiteral("rx")
                                                                                  : QStringLiteral("tx"));
                for (int nss = 1; nss <= 8; ++nss) {
                    expected << QStringLiteral("  %1 streams: %2")
                                    .arg(nss)
                                    .arg(ourValue(directionMap, QStringLiteral("nss%1").arg(nss)));
                }
            }
        }
    }
    compareChildLines(report, QStringLiteral("HE capabilities"), iw, expected);
}

} // namespace Airpane::Lab
