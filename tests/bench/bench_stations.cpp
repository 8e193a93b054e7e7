// SPDX-License-Identifier: GPL-3.0-or-later
// In the clients scenario: the helper's CPU per second while a client watches one link at 10 Hz,
// and an access point with 32 clients at 1 Hz, through D-Bus with the real dbus-daemon, against
// `iw dev X station dump > /dev/null` run at the same rates in the same run. The 32 clients are the
// scenario's two and 30 station interfaces this benchmark adds on the free radio 4 (one hwsim radio
// carries them all, on the AP's channel), driven by one wpa_supplicant. Reported, not asserted.
#include "support/command.h"
#include "support/labscenario.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

constexpr int addedClients = 30;
const QString benchCtrl = QStringLiteral("/run/lab/wpas-bench");

// utime + stime of PID, in ms.
double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // Fields after the command name (which may hold spaces), 14 and 15 of the whole line.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 /
           double(sysconf(_SC_CLK_TCK));
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

qint64 pidOf(const QString &program)
{
    return runCommand(QStringLiteral("pgrep"), {QStringLiteral("-o"), QStringLiteral("-x"), program})
        .out.trimmed()
        .toLongLong();
}

QProcess *probe(const QStringList &args)
{
    auto *process = new QProcess;
    process->start(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("airpane-allowed"), QStringLiteral("--"),
                               QStringLiteral(AIRPANE_PROBE)} +
                       args);
    process->waitForStarted();
    return process;
}

struct Cost
{
    double helperMsPerSecond = 0;
    double busMsPerSecond = 0;
    double iwMsPerSecond = 0;
    int updates = 0;
};

// The helper's and the bus's CPU while a client watches INTERFACE every INTERVALMS for SECONDS, then
// iw's at the same rate for as long.
Cost measure(const QString &interface, int intervalMs, int seconds)
{
    Cost cost;
    const qint64 helper = pidOf(QStringLiteral("airpane-helper"));
    const qint64 bus = pidOf(QStringLiteral("dbus-daemon"));
    QProcess *watch = probe({QStringLiteral("watch-stations"), interface, QString::number(intervalMs),
                             QString::number(seconds + 4)});
    QThread::sleep(2); // the session up and the first values sent
    const double helperBefore = processCpuMs(helper);
    const double busBefore = processCpuMs(bus);
    QElapsedTimer clock;
    clock.start();
    QThread::msleep(ulong(seconds) * 1000);
    const double elapsed = double(clock.elapsed()) / 1000.0;
    cost.helperMsPerSecond = (processCpuMs(helper) - helperBefore) / elapsed;
    cost.busMsPerSecond = (processCpuMs(bus) - busBefore) / elapsed;
    watch->waitForFinished(60000);
    cost.updates = int(watch->readAllStandardOutput().count("StationsChanged"));
    delete watch; // reaped before iw's children are counted

    const double iwBefore = childrenCpuMs();
    clock.restart();
    for (qint64 due = 0; due < qint64(seconds) * 1000; due += intervalMs) {
        while (clock.elapsed() < due) {
            QThread::msleep(1);
        }
        QProcess iw;
        iw.setStandardOutputFile(QProcess::nullDevice());
        iw.start(QStringLiteral("iw"),
                 {QStringLiteral("dev"), interface, QStringLiteral("station"), QStringLiteral("dump")});
        iw.waitForFinished();
    }
    cost.iwMsPerSecond = (childrenCpuMs() - iwBefore) / (double(clock.elapsed()) / 1000.0);
    return cost;
}

int stationCount(const QString &interface)
{
    return int(runCommand(QStringLiteral("iw"), {QStringLiteral("dev"), interface, QStringLiteral("station"),
                                                 QStringLiteral("dump")})
                   .out.count("Station "));
}

// ADDED station interfaces on the free radio, connected to the scenario's access point.
bool addClients(const LabScenario &lab, QString *error)
{
    const LabAccessPoint &ap = lab.accessPoints.first();
    const QString phy = lab.radios.value(4).phy;
    const QByteArray psk =
        runCommand(QStringLiteral("wpa_passphrase"), {ap.ssid, QStringLiteral("correct horse battery")}).out;
    const QByteArray hex = psk.mid(psk.indexOf("\tpsk=") + 5).split('\n').value(0);
    QFile conf(QStringLiteral("/run/lab/wpas-bench.conf"));
    conf.open(QIODevice::WriteOnly);
    conf.write(QStringLiteral("ctrl_interface=%1\nnetwork={\n\tssid=\"%2\"\n\tkey_mgmt=WPA-PSK\n\tpsk=%3\n"
                              "\tscan_freq=%4\n}\n")
                   .arg(benchCtrl, ap.ssid, QString::fromLatin1(hex))
                   .arg(ap.frequency)
                   .toUtf8());
    conf.close();
    QStringList args{QStringLiteral("-B"), QStringLiteral("-D"), QStringLiteral("nl80211")};
    for (int i = 0; i < addedClients; ++i) {
        const QString name = QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0'));
        const CommandResult added =
            runCommand(QStringLiteral("iw"),
                       {QStringLiteral("phy"), phy, QStringLiteral("interface"), QStringLiteral("add"), name,
                        QStringLiteral("type"), QStringLiteral("managed"), QStringLiteral("addr"),
                        QStringLiteral("02:21:bb:00:00:%1").arg(i, 2, 16, QLatin1Char('0'))});
        if (!added.ok()) {
            *error = QString::fromLocal8Bit(added.err);
            return false;
        }
        if (i > 0) {
            args.append(QStringLiteral("-N"));
        }
        args << QStringLiteral("-i") << name << QStringLiteral("-c") << conf.fileName();
    }
    args << QStringLiteral("-f") << QStringLiteral("/run/lab/logs/wpas-bench.log");
    if (!runCommand(QStringLiteral("wpa_supplicant"), args).ok()) {
        *error = QStringLiteral("wpa_supplicant did not start; see /run/lab/logs/wpas-bench.log");
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (stationCount(ap.ifname) < 2 + addedClients && clock.elapsed() < 300000) {
        QThread::msleep(500);
    }
    if (stationCount(ap.ifname) < 2 + addedClients) {
        *error = QStringLiteral("only %1 clients joined").arg(stationCount(ap.ifname));
        return false;
    }
    return true;
}

void removeClients()
{
    runCommand(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("wpas-bench.conf")});
    QThread::sleep(1);
    for (int i = 0; i < addedClients; ++i) {
        runCommand(QStringLiteral("iw"),
                   {QStringLiteral("dev"), QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0')),
                    QStringLiteral("del")});
    }
}

void report(const char *what, const Cost &cost)
{
    std::printf(
        "%s: helper %.1f ms CPU per second (dbus-daemon %.1f), %d updates; iw station dump at the same "
        "rate %.1f ms per second; ratio %.2f (target <= 1: %s)\n",
        what, cost.helperMsPerSecond, cost.busMsPerSecond, cost.updates, cost.iwMsPerSecond,
        cost.helperMsPerSecond / cost.iwMsPerSecond,
        cost.helperMsPerSecond <= cost.iwMsPerSecond ? "met" : "not met");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const LabScenario lab = LabScenario::ensure(QStringLiteral("clients"), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_stations: %s\n", qPrintable(error));
        return 1;
    }
    const CommandResult services =
        runCommand(QStringLiteral(AIRPANE_SOURCE_DIR "/tools/lab-guest/system-services"),
                   {QStringLiteral("start"), QStringLiteral(AIRPANE_BUILD_DIR)}, 180000);
    if (!services.ok()) {
        std::fprintf(stderr, "bench_stations: %s\n", services.err.constData());
        return 1;
    }
    // A session held for the whole run keeps the helper up; its idle cost is the baseline.
    QProcess *hold = probe({QStringLiteral("hold"), QStringLiteral("900")});
    QThread::sleep(3);
    const qint64 helper = pidOf(QStringLiteral("airpane-helper"));
    const double idleBefore = processCpuMs(helper);
    QThread::sleep(10);
    std::printf("helper idle (a session, nothing watched): %.1f ms CPU per second\n",
                (processCpuMs(helper) - idleBefore) / 10.0);
    report("one link at 10 Hz", measure(lab.stations.first().ifname, 100, 20));
    if (!addClients(lab, &error)) {
        std::fprintf(stderr, "bench_stations: %s\n", qPrintable(error));
        removeClients();
        return 1;
    }
    report("an access point with 32 clients at 1 Hz", measure(lab.accessPoints.first().ifname, 1000, 30));
    removeClients();
    hold->kill();
    hold->waitForFinished();
    delete hold;
    return 0;
}
