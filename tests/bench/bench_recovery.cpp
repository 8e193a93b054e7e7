// SPDX-License-Identifier: GPL-3.0-or-later
// In the lab (demo scenario): the helper is killed N times (AIRPANE_BENCH_ROUNDS, default 10) while
// the GUI (recoveryclient, the real main window as the unprivileged user, under Xvfb) shows the
// Radios page. Each time, from the kill: when the process was gone (a pidfd), when the bus said its
// name was free and when a new helper owned it (NameOwnerChanged, heard here), and the GUI's own
// timeline (when it heard, asked, was answered, had the whole state, painted it). Reported: median
// and worst of "live again" and "whole state restored", split into what the GUI controls and what
// it does not. Target: whole state <= 2 s median. Nothing is asserted about time.
#include "support/labscenario.h"

#include "labuser.h"

#include "contract.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

const QString outDir = QStringLiteral("/tmp/airpane-recovery");
constexpr int hangGuardMs = 60000;
constexpr qint64 targetMs = 2000;

qint64 now()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

int rounds()
{
    const int asked = qEnvironmentVariableIntValue("AIRPANE_BENCH_ROUNDS");
    return asked > 0 ? std::min(asked, 200) : 10;
}

struct Phase
{
    const char *name;
    bool gui; // the GUI controls it
    QList<qint64> ms;
};

} // namespace

class BenchRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this benchmark runs inside the lab VM");
        QString error;
        LabScenario::ensure(QStringLiteral("demo"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString started = startGuiLab(outDir);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_gui.setStandardErrorFile(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/bench-recovery-gui.log"));
        m_gui.start(QStringLiteral("runuser"),
                    asGuiUser(outDir, underXvfb({QStringLiteral(AIRPANE_RECOVERY_CLIENT),
                                                 QStringLiteral("radios")})));
        QVERIFY(m_gui.waitForStarted());
        QVERIFY2(!waitFor(QStringLiteral("ready")).isEmpty(), "see bench-recovery-gui.log in the artefacts");
    }

    void helperKilledAndRecovered()
    {
        QDBusConnection bus = QDBusConnection::systemBus();
        QDBusServiceWatcher watcher(Contract::service, bus, QDBusServiceWatcher::WatchForOwnerChange);
        qint64 nameFreed = -1;
        qint64 nameOwned = -1;
        connect(&watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
                [&](const QString &, const QString &, const QString &owner) {
                    (owner.isEmpty() ? nameFreed : nameOwned) = now();
                });

        QList<Phase> phases = {
            {"helper exit (kernel: process teardown, its interfaces)", false, {}},
            {"bus notice (dbus-daemon frees the name)", false, {}},
            {"GUI hears it (NameOwnerChanged to the GUI)", false, {}},
            {"GUI asks again (OpenSession sent)", true, {}},
            {"activation (bus starts the helper, helper owns its name)", false, {}},
            {"OpenSession answered (helper, polkit)", false, {}},
            {"Subscribe answered (helper)", false, {}},
            {"the whole state's deltas sent and delivered (helper, bus)", false, {}},
            {"deltas converted into the client state (GUI)", true, {}},
            {"visible page redrawn and painted (GUI)", true, {}},
        };
        QList<qint64> live, whole, shown;
        int retries = 0;
        for (int round = 1; round <= rounds(); ++round) {
            const uint helper = bus.interface()->servicePid(Contract::service).value();
            QVERIFY(helper > 1);
            const int pidfd = int(::syscall(SYS_pidfd_open, pid_t(helper), 0));
            QVERIFY(pidfd >= 0);
            qint64 exited = -1;
            QSocketNotifier exit(pidfd, QSocketNotifier::Read);
            connect(&exit, &QSocketNotifier::activated, this, [&] {
                exited = now();
                exit.setEnabled(false);
            });
            nameFreed = nameOwned = -1;
            const qint64 killed = now();
            QCOMPARE(::kill(pid_t(helper), SIGKILL), 0);
            const QJsonObject t = waitFor(QStringLiteral("recovery"));
            QTRY_VERIFY_WITH_TIMEOUT(exited >= 0 && nameFreed >= 0 && nameOwned >= 0, hangGuardMs);
            ::close(pidfd);
            QVERIFY2(!t.isEmpty(), "see bench-recovery-gui.log in the artefacts");
            auto at = [&](const char *key) { return t[QLatin1String(key)].toInteger(); };
            // The whole state's deltas arrive while the GUI converts the earlier ones: the GUI's share
            // is what it spent in its handlers (handlingMs), the rest is the helper's and the bus's.
            const qint64 deltas = at("synchronized") - at("subscribed");
            const qint64 durations[] = {exited - killed,
                                        nameFreed - exited,
                                        at("vanished") - nameFreed,
                                        at("sessionRequested") - at("vanished"),
                                        nameOwned - at("sessionRequested"),
                                        at("sessionOpened") - nameOwned,
                                        at("subscribed") - at("sessionOpened"),
                                        deltas - at("handlingMs"),
                                        at("handlingMs"),
                                        at("painted") - at("synchronized")};
            for (qsizetype i = 0; i < phases.size(); ++i) {
                phases[i].ms.append(durations[i]);
            }
            live.append(at("subscribed") - killed);
            whole.append(at("synchronized") - killed);
            shown.append(at("painted") - killed);
            retries += int(at("attempts")) - 1;
            qInfo("round %d: live again after %lld ms, whole state after %lld ms, shown after %lld ms "
                  "(%lld OpenSession calls)",
                  round, qlonglong(live.last()), qlonglong(whole.last()), qlonglong(shown.last()),
                  qlonglong(at("attempts")));
        }

        auto median = [](QList<qint64> values) {
            std::sort(values.begin(), values.end());
            return values[values.size() / 2];
        };
        auto worst = [](const QList<qint64> &values) {
            return *std::max_element(values.begin(), values.end());
        };
        qInfo("helper killed %d times; medians and worst, in ms, from the kill:", rounds());
        for (const bool gui : {false, true}) {
            qint64 sum = 0;
            qInfo("  %s", gui ? "what the GUI controls:" : "what the GUI does not control:");
            for (const Phase &phase : std::as_const(phases)) {
                if (phase.gui == gui) {
                    qInfo("    %-58s median %5lld  worst %5lld", phase.name, qlonglong(median(phase.ms)),
                          qlonglong(worst(phase.ms)));
                    sum += median(phase.ms);
                }
            }
            qInfo("    %-58s        %5lld", "sum of medians", qlonglong(sum));
        }
        qInfo("  live again (Subscribe answered):      median %5lld  worst %5lld", qlonglong(median(live)),
              qlonglong(worst(live)));
        qInfo("  whole state restored (synchronized):  median %5lld  worst %5lld  (target <= %lld: %s)",
              qlonglong(median(whole)), qlonglong(worst(whole)), qlonglong(targetMs),
              median(whole) <= targetMs ? "met" : "not met");
        qInfo("  shown (visible page painted):         median %5lld  worst %5lld", qlonglong(median(shown)),
              qlonglong(worst(shown)));
        qInfo("  OpenSession calls refused while the helper restarted: %d", retries);
    }

    void cleanupTestCase()
    {
        if (m_gui.state() != QProcess::NotRunning) {
            m_gui.closeWriteChannel(); // the client quits when its input closes
            if (!m_gui.waitForFinished(10000)) {
                m_gui.kill();
                m_gui.waitForFinished();
            }
        }
    }

private:
    // The GUI's next output line with KEY; empty on timeout.
    QJsonObject waitFor(const QString &key)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < hangGuardMs) {
            while (m_gui.canReadLine()) {
                const QJsonObject line = QJsonDocument::fromJson(m_gui.readLine()).object();
                if (line.contains(key)) {
                    return line;
                }
            }
            if (m_gui.state() == QProcess::NotRunning) {
                return {};
            }
            // An event loop, not waitForReadyRead(): the pidfd and the bus watcher stamp their times
            // when their events are handled.
            QEventLoop loop;
            QTimer tick;
            connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
            connect(&m_gui, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
            tick.start(20);
            loop.exec();
        }
        return {};
    }

    QProcess m_gui;
};

QTEST_GUILESS_MAIN(BenchRecovery)
#include "bench_recovery.moc"
