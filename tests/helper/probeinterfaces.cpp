// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeinterfaces.h"

#include "probeoutput.h"

#include "contract.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QTimer>

namespace Airpane::Probe {
namespace {

// Prints the map PENDING answers (as "result"), or its error; true on success.
bool printMap(const QString &what, QDBusPendingReply<QVariantMap> reply)
{
    reply.waitForFinished();
    QJsonObject line = outcome(what, reply.error());
    if (!reply.isError()) {
        line.insert(QStringLiteral("result"), Contract::jsonFromVariant(reply.value()));
    }
    print(line);
    return !reply.isError();
}

void printDone(const QString &what, QDBusPendingReply<> reply)
{
    reply.waitForFinished();
    print(outcome(what, reply.error()));
}

} // namespace

int interfaceHold(uint radio, const QString &name, int seconds)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    const bool created = printMap(QStringLiteral("CreateInterface"),
                                  session.CreateInterface(radio, name, QStringLiteral("station"), {}));
    const bool started = printMap(QStringLiteral("StartP2p"), session.StartP2p(radio, {}));
    print({{QStringLiteral("holding"), created && started}});
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

int discoverPeers(uint radio, int seconds, bool listenOnly)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::PeersChanged,
                     [](const QVariantMapList &changed, const QStringList &removed) {
                         print({{QStringLiteral("signal"), QStringLiteral("PeersChanged")},
                                {QStringLiteral("changed"), toJson(changed)},
                                {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}});
                     });
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::FramesSent,
                     [](const QVariantMapList &frames) {
                         print({{QStringLiteral("signal"), QStringLiteral("FramesSent")},
                                {QStringLiteral("frames"), toJson(frames)}});
                     });
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::P2pStateChanged, [](const QString &state) {
        print({{QStringLiteral("signal"), QStringLiteral("P2pStateChanged")},
               {QStringLiteral("state"), state}});
    });
    printDone(QStringLiteral("Subscribe"), session.Subscribe({Contract::Topic::p2p}));
    const QVariantMap device{{QStringLiteral("name"), QStringLiteral("Airpane probe")},
                             {QStringLiteral("configMethods"), QStringList{QStringLiteral("push_button")}}};
    if (!printMap(QStringLiteral("StartP2p"), session.StartP2p(radio, device))) {
        return 1;
    }
    listenOnly ? printDone(QStringLiteral("ListenP2p"), session.ListenP2p(uint(seconds)))
               : printDone(QStringLiteral("FindPeers"), session.FindPeers(uint(seconds)));
    QTimer::singleShot(seconds * 1000 + 500, qApp, [&session] {
        printList(QStringLiteral("GetPeers"), session.GetPeers());
        printDone(QStringLiteral("EndP2p"), session.EndP2p());
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

int badInterfaces(uint radio)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    const QString station = QStringLiteral("station");
    const QString name = QStringLiteral("airpane-bad");
    const QList<std::tuple<QString, uint, QString, QString, QVariantMap>> creates = {
        {QStringLiteral("name too long"), radio, QStringLiteral("a-name-longer-than-15"), station, {}},
        {QStringLiteral("name with slash"), radio, QStringLiteral("wl/an0"), station, {}},
        {QStringLiteral("name dot-dot"), radio, QStringLiteral(".."), station, {}},
        {QStringLiteral("type unknown"), radio, name, QStringLiteral("router"), {}},
        {QStringLiteral("type AP/VLAN"), radio, name, QStringLiteral("ap-vlan"), {}},
        {QStringLiteral("option unknown"), radio, name, station, {{QStringLiteral("turbo"), true}}},
        {QStringLiteral("mac malformed"),
         radio,
         name,
         station,
         {{QStringLiteral("mac"), QStringLiteral("02:00:zz")}}},
        {QStringLiteral("mac multicast"),
         radio,
         name,
         station,
         {{QStringLiteral("mac"), QStringLiteral("03:00:00:00:00:01")}}},
        {QStringLiteral("flags on a station"),
         radio,
         name,
         station,
         {{QStringLiteral("monitorFlags"), QStringList{QStringLiteral("control")}}}},
        {QStringLiteral("flag unknown"),
         radio,
         name,
         QStringLiteral("monitor"),
         {{QStringLiteral("monitorFlags"), QStringList{QStringLiteral("everything")}}}},
        {QStringLiteral("up not boolean"),
         radio,
         name,
         station,
         {{QStringLiteral("up"), QStringLiteral("yes")}}},
        {QStringLiteral("no such radio"), 4000000u, name, station, {}},
    };
    for (const auto &[what, onRadio, ifname, type, options] : creates) {
        printMap(QStringLiteral("CreateInterface(%1)").arg(what),
                 session.CreateInterface(onRadio, ifname, type, options));
    }
    printMap(QStringLiteral("DeleteInterface(no such wdev)"), session.DeleteInterface(0xdead00000001ull));
    printMap(QStringLiteral("SetInterfaceType(type unknown)"),
             session.SetInterfaceType(0xdead00000001ull, QStringLiteral("router"), {}));
    printMap(QStringLiteral("SetInterfaceType(no such wdev)"),
             session.SetInterfaceType(0xdead00000001ull, station, {}));
    printMap(QStringLiteral("CheckInterface(type unknown)"),
             session.CheckInterface(radio, QStringLiteral("x"), {}));
    printMap(QStringLiteral("CheckInterface(option unknown)"),
             session.CheckInterface(radio, station, {{QStringLiteral("channel"), 6u}}));
    printMap(QStringLiteral("CheckInterface(no such radio)"), session.CheckInterface(4000000u, station, {}));
    const QList<std::pair<QString, QVariantMap>> devices = {
        {QStringLiteral("name too long"), {{QStringLiteral("name"), QString(33, QLatin1Char('x'))}}},
        {QStringLiteral("name with control character"), {{QStringLiteral("name"), QStringLiteral("a\nb")}}},
        {QStringLiteral("type malformed"), {{QStringLiteral("type"), QStringLiteral("TV")}}},
        {QStringLiteral("config method unknown"),
         {{QStringLiteral("configMethods"), QStringList{QStringLiteral("psychic")}}}},
        {QStringLiteral("no config methods"), {{QStringLiteral("configMethods"), QStringList{}}}},
        {QStringLiteral("listen channel 3"), {{QStringLiteral("listenChannel"), 3u}}},
        {QStringLiteral("setting unknown"), {{QStringLiteral("goIntent"), 15u}}},
    };
    for (const auto &[what, device] : devices) {
        printMap(QStringLiteral("StartP2p(%1)").arg(what), session.StartP2p(radio, device));
    }
    printMap(QStringLiteral("StartP2p(no such radio)"), session.StartP2p(4000000u, {}));
    printDone(QStringLiteral("FindPeers(timeout 0)"), session.FindPeers(0));
    printDone(QStringLiteral("ListenP2p(timeout 3601)"), session.ListenP2p(3601));
    printDone(QStringLiteral("FindPeers(no such device)"), session.FindPeers(5));
    printDone(QStringLiteral("StopP2p(no such device)"), session.StopP2p());
    printDone(QStringLiteral("EndP2p(no such device)"), session.EndP2p());
    return 0;
}

} // namespace Airpane::Probe
