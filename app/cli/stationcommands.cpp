// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationcommands.h"

#include "textformat.h"

#include "core/backend.h"
#include "stations/stationmonitor.h"
#include "support/unixsignalwatcher.h"
#include "json/json.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace Airpane {
namespace {

const char *usage = "stations INTERFACE --watch [--interval MS] [--count N] [--timeout SECONDS]";

void flattenInto(QVariantMap &out, const QString &path, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            flattenInto(out, path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // TID counters are named by their TID, which stays put when the kernel leaves one out.
            const QJsonValue tid = array[i].toObject().value(QStringLiteral("tid"));
            flattenInto(out, path + QLatin1Char('.') + QString::number(tid.isDouble() ? tid.toInt() : int(i)),
                        array[i]);
        }
    } else {
        out.insert(path, value.toVariant());
    }
}

QString shown(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("-") : value.toString();
}

} // namespace

StationCommands::StationCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err)
    : m_backend(backend)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

int StationCommands::fail(const QString &message, int code)
{
    m_err << "airpane-cli: " << message << Qt::endl;
    return code;
}

QVariantMap StationCommands::flatten(const QJsonObject &station)
{
    QVariantMap out;
    flattenInto(out, QString(), station);
    return out;
}

int StationCommands::watch(const QString &interface, const QStringList &options)
{
    int intervalMs = 1000;
    int count = -1;
    int timeoutSeconds = -1;
    for (qsizetype i = 0; i < options.size(); ++i) {
        bool ok = options[i] == QLatin1String("--watch");
        if (options[i] == QLatin1String("--interval") && i + 1 < options.size()) {
            intervalMs = options[++i].toInt(&ok);
            ok = ok && intervalMs > 0;
        } else if (options[i] == QLatin1String("--count") && i + 1 < options.size()) {
            count = options[++i].toInt(&ok);
            ok = ok && count > 0;
        } else if (options[i] == QLatin1String("--timeout") && i + 1 < options.size()) {
            timeoutSeconds = options[++i].toInt(&ok);
            ok = ok && timeoutSeconds > 0;
        }
        if (!ok) {
            return fail(QStringLiteral("usage: %1").arg(QLatin1String(usage)), 2);
        }
    }
    if (intervalMs != Stations::StationMonitor::boundedInterval(intervalMs)) {
        return fail(QStringLiteral("--interval is %1 to %2 ms")
                        .arg(Stations::StationMonitor::minimumIntervalMs)
                        .arg(Stations::StationMonitor::maximumIntervalMs),
                    2);
    }
    Stations::StationMonitor monitor(m_backend);
    QEventLoop loop;
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &loop, &QEventLoop::quit);
    if (timeoutSeconds > 0) {
        QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    }
    int printed = 0;
    int result = 0;
    QHash<QString, QVariantMap> last; // by MAC: what the previous line showed
    QObject::connect(
        &monitor, &Stations::StationMonitor::problem, &loop, [&](const QString &, const QString &error) {
            result = fail(QStringLiteral("cannot list the stations of %1: %2").arg(interface, error));
            loop.quit();
        });
    QObject::connect(&monitor, &Stations::StationMonitor::stationsChanged, &loop,
                     [&](const QString &name, const Stations::StationTable::Delta &delta) {
                         auto done = [&] { return count > 0 && printed >= count; };
                         for (const QString &mac : delta.removed) {
                             print(name, mac, QStringLiteral("left"), nullptr, {}, last.take(mac), {});
                             ++printed;
                         }
                         for (const QStringList *macs : {&delta.added, &delta.changed}) {
                             for (const QString &mac : *macs) {
                                 const Station *station = monitor.table().find(name, mac);
                                 if (!station || done()) {
                                     continue;
                                 }
                                 const QVariantMap now = flatten(Json::station(*station));
                                 const QVariantMap before = last.value(mac);
                                 QStringList changed;
                                 for (auto it = now.cbegin(); it != now.cend(); ++it) {
                                     if (macs == &delta.changed && before.value(it.key()) != it.value()) {
                                         changed.append(it.key());
                                     }
                                 }
                                 print(name, mac,
                                       macs == &delta.added ? QStringLiteral("joined")
                                                            : QStringLiteral("changed"),
                                       station, changed, before, now);
                                 last.insert(mac, now);
                                 ++printed;
                             }
                         }
                         if (done()) {
                             loop.quit();
                         }
                     });
    const int used = monitor.watch(&loop, {interface}, intervalMs);
    if (!m_json) {
        m_err
            << QStringLiteral("watching the stations of %1 every %2 ms; Ctrl+C ends").arg(interface).arg(used)
            << Qt::endl;
    }
    loop.exec();
    return result;
}

void StationCommands::print(const QString &interface, const QString &mac, const QString &change,
                            const Station *station, const QStringList &changed, const QVariantMap &before,
                            const QVariantMap &after)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (m_json) {
        // One object per line, for streaming consumers.
        const QJsonObject line{
            {QStringLiteral("time"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("interface"), interface},
            {QStringLiteral("mac"), mac},
            {QStringLiteral("change"), change},
            {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
            {QStringLiteral("station"), station ? QJsonValue(Json::station(*station)) : QJsonValue()},
        };
        m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    } else {
        QString text = QStringLiteral("%1  %2  %3  %4")
                           .arg(now.toString(QStringLiteral("HH:mm:ss.zzz")), interface, mac, change);
        if (change == QLatin1String("joined") && station) {
            text += QLatin1Char('\n') + Text::station(*station);
        }
        for (const QString &key : changed) {
            text += QStringLiteral("  %1 %2→%3").arg(key, shown(before.value(key)), shown(after.value(key)));
        }
        m_out << text << '\n';
    }
    m_out.flush();
}

} // namespace Airpane
