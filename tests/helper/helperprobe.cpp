// SPDX-License-Identifier: GPL-3.0-or-later
// A client of airpane-helper for the tests, built on the proxies generated from the contract. The
// tests run it as their users (runuser) and read what it prints: one JSON object per line.
//
//   helperprobe info | radios | interfaces | regulatory | diagnose (DiagnoseP2p)
//   helperprobe stations IFACE | survey IFACE
//   helperprobe subscribe SECONDS TOPIC...     signals received, one line each
//   helperprobe hold SECONDS                   open a session and wait (prints its path)
//   helperprobe call-session PATH METHOD       call METHOD on another client's session
//   helperprobe audit XML                      call every method of the contract with harmless
//                                              arguments; print each outcome
//   helperprobe bad-arguments                  malformed arguments for each method
//   helperprobe scan IFACE SECONDS [live|MHZ,...]  subscribe to bss and scan, trigger a scan (of
//                                              those frequencies; or a live scan every 2 s), print
//                                              the signals
//   helperprobe bad-scans IFACE                malformed scan options, then two scans at once
//   helperprobe iface-hold RADIO NAME SECONDS  create station NAME and a P2P device, then wait
//   helperprobe find-peers RADIO SECONDS       Wi-Fi Direct peer discovery, its signals and peers
//   helperprobe listen-p2p RADIO SECONDS       the same, listening only
//   helperprobe bad-interfaces RADIO           malformed arguments for the interface and P2P methods
//   helperprobe watch-stations IFACE[,IFACE] MS SECONDS [full]  topic "stations" and WatchStations
#include "helperinterface.h"
#include "probeinterfaces.h"
#include "probeoutput.h"
#include "probestations.h"

#include "contract.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusReply>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace Airpane;
using namespace Airpane::Probe;

namespace {

// Harmless arguments of D-Bus SIGNATURE, for the audit.
QVariant sample(const QString &signature)
{
    if (signature == QLatin1String("s")) {
        return QStringLiteral("wlan0");
    }
    if (signature == QLatin1String("as")) {
        return QStringList{QStringLiteral("radios")};
    }
    if (signature == QLatin1String("u")) {
        return 0u;
    }
    if (signature == QLatin1String("t")) {
        return quint64(0);
    }
    if (signature == QLatin1String("b")) {
        return false;
    }
    if (signature == QLatin1String("a{sv}")) {
        return QVariantMap();
    }
    return {};
}

int audit(const QString &xmlFile)
{
    QFile file(xmlFile);
    QDomDocument document;
    if (!file.open(QIODevice::ReadOnly) || !document.setContent(&file)) {
        std::fprintf(stderr, "helperprobe: cannot read %s\n", qPrintable(xmlFile));
        return 2;
    }
    // The session of a client that may open one, or a path no client owns.
    QString sessionPath = openSession();
    if (sessionPath.isEmpty()) {
        sessionPath = Contract::sessionPathPrefix + QStringLiteral("4294967295");
    }
    const QDomNodeList interfaces = document.elementsByTagName(QStringLiteral("interface"));
    QList<QDBusMessage> closes;
    for (int i = 0; i < interfaces.size(); ++i) {
        const QDomElement interface = interfaces.at(i).toElement();
        const QString name = interface.attribute(QStringLiteral("name"));
        const QString path = name == Contract::sessionInterface ? sessionPath : Contract::helperPath;
        const QDomNodeList methods = interface.elementsByTagName(QStringLiteral("method"));
        for (int m = 0; m < methods.size(); ++m) {
            const QDomElement method = methods.at(m).toElement();
            QDBusMessage call = QDBusMessage::createMethodCall(Contract::service, path, name,
                                                               method.attribute(QStringLiteral("name")));
            QVariantList arguments;
            const QDomNodeList args = method.elementsByTagName(QStringLiteral("arg"));
            for (int a = 0; a < args.size(); ++a) {
                const QDomElement arg = args.at(a).toElement();
                if (arg.attribute(QStringLiteral("direction"), QStringLiteral("in")) == QLatin1String("in")) {
                    arguments.append(sample(arg.attribute(QStringLiteral("type"))));
                }
            }
            call.setArguments(arguments);
            if (call.member() == QLatin1String("Close")) {
                closes.append(call); // last: it would end the session the others need
                continue;
            }
            const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 20000);
            print(outcome(name + QLatin1Char('.') + call.member(), QDBusError(reply)));
        }
    }
    for (const QDBusMessage &call : std::as_const(closes)) {
        const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 20000);
        print(outcome(call.interface() + QLatin1Char('.') + call.member(), QDBusError(reply)));
    }
    return 0;
}

int badArguments()
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    const QStringList names = {QString(),
                               QStringLiteral("a-name-longer-than-15"),
                               QStringLiteral("wl/an0"),
                               QStringLiteral("wlan 0"),
                               QStringLiteral("wlän0"),
                               QStringLiteral(".."),
                               QStringLiteral("nosuchiface0")};
    for (const QString &name : names) {
        QDBusPendingReply<QVariantMapList> stations = session.GetStations(name);
        stations.waitForFinished();
        print(outcome(QStringLiteral("GetStations(%1)").arg(name), stations.error()));
        QDBusPendingReply<QVariantMapList> survey = session.GetSurvey(name);
        survey.waitForFinished();
        print(outcome(QStringLiteral("GetSurvey(%1)").arg(name), survey.error()));
    }
    for (const QStringList &topics : {QStringList{QStringLiteral("nonsense")}, QStringList{QString()},
                                      QStringList{QStringLiteral("radios"), QStringLiteral("RADIOS")}}) {
        QDBusPendingReply<> reply = session.Subscribe(topics);
        reply.waitForFinished();
        print(outcome(QStringLiteral("Subscribe(%1)").arg(topics.join(QLatin1Char(','))), reply.error()));
    }
    // The wrong D-Bus signature never reaches the helper's code.
    QDBusMessage wrong = QDBusMessage::createMethodCall(Contract::service, path, Contract::sessionInterface,
                                                        QStringLiteral("GetStations"));
    wrong.setArguments({42u});
    print(outcome(QStringLiteral("GetStations(u)"), QDBusError(QDBusConnection::systemBus().call(wrong))));
    return 0;
}

void connectBss(OrgAirpaneHelper1SessionInterface &session)
{
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::BssChanged,
                     [](const QVariantMapList &changed, const QStringList &removed) {
                         print({{QStringLiteral("signal"), QStringLiteral("BssChanged")},
                                {QStringLiteral("changed"), toJson(changed)},
                                {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}});
                     });
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::ScanStateChanged,
                     [](const QString &interface, const QString &state, bool ours) {
                         print({{QStringLiteral("signal"), QStringLiteral("ScanStateChanged")},
                                {QStringLiteral("interface"), interface},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("ours"), ours}});
                     });
}

int scan(const QString &interface, int seconds, bool live, const QVariantList &frequencies)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    connectBss(session);
    QDBusPendingReply<> subscribed = session.Subscribe({Contract::Topic::bss, Contract::Topic::scan});
    subscribed.waitForFinished();
    print(outcome(QStringLiteral("Subscribe"), subscribed.error()));
    // Under emulation a scan of every band takes longer than the cycle: the live test scans 2.4 GHz.
    QDBusPendingReply<> started =
        live
            ? session.SetLiveScan(interface,
                                  {{QStringLiteral("mode"), QStringLiteral("live")},
                                   {QStringLiteral("interval"), 2u},
                                   {QStringLiteral("bands"), QStringList{QStringLiteral("2.4GHz")}}})
            : session.TriggerScan(interface, frequencies.isEmpty()
                                                 ? QVariantMap{{QStringLiteral("flush"), true}}
                                                 : QVariantMap{{QStringLiteral("flush"), true},
                                                               {QStringLiteral("frequencies"), frequencies}});
    started.waitForFinished();
    print(outcome(live ? QStringLiteral("SetLiveScan") : QStringLiteral("TriggerScan"), started.error()));
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

int badScans(const QString &interface)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    const QList<std::pair<QString, QVariantMap>> cases = {
        {QStringLiteral("unknown option"), {{QStringLiteral("turbo"), true}}},
        {QStringLiteral("frequency out of range"),
         {{QStringLiteral("frequencies"), QVariant::fromValue(QList<int>{2412, 99999})}}},
        {QStringLiteral("frequency not a number"),
         {{QStringLiteral("frequencies"), QStringList{QStringLiteral("2412")}}}},
        {QStringLiteral("ssid too long"),
         {{QStringLiteral("ssids"), QStringList{QString(40, QLatin1Char('x'))}}}},
        {QStringLiteral("passive with ssid"),
         {{QStringLiteral("passive"), true}, {QStringLiteral("ssids"), QStringList{QStringLiteral("a")}}}},
        {QStringLiteral("duration zero"), {{QStringLiteral("durationTu"), 0u}}},
        {QStringLiteral("flag not boolean"), {{QStringLiteral("flush"), QStringLiteral("yes")}}},
    };
    for (const auto &[what, options] : cases) {
        QDBusPendingReply<> reply = session.TriggerScan(interface, options);
        reply.waitForFinished();
        print(outcome(QStringLiteral("TriggerScan(%1)").arg(what), reply.error()));
    }
    for (const auto &[what, settings] : QList<std::pair<QString, QVariantMap>>{
             {QStringLiteral("live mode unknown"), {{QStringLiteral("mode"), QStringLiteral("fast")}}},
             {QStringLiteral("live interval too short"), {{QStringLiteral("interval"), 1u}}},
             {QStringLiteral("live band unknown"),
              {{QStringLiteral("bands"), QStringList{QStringLiteral("60GHz")}}}}}) {
        QDBusPendingReply<> reply = session.SetLiveScan(interface, settings);
        reply.waitForFinished();
        print(outcome(QStringLiteral("SetLiveScan(%1)").arg(what), reply.error()));
    }
    // Two scans at once: the second is over the rate limit (or finds the first still running).
    QDBusPendingReply<> first = session.TriggerScan(interface, {});
    QDBusPendingReply<> second = session.TriggerScan(interface, {});
    first.waitForFinished();
    second.waitForFinished();
    print(outcome(QStringLiteral("TriggerScan(first)"), first.error()));
    print(outcome(QStringLiteral("TriggerScan(second)"), second.error()));
    return 0;
}

int subscribe(int seconds, const QStringList &topics)
{
    const QString path = openSession();
    if (path.isEmpty()) {
        return 1;
    }
    OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::RadiosChanged,
                     [](const QVariantMapList &changed, const QList<uint> &removed) {
                         QJsonArray gone;
                         for (const uint index : removed) {
                             gone.append(qint64(index));
                         }
                         print({{QStringLiteral("signal"), QStringLiteral("RadiosChanged")},
                                {QStringLiteral("changed"), toJson(changed)},
                                {QStringLiteral("removed"), gone}});
                     });
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::InterfacesChanged,
                     [](const QVariantMapList &changed, const QStringList &removed) {
                         print({{QStringLiteral("signal"), QStringLiteral("InterfacesChanged")},
                                {QStringLiteral("changed"), toJson(changed)},
                                {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}});
                     });
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::RegulatoryChanged,
                     [](const QVariantMapList &domains) {
                         print({{QStringLiteral("signal"), QStringLiteral("RegulatoryChanged")},
                                {QStringLiteral("domains"), toJson(domains)}});
                     });
    QObject::connect(&session, &OrgAirpaneHelper1SessionInterface::Events, [](const QVariantMapList &events) {
        print({{QStringLiteral("signal"), QStringLiteral("Events")},
               {QStringLiteral("events"), toJson(events)}});
    });
    QDBusPendingReply<> reply = session.Subscribe(topics);
    reply.waitForFinished();
    print(outcome(QStringLiteral("Subscribe"), reply.error()));
    print({{QStringLiteral("session"), path}});
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Contract::registerTypes();
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("info")) {
        QDBusReply<QVariantMap> reply = helper().GetInfo();
        reply.isValid() ? print({{QStringLiteral("call"), command},
                                 {QStringLiteral("result"), Contract::jsonFromVariant(reply.value())}})
                        : print(outcome(command, reply.error()));
        return reply.isValid() ? 0 : 1;
    }
    if (command == QLatin1String("radios") || command == QLatin1String("interfaces") ||
        command == QLatin1String("regulatory") || command == QLatin1String("stations") ||
        command == QLatin1String("survey") || command == QLatin1String("diagnose")) {
        const QString path = openSession();
        if (path.isEmpty()) {
            return 1;
        }
        OrgAirpaneHelper1SessionInterface session(Contract::service, path, QDBusConnection::systemBus());
        if (command == QLatin1String("radios")) {
            return printList(command, session.GetRadios());
        }
        if (command == QLatin1String("interfaces")) {
            return printList(command, session.GetInterfaces());
        }
        if (command == QLatin1String("regulatory")) {
            return printList(command, session.GetRegulatory());
        }
        if (command == QLatin1String("diagnose")) {
            return printList(command, session.DiagnoseP2p());
        }
        return printList(command, command == QLatin1String("stations") ? session.GetStations(args.value(1))
                                                                       : session.GetSurvey(args.value(1)));
    }
    if (command == QLatin1String("subscribe") && args.size() >= 3) {
        return subscribe(args[1].toInt(), args.mid(2));
    }
    if (command == QLatin1String("hold") && args.size() == 2) {
        const QString path = openSession();
        if (path.isEmpty()) {
            return 1;
        }
        print({{QStringLiteral("session"), path}});
        QTimer::singleShot(args[1].toInt() * 1000, &app, &QCoreApplication::quit);
        return app.exec();
    }
    if (command == QLatin1String("call-session") && args.size() == 3) {
        const QDBusMessage call =
            QDBusMessage::createMethodCall(Contract::service, args[1], Contract::sessionInterface, args[2]);
        print(outcome(args[2], QDBusError(QDBusConnection::systemBus().call(call))));
        return 0;
    }
    if (command == QLatin1String("audit") && args.size() == 2) {
        return audit(args[1]);
    }
    if (command == QLatin1String("bad-arguments")) {
        return badArguments();
    }
    if (command == QLatin1String("scan") && args.size() >= 3) {
        QVariantList frequencies;
        if (args.value(3) != QLatin1String("live")) {
            for (const QString &frequency : args.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                frequencies.append(frequency.toUInt());
            }
        }
        return scan(args[1], args[2].toInt(), args.value(3) == QLatin1String("live"), frequencies);
    }
    if (command == QLatin1String("iface-hold") && args.size() == 4) {
        return interfaceHold(args[1].toUInt(), args[2], args[3].toInt());
    }
    if ((command == QLatin1String("find-peers") || command == QLatin1String("listen-p2p")) &&
        args.size() == 3) {
        return discoverPeers(args[1].toUInt(), args[2].toInt(), command == QLatin1String("listen-p2p"));
    }
    if (command == QLatin1String("watch-stations") && args.size() >= 4) {
        return watchStations(args[1].split(QLatin1Char(','), Qt::SkipEmptyParts), args[2].toUInt(),
                             args[3].toInt(), args.value(4) == QLatin1String("full"));
    }
    if (command == QLatin1String("bad-interfaces") && args.size() == 2) {
        return badInterfaces(args[1].toUInt());
    }
    if (command == QLatin1String("bad-scans") && args.size() == 2) {
        return badScans(args[1]);
    }
    std::fprintf(stderr, "helperprobe: unknown command (see the source's header)\n");
    return 2;
}
