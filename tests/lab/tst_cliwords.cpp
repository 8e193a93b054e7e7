// SPDX-License-Identifier: GPL-3.0-or-later
// What airpane-cli tells a person in the cases a newcomer met in the lab (demo scenario): an empty
// BSS list is said to be empty, with the command that fills it; a frequency the radio cannot scan
// is named with the reason, not the kernel's bare "Invalid argument"; `p2p find` prints a peer when
// it is found and afterwards only what changed, not a line each time it is heard again.
#include "support/command.h"
#include "support/labscenario.h"

#include <QDir>
#include <QTest>

using namespace Airpane::Lab;
using namespace Qt::StringLiterals;

namespace {

const QString cli = QStringLiteral(AIRPANE_CLI);
const QString radioName = u"cliwords"_s;

// The interface mac80211_hwsim gave the radio NAME.
QString netdevOf(const QString &name)
{
    const QStringList nets =
        QDir(u"/sys/class/ieee80211/%1/device/net"_s.arg(name)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return nets.value(0);
}

} // namespace

class TestCliWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        m_lab = LabScenario::ensure(u"demo"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A radio of its own, added now: its kernel BSS list is empty whatever earlier tests scanned.
        const CommandResult added = runCommand(
            u"python3"_s, {LabScenario::scenarioTool(), u"hwsim"_s, u"new"_s, radioName, u"--p2p"_s});
        QVERIFY2(added.ok(), added.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!netdevOf(radioName).isEmpty(), 30000); // hang guard
        m_netdev = netdevOf(radioName);
        QVERIFY(runCommand(u"ip"_s, {u"link"_s, u"set"_s, m_netdev, u"up"_s}).ok());
    }

    void anEmptyBssListIsSaidToBeEmpty()
    {
        const CommandResult dump = runCommand(cli, {u"scan"_s, u"dump"_s, m_netdev});
        qInfo("stderr: %s", dump.err.constData());
        QCOMPARE(dump.exitCode, 0);
        QVERIFY(dump.out.trimmed().isEmpty());
        const QString said = QString::fromUtf8(dump.err);
        QVERIFY2(said.contains(u"is empty"_s) &&
                     said.contains(u"airpane-cli scan trigger %1"_s.arg(m_netdev)),
                 qPrintable(said));
        // As JSON: an empty array (valid JSON for scripts), the words on stderr.
        const CommandResult json = runCommand(cli, {u"scan"_s, u"dump"_s, m_netdev, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out.simplified(), QByteArray("[ ]"));
        QVERIFY(json.err.contains("is empty"));
    }

    void aFrequencyTheRadioCannotScanIsNamed_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("why");
        QTest::newRow("not a channel") << u"9999"_s << u"9999 MHz is not a channel of %1"_s.arg(radioName);
        // US (the demo's country): channels 12 to 14 are disabled.
        QTest::newRow("disabled by regulatory rules")
            << u"2484"_s << u"disabled on %1 by the regulatory rules"_s.arg(radioName);
    }

    void aFrequencyTheRadioCannotScanIsNamed()
    {
        QFETCH(QString, frequency);
        QFETCH(QString, why);
        const CommandResult trigger =
            runCommand(cli, {u"scan"_s, u"trigger"_s, m_netdev, u"--freq"_s, frequency});
        qInfo("stderr: %s", trigger.err.constData());
        QVERIFY(trigger.exitCode != 0);
        const QString said = QString::fromUtf8(trigger.err);
        QVERIFY2(said.contains(why), qPrintable(said));
        QVERIFY2(!said.contains(u"Invalid argument"_s), qPrintable(said));
    }

    void p2pFindPrintsWhatChanged()
    {
        // The demo's TV and printer listen: found in seconds, then heard again about once a second.
        const CommandResult find =
            runCommand(cli, {u"p2p"_s, u"find"_s, radioName, u"--timeout"_s, u"10"_s}, 60000);
        qInfo("stdout:\n%s", find.out.constData());
        QVERIFY2(find.ok(), find.err.constData());
        const QList<QByteArray> lines = find.out.split('\n');
        const auto found =
            std::count_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("+ "); });
        const auto changed =
            std::count_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("~ "); });
        qInfo("%lld found, %lld changed in 10 s", qlonglong(found), qlonglong(changed));
        QVERIFY(found >= 1);
        // hwsim's signals do not move and the peers keep their names: at most one change each (a
        // searching device heard listening, say), not one a second.
        QVERIFY2(changed <= found, find.out.constData());
        for (const QByteArray &line : lines) {
            if (line.startsWith("~ ")) {
                QVERIFY2(line.endsWith(')'), line.constData()); // says what changed
            }
        }
    }

    void cleanupTestCase()
    {
        runCommand(u"python3"_s, {LabScenario::scenarioTool(), u"hwsim"_s, u"del"_s, radioName});
    }

private:
    LabScenario m_lab;
    QString m_netdev;
};

QTEST_GUILESS_MAIN(TestCliWords)
#include "tst_cliwords.moc"
