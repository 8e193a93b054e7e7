// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopsystem.h"

#include "support/command.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Airpane::Lab::Desktop {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

QString output(const QString &program, const QStringList &args, int timeoutMs)
{
    const CommandResult result = runCommand(program, args, timeoutMs);
    return result.ok() ? text(result.out) : QString();
}

void say(const QString &line)
{
    qInfo("%s", qPrintable(line));
}

std::optional<Scenario> readScenario(QString *error)
{
    QFile file(u"/run/lab/scenario.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"no /run/lab/scenario.json"_s;
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Scenario desktop;
    QString apName;
    for (const QJsonValue station : json[u"stations"].toArray()) {
        if (station[u"manager"].toString() == u"networkmanager") {
            desktop.station = station[u"ifname"].toString();
            apName = station[u"ap"].toString();
        }
    }
    for (const QJsonValue ap : json[u"aps"].toArray()) {
        if (ap[u"name"].toString() == apName) {
            desktop.ssid = ap[u"ssid"].toString();
            desktop.apAddress = ap[u"address"].toString().section(u'/', 0, 0);
        }
    }
    for (const QJsonValue radio : json[u"radios"].toArray()) {
        if (radio[u"role"].toString() == u"free") {
            desktop.freePhys.append(radio[u"phy"].toString());
        }
    }
    if (desktop.station.isEmpty() || desktop.ssid.isEmpty() || desktop.apAddress.isEmpty() ||
        desktop.freePhys.isEmpty()) {
        *error = u"scenario.json has no NetworkManager station with an access point, or no free radio"_s;
        return std::nullopt;
    }
    return desktop;
}

QStringList iwInterfaces()
{
    QStringList interfaces;
    QString phy;
    QString wdev;
    const QStringList lines = output(u"iw"_s, {u"dev"_s}).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"phy#")) {
            phy = line;
        } else if (line.startsWith(u"Interface ")) {
            interfaces.append(phy + u' ' + line.section(u' ', 1, 1));
        } else if (line.startsWith(u"wdev ")) {
            wdev = line;
        } else if (line == u"type P2P-device") {
            interfaces.append(phy + u' ' + wdev);
        }
    }
    interfaces.sort();
    return interfaces;
}

bool installed()
{
    return output(u"dpkg-query"_s, {u"-W"_s, u"-f=${db:Status-Abbrev}"_s, u"airpane"_s}).startsWith(u"ii");
}

HelperProcess helperProcess()
{
    HelperProcess helper;
    const QStringList show = output(u"systemctl"_s, {u"show"_s, u"-p"_s, u"ActiveState"_s, u"-p"_s,
                                                     u"FragmentPath"_s, u"-p"_s, u"MainPID"_s, unit})
                                 .split(u'\n');
    for (const QString &line : show) {
        const QString value = line.section(u'=', 1);
        if (line.startsWith(u"ActiveState=")) {
            helper.activeState = value;
        } else if (line.startsWith(u"FragmentPath=")) {
            helper.fragment = value;
        } else if (line.startsWith(u"MainPID=")) {
            helper.mainPid = value.toLongLong();
        }
    }
    // "u 1234"
    helper.busOwner =
        output(u"busctl"_s, {u"--system"_s, u"call"_s, u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                             u"org.freedesktop.DBus"_s, u"GetConnectionUnixProcessID"_s, u"s"_s, busName})
            .section(u' ', 1, 1)
            .toLongLong();
    if (helper.mainPid > 0) {
        helper.exe = QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(helper.mainPid));
        QFile status(u"/proc/%1/status"_s.arg(helper.mainPid));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                const int colon = line.indexOf(':');
                if (colon > 0) {
                    helper.status.insert(QString::fromLatin1(line.left(colon)),
                                         QString::fromLatin1(line.mid(colon + 1)).trimmed());
                }
            }
        }
    }
    return helper;
}

QStringList helperPids()
{
    QStringList pids;
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        const QString exe = QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(pid));
        if (exe == helperBinary || exe == helperBinary + u" (deleted)"_s) {
            pids.append(pid);
        }
    }
    return pids;
}

} // namespace Airpane::Lab::Desktop
