// SPDX-License-Identifier: GPL-3.0-or-later
#include "ifacecommands.h"

#include "ifaceoptions.h"
#include "ifacetext.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "support/interfacename.h"
#include "support/macaddress.h"
#include "support/unixsignalwatcher.h"
#include "json/interfacejson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <csignal>
#include <limits>

#include <linux/nl80211.h>

namespace Airpane {
namespace {

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << document.toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace

IfaceCommands::IfaceCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err)
    : m_backend(backend)
    , m_manager(new InterfaceManager(backend, backend))
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

IfaceCommands::~IfaceCommands() = default;

int IfaceCommands::fail(const QString &message, int code)
{
    m_err << "airpane-cli: " << message << Qt::endl;
    return code;
}

int IfaceCommands::run(const QStringList &args)
{
    if (args.isEmpty()) {
        return fail(QStringLiteral("iface needs a subcommand:\n") + IfaceOptions::usage(), 2);
    }
    const QString subcommand = args.first();
    QString error;
    const auto options = IfaceOptions::parse(subcommand, args.mid(1), &error);
    if (!options) {
        return fail(error, 2);
    }
    if (subcommand == QLatin1String("add")) {
        return add(*options);
    }
    if (subcommand == QLatin1String("del")) {
        return remove(*options);
    }
    if (subcommand == QLatin1String("set-type")) {
        return setType(*options);
    }
    if (subcommand == QLatin1String("combinations")) {
        return combinations(*options);
    }
    return check(*options);
}

std::optional<Radio> IfaceCommands::findRadio(const QString &spec)
{
    std::optional<Radio> radio;
    if (const auto index = IfaceOptions::decimal(spec, std::numeric_limits<std::uint32_t>::max())) {
        radio = m_backend->radio(std::uint32_t(*index));
    } else if (InterfaceName::isValid(spec)) {
        radio = m_backend->radioByName(spec);
    }
    if (!radio) {
        fail(QStringLiteral("no radio %1 (airpane-cli radios lists them)").arg(InterfaceName::quoted(spec)));
    }
    return radio;
}

std::optional<Interface> IfaceCommands::findInterface(const QString &spec)
{
    std::optional<Interface> interface;
    if (const auto ifindex = IfaceOptions::decimal(spec, std::numeric_limits<std::uint32_t>::max())) {
        interface = *ifindex ? m_backend->interfaceByIndex(std::uint32_t(*ifindex)) : std::nullopt;
    } else if (const auto wdev = IfaceOptions::wdevId(spec)) {
        interface = m_backend->interfaceByWdev(*wdev);
    } else if (InterfaceName::isValid(spec)) {
        interface = m_backend->interfaceByName(spec);
    }
    if (!interface) {
        fail(QStringLiteral("no interface %1 (airpane-cli interfaces lists them)")
                 .arg(InterfaceName::quoted(spec)));
    }
    return interface;
}

std::optional<InterfaceType> IfaceCommands::parseType(const QString &key)
{
    // iw's words too, for people who know them.
    const QString canonical = key == QLatin1String("managed") ? QStringLiteral("station")
                              : key == QLatin1String("ibss")  ? QStringLiteral("adhoc")
                              : key == QLatin1String("mesh")  ? QStringLiteral("mesh-point")
                                                              : key;
    const auto type = interfaceTypeFromKey(canonical);
    if (!type || *type == InterfaceType::Unspecified) {
        fail(QStringLiteral(
                 "unknown interface type %1: use station, ap, monitor, mesh-point, p2p-client, p2p-go, "
                 "p2p-device, adhoc, ocb or nan")
                 .arg(InterfaceName::quoted(key)));
        return std::nullopt;
    }
    return type;
}

int IfaceCommands::report(const InterfaceOperationResult &result, const QString &what)
{
    if (m_json) {
        printJson(m_out, Json::operationResult(result));
    } else if (result.ok) {
        m_out << IfaceText::success(result, what) << '\n';
    } else {
        m_err << IfaceText::failure(result, what) << Qt::endl;
    }
    m_out.flush();
    return result.ok ? 0 : 1;
}

int IfaceCommands::add(const IfaceOptions &options)
{
    const auto radio = findRadio(options.positional.at(0));
    const auto type = radio ? parseType(options.positional.at(2)) : std::nullopt;
    if (!type) {
        return 1;
    }
    CreateInterfaceRequest request;
    request.radio = radio->index;
    request.name = options.positional.at(1);
    request.type = *type;
    request.mac = options.mac;
    request.monitorFlags = options.flags;
    request.up = options.up;
    request.force = options.force;
    // Only a process that stays can own its interfaces: without --hold they outlive airpane-cli.
    request.owned = options.hold;
    const auto result = InterfaceManager::waitFor([&](auto done) { m_manager->create(request, done); });
    const int status = report(result, QStringLiteral("create %1").arg(InterfaceName::quoted(request.name)));
    if (status != 0 || !options.hold || !result.interface) {
        return status;
    }
    return holdUntilSignal(*result.interface);
}

int IfaceCommands::holdUntilSignal(const Interface &interface)
{
    if (!m_json) {
        m_out << "holding " << IfaceText::label(interface)
              << ": the kernel removes it when airpane-cli ends (Ctrl-C, kill)" << Qt::endl;
    }
    QEventLoop loop;
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM, SIGHUP});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &loop, &QEventLoop::quit);
    QObject::connect(m_backend, &Backend::interfaceRemoved, &loop, [&](std::uint64_t wdev) {
        if (wdev == interface.wdev) {
            loop.quit(); // deleted by someone else: nothing left to hold
        }
    });
    loop.exec();
    return 0;
}

int IfaceCommands::remove(const IfaceOptions &options)
{
    const auto interface = findInterface(options.positional.at(0));
    if (!interface) {
        return 1;
    }
    const auto result =
        InterfaceManager::waitFor([&](auto done) { m_manager->remove(interface->wdev, done); });
    return report(result, QStringLiteral("delete %1").arg(IfaceText::label(*interface)));
}

int IfaceCommands::setType(const IfaceOptions &options)
{
    const auto interface = findInterface(options.positional.at(0));
    const auto type = interface ? parseType(options.positional.at(1)) : std::nullopt;
    if (!type) {
        return 1;
    }
    ChangeTypeRequest request;
    request.wdev = interface->wdev;
    request.type = *type;
    request.monitorFlags = options.flags;
    request.force = options.force;
    const auto result = InterfaceManager::waitFor([&](auto done) { m_manager->changeType(request, done); });
    return report(result, QStringLiteral("change the type of %1").arg(IfaceText::label(*interface)));
}

int IfaceCommands::combinations(const IfaceOptions &options)
{
    QList<Radio> radios = m_backend->radios();
    if (!options.positional.isEmpty()) {
        const auto radio = findRadio(options.positional.first());
        if (!radio) {
            return 1;
        }
        radios = {*radio};
    }
    QJsonArray array;
    for (const Radio &radio : std::as_const(radios)) {
        const auto report = m_manager->concurrency(radio.index);
        if (!report) {
            continue;
        }
        m_json ? array.append(Json::concurrency(*report))
               : void(m_out << IfaceText::concurrency(*report) << '\n');
    }
    if (m_json) {
        printJson(m_out, array);
    }
    return 0;
}

int IfaceCommands::check(const IfaceOptions &options)
{
    const auto radio = findRadio(options.positional.at(0));
    const auto type = radio ? parseType(options.positional.at(1)) : std::nullopt;
    if (!type) {
        return 1;
    }
    Interfaces::Candidate candidate;
    candidate.type = *type;
    if (!options.mac.isEmpty()) {
        const auto octets = MacAddress::parse(options.mac);
        if (!octets) {
            return fail(QStringLiteral("%1 is not a MAC address").arg(InterfaceName::quoted(options.mac)), 2);
        }
        candidate.mac = MacAddress::format(*octets);
    }
    if (options.frequency) {
        OperatingChannel channel;
        channel.frequency = *options.frequency;
        channel.width = NL80211_CHAN_WIDTH_20;
        candidate.channel = channel;
        candidate.exclusiveChannel = *type == InterfaceType::Adhoc && !options.fixedFrequency;
    }
    candidate.beaconIntervalTu = options.beaconInterval;
    const InterfaceVerdict verdict = m_manager->checkType(radio->index, candidate);
    if (m_json) {
        printJson(m_out, Json::verdict(verdict));
    } else {
        m_out << IfaceText::verdict(verdict, *radio, *type) << '\n';
    }
    return verdict.allowed ? 0 : 1;
}

} // namespace Airpane
