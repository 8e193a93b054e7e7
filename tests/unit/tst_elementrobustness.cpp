// SPDX-License-Identifier: GPL-3.0-or-later
// inspect() and summarize() on every recorded element (and hand-built ones of the kinds the lab does
// not send) cut short at every byte, with every shorter length, and with random corruption: errors,
// never a crash or a read out of bounds (the asan preset runs this under AddressSanitizer), and
// offsets a hex view can trust.
#include "elementtesting.h"

#include "elements/elementsummary.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Airpane;
using namespace Airpane::Testing;

namespace {

// Kinds with inner structure that the lab's access points do not send.
const char *const handBuilt[] = {
    "dd380050f204 104a000110 10440001 02 10570001 01 10410001 01 10120002 0004 10530002 0188 "
    "10470010 00112233445566778899aabbccddeeff",
    "dd35506f9a09 02 0200 250b 0d 1700 020000000400 0188 00070050f2040004 00 1011 0002 5456 "
    "0c 0f00 018a 01 10270000 a0860100 00000000",
    "dd2e506f9a09 0e 1f00 1e 020000000400 020000000401 25 0188 00070050f2040004 00 1011 0002 5456 "
    "0b 0500 555304 51 00",
    "4710 03 000d 5302 1104 0004 74657374 5501 02",
    "ff1f 6b 3001 0b 02000000aa00 01 05 0100 000f 3200 07 02000000bb00 1104 00026162",
    "c914 0010 83 05 0a 020000000100 11223344 42 14 00 2100",
    "ff0b 6a 03 44444444 04 0f 2f 0400",
    "ff12 6c 0000 020000000000000000 443322 111111",
    "ff14 27 08 05 0a 0100000000000000 0200000000000000",
    "ff0e 26 00 03a408 27a408 424308 623208",
    "3032 0100 000fac04 0200 000fac04 000fac09 0200 000fac08 000fac09 cc00 0100 "
    "00112233445566778899aabbccddeeff 000fac06",
    "6b09 13 02 08 001122334455",
    "6f0a 00 33 506f9a 001bc5 04bd",
    "6c05 7f dd 02 0011",
    "7107 01 01 00 01 00 0a 09",
    "d90f 41 00000000000000 60 00 0000000000",
    "e806 03 44 01 02 fcff",
    "dd14 506f9a1c 020000000401 07 6c61622d6f7765 510b",
    "dd09 506f9a10 16 0100 0200",
    "4206 0a dd03 001122",
    "3b08 51 53 54 82 80 00 51 02",
};

// The elements of DATA, one by one.
QList<QByteArray> split(const QByteArray &data)
{
    QList<QByteArray> result;
    for (qsizetype at = 0; at + 2 <= data.size() && at + 2 + quint8(data[at + 1]) <= data.size();
         at += 2 + quint8(data[at + 1])) {
        result.append(data.mid(at, 2 + quint8(data[at + 1])));
    }
    return result;
}

QList<QByteArray> corpus()
{
    QSet<QByteArray> unique;
    for (const QString &scenario : recordedScenarios()) {
        for (const RecordedBss &bss : recordedBsses(scenario)) {
            for (const QByteArray &element : split(bss.elements) + split(bss.beaconElements)) {
                unique.insert(element);
            }
        }
    }
    for (const char *hex : handBuilt) {
        for (const QByteArray &element : split(QByteArray::fromHex(QByteArray(hex).replace(' ', "")))) {
            unique.insert(element);
        }
    }
    QList<QByteArray> result = unique.values();
    std::sort(result.begin(), result.end());
    return result;
}

// What a hex view relies on: elements end to end inside DATA, fields inside their element.
QString problems(const QByteArray &data, const QList<Elements::DecodedElement> &decoded)
{
    int expected = 0;
    for (const Elements::DecodedElement &element : decoded) {
        if (element.offset != expected || element.offset + element.length > data.size() ||
            element.raw != data.mid(element.offset, element.length)) {
            return QStringLiteral("element %1 at %2+%3 in %4 bytes")
                .arg(element.key)
                .arg(element.offset)
                .arg(element.length)
                .arg(data.size());
        }
        if (const QString fields = offsetProblems(element); !fields.isEmpty()) {
            return element.key + QStringLiteral(": ") + fields;
        }
        expected += element.length;
    }
    return expected == data.size()
               ? QString()
               : QStringLiteral("the elements cover %1 of %2 bytes").arg(expected).arg(data.size());
}

void summarize(const QByteArray &data, Elements::ElementSummary &summary)
{
    Elements::summarize(
        Elements::Bytes(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())),
        summary);
}

// A row name for ELEMENT, the INDEX-th: the number and the element's first bytes (ID, length, ...).
QByteArray rowName(const QByteArray &element, qsizetype index)
{
    return QStringLiteral("%1 %2").arg(index).arg(QString::fromLatin1(element.left(8).toHex())).toLatin1();
}

} // namespace

class TestElementRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(corpus().size() > 40, "the recordings are missing"); }

    // One row per distinct element of the recordings and the hand-built ones.
    void cutAtEveryByte_data()
    {
        QTest::addColumn<QByteArray>("element");
        const QList<QByteArray> elements = corpus();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            QTest::newRow(rowName(elements[i], i).constData()) << elements[i];
        }
    }

    // The data ends inside the element: the element says so, and nothing is read past the end.
    void cutAtEveryByte()
    {
        QFETCH(QByteArray, element);
        for (qsizetype cut = 1; cut < element.size(); ++cut) {
            const QByteArray data = QByteArray::fromHex("030106") + element.left(cut);
            const QList<Elements::DecodedElement> decoded = inspectBytes(data);
            QVERIFY2(problems(data, decoded).isEmpty(), qPrintable(problems(data, decoded)));
            QCOMPARE(decoded.size(), 2);
            QVERIFY(decoded[0].error.isEmpty());
            QVERIFY2(!decoded[1].error.isEmpty(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
            Elements::ElementSummary summary;
            summarize(data, summary);
            QVERIFY(summary.malformed);
        }
    }

    void everyShorterLength_data() { cutAtEveryByte_data(); }

    // The element's own length says less than its content needs: every shorter length.
    void everyShorterLength()
    {
        QFETCH(QByteArray, element);
        for (int length = 0; length < element.size() - 2; ++length) {
            QByteArray shorter = element.left(2 + length);
            shorter[1] = char(length);
            const QByteArray data = shorter + QByteArray::fromHex("030106");
            const QList<Elements::DecodedElement> decoded = inspectBytes(data);
            QVERIFY2(problems(data, decoded).isEmpty(),
                     qPrintable(QString::fromLatin1(shorter.toHex()) + QStringLiteral(": ") +
                                problems(data, decoded)));
            // Whatever the element made of it, the next one decodes.
            QCOMPARE(decoded.last().key, QStringLiteral("ds-parameter-set"));
            QVERIFY(decoded.last().error.isEmpty());
            Elements::ElementSummary summary;
            summarize(data, summary);
            QVERIFY2(summary.dsChannel == 6, qPrintable(QString::fromLatin1(shorter.toHex())));
        }
    }

    // The walk over a frame's elements (the summary's and the inspector's) past what is malformed
    // but has a sound length, and where it has to stop. KEYS are the inspector's elements, "!"
    // after the ones with an error.
    void walk_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("dsChannel");
        QTest::addColumn<bool>("malformed");
        QTest::addColumn<QString>("keys");
        const auto row = [](const char *name, const char *hex, int channel, bool malformed,
                            const char *keys) {
            QTest::newRow(name) << QByteArray::fromHex(QByteArray(hex).replace(' ', "")) << channel
                                << malformed << QString::fromLatin1(keys);
        };
        row("sound", "030106", 6, false, "ds-parameter-set");
        row("extension without its ID first", "ff00 030106", 6, true, "extension! ds-parameter-set");
        row("two of them", "ff00 ff00 030106", 6, true, "extension! extension! ds-parameter-set");
        row("one at the end", "030106 ff00", 6, true, "ds-parameter-set extension!");
        row("an RSN after it", "ff00 3014 0100 000fac04 0100 000fac04 0100 000fac02 0000 030106", 6, true,
            "extension! rsn ds-parameter-set");
        row("a length past the end stops", "0305 06 030106", 0, true, "ds-parameter-set!");
        row("a lone byte at the end", "030106 dd", 6, true, "ds-parameter-set truncated!");
    }

    void walk()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, dsChannel);
        QFETCH(bool, malformed);
        QFETCH(QString, keys);
        Elements::ElementSummary summary;
        summarize(data, summary);
        QCOMPARE(int(summary.dsChannel), dsChannel);
        QCOMPARE(summary.malformed, malformed);
        const QList<Elements::DecodedElement> decoded = inspectBytes(data);
        QStringList decodedKeys;
        for (const Elements::DecodedElement &element : decoded) {
            decodedKeys.append(element.key + (element.error.isEmpty() ? QString() : QStringLiteral("!")));
        }
        QCOMPARE(decodedKeys.join(QLatin1Char(' ')), keys);
        QVERIFY2(problems(data, decoded).isEmpty(), qPrintable(problems(data, decoded)));
    }

    // One row per whole recorded or hand-built frame, each with its own fixed seed: a failure can
    // be replayed.
    void randomCorruption_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<quint32>("seed");
        QSet<QByteArray> frames;
        for (const QString &scenario : recordedScenarios()) {
            for (const RecordedBss &bss : recordedBsses(scenario)) {
                frames.insert(bss.elements);
            }
        }
        for (const char *hex : handBuilt) {
            frames.insert(QByteArray::fromHex(QByteArray(hex).replace(' ', "")));
        }
        // In a fixed order (a QSet's changes between runs), so that a row's seed stays its own.
        QList<QByteArray> ordered = frames.values();
        std::sort(ordered.begin(), ordered.end());
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            QTest::newRow(rowName(ordered[i], i).constData()) << ordered[i] << quint32(i + 1);
        }
    }

    // Random bytes overwritten, lengths included.
    void randomCorruption()
    {
        QFETCH(QByteArray, frame);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        int errors = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray data = frame;
            const int changes = 1 + random.bounded(4);
            for (int i = 0; i < changes; ++i) {
                data[random.bounded(int(data.size()))] = char(random.bounded(256));
            }
            const QList<Elements::DecodedElement> decoded = inspectBytes(data);
            QVERIFY2(problems(data, decoded).isEmpty(),
                     qPrintable(QString::fromLatin1(data.toHex()) + QStringLiteral(": ") +
                                problems(data, decoded)));
            errors +=
                int(std::count_if(decoded.cbegin(), decoded.cend(),
                                  [](const Elements::DecodedElement &e) { return !e.error.isEmpty(); }));
            Elements::ElementSummary summary;
            summarize(data, summary);
        }
        // Corruption is noticed (often, not always: many bytes have no invalid values).
        QVERIFY2(errors > 10, qPrintable(QString::number(errors)));
    }

    void randomData_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {1u, 2u, 3u, 4u}) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    // Everything at once, as a fuzzer would start: random lengths of random bytes.
    void randomData()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        for (int round = 0; round < 50000; ++round) {
            QByteArray data(random.bounded(64), Qt::Uninitialized);
            for (char &byte : data) {
                byte = char(random.bounded(256));
            }
            // Mostly known element IDs, so the decoders get to run.
            if (!data.isEmpty()) {
                data[0] = char(QList<int>{0, 1, 7, 45, 48, 61, 71, 191, 201, 221, 255}[random.bounded(11)]);
            }
            const QList<Elements::DecodedElement> decoded = inspectBytes(data);
            QVERIFY2(problems(data, decoded).isEmpty(), qPrintable(QString::fromLatin1(data.toHex())));
            Elements::ElementSummary summary;
            summarize(data, summary);
        }
    }
};

QTEST_GUILESS_MAIN(TestElementRobustness)
#include "tst_elementrobustness.moc"
