// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pcommands.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "p2p/discovery.h"
#include "p2p/p2psession.h"
#include "scan/scancontroller.h"
#include "support/unixsignalwatcher.h"
#include "json/p2pjson.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <csignal>

namespace Airpane {
namespace {

const char *usage =
    "p2p find RADIO [--timeout SECONDS] [DEVICE OPTIONS]   search and listen; print peers as found\n"
    "p2p listen RADIO [--timeout SECONDS] [DEVICE OPTIONS] stay discoverable; print answered probes\n"
    "p2p peers RADIO [--timeout SECONDS]                  find for a while (5 s), print the peers\n"
    "p2p stop                                             (discovery ends with its command)\n"
    "p2p diagnose [RADIO]                                 why Wi-Fi Direct is unavailable\n"
    "DEVICE OPTIONS: --name NAME --type 1-0050F204-1 --config-methods \"display push_button\"\n"
    "                --listen-channel 1|6|11";

QString peerLine(const Peer &peer)
{
    return QStringLiteral("%1  %2  %3 (%4)  %5%6")
        .arg(peer.address, QStringLiteral("\"%1\"").arg(peer.name).leftJustified(24), peer.category,
             peer.primaryType, P2p::configMethodNames(peer.configMethods),
             peer.probeRequestOnly ? QStringLiteral("  [searching]") : QString());
}

} // namespace

P2pCommands::P2pCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err)
    : m_backend(backend)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

int P2pCommands::fail(const QString &message, int code)
{
    m_err << "airpane-cli: " << message << Qt::endl;
    return code;
}

std::optional<Radio> P2pCommands::radio(const QString &spec)
{
    bool isNumber = false;
    const uint index = spec.toUInt(&isNumber);
    return isNumber ? m_backend->radio(index) : m_backend->radioByName(spec);
}

int P2pCommands::run(const QStringList &args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("find") || what == QLatin1String("listen") || what == QLatin1String("peers")) {
        return discover(what, args);
    }
    if (what == QLatin1String("diagnose")) {
        return diagnose(args);
    }
    if (what == QLatin1String("stop")) {
        m_out << "Nothing to stop: airpane-cli's P2P device lives as long as its p2p command (end it with "
                 "Ctrl-C); "
                 "the kernel removes the device with it.\n";
        return 0;
    }
    return fail(QStringLiteral("usage:\n%1").arg(QLatin1String(usage)), 2);
}

bool P2pCommands::parseDevice(const QStringList &args, qsizetype from, P2p::LocalDevice &device,
                              int &timeoutSeconds)
{
    for (qsizetype i = from; i < args.size(); ++i) {
        const QString &option = args[i];
        if (i + 1 >= args.size()) {
            return false;
        }
        const QString value = args[++i];
        bool ok = true;
        if (option == QLatin1String("--timeout")) {
            timeoutSeconds = value.toInt(&ok);
            ok = ok && timeoutSeconds > 0 && timeoutSeconds <= 86400;
        } else if (option == QLatin1String("--name")) {
            device.name = value;
            ok = P2p::isDeviceName(value);
        } else if (option == QLatin1String("--type")) {
            const auto type = P2p::DeviceType::fromText(value);
            ok = type.has_value();
            if (ok) {
                device.primaryType = *type;
            }
        } else if (option == QLatin1String("--config-methods")) {
            const auto methods =
                P2p::configMethodsFromNames(value.split(QLatin1Char(' '), Qt::SkipEmptyParts));
            // wpa_supplicant drops Device Info without config methods: at least one.
            ok = methods && *methods != 0;
            device.configMethods = methods.value_or(0);
        } else if (option == QLatin1String("--listen-channel")) {
            const int channel = value.toInt(&ok);
            ok = ok && (channel == 1 || channel == 6 || channel == 11);
            device.listenChannel = std::uint8_t(channel);
        } else {
            ok = false;
        }
        if (!ok) {
            fail(QStringLiteral("bad option %1 \"%2\"").arg(option, value));
            return false;
        }
    }
    return true;
}

int P2pCommands::discover(const QString &mode, const QStringList &args)
{
    if (args.size() < 2) {
        return fail(QStringLiteral("usage:\n%1").arg(QLatin1String(usage)), 2);
    }
    const auto found = radio(args[1]);
    if (!found) {
        return fail(QStringLiteral("no radio \"%1\" (airpane-cli radios lists them)").arg(args[1]));
    }
    P2p::LocalDevice device;
    device.name = QStringLiteral("Airpane %1").arg(found->name);
    int timeoutSeconds = mode == QLatin1String("peers") ? 5 : 0;
    if (!parseDevice(args, 2, device, timeoutSeconds)) {
        return 2;
    }
    InterfaceManager interfaces(m_backend);
    Scan::ScanController scans(m_backend);
    P2p::P2pSession session(m_backend, &interfaces, &scans);
    QEventLoop loop;
    QString error;
    session.start(found->index, device, [&](const QString &result) {
        error = result;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty()) {
        return fail(
            QStringLiteral("cannot start Wi-Fi Direct on %1: %2 (airpane-cli p2p diagnose %1 tells why)")
                .arg(found->name, error));
    }
    P2p::Discovery *discovery = session.discovery();
    const bool quiet = mode == QLatin1String("peers");
    // A peer is heard about once a second: print it when found, then only what a person would want
    // told (its name, type, methods, group, channel, a signal that moved), against what was printed.
    QHash<QString, Peer> printed;
    auto print = [&](const QString &kind, const QString &address) {
        const Peer *peer = discovery->peers().find(address);
        if (quiet || !peer) {
            return;
        }
        const bool isNew = kind == QLatin1String("found");
        const auto last = printed.constFind(address);
        const QStringList changed =
            isNew || last == printed.cend() ? QStringList() : P2p::PeerTable::differences(*last, *peer);
        if (!isNew && changed.isEmpty()) {
            return;
        }
        printed.insert(address, *peer);
        if (m_json) {
            QJsonObject line{{QStringLiteral("change"), kind},
                             {QStringLiteral("peer"), Json::peer(*peer, discovery->peers().expiryMs())}};
            if (!changed.isEmpty()) {
                line.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
            }
            m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else if (isNew) {
            m_out << "+ " << peerLine(*peer) << '\n';
        } else {
            m_out << "~ " << peerLine(*peer) << "  (" << changed.join(QStringLiteral(", ")) << ")\n";
        }
        m_out.flush();
    };
    QObject::connect(discovery, &P2p::Discovery::peerFound, &loop,
                     [&](const QString &address) { print(QStringLiteral("found"), address); });
    QObject::connect(discovery, &P2p::Discovery::peerChanged, &loop,
                     [&](const QString &address) { print(QStringLiteral("changed"), address); });
    QObject::connect(discovery, &P2p::Discovery::problem, &loop,
                     [&](const QString &problem) { m_err << "airpane-cli: " << problem << Qt::endl; });
    QObject::connect(discovery, &P2p::Discovery::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        session.port(), &P2p::OffChannelPort::frameStatus, &loop, [&](const P2p::SentFrame &frame) {
            if (mode == QLatin1String("listen")) {
                m_json ? void(m_out << QJsonDocument(Json::sentFrame(frame)).toJson(QJsonDocument::Compact)
                                    << '\n')
                       : void(m_out << frame.description << " to " << frame.destination << ": "
                                    << P2p::sentFrameStateKey(frame.state) << '\n');
                m_out.flush();
            }
        });
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &loop, [&] { discovery->stop(); });
    if (mode == QLatin1String("listen")) {
        discovery->listen(timeoutSeconds * 1000);
    } else {
        discovery->find(timeoutSeconds * 1000);
    }
    loop.exec();
    if (quiet || !m_json) {
        QJsonArray array;
        for (const Peer &peer : discovery->peers().peers()) {
            m_json ? array.append(Json::peer(peer, discovery->peers().expiryMs()))
                   : void(quiet ? m_out << peerLine(peer) << '\n' : m_out);
        }
        if (m_json) {
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
    }
    session.end();
    return 0;
}

int P2pCommands::diagnose(const QStringList &args)
{
    QList<Radio> radios = m_backend->radios();
    if (args.size() > 1) {
        const auto found = radio(args[1]);
        if (!found) {
            return fail(QStringLiteral("no radio \"%1\" (airpane-cli radios lists them)").arg(args[1]));
        }
        radios = {*found};
    }
    InterfaceManager interfaces(m_backend);
    QJsonArray array;
    for (const Radio &r : std::as_const(radios)) {
        const P2p::Diagnosis diagnosis = P2p::diagnoseRadio(*m_backend, interfaces, r);
        if (m_json) {
            array.append(Json::diagnosis(diagnosis));
            continue;
        }
        m_out << diagnosis.radioName << ": "
              << (diagnosis.available ? "Wi-Fi Direct available" : "Wi-Fi Direct unavailable") << '\n';
        for (const P2p::Problem &problem : diagnosis.problems) {
            m_out << "  " << problem.message << "\n    " << problem.remedy << '\n';
        }
    }
    if (m_json) {
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return 0;
}

} // namespace Airpane
