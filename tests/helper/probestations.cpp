// SPDX-License-Identifier: GPL-3.0-or-later
#include "probestations.h"

#include "probeoutput.h"

#include "contract.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QTimer>

namespace Airpane::Probe {

int watchStations(const QStringList &interfaces, uint intervalMs, int seconds, bool full)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    int received = 0;
    int stations = 0;
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::StationsChanged,
                     [&](const QVariantMapList &changed, const QStringList &removed) {
                         ++received;
                         stations += int(changed.size());
                         QJsonArray keys;
                         for (const QVariantMap &station : changed) {
                             keys.append(QString(station.value(QStringLiteral("interface")).toString() +
                                                 QLatin1Char('/') +
                                                 station.value(QStringLiteral("mac")).toString()));
                         }
                         QJsonObject line{{QStringLiteral("signal"), QStringLiteral("StationsChanged")},
                                          {QStringLiteral("changed"), keys},
                                          {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}};
                         if (full) {
                             line.insert(QStringLiteral("stations"), toJson(changed));
                         }
                         print(line);
                     });
    QDBusPendingReply<> subscribed = session.Subscribe({Contract::Topic::stations});
    subscribed.waitForFinished();
    print(outcome(QStringLiteral("Subscribe"), subscribed.error()));
    QDBusPendingReply<uint> watched = session.WatchStations(interfaces, intervalMs);
    watched.waitForFinished();
    QJsonObject answer = outcome(QStringLiteral("WatchStations"), watched.error());
    if (!watched.isError()) {
        answer.insert(QStringLiteral("intervalMs"), qint64(watched.value()));
    }
    print(answer);
    if (watched.isError()) {
        return 1;
    }
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    const int result = QCoreApplication::exec();
    print({{QStringLiteral("summary"), QStringLiteral("stations")},
           {QStringLiteral("signals"), received},
           {QStringLiteral("stations"), stations}});
    return result;
}

} // namespace Airpane::Probe
