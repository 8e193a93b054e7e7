// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "ifacecommands.h"
#include "p2pcommands.h"
#include "recorder.h"
#include "scancommands.h"
#include "stationcommands.h"
#include "textformat.h"

#include "core/backend.h"
#include "support/unixsignalwatcher.h"
#include "json/json.h"

#include <airpane/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace Airpane {
namespace {

const char *usage = R"(Commands:
  radios                      the radios (wiphys)
  capabilities [RADIO]        everything a radio can do: bands, channels, HT/VHT/HE/EHT,
                              interface combinations, commands, ciphers, features
  interfaces                  the interfaces of every radio, P2P devices included
  reg                         the regulatory domains (global, and self-managed radios')
  stations INTERFACE [--watch [--interval MS] [--count N] [--timeout SECONDS]]
                              the stations an interface knows (its AP, or an AP's clients);
                              --watch follows them live: joins, leaves, changed values
  survey INTERFACE            noise and channel use per channel
  events [--count N] [--timeout SECONDS]
                              nl80211 events as they happen
  record FOLDER [--only KINDS] the raw nl80211 replies of every query, for tests
  p2p find|listen|peers|stop|diagnose ...
                              Wi-Fi Direct: peers around, and why P2P is unavailable
  scan trigger|dump|watch INTERFACE ...
                              scans and the networks in range (see airpane-cli scan)
  iface add|del|set-type|combinations|check ...
                              virtual interfaces, pre-checked against the radio's
                              interface combinations (see airpane-cli iface)

RADIO is a name (phy0) or index; INTERFACE a name (wlan0) or ifindex.)";

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{}

int CliApplication::fail(const QString &message, int code)
{
    m_err << "airpane-cli: " << message << Qt::endl;
    return code;
}

void CliApplication::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Airpane's command line: Wi-Fi radios, interfaces, scans and Wi-Fi Direct.\n\n") +
        QLatin1String(usage));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (fields: app/cli/JSON.md)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    // Options after the command belong to it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(arguments);
    m_json = parser.isSet(jsonOption);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        parser.showHelp(0);
    }
    // --json may also follow the command.
    if (args.removeAll(QStringLiteral("--json")) > 0) {
        m_json = true;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("radios")) {
        return args.isEmpty() ? radios() : fail(QStringLiteral("radios takes no arguments"), 2);
    }
    if (command == QLatin1String("capabilities")) {
        return capabilities(args);
    }
    if (command == QLatin1String("interfaces")) {
        return args.isEmpty() ? interfaces() : fail(QStringLiteral("interfaces takes no arguments"), 2);
    }
    if (command == QLatin1String("reg")) {
        return args.isEmpty() ? regulatory() : fail(QStringLiteral("reg takes no arguments"), 2);
    }
    if (command == QLatin1String("stations")) {
        return stations(args);
    }
    if (command == QLatin1String("survey")) {
        return survey(args);
    }
    if (command == QLatin1String("events")) {
        return events(args);
    }
    if (command == QLatin1String("record")) {
        return record(args);
    }
    if (command == QLatin1String("iface")) {
        return startBackend() ? IfaceCommands(m_backend, m_json, m_out, m_err).run(args) : 1;
    }
    if (command == QLatin1String("p2p")) {
        return startBackend() ? P2pCommands(m_backend, m_json, m_out, m_err).run(args) : 1;
    }
    if (command == QLatin1String("scan")) {
        return startBackend() ? ScanCommands(m_backend, m_json, m_out, m_err).run(args) : 1;
    }
    return fail(QStringLiteral("unknown command \"%1\" (airpane-cli --help lists them)").arg(command), 2);
}

bool CliApplication::startBackend()
{
    m_backend = new Backend(QCoreApplication::instance());
    QString error;
    if (!m_backend->start(&error)) {
        fail(error);
        return false;
    }
    QObject::connect(m_backend, &Backend::problem, m_backend, [this](const QString &problem) {
        m_err << "airpane-cli: warning: " << problem << Qt::endl;
    });
    if (!m_backend->waitForReady()) {
        fail(QStringLiteral("the kernel did not answer within 10 s"));
        return false;
    }
    return true;
}

std::optional<Radio> CliApplication::findRadio(const QString &spec)
{
    bool isNumber = false;
    const uint index = spec.toUInt(&isNumber);
    auto radio = isNumber ? m_backend->radio(index) : m_backend->radioByName(spec);
    if (!radio) {
        fail(QStringLiteral("no radio \"%1\" (airpane-cli radios lists them)").arg(spec));
    }
    return radio;
}

std::optional<Interface> CliApplication::findNetdev(const QString &spec)
{
    bool isNumber = false;
    const uint ifindex = spec.toUInt(&isNumber);
    auto interface = isNumber ? m_backend->interfaceByIndex(ifindex) : m_backend->interfaceByName(spec);
    if (!interface) {
        fail(QStringLiteral("no interface \"%1\" (airpane-cli interfaces lists them)").arg(spec));
    } else if (!interface->ifindex) {
        fail(QStringLiteral("%1 has no network device").arg(spec));
        return std::nullopt;
    }
    return interface;
}

int CliApplication::radios()
{
    if (!startBackend()) {
        return 1;
    }
    QJsonArray array;
    for (const Radio &radio : m_backend->radios()) {
        m_json ? array.append(Json::radioSummary(radio)) : void(m_out << Text::radioLine(radio) << '\n');
    }
    if (m_json) {
        printJson(array);
    }
    return 0;
}

int CliApplication::capabilities(const QStringList &args)
{
    if (args.size() > 1) {
        return fail(QStringLiteral("capabilities takes at most one RADIO"), 2);
    }
    if (!startBackend()) {
        return 1;
    }
    QList<Radio> radios = m_backend->radios();
    if (!args.isEmpty()) {
        const auto radio = findRadio(args.first());
        if (!radio) {
            return 1;
        }
        radios = {*radio};
    }
    QJsonArray array;
    for (const Radio &radio : std::as_const(radios)) {
        m_json ? array.append(Json::radio(radio)) : void(m_out << Text::capabilities(radio) << "\n\n");
    }
    if (m_json) {
        printJson(array);
    }
    return 0;
}

int CliApplication::interfaces()
{
    if (!startBackend()) {
        return 1;
    }
    QJsonArray array;
    for (const Interface &interface : m_backend->interfaces()) {
        if (m_json) {
            array.append(Json::interface(interface));
        } else {
            const auto radio = m_backend->radio(interface.radio);
            m_out << Text::interfaceLine(interface, radio ? radio->name : QString()) << '\n';
        }
    }
    if (m_json) {
        printJson(array);
    }
    return 0;
}

int CliApplication::regulatory()
{
    if (!startBackend()) {
        return 1;
    }
    QJsonArray array;
    for (const RegulatoryDomain &domain : m_backend->regulatoryDomains()) {
        m_json ? array.append(Json::regulatoryDomain(domain))
               : void(m_out << Text::regulatoryDomain(domain) << '\n');
    }
    if (m_json) {
        printJson(array);
    }
    return 0;
}

int CliApplication::stations(const QStringList &args)
{
    const bool watch = args.contains(QStringLiteral("--watch"));
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || (args.size() != 1 && !watch)) {
        return fail(QStringLiteral("stations takes one INTERFACE, and --watch [--interval MS] [--count N] "
                                   "[--timeout SECONDS]"),
                    2);
    }
    if (!startBackend()) {
        return 1;
    }
    const auto interface = findNetdev(args.first());
    if (!interface) {
        return 1;
    }
    if (watch) {
        return StationCommands(m_backend, m_json, m_out, m_err).watch(interface->name, args.mid(1));
    }
    QEventLoop loop;
    int result = 0;
    m_backend->requestStations(*interface->ifindex, [&](const QList<Station> &stations,
                                                        const QString &error) {
        if (!error.isEmpty()) {
            result = fail(QStringLiteral("cannot list the stations of %1: %2").arg(args.first(), error));
        } else {
            QJsonArray array;
            for (const Station &station : stations) {
                m_json ? array.append(Json::station(station)) : void(m_out << Text::station(station) << '\n');
            }
            if (m_json) {
                printJson(array);
            }
        }
        loop.quit();
    });
    loop.exec();
    return result;
}

int CliApplication::survey(const QStringList &args)
{
    if (args.size() != 1) {
        return fail(QStringLiteral("survey takes one INTERFACE"), 2);
    }
    if (!startBackend()) {
        return 1;
    }
    const auto interface = findNetdev(args.first());
    if (!interface) {
        return 1;
    }
    QEventLoop loop;
    int result = 0;
    m_backend->requestSurvey(
        *interface->ifindex, [&](const QList<SurveyEntry> &entries, const QString &error) {
            if (!error.isEmpty()) {
                result = fail(QStringLiteral("cannot survey %1: %2").arg(args.first(), error));
            } else {
                QJsonArray array;
                for (const SurveyEntry &entry : entries) {
                    m_json ? array.append(Json::surveyEntry(entry))
                           : void(m_out << Text::surveyLine(entry) << '\n');
                }
                if (m_json) {
                    printJson(array);
                }
            }
            loop.quit();
        });
    loop.exec();
    return result;
}

int CliApplication::events(const QStringList &args)
{
    int count = -1;
    int timeoutSeconds = -1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = false;
        if (args[i] == QLatin1String("--count") && i + 1 < args.size()) {
            count = args[++i].toInt(&ok);
        } else if (args[i] == QLatin1String("--timeout") && i + 1 < args.size()) {
            timeoutSeconds = args[++i].toInt(&ok);
        }
        if (!ok) {
            return fail(QStringLiteral("events takes --count N and --timeout SECONDS (positive numbers)"), 2);
        }
    }
    if ((args.contains(QStringLiteral("--count")) && count <= 0) ||
        (args.contains(QStringLiteral("--timeout")) && timeoutSeconds <= 0)) {
        return fail(QStringLiteral("events takes --count N and --timeout SECONDS (positive numbers)"), 2);
    }
    if (!startBackend()) {
        return 1;
    }
    QEventLoop loop;
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &loop, &QEventLoop::quit);
    if (timeoutSeconds > 0) {
        QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    }
    int seen = 0;
    QObject::connect(m_backend, &Backend::eventReceived, &loop, [&](const Event &event) {
        if (m_json) {
            // One object per line, for streaming consumers.
            m_out << QJsonDocument(Json::event(event)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << Text::eventLine(event) << '\n';
        }
        m_out.flush();
        if (++seen == count) {
            loop.quit();
        }
    });
    loop.exec();
    return 0;
}

int CliApplication::record(const QStringList &args)
{
    QStringList only;
    if (args.size() == 3 && args[1] == QLatin1String("--only")) {
        only = args[2].split(QLatin1Char(','));
    } else if (args.size() != 1) {
        return fail(
            QStringLiteral("record takes one FOLDER [--only wiphy,interfaces,reg,stations,survey,scan]"), 2);
    }
    if (!startBackend()) {
        return 1;
    }
    QString error;
    const QStringList written = Recorder(m_backend).recordAll(args.first(), only, &error);
    if (!error.isEmpty()) {
        return fail(error);
    }
    for (const QString &file : written) {
        m_out << file << '\n';
    }
    return 0;
}

} // namespace Airpane
