// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-check against the kernel, request by request, on the scenario's free hwsim radio. The
// kernel checks interface combinations when an interface comes up and when it takes a channel,
// not when it is created; so its verdict here is: create, bring up (netdev up, START_P2P_DEVICE),
// and, where the row names a channel, start the AP or join the IBSS or mesh there (with iw). Each
// row's verdict must equal the kernel's; refusals without a channel must also come from the
// backend's own pre-check before any kernel call. The measured table is written to
// AIRPANE_ARTIFACTS_DIR/iface-combinations.md.
#include "iface/combinationrows.h"
#include "iface/ifacelab.h"
#include "support/labscenario.h"

#include "interfaces/combinationcheck.h"
#include "interfaces/requestcheck.h"
#include "nl/socket.h"
#include "nl80211/interfacerequests.h"

#include <QFile>
#include <QTest>

#include <linux/nl80211.h>

using namespace Airpane;
using namespace Airpane::Interfaces;
using namespace Airpane::Lab;
using namespace Airpane::Lab::IfaceLab;

namespace {

InterfaceOperationResult run(const std::function<void(InterfaceManager::Callback)> &operation)
{
    return InterfaceManager::waitFor(operation);
}

QString typeOf(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

class TestInterfaceCombinations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        m_lab = LabScenario::ensure(QStringLiteral("demo"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_free = m_lab.freeRadios().first();
        QVERIFY(m_backend.start(&error));
        QVERIFY(m_backend.waitForReady());
        m_radio = m_backend.radioByName(m_free.phy)->index;
        m_manager = new InterfaceManager(&m_backend, this);
        QVERIFY(CombinationRows::all().size() >= 20);
        m_table << QStringLiteral(
                       "| request | pre-check | its reason | kernel (create, up, start/join) | match |")
                << QStringLiteral("| --- | --- | --- | --- | --- |");
    }

    void init() { reset(); }
    void cleanup() { reset(); }

    void verdictMatchesKernel_data()
    {
        QTest::addColumn<int>("index");
        const QList<CombinationRow> &rows = CombinationRows::all();
        for (int i = 0; i < rows.size(); ++i) {
            QTest::newRow(rows[i].name) << i;
        }
    }

    void verdictMatchesKernel()
    {
        QFETCH(int, index);
        const CombinationRow &row = CombinationRows::all().at(index);
        prepare(row);
        if (QTest::currentTestFailed()) {
            return;
        }
        const InterfaceVerdict verdict = precheck(row);
        if (!verdict.allowed && row.kind == CombinationRow::Kind::Create && !row.frequency) {
            // Refused by the backend itself, before any kernel call.
            const QString before = iwDevSnapshot();
            const auto refused = run([&](auto done) { m_manager->create(request(row, false), done); });
            QCOMPARE(refused.stage, InterfaceOperationResult::Stage::PreCheck);
            QCOMPARE(refused.error, verdict.problems.value(0));
            QCOMPARE(iwDevSnapshot(), before);
        }
        const QString kernel = attempt(row, verdict.allowed);
        const bool kernelOk = kernel == QLatin1String("ok");
        m_table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                       .arg(QString::fromLatin1(row.name),
                            verdict.allowed ? QStringLiteral("allowed") : QStringLiteral("refused"),
                            verdict.allowed ? verdict.notes.join(QStringLiteral("; "))
                                            : verdict.problems.value(0),
                            kernel,
                            verdict.allowed == kernelOk ? QStringLiteral("yes") : QStringLiteral("NO"));
        qInfo("%s", qPrintable(m_table.last()));
        QVERIFY2(verdict.allowed == kernelOk,
                 qPrintable(QStringLiteral("pre-check %1 (%2), kernel: %3")
                                .arg(verdict.allowed ? QStringLiteral("allowed") : QStringLiteral("refused"),
                                     verdict.problems.join(QStringLiteral("; ")), kernel)));
        QCOMPARE(verdict.allowed, row.allowed);
        QVERIFY2(row.allowed ? verdict.problems.isEmpty()
                             : verdict.problems.value(0).startsWith(fill(row.message)),
                 qPrintable(verdict.problems.join(QStringLiteral(" | "))));
    }

    void cleanupTestCase()
    {
        reset();
        LabScenario::invalidate();
        QFile file(qEnvironmentVariable("AIRPANE_ARTIFACTS_DIR", QStringLiteral(AIRPANE_ARTIFACTS_DIR)) +
                   QStringLiteral("/iface-combinations.md"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(m_table.join(QLatin1Char('\n')).toUtf8() + '\n');
        }
    }

private:
    QString fill(const char *text) const
    {
        return QString::fromUtf8(text)
            .replace(QLatin1String("{phy}"), m_free.phy)
            .replace(QLatin1String("{netdev}"), m_free.netdev)
            .replace(QLatin1String("{mac}"), m_free.mac);
    }

    // The scenario's open network on channel 6; scans and retries because a station just
    // disconnected from it may find it missing from the scan results for a moment.
    bool connect()
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            iw({QStringLiteral("dev"), m_free.netdev, QStringLiteral("disconnect")});
            iw({QStringLiteral("dev"), m_free.netdev, QStringLiteral("scan"), QStringLiteral("freq"),
                QStringLiteral("2437")});
            iw({QStringLiteral("dev"), m_free.netdev, QStringLiteral("connect"),
                QStringLiteral("Airpane Guest"), QStringLiteral("2437")});
            if (waitUntil([&] { return m_backend.interfaceByName(m_free.netdev)->channel.has_value(); },
                          10000)) {
                return true;
            }
        }
        return false;
    }

    void reset()
    {
        iw({QStringLiteral("dev"), m_free.netdev, QStringLiteral("disconnect")});
        removeAllBut(m_backend, *m_manager, m_radio, m_free.netdev);
        if (const auto netdev = m_backend.interfaceByName(m_free.netdev);
            netdev && !netdevUp(m_free.netdev)) {
            run([&](auto done) { m_manager->setUp(netdev->wdev, true, done); });
        }
        waitUntil([&] {
            const auto netdev = m_backend.interfaceByName(m_free.netdev);
            return netdev && !netdev->channel;
        });
    }

    void prepare(const CombinationRow &row)
    {
        const auto netdev = m_backend.interfaceByName(m_free.netdev);
        QVERIFY(netdev);
        if (!row.netdevUp) {
            QVERIFY(run([&](auto done) { m_manager->setUp(netdev->wdev, false, done); }).ok);
        }
        if (row.connect) {
            QVERIFY2(connect(), "the station did not connect");
        }
        for (const CombinationRow::Step &step : row.setup) {
            CreateInterfaceRequest setup{m_radio, QString::fromLatin1(step.name),
                                         *interfaceTypeFromKey(typeOf(step.type))};
            setup.mac = QString::fromLatin1(step.mac);
            setup.up = step.up;
            setup.force = true;
            const auto created = run([&](auto done) { m_manager->create(setup, done); });
            QVERIFY2(created.ok, qPrintable(created.error));
            if (step.apFrequency) {
                QVERIFY(start(setup.name, setup.type, setup.mac, step.apFrequency, false, step.beacon).ok());
                QVERIFY(
                    waitUntil([&] { return m_backend.interfaceByName(setup.name)->channel.has_value(); }));
            }
        }
    }

    CreateInterfaceRequest request(const CombinationRow &row, bool force) const
    {
        CreateInterfaceRequest result{m_radio, QStringLiteral("airpane-new"),
                                      *interfaceTypeFromKey(typeOf(row.type))};
        result.mac = fill(row.mac);
        for (const QString &key :
             QString::fromLatin1(row.flags).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            result.monitorFlags.append(*monitorFlagFromKey(key));
        }
        result.up = true;
        result.force = force;
        return result;
    }

    // The pure pre-check on the backend's view, told the beacon intervals of the APs this test
    // started (nl80211 does not report them).
    InterfaceVerdict precheck(const CombinationRow &row) const
    {
        RadioSituation situation = *m_manager->situation(m_radio);
        for (ActiveInterface &interface : situation.interfaces) {
            for (const CombinationRow::Step &step : row.setup) {
                if (interface.label == QLatin1String(step.name) && step.beacon) {
                    interface.beaconIntervalTu = std::uint32_t(step.beacon);
                }
            }
        }
        if (row.kind == CombinationRow::Kind::SetType) {
            const auto target = m_backend.interfaceByName(QString::fromLatin1(row.setup.last().name));
            ChangeTypeRequest change{target->wdev, *interfaceTypeFromKey(typeOf(row.type)), {}, false};
            return RequestCheck::changeType(situation, *target, change);
        }
        QStringList names;
        for (const Interface &interface : m_backend.interfaces()) {
            names.append(interface.name);
        }
        const CreateInterfaceRequest create = request(row, false);
        InterfaceVerdict verdict = RequestCheck::validateCreate(situation, create, names);
        if (!verdict.allowed) {
            return verdict;
        }
        Candidate candidate;
        candidate.type = create.type;
        candidate.mac = create.mac;
        if (row.frequency) {
            candidate.channel = OperatingChannel{row.frequency, 0, NL80211_CHAN_WIDTH_20, row.frequency, 0};
            candidate.exclusiveChannel = create.type == InterfaceType::Adhoc && !row.fixedFrequency;
            candidate.beaconIntervalTu = std::uint32_t(row.beacon ? row.beacon : 100);
        }
        return CombinationCheck::check(situation, candidate);
    }

    // What the kernel does: "ok", or where it stopped and why.
    QString attempt(const CombinationRow &row, bool allowed)
    {
        if (row.kind == CombinationRow::Kind::SetType) {
            const auto target = m_backend.interfaceByName(QString::fromLatin1(row.setup.last().name));
            ChangeTypeRequest change{target->wdev, *interfaceTypeFromKey(typeOf(row.type)), {}, true};
            const auto changed = run([&](auto done) { m_manager->changeType(change, done); });
            if (!changed.ok) {
                return changed.error;
            }
            const auto up = run([&](auto done) { m_manager->setUp(target->wdev, true, done); });
            return up.ok ? QStringLiteral("ok") : QStringLiteral("type changed; ") + up.error;
        }
        // What the pre-check allows must pass the backend's own pre-check unforced.
        const CreateInterfaceRequest create = request(row, !allowed);
        if (!validInput(create)) {
            return rawCreateAndUp(create);
        }
        const auto created = run([&](auto done) { m_manager->create(create, done); });
        if (!created.ok) {
            return created.error + (created.rolledBack ? QStringLiteral(" (rolled back)") : QString());
        }
        if (!row.frequency) {
            return QStringLiteral("ok");
        }
        const IwResult joined = start(create.name, create.type, create.mac, row.frequency, row.fixedFrequency,
                                      row.beacon ? row.beacon : 100);
        return joined.ok() ? QStringLiteral("ok") : QStringLiteral("up; start/join: ") + joined.said;
    }

    bool validInput(const CreateInterfaceRequest &create) const
    {
        return RequestCheck::validateCreate(*m_manager->situation(m_radio), create, {}).allowed;
    }

    // Input the backend refuses outright (an unsupported type) never reaches the kernel through it:
    // ask the kernel directly, as another program would.
    QString rawCreateAndUp(const CreateInterfaceRequest &create)
    {
        const Nl80211::InterfaceRequests requests(m_backend.family().id);
        Netlink::Error result{ETIMEDOUT, QStringLiteral("no answer")};
        bool done = false;
        Netlink::Socket::Handlers handlers;
        handlers.done = [&](const Netlink::Error &error) {
            result = error;
            done = true;
        };
        m_backend.commandSocket()->request(requests.newInterface(create, {}), std::move(handlers));
        waitUntil([&] { return done; }, 10000);
        if (result.isError()) {
            return QStringLiteral("cannot create: ") + result.text();
        }
        waitUntil([&] { return m_backend.interfaceByName(create.name).has_value(); });
        const auto created = m_backend.interfaceByName(create.name);
        if (!created) {
            return QStringLiteral("created, but not seen");
        }
        const auto up = run([&](auto callback) { m_manager->setUp(created->wdev, true, callback); });
        return up.ok ? QStringLiteral("ok") : QStringLiteral("created; ") + up.error;
    }

    IwResult start(const QString &name, InterfaceType type, const QString &mac, int frequency, bool fixed,
                   int beacon)
    {
        const QString mhz = QString::number(frequency);
        const QString interval = QString::number(beacon);
        const QString dev = QStringLiteral("dev");
        if (type == InterfaceType::Adhoc) {
            QStringList args = {
                dev, name, QStringLiteral("ibss"), QStringLiteral("join"), QStringLiteral("airpane-ibss"),
                mhz};
            if (fixed) {
                args << QStringLiteral("fixed-freq");
            }
            return iw(args << QStringLiteral("beacon-interval") << interval);
        }
        if (type == InterfaceType::MeshPoint) {
            return iw({dev, name, QStringLiteral("mesh"), QStringLiteral("join"),
                       QStringLiteral("airpane-mesh"), QStringLiteral("freq"), mhz, QStringLiteral("HT20"),
                       QStringLiteral("beacon-interval"), interval});
        }
        return iw({dev, name, QStringLiteral("ap"), QStringLiteral("start"), QStringLiteral("airpane"), mhz,
                   QStringLiteral("20"), interval, QStringLiteral("2"), QStringLiteral("head"),
                   beaconHead(mac, beacon)});
    }

    LabScenario m_lab;
    LabRadio m_free;
    Backend m_backend;
    InterfaceManager *m_manager = nullptr;
    std::uint32_t m_radio = 0;
    QStringList m_table;
};

QTEST_GUILESS_MAIN(TestInterfaceCombinations)
#include "tst_interfacecombinations.moc"
