// SPDX-License-Identifier: GPL-3.0-or-later
// Every decoder, fed recorded messages cut short, with lying lengths, with fixed-size attributes of
// the wrong size and with random corruption: an error, never a crash or a read out of bounds (the
// asan preset runs this under AddressSanitizer).
#include "recording.h"

#include "nl/attributes.h"
#include "nl80211/eventdecoder.h"
#include "nl80211/interfacedecoder.h"
#include "nl80211/regulatorydecoder.h"
#include "nl80211/stationdecoder.h"
#include "nl80211/surveydecoder.h"
#include "nl80211/wiphydecoder.h"
#include "scan/bssrecord.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <linux/nl80211.h>

#include <cstring>

using namespace Airpane;

namespace {

enum class Kind { Wiphy, Interface, Regulatory, Station, Survey, Scan };

// Decodes ATTRIBUTES as KIND; returns the decoder's error (empty on success).
QString decode(Kind kind, const QByteArray &attributes)
{
    const Netlink::Bytes bytes = Netlink::bytesOf(attributes);
    auto errorOf = [](const auto &result) {
        return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
    };
    switch (kind) {
    case Kind::Wiphy: {
        QMap<std::uint32_t, Radio> radios;
        return Nl80211::mergeWiphy(bytes, radios);
    }
    case Kind::Interface:
        return errorOf(Nl80211::decodeInterface(bytes));
    case Kind::Regulatory:
        return errorOf(Nl80211::decodeRegulatoryDomain(bytes));
    case Kind::Station:
        return errorOf(Nl80211::decodeStation(bytes));
    case Kind::Survey:
        return errorOf(Nl80211::decodeSurvey(bytes));
    case Kind::Scan: {
        Scan::BssRecord record;
        const char *error = Scan::decodeBssRecord(bytes, record);
        return error ? QString::fromLatin1(error) : QString();
    }
    }
    return {};
}

// The nests each decoder reads, and fixed-size attributes it reads, at the top level.
QList<std::uint16_t> decodedNests(Kind kind)
{
    switch (kind) {
    case Kind::Wiphy:
        return {NL80211_ATTR_WIPHY_BANDS,
                NL80211_ATTR_SUPPORTED_IFTYPES,
                NL80211_ATTR_INTERFACE_COMBINATIONS,
                NL80211_ATTR_SUPPORTED_COMMANDS,
                NL80211_ATTR_TX_FRAME_TYPES,
                NL80211_ATTR_RX_FRAME_TYPES,
                NL80211_ATTR_SOFTWARE_IFTYPES};
    case Kind::Regulatory:
        return {NL80211_ATTR_REG_RULES};
    case Kind::Station:
        return {NL80211_ATTR_STA_INFO};
    case Kind::Survey:
        return {NL80211_ATTR_SURVEY_INFO};
    case Kind::Scan:
        return {NL80211_ATTR_BSS};
    case Kind::Interface:
        return {};
    }
    return {};
}

QList<std::uint16_t> fixedSizeAttributes(Kind kind)
{
    switch (kind) {
    case Kind::Wiphy:
        return {NL80211_ATTR_WIPHY,
                NL80211_ATTR_GENERATION,
                NL80211_ATTR_MAX_NUM_SCAN_SSIDS,
                NL80211_ATTR_MAX_SCAN_IE_LEN,
                NL80211_ATTR_WIPHY_RETRY_SHORT,
                NL80211_ATTR_FEATURE_FLAGS,
                NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION,
                NL80211_ATTR_CIPHER_SUITES};
    case Kind::Interface:
        return {NL80211_ATTR_WDEV,
                NL80211_ATTR_WIPHY,
                NL80211_ATTR_IFTYPE,
                NL80211_ATTR_IFINDEX,
                NL80211_ATTR_MAC,
                NL80211_ATTR_WIPHY_FREQ,
                NL80211_ATTR_WIPHY_TX_POWER_LEVEL};
    case Kind::Regulatory:
        return {NL80211_ATTR_DFS_REGION};
    case Kind::Station:
        return {NL80211_ATTR_IFINDEX, NL80211_ATTR_MAC};
    case Kind::Survey:
        return {NL80211_ATTR_IFINDEX};
    case Kind::Scan:
        return {NL80211_ATTR_IFINDEX, NL80211_ATTR_WDEV, NL80211_ATTR_GENERATION};
    }
    return {};
}

struct Sample
{
    Kind kind;
    QString name;
    QByteArray attributes; // a message's attribute stream, owned
};

QList<Sample> samples()
{
    QList<Sample> result;
    const QDir root(QStringLiteral(AIRPANE_TEST_DATA_DIR "/nl80211"));
    for (const QString &scenario : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &file : QDir(root.filePath(scenario)).entryList({QStringLiteral("*.nl")})) {
            Kind kind;
            if (file == QLatin1String("wiphy.nl")) {
                kind = Kind::Wiphy;
            } else if (file == QLatin1String("interfaces.nl")) {
                kind = Kind::Interface;
            } else if (file == QLatin1String("reg.nl")) {
                kind = Kind::Regulatory;
            } else if (file.startsWith(QLatin1String("station-"))) {
                kind = Kind::Station;
            } else if (file.startsWith(QLatin1String("scan-"))) {
                kind = Kind::Scan;
            } else {
                kind = Kind::Survey;
            }
            const Recording recording(scenario, file.chopped(3));
            int number = 0;
            for (const Netlink::GenericMessage &message : recording.genericMessages()) {
                result.append({kind, QStringLiteral("%1/%2#%3").arg(scenario, file).arg(number++),
                               QByteArray(reinterpret_cast<const char *>(message.attributes.data()),
                                          qsizetype(message.attributes.size()))});
            }
        }
    }
    return result;
}

// Offsets at which a cut leaves whole top-level attributes.
QSet<qsizetype> boundaries(const QByteArray &attributes)
{
    QSet<qsizetype> result{0};
    const Netlink::AttributeList list(Netlink::bytesOf(attributes));
    for (const Netlink::Attribute &attribute : list) {
        const auto end = qsizetype(attribute.payload().data() + attribute.size() -
                                   reinterpret_cast<const std::uint8_t *>(attributes.constData()));
        // Anywhere in the alignment padding after an attribute leaves it whole.
        for (qsizetype padded = end; padded <= ((end + 3) & ~qsizetype(3)); ++padded) {
            result.insert(padded);
        }
    }
    return result;
}

// Offset of the first top-level attribute of TYPE, or -1.
qsizetype offsetOf(const QByteArray &attributes, std::uint16_t type)
{
    qsizetype offset = 0;
    while (offset + 4 <= attributes.size()) {
        std::uint16_t length;
        std::uint16_t found;
        std::memcpy(&length, attributes.constData() + offset, 2);
        std::memcpy(&found, attributes.constData() + offset + 2, 2);
        if ((found & 0x3fff) == type) {
            return offset;
        }
        offset += (length + 3) & ~3;
    }
    return -1;
}

} // namespace

class TestDecoderRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_samples = samples();
        QVERIFY(m_samples.size() > 50);
        for (const Sample &sample : std::as_const(m_samples)) {
            QVERIFY2(decode(sample.kind, sample.attributes).isEmpty(), qPrintable(sample.name));
        }
    }

    void truncationInsideAnAttributeIsAnError()
    {
        int cuts = 0;
        for (const Sample &sample : std::as_const(m_samples)) {
            const QSet<qsizetype> whole = boundaries(sample.attributes);
            for (qsizetype cut = 0; cut < sample.attributes.size(); ++cut) {
                // A copy of exactly CUT bytes: a read past it is a read out of bounds.
                const QByteArray truncated(sample.attributes.constData(), cut);
                const QString error = decode(sample.kind, truncated);
                if (!whole.contains(cut)) {
                    QVERIFY2(!error.isEmpty(),
                             qPrintable(QStringLiteral("%1 cut at %2").arg(sample.name).arg(cut)));
                }
                ++cuts;
            }
        }
        qInfo("%d truncations", cuts);
    }

    void lyingInnerLengthsAreErrors()
    {
        int lies = 0;
        for (const Sample &sample : std::as_const(m_samples)) {
            for (const std::uint16_t nest : decodedNests(sample.kind)) {
                const qsizetype outer = offsetOf(sample.attributes, nest);
                if (outer < 0) {
                    continue;
                }
                std::uint16_t outerLength;
                std::memcpy(&outerLength, sample.attributes.constData() + outer, 2);
                if (outerLength < 8) {
                    continue; // an empty nest
                }
                for (const std::uint16_t lie : {std::uint16_t(0), std::uint16_t(3), std::uint16_t(0xfff0)}) {
                    QByteArray corrupt = sample.attributes;
                    std::memcpy(corrupt.data() + outer + 4, &lie, 2); // the first inner attribute's length
                    QVERIFY2(!decode(sample.kind, corrupt).isEmpty(),
                             qPrintable(QStringLiteral("%1: nest %2, inner length %3")
                                            .arg(sample.name)
                                            .arg(nest)
                                            .arg(lie)));
                    ++lies;
                }
            }
        }
        QVERIFY(lies > 100);
    }

    void fixedSizeAttributesOfTheWrongSizeAreErrors()
    {
        int checked = 0;
        for (const Sample &sample : std::as_const(m_samples)) {
            for (const std::uint16_t type : fixedSizeAttributes(sample.kind)) {
                const qsizetype offset = offsetOf(sample.attributes, type);
                if (offset < 0) {
                    continue;
                }
                std::uint16_t length;
                std::memcpy(&length, sample.attributes.constData() + offset, 2);
                // One byte less: the attribute stays well-formed, its value does not.
                const std::uint16_t shorter = length - 1;
                QByteArray corrupt = sample.attributes;
                std::memcpy(corrupt.data() + offset, &shorter, 2);
                QVERIFY2(
                    !decode(sample.kind, corrupt).isEmpty(),
                    qPrintable(QStringLiteral("%1: attribute %2 one byte short").arg(sample.name).arg(type)));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void randomCorruptionNeverCrashes()
    {
        QRandomGenerator random(20261121);
        int errors = 0;
        int runs = 0;
        for (const Sample &sample : std::as_const(m_samples)) {
            for (int round = 0; round < 40; ++round) {
                QByteArray corrupt = sample.attributes;
                const int flips = 1 + random.bounded(8);
                for (int i = 0; i < flips && !corrupt.isEmpty(); ++i) {
                    corrupt[random.bounded(corrupt.size())] = char(random.bounded(256));
                }
                errors += decode(sample.kind, corrupt).isEmpty() ? 0 : 1;
                ++runs;
            }
        }
        qInfo("%d corrupted messages, %d rejected", runs, errors);
        QVERIFY(errors > 0);
    }

    void eventsSurviveCorruption()
    {
        QRandomGenerator random(7);
        for (const Sample &sample : std::as_const(m_samples)) {
            QByteArray corrupt = sample.attributes;
            for (int round = 0; round < 10; ++round) {
                corrupt[random.bounded(corrupt.size())] = char(random.bounded(256));
                Netlink::GenericMessage message;
                message.command = NL80211_CMD_NEW_INTERFACE;
                message.attributes = Netlink::bytesOf(corrupt);
                const auto event = Nl80211::decodeEvent(message);
                Q_UNUSED(event);
            }
        }
    }

private:
    QList<Sample> m_samples;
};

QTEST_GUILESS_MAIN(TestDecoderRobustness)
#include "tst_decoderrobustness.moc"
