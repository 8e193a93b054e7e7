// SPDX-License-Identifier: GPL-3.0-or-later
// The backend agrees with iw, field by field, in one VM: radios (`iw list`), interfaces (`iw dev`),
// regulatory domains (`iw reg get`), stations and surveys (`iw dev X station|survey dump`) against
// the real airpane-cli's JSON. iw's text is the reference; a line iw prints that no comparison
// reads fails the test too, unless it is a known gap (reported as a finding). The scenario is
// AIRPANE_PARITY_SCENARIO (default demo).
#include "parity/parity.h"
#include "parity/perturbations.h"
#include "support/command.h"
#include "support/labscenario.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include <ctime>
#include <functional>

using namespace Airpane::Lab;

namespace {

QByteArray iw(const QStringList &args)
{
    const CommandResult result = runCommand(QStringLiteral("iw"), args);
    if (!result.ok()) {
        qWarning("iw %s: %s", qPrintable(args.join(QLatin1Char(' '))), result.err.constData());
    }
    return result.out;
}

QJsonArray cli(const QStringList &args)
{
    const CommandResult result =
        runCommand(QStringLiteral(AIRPANE_CLI), args + QStringList{QStringLiteral("--json")});
    if (!result.ok()) {
        qWarning("airpane-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))), result.err.constData());
    }
    return QJsonDocument::fromJson(result.out).array();
}

qint64 boottimeMs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

QString failure(const ParityReport &report)
{
    return QStringLiteral("%1 mismatches, the first: %2")
        .arg(report.mismatches().size())
        .arg(report.mismatches().value(0));
}

std::optional<QJsonObject> findBy(const QJsonArray &array, const char *key, const QJsonValue &value)
{
    for (const QJsonValue item : array) {
        if (item[QLatin1String(key)] == value) {
            return item.toObject();
        }
    }
    return std::nullopt;
}

// One row per subject: iw's, then those only airpane-cli reports (KEY names them in its JSON).
void addRows(QStringList subjects, const QJsonArray &ours,
             const std::function<QString(const QJsonValue &)> &key)
{
    for (const QJsonValue item : ours) {
        if (!subjects.contains(key(item))) {
            subjects.append(key(item));
        }
    }
    for (const QString &subject : std::as_const(subjects)) {
        QTest::newRow(qPrintable(subject)) << subject;
    }
}

QString domainKey(const QJsonValue &radio)
{
    return radio.isNull() ? QStringLiteral("global") : QStringLiteral("phy#%1").arg(radio.toInt());
}

} // namespace

class TestBackendParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM: tools/lab run -- <test>");
        const QString name = qEnvironmentVariable("AIRPANE_PARITY_SCENARIO", QStringLiteral("demo"));
        QString error;
        m_lab = LabScenario::ensure(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_read.iwList = iw({QStringLiteral("list")});
        m_read.radios = cli({QStringLiteral("capabilities")});
        QVERIFY(!m_read.radios.isEmpty());
        m_phys = parseIwPhys(m_read.iwList);
        m_read.iwDev = iw({QStringLiteral("dev")});
        m_read.interfaces = cli({QStringLiteral("interfaces")});
        m_read.iwReg = iw({QStringLiteral("reg"), QStringLiteral("get")});
        m_read.domains = cli({QStringLiteral("reg")});
        const QString first = m_read.radios[0][u"name"].toString();
        m_read.iwChannels = iw({QStringLiteral("phy"), first, QStringLiteral("channels")});
        m_read.channelsRadio = cli({QStringLiteral("capabilities"), first})[0].toObject();
        m_read.iwChannelsAgain = iw({QStringLiteral("phy"), first, QStringLiteral("channels")});
        qInfo("scenario %s: %lld radios, %lld interfaces, %lld regulatory domains", qPrintable(m_lab.name),
              qlonglong(m_read.radios.size()), qlonglong(m_read.interfaces.size()),
              qlonglong(m_read.domains.size()));
    }

    void radios_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names;
        for (const IwPhy &phy : std::as_const(m_phys)) {
            names.append(phy.name);
        }
        addRows(names, m_read.radios, [](const QJsonValue &radio) { return radio[u"name"].toString(); });
    }

    void radios()
    {
        QFETCH(QString, name);
        const auto phy =
            std::find_if(m_phys.cbegin(), m_phys.cend(), [&](const IwPhy &p) { return p.name == name; });
        const auto radio = findBy(m_read.radios, "name", name);
        QVERIFY2(phy != m_phys.cend(),
                 qPrintable(name + QStringLiteral(": airpane-cli reports it, iw list does not")));
        QVERIFY2(radio, qPrintable(name + QStringLiteral(": iw list prints it, airpane-cli does not")));
        ParityReport report(name);
        compareRadio(*phy, *radio, report);
        QVERIFY2(report.verdict(), qPrintable(failure(report)));
    }

    // `iw phy X channels` shows more of each channel than `iw list`: its widths, DFS state, CAC.
    void channels_data() { radios_data(); }

    void channels()
    {
        QFETCH(QString, name);
        const QStringList command{QStringLiteral("phy"), name, QStringLiteral("channels")};
        const QList<IwNode> first = parseIwTree(iw(command));
        const QJsonArray ours = cli({QStringLiteral("capabilities"), name});
        const QList<IwNode> second = parseIwTree(iw(command));
        QCOMPARE(ours.size(), 1);
        ParityReport report(name);
        compareChannelList(first, second, ours[0].toObject(), report);
        QVERIFY2(report.verdict(), qPrintable(failure(report)));
    }

    void interfaces_data()
    {
        QTest::addColumn<QString>("wdev"); // rows are named after the netdev, if any
        QStringList wdevs;
        QMap<QString, QString> names;
        for (const IwInterface &interface : parseIwDev(m_read.iwDev).interfaces) {
            wdevs.append(interface.value(QStringLiteral("wdev")).value_or(QString()));
            names.insert(wdevs.last(), interface.name);
        }
        for (const QJsonValue interface : std::as_const(m_read.interfaces)) {
            if (!wdevs.contains(interface[u"wdev"].toString())) {
                wdevs.append(interface[u"wdev"].toString());
                names.insert(wdevs.last(), interface[u"name"].toString());
            }
        }
        for (const QString &wdev : std::as_const(wdevs)) {
            QTest::newRow(qPrintable(names[wdev].isEmpty() ? QStringLiteral("wdev ") + wdev : names[wdev]))
                << wdev;
        }
    }

    void interfaces()
    {
        QFETCH(QString, wdev);
        const IwDev dev = parseIwDev(m_read.iwDev);
        const IwInterface *iwInterface = nullptr;
        for (const IwInterface &interface : dev.interfaces) {
            if (interface.value(QStringLiteral("wdev")) == wdev) {
                iwInterface = &interface;
            }
        }
        const auto ours = findBy(m_read.interfaces, "wdev", wdev);
        QVERIFY2(iwInterface, qPrintable(wdev + QStringLiteral(": airpane-cli reports it, iw dev does not")));
        QVERIFY2(ours, qPrintable(wdev + QStringLiteral(": iw dev prints it, airpane-cli does not")));
        ParityReport report(iwInterface->name.isEmpty() ? QStringLiteral("wdev ") + wdev : iwInterface->name);
        if (const IwNode *txq = iwInterface->node->find(u"multicast TXQ:")) {
            report.finding(*txq, QStringLiteral("the backend does not decode NL80211_ATTR_TXQ_STATS"));
        }
        compareInterface(*iwInterface, *ours, report);
        report.uncompared(*iwInterface->node);
        QVERIFY2(report.verdict(), qPrintable(failure(report)));
    }

    void regulatory_data()
    {
        QTest::addColumn<QString>("domain"); // "global" or "phy#N"
        QStringList domains;
        for (const IwRegDomain &domain : parseIwReg(m_read.iwReg).domains) {
            domains.append(domain.phy ? domainKey(*domain.phy) : domainKey(QJsonValue()));
        }
        QVERIFY(!domains.isEmpty());
        addRows(domains, m_read.domains,
                [](const QJsonValue &domain) { return domainKey(domain[u"radio"]); });
    }

    void regulatory()
    {
        QFETCH(QString, domain);
        const IwReg reg = parseIwReg(m_read.iwReg);
        const auto iwDomain =
            std::find_if(reg.domains.cbegin(), reg.domains.cend(), [&](const IwRegDomain &d) {
                return (d.phy ? domainKey(*d.phy) : domainKey(QJsonValue())) == domain;
            });
        const auto ours = std::find_if(m_read.domains.begin(), m_read.domains.end(),
                                       [&](const QJsonValue &d) { return domainKey(d[u"radio"]) == domain; });
        QVERIFY2(iwDomain != reg.domains.cend(), "airpane-cli reports this domain, iw reg get does not");
        QVERIFY2(ours != m_read.domains.end(), "iw reg get prints this domain, airpane-cli does not");
        ParityReport report(domain + QStringLiteral(" domain"));
        compareRegulatoryDomain(*iwDomain, ours->toObject(), report);
        for (const IwNode *node : iwDomain->nodes) {
            report.uncompared(*node);
        }
        QVERIFY2(report.verdict(), qPrintable(failure(report)));
    }

    void stations_data()
    {
        QTest::addColumn<QString>("ifname");
        QTest::addColumn<QString>("expected"); // a station that must be there, if any
        for (const LabAccessPoint &ap : std::as_const(m_lab.accessPoints)) {
            QString expected;
            for (const LabStation &station : std::as_const(m_lab.stations)) {
                expected = station.bssid == ap.bssid ? station.mac : expected;
            }
            QTest::newRow(qPrintable(ap.ifname)) << ap.ifname << expected;
        }
        for (const LabStation &station : std::as_const(m_lab.stations)) {
            QTest::newRow(qPrintable(station.ifname)) << station.ifname << station.bssid;
        }
    }

    void stations()
    {
        QFETCH(QString, ifname);
        QFETCH(QString, expected);
        // -v: the per-TID counters too.
        const QStringList dump{QStringLiteral("dev"), ifname, QStringLiteral("station"),
                               QStringLiteral("dump"), QStringLiteral("-v")};
        Bracket bracket;
        bracket.realtimeMinusBoottimeMs = QDateTime::currentMSecsSinceEpoch() - boottimeMs();
        bracket.beforeMs = QDateTime::currentMSecsSinceEpoch();
        const IwStations first = parseIwStations(iw(dump));
        const QJsonArray ours = cli({QStringLiteral("stations"), ifname});
        const IwStations second = parseIwStations(iw(dump));
        bracket.afterMs = QDateTime::currentMSecsSinceEpoch();

        QStringList iwMacs, ourMacs;
        for (const IwStation &station : first.stations) {
            iwMacs.append(station.mac);
        }
        for (const QJsonValue station : ours) {
            ourMacs.append(station[u"mac"].toString());
        }
        QCOMPARE(ourMacs, iwMacs);
        if (!expected.isEmpty()) {
            QVERIFY2(iwMacs.contains(expected),
                     qPrintable(ifname + QStringLiteral(" has no station ") + expected));
        }
        ParityReport all(ifname);
        for (const IwStation &station : first.stations) {
            ParityReport report(QStringLiteral("%1 station %2").arg(ifname, station.mac));
            compareStation(station, second.find(station.mac),
                           findBy(ours, "mac", station.mac).value_or(QJsonObject()), bracket, report);
            report.uncompared(*station.node);
            all.merge(report);
        }
        QVERIFY2(all.verdict(), qPrintable(failure(all)));
    }

    void survey_data()
    {
        QTest::addColumn<QString>("ifname");
        for (const IwInterface &interface : parseIwDev(m_read.iwDev).interfaces) {
            if (!interface.name.isEmpty()) {
                QTest::newRow(qPrintable(interface.name)) << interface.name;
            }
        }
    }

    void survey()
    {
        QFETCH(QString, ifname);
        const QStringList dump{QStringLiteral("dev"), ifname, QStringLiteral("survey"),
                               QStringLiteral("dump")};
        const IwSurvey first = parseIwSurvey(iw(dump));
        const QJsonArray ours = cli({QStringLiteral("survey"), ifname});
        const IwSurvey second = parseIwSurvey(iw(dump));
        // A scan may add channels between the reads; none go away.
        auto find = [](const IwSurvey &survey, const QJsonValue &entry) -> const IwSurveyEntry * {
            for (const IwSurveyEntry &e : survey.entries) {
                if (e.frequency == entry[u"frequency"].toInt() &&
                    e.offsetKhz == entry[u"frequencyOffsetKhz"].toInt()) {
                    return &e;
                }
            }
            return nullptr;
        };
        ParityReport all(ifname + QStringLiteral(" survey"));
        QList<const IwSurveyEntry *> matched;
        for (const QJsonValue entry : ours) {
            ParityReport report(QStringLiteral("%1 survey %2 MHz").arg(ifname, show(entry[u"frequency"])));
            const IwSurveyEntry *before = find(first, entry);
            const IwSurveyEntry *after = find(second, entry);
            matched.append(before);
            if (!before && !after) {
                report.problem(QStringLiteral("airpane-cli lists this channel, iw does not"));
            } else {
                compareSurveyEntry(before ? *before : *after, before ? after : nullptr, entry.toObject(),
                                   report);
                report.uncompared(*(before ? before : after)->node);
            }
            all.merge(report);
        }
        for (const IwSurveyEntry &entry : first.entries) {
            if (!matched.contains(&entry)) {
                all.problem(QStringLiteral("%1 MHz: iw lists this channel, airpane-cli does not")
                                .arg(entry.frequency));
            }
        }
        QVERIFY2(all.verdict(), qPrintable(failure(all)));
    }

    // The comparisons can fail: one value changed in airpane-cli's JSON is a mismatch, and the
    // same comparison without the change is clean.
    void detectsPerturbations_data()
    {
        QTest::addColumn<int>("row");
        for (qsizetype i = 0; i < perturbations().size(); ++i) {
            QTest::newRow(perturbations()[i].name) << int(i);
        }
    }

    void detectsPerturbations()
    {
        QFETCH(int, row);
        const Perturbation &change = perturbations()[row];
        const ParityReport before = comparePerturbed(m_read, change, false);
        QVERIFY2(before.clean(), qPrintable(failure(before)));
        const ParityReport after = comparePerturbed(m_read, change, true);
        QVERIFY2(!after.mismatches().filter(QLatin1String(change.field)).isEmpty(),
                 qPrintable(QLatin1String(change.path) + QStringLiteral(" changed; mismatches: ") +
                            after.mismatches().join(u'\n')));
    }

private:
    LabScenario m_lab;
    Snapshot m_read;
    QList<IwPhy> m_phys;
};

QTEST_GUILESS_MAIN(TestBackendParity)
#include "tst_backendparity.moc"
