// SPDX-License-Identifier: GPL-3.0-or-later
// Scan results: `airpane-cli scan dump X --json --elements` against `iw dev X scan dump`, BSS by BSS
// and line by line, after one scan in the lab VM. iw's text is the reference: every line it prints
// is compared with airpane-cli's JSON (the BSS's fields and the inspector's decoded elements), or
// reported as a finding, of two kinds only: an element iw has no decoder for (iw 6.9 has none for
// HE Operation), and iw's "last seen: N ms ago" (the kernel's SEEN_MS_AGO, counted from the end of
// the scan, which airpane-cli replaces by its age from LAST_SEEN_BOOTTIME) when ours is older. A
// line nobody compared fails the test. iw is read before and after airpane-cli, so that ages can
// be bracketed. The scenario is AIRPANE_PARITY_SCENARIO (default demo).
#include "scanparity/scanparity.h"
#include "scanparity/scanperturbations.h"
#include "support/command.h"
#include "support/iwscan.h"
#include "support/labscenario.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <list>

#include <time.h>

using namespace Airpane::Lab;

namespace {

QString failure(const ParityReport &report)
{
    return QStringLiteral("%1 mismatches, the first: %2")
        .arg(report.mismatches().size())
        .arg(report.mismatches().value(0));
}

qint64 boottimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString bssidOf(const IwNode &node)
{
    return node.text.mid(4, 17);
}

} // namespace

class TestScanParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM: tools/lab run -- <test>");
        QString error;
        m_lab = LabScenario::ensure(qEnvironmentVariable("AIRPANE_PARITY_SCENARIO", QStringLiteral("demo")),
                                    &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<LabRadio> free = m_lab.freeRadios();
        std::sort(free.begin(), free.end(),
                  [](const LabRadio &a, const LabRadio &b) { return a.number < b.number; });
        QVERIFY2(!free.isEmpty(), "the scenario leaves no radio free for scanning");
        m_ifname = free.first().netdev;

        // A scan that finds every access point, then iw, airpane-cli and iw again on its results.
        const CommandResult first = scanEverything(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_boottimeBeforeNs = boottimeNs();
        const CommandResult ours = runCommand(QStringLiteral(AIRPANE_CLI),
                                              {QStringLiteral("scan"), QStringLiteral("dump"), m_ifname,
                                               QStringLiteral("--json"), QStringLiteral("--elements")},
                                              300000);
        m_boottimeAfterNs = boottimeNs();
        const CommandResult second = runCommand(QStringLiteral("iw"), iwDump());
        QVERIFY2(second.ok(), second.err.constData());
        QVERIFY2(ours.ok(), ours.err.constData());
        m_first = parseIwTree(first.out);
        m_second = parseIwTree(second.out);
        m_ours = QJsonDocument::fromJson(ours.out).array();
        for (const IwNode &bss : std::as_const(m_first)) {
            for (const IwNode &line : bss.children) {
                m_iwElements.insert(line.text.section(QLatin1Char(':'), 0, 0));
            }
        }
        qInfo("scenario %s on %s: iw lists %lld BSSes, airpane-cli %lld", qPrintable(m_lab.name),
              qPrintable(m_ifname), qlonglong(m_first.size()), qlonglong(m_ours.size()));
    }

    void bss_data()
    {
        QTest::addColumn<QString>("bssid");
        QStringList bssids;
        for (const IwNode &node : std::as_const(m_first)) {
            bssids.append(bssidOf(node));
        }
        for (const QJsonValue bss : std::as_const(m_ours)) {
            if (!bssids.contains(bss[u"bssid"].toString())) {
                bssids.append(bss[u"bssid"].toString());
            }
        }
        QVERIFY(!bssids.isEmpty());
        for (const QString &bssid : std::as_const(bssids)) {
            QTest::newRow(qPrintable(bssid)) << bssid;
        }
    }

    void bss()
    {
        QFETCH(QString, bssid);
        BssReads reads = readsOf(bssid);
        QVERIFY2(reads.first, "airpane-cli reports this BSS, iw scan dump does not");
        QVERIFY2(!reads.ours.isEmpty(), "iw scan dump prints this BSS, airpane-cli does not");
        ParityReport report(bssid);
        compareBss(reads, report);
        ++m_compared.bsses;
        const QJsonArray decoded = reads.ours[u"decodedElements"].toArray();
        m_compared.elements +=
            int(std::count_if(decoded.cbegin(), decoded.cend(), [](const QJsonValue &element) {
                return !iwElementName(element.toObject()).isEmpty();
            }));
        count(*reads.first, m_compared);
        m_compared.findings += int(report.findings().size());
        QVERIFY2(report.verdict(), qPrintable(failure(report)));
    }

    void cleanupTestCase()
    {
        qInfo("scenario %s: %d BSSes, %d elements iw decodes, %d of iw's lines read (%d in elements), "
              "%d findings",
              qPrintable(m_lab.name), m_compared.bsses, m_compared.elements, m_compared.lines,
              m_compared.elementLines, m_compared.findings);
    }

    // The comparisons can fail: one value changed in airpane-cli's JSON is a mismatch, and the
    // same comparison without the change is clean.
    void detectsPerturbations_data()
    {
        QTest::addColumn<int>("row");
        for (qsizetype i = 0; i < scanPerturbations().size(); ++i) {
            QTest::newRow(scanPerturbations()[i].name) << int(i);
        }
    }

    void detectsPerturbations()
    {
        QFETCH(int, row);
        const ScanPerturbation &change = scanPerturbations()[row];
        const QString element = perturbedElement(change);
        // The first BSS with the element to change (in this scenario), where iw prints it: iw
        // prints nothing for a hidden network's empty SSID, so a change to it shows nowhere.
        for (const QJsonValue value : std::as_const(m_ours)) {
            QJsonObject perturbed = value.toObject();
            if (!printedByIw(perturbed, element) || !perturb(perturbed, change)) {
                continue;
            }
            ParityReport before(perturbed[u"bssid"].toString());
            compareBss(readsOf(value[u"bssid"].toString()), before);
            QVERIFY2(before.clean(), qPrintable(failure(before)));
            BssReads reads = readsOf(value[u"bssid"].toString());
            reads.ours = perturbed;
            ParityReport after(perturbed[u"bssid"].toString());
            compareBss(reads, after);
            QVERIFY2(!after.mismatches().filter(QLatin1String(change.field)).isEmpty(),
                     qPrintable(QLatin1String(change.path) + QStringLiteral(" changed; mismatches: ") +
                                after.mismatches().join(u'\n')));
            return;
        }
        QSKIP(qPrintable(QStringLiteral("no BSS of scenario %1 has %2").arg(m_lab.name, element)));
    }

private:
    // What bss() compared, for the summary.
    struct Compared
    {
        int bsses = 0;
        int elements = 0;     // airpane-cli's decoded elements that iw prints too
        int lines = 0;        // iw's lines read by a comparison (or by a finding)
        int elementLines = 0; // of them, the lines of elements
        int findings = 0;
    };

    // Counts the lines under BSS that a comparison read.
    static void count(const IwNode &bss, Compared &compared)
    {
        static const QStringList header{QStringLiteral("last seen"),  QStringLiteral("TSF"),
                                        QStringLiteral("freq"),       QStringLiteral("beacon interval"),
                                        QStringLiteral("capability"), QStringLiteral("signal")};
        const std::function<int(const IwNode &)> used = [&](const IwNode &node) {
            int n = node.used() ? 1 : 0;
            for (const IwNode &child : node.children) {
                n += used(child);
            }
            return n;
        };
        compared.lines += bss.used() ? 1 : 0;
        for (const IwNode &child : bss.children) {
            const int n = used(child);
            compared.lines += n;
            const QString name = child.text.section(QLatin1Char(':'), 0, 0);
            if (!header.contains(name) && !name.startsWith(QLatin1String("Information elements from"))) {
                compared.elementLines += n;
            }
        }
    }

    // Whether iw prints the first element with KEY of BSS (airpane-cli's JSON); true for "", the
    // BSS itself.
    static bool printedByIw(const QJsonObject &bss, const QString &key)
    {
        if (key.isEmpty()) {
            return true;
        }
        for (const QJsonValue element : bss[u"decodedElements"].toArray()) {
            if (element[u"key"].toString() == key) {
                return !iwElementName(element.toObject()).isEmpty();
            }
        }
        return false;
    }

    QStringList iwDump() const
    {
        return {QStringLiteral("dev"), m_ifname, QStringLiteral("scan"), QStringLiteral("dump")};
    }

    // Scans until one iw dump lists every access point of the scenario, and returns that dump. The
    // kernel forgets a BSS 30 s after a scan last saw it, and a full scan takes 15 s under TCG:
    // what counts is one dump with everything, not everything seen once.
    CommandResult scanEverything(QString *error)
    {
        QElapsedTimer timer;
        timer.start();
        CommandResult dump;
        QStringList missing;
        for (int round = 0; round < 3; ++round) {
            QList<IwBss> scanned = iwScan(m_ifname, {QStringLiteral("flush")}, error);
            if (!error->isEmpty()) {
                return {};
            }
            qInfo("round %d, %lld ms: a flushing scan lists %lld BSSes", round + 1,
                  qlonglong(timer.elapsed()), qlonglong(scanned.size()));
            // A hidden SSID answers no wildcard probe: only its beacon finds it, and an active scan
            // listens on a channel for about 30 ms of the 102 ms between beacons. A passive scan
            // of the channels of what is missing listens a whole beacon interval.
            for (int attempt = 0; attempt < 4 && !missedBy(scanned).isEmpty(); ++attempt) {
                QStringList arguments{QStringLiteral("freq")};
                for (const LabAccessPoint &ap : missedBy(scanned)) {
                    if (!arguments.contains(QString::number(ap.frequency))) {
                        arguments.append(QString::number(ap.frequency));
                    }
                }
                arguments.append(QStringLiteral("passive"));
                const QList<IwBss> more = iwScan(m_ifname, arguments, error);
                if (!error->isEmpty()) {
                    return {};
                }
                qInfo("round %d, %lld ms: a passive scan of %s lists %lld BSSes", round + 1,
                      qlonglong(timer.elapsed()),
                      qPrintable(arguments.mid(1, arguments.size() - 2).join(QLatin1Char(' '))),
                      qlonglong(more.size()));
                scanned += more;
            }
            dump = runCommand(QStringLiteral("iw"), iwDump());
            if (!dump.ok()) {
                *error = QStringLiteral("iw scan dump: ") + QString::fromUtf8(dump.err);
                return {};
            }
            missing.clear();
            for (const LabAccessPoint &ap : missedBy(parseIwScan(dump.out))) {
                missing.append(ap.bssid);
            }
            qInfo("round %d, %lld ms: the dump lacks %lld access points %s", round + 1,
                  qlonglong(timer.elapsed()), qlonglong(missing.size()),
                  qPrintable(missing.mid(0, 8).join(QLatin1Char(' '))));
            if (missing.isEmpty()) {
                return dump;
            }
        }
        *error =
            QStringLiteral("no scan listed every access point; missing ") + missing.join(QLatin1Char(' '));
        return {};
    }

    // The access points of the scenario that SCANNED does not list.
    QList<LabAccessPoint> missedBy(const QList<IwBss> &scanned) const
    {
        QList<LabAccessPoint> missed;
        for (const LabAccessPoint &ap : std::as_const(m_lab.accessPoints)) {
            if (!std::any_of(scanned.cbegin(), scanned.cend(),
                             [&](const IwBss &b) { return b.bssid == ap.bssid; })) {
                missed.append(ap);
            }
        }
        return missed;
    }

    // Fresh reads of BSSID: every comparison marks the lines it reads, so each gets its own copy.
    BssReads readsOf(const QString &bssid)
    {
        BssReads reads;
        for (const IwNode &node : std::as_const(m_first)) {
            if (bssidOf(node) == bssid) {
                reads.first = &m_copies.emplace_back(node);
            }
        }
        for (const IwNode &node : std::as_const(m_second)) {
            if (bssidOf(node) == bssid) {
                reads.second = &m_copies.emplace_back(node);
            }
        }
        for (const QJsonValue bss : std::as_const(m_ours)) {
            if (bss[u"bssid"].toString() == bssid) {
                reads.ours = bss.toObject();
            }
        }
        reads.ifname = m_ifname;
        reads.boottimeBeforeNs = m_boottimeBeforeNs;
        reads.boottimeAfterNs = m_boottimeAfterNs;
        reads.iwElements = m_iwElements;
        return reads;
    }

    LabScenario m_lab;
    QString m_ifname;
    qint64 m_boottimeBeforeNs = 0;
    qint64 m_boottimeAfterNs = 0;
    QList<IwNode> m_first;
    QList<IwNode> m_second;
    QJsonArray m_ours;
    QSet<QString> m_iwElements;
    std::list<IwNode> m_copies; // stable addresses for BssReads
    Compared m_compared;
};

QTEST_GUILESS_MAIN(TestScanParity)
#include "tst_scanparity.moc"
