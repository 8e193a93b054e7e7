// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The desktop lab VM as tst_desktopgui sees it: what the scenario wrote, the interfaces `iw dev`
// lists, the package's state and the helper as systemd and the bus see it.
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Lab::Desktop {

inline const QString outDir = QStringLiteral("/tmp/airpane-desktop");
inline const QString asDesktopUser = QStringLiteral(AIRPANE_SOURCE_DIR "/tools/lab-guest/as-desktop-user");
inline const QString unit = QStringLiteral("airpane-helper.service");
inline const QString helperBinary = QStringLiteral("/usr/libexec/airpane-helper");
inline const QString busName = QStringLiteral("org.airpane.Helper1");

QString text(const QByteArray &bytes);
// A command's standard output, trimmed; empty when it failed.
QString output(const QString &program, const QStringList &args, int timeoutMs = 60000);
void say(const QString &line);

// What tools/lab-guest/scenario.py wrote: NetworkManager's station, its access point, free radios.
struct Scenario
{
    QString station;   // wlan0
    QString ssid;      // Airpane Home
    QString apAddress; // 10.77.0.1
    QStringList freePhys;
};
std::optional<Scenario> readScenario(QString *error);

// The names of the interfaces `iw dev` lists, "phy#N name" (P2P devices as "phy#N wdev 0x..").
QStringList iwInterfaces();
bool installed();

// The helper, as systemd and the bus see it.
struct HelperProcess
{
    QString activeState;
    QString fragment;
    qint64 mainPid = 0;
    qint64 busOwner = 0;
    QString exe;
    QMap<QString, QString> status; // /proc/PID/status
};
HelperProcess helperProcess();
// PIDs of processes running the helper's binary, deleted or not.
QStringList helperPids();

} // namespace Airpane::Lab::Desktop
