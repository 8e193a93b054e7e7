// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancommands.h"

#include "core/backend.h"
#include "elements/inspector/inspect.h"
#include "scan/scancontroller.h"
#include "support/unixsignalwatcher.h"
#include "json/json.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>
#include <functional>

namespace Airpane {
namespace {

const char *usage =
    "scan trigger INTERFACE [--freq MHZ,...] [--ssid SSID]... [--passive] [--low-priority] [--flush]\n"
    "                       [--ap-force] [--colocated-6ghz] [--random-mac] [--duration TU] [--wait]\n"
    "scan dump INTERFACE [--elements]\n"
    "scan watch INTERFACE [--live SECONDS] [--count N]";

QString line(const Bss &bss)
{
    const QString signal =
        bss.signalDbm ? QStringLiteral("%1 dBm").arg(*bss.signalDbm, 0, 'f', 0) : QStringLiteral("-");
    return QStringLiteral("%1  %2  %3  ch %4  %5 MHz  %6  %7  %8")
        .arg(bss.bssid, signal.rightJustified(8), bandKey(bss.placement.band).leftJustified(6))
        .arg(bss.placement.primaryChannel, 3)
        .arg(bss.placement.widthMhz, 3)
        .arg(Elements::securityDisplayName(bss.security.kind).leftJustified(20),
             Elements::standardKey(bss.standard).leftJustified(2),
             bss.hidden ? QStringLiteral("(hidden)") : QStringLiteral("\"%1\"").arg(bss.ssid));
}

// The inspector's decoding as text: one line per element, its fields indented below.
void printElements(QTextStream &out, const QList<Elements::DecodedElement> &elements)
{
    const std::function<void(const Elements::Field &, int)> print = [&](const Elements::Field &field,
                                                                        int depth) {
        out << QString(2 * depth, QLatin1Char(' ')) << field.label << ": " << field.value << '\n';
        for (const Elements::Field &child : field.children) {
            print(child, depth + 1);
        }
    };
    for (const Elements::DecodedElement &element : elements) {
        out << "    " << element.name
            << (element.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(element.error)) << '\n';
        for (const Elements::Field &field : element.fields) {
            print(field, 3);
        }
    }
}

} // namespace

ScanCommands::ScanCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err)
    : m_backend(backend)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

int ScanCommands::fail(const QString &message, int code)
{
    m_err << "airpane-cli: " << message << Qt::endl;
    return code;
}

int ScanCommands::run(const QStringList &args)
{
    const QString what = args.value(0);
    if (args.size() < 2) {
        return fail(QStringLiteral("usage:\n%1").arg(QLatin1String(usage)), 2);
    }
    const auto interface = m_backend->interfaceByName(args[1]);
    if (!interface) {
        return fail(QStringLiteral("no interface \"%1\" (airpane-cli interfaces lists them)").arg(args[1]));
    }
    if (what == QLatin1String("trigger")) {
        return trigger(args);
    }
    if (what == QLatin1String("dump")) {
        const bool elements = args.size() == 3 && args[2] == QLatin1String("--elements");
        return args.size() == 2 || elements
                   ? dump(args)
                   : fail(QStringLiteral("scan dump takes one INTERFACE [--elements]"), 2);
    }
    if (what == QLatin1String("watch")) {
        return watch(args);
    }
    return fail(QStringLiteral("usage:\n%1").arg(QLatin1String(usage)), 2);
}

int ScanCommands::trigger(const QStringList &args)
{
    const Interface interface = *m_backend->interfaceByName(args[1]);
    Nl80211::ScanOptions options;
    bool wait = false;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &option = args[i];
        const bool hasValue = i + 1 < args.size();
        if (option == QLatin1String("--freq") && hasValue) {
            for (const QString &value : args[++i].split(QLatin1Char(','))) {
                bool ok = false;
                const int frequency = value.toInt(&ok);
                if (!ok || frequency < 700 || frequency > 72000) {
                    return fail(QStringLiteral("--freq wants frequencies in MHz, not \"%1\"").arg(value), 2);
                }
                options.frequencies.append(frequency);
            }
        } else if (option == QLatin1String("--ssid") && hasValue) {
            const QByteArray ssid = args[++i].toUtf8();
            if (ssid.size() > 32) {
                return fail(QStringLiteral("an SSID has at most 32 bytes"), 2);
            }
            options.ssids.append(ssid);
        } else if (option == QLatin1String("--duration") && hasValue) {
            bool ok = false;
            const uint tu = args[++i].toUInt(&ok);
            if (!ok || tu == 0 || tu > 65535) {
                return fail(QStringLiteral("--duration wants time units (1 to 65535)"), 2);
            }
            options.durationTu = std::uint16_t(tu);
        } else if (option == QLatin1String("--passive")) {
            options.passive = true;
        } else if (option == QLatin1String("--low-priority")) {
            options.lowPriority = true;
        } else if (option == QLatin1String("--flush")) {
            options.flush = true;
        } else if (option == QLatin1String("--ap-force")) {
            options.apForce = true;
        } else if (option == QLatin1String("--colocated-6ghz")) {
            options.colocated6Ghz = true;
        } else if (option == QLatin1String("--random-mac")) {
            options.randomMac = true;
        } else if (option == QLatin1String("--wait")) {
            wait = true;
        } else {
            return fail(QStringLiteral("unknown scan option \"%1\"\n%2").arg(option, QLatin1String(usage)),
                        2);
        }
    }
    if (options.passive && !options.ssids.isEmpty()) {
        return fail(QStringLiteral("--passive sends no probe requests, so it cannot look for an SSID"), 2);
    }
    Scan::ScanController controller(m_backend);
    QEventLoop loop;
    int result = 0;
    bool finished = false;
    QObject::connect(
        &controller, &Scan::ScanController::scanFinished, &loop, [&](std::uint64_t wdev, bool aborted) {
            if (wdev == interface.wdev) {
                finished = true;
                if (aborted) {
                    result = fail(QStringLiteral("the scan on %1 was aborted").arg(interface.name));
                }
            }
        });
    QObject::connect(&controller, &Scan::ScanController::bssesChanged, &loop, [&] {
        if (finished) {
            loop.quit();
        }
    });
    QObject::connect(&controller, &Scan::ScanController::refreshed, &loop, [&] {
        if (finished) {
            loop.quit();
        }
    });
    controller.trigger(interface, options, [&](int, const QString &error) {
        if (!error.isEmpty()) {
            result = fail(error);
            loop.quit();
        } else if (!wait) {
            loop.quit();
        }
    });
    QTimer::singleShot(60000, &loop, [&] {
        result = fail(QStringLiteral("the scan did not finish within 60 s"));
        loop.quit();
    });
    loop.exec();
    if (result == 0 && wait) {
        return dump(args.mid(0, 2));
    }
    return result;
}

int ScanCommands::dump(const QStringList &args)
{
    const Interface interface = *m_backend->interfaceByName(args[1]);
    Scan::ScanController controller(m_backend);
    QEventLoop loop;
    QObject::connect(&controller, &Scan::ScanController::refreshed, &loop, &QEventLoop::quit);
    QObject::connect(&controller, &Scan::ScanController::problem, &loop, [this](const QString &problem) {
        m_err << "airpane-cli: warning: " << problem << Qt::endl;
    });
    controller.refresh(interface);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QJsonArray array;
    QList<Bss> bsses = controller.table().bsses();
    if (bsses.isEmpty()) {
        // Not an error, but an empty answer looks like one: say what it means and what fills it.
        const auto radio = m_backend->radio(interface.radio);
        m_err << "airpane-cli: the kernel's BSS list of " << (radio ? radio->name : interface.name)
              << " is empty: nothing was heard by a scan on it yet (or the results aged out). Scan first: "
                 "airpane-cli scan trigger "
              << interface.name << " --wait" << Qt::endl;
    }
    std::sort(bsses.begin(), bsses.end(),
              [](const Bss &a, const Bss &b) { return a.signalDbm > b.signalDbm; });
    // --elements adds the inspector's decoding of each BSS's (newest) elements.
    const bool withElements = args.contains(QLatin1String("--elements"));
    for (const Bss &bss : std::as_const(bsses)) {
        const auto decoded = [&] {
            return Elements::inspect(
                Elements::Bytes(reinterpret_cast<const std::uint8_t *>(bss.elements.constData()),
                                std::size_t(bss.elements.size())));
        };
        if (m_json) {
            QJsonObject object = Json::bss(bss);
            if (withElements) {
                object.insert(QStringLiteral("decodedElements"), Json::elements(decoded()));
            }
            array.append(object);
            continue;
        }
        m_out << line(bss) << '\n';
        if (withElements) {
            printElements(m_out, decoded());
        }
    }
    if (m_json) {
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return 0;
}

int ScanCommands::watch(const QStringList &args)
{
    const Interface interface = *m_backend->interfaceByName(args[1]);
    int liveSeconds = 0;
    int count = -1;
    for (qsizetype i = 2; i < args.size(); ++i) {
        bool ok = false;
        if (args[i] == QLatin1String("--live") && i + 1 < args.size()) {
            liveSeconds = args[++i].toInt(&ok);
        } else if (args[i] == QLatin1String("--count") && i + 1 < args.size()) {
            count = args[++i].toInt(&ok);
        }
        if (!ok || (liveSeconds < 0) || count == 0) {
            return fail(QStringLiteral("usage:\n%1").arg(QLatin1String(usage)), 2);
        }
    }
    Scan::ScanController controller(m_backend);
    QEventLoop loop;
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &loop, &QEventLoop::quit);
    int refreshes = 0;
    QObject::connect(&controller, &Scan::ScanController::bssesChanged, &loop,
                     [&](const Scan::BssTable::Delta &delta) {
                         auto print = [&](const char *sign, const QString &key) {
                             const Bss *bss = controller.table().find(key);
                             if (m_json) {
                                 QJsonObject object{{QStringLiteral("change"), QLatin1String(sign)},
                                                    {QStringLiteral("key"), key}};
                                 if (bss) {
                                     object.insert(QStringLiteral("bss"), Json::bss(*bss));
                                 }
                                 m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
                             } else {
                                 m_out << sign << ' ' << (bss ? line(*bss) : key) << '\n';
                             }
                         };
                         for (const QString &key : delta.added) {
                             print("+", key);
                         }
                         for (const QString &key : delta.changed) {
                             print("~", key);
                         }
                         for (const QString &key : delta.removed) {
                             print("-", key);
                         }
                         m_out.flush();
                     });
    QObject::connect(&controller, &Scan::ScanController::refreshed, &loop, [&] {
        if (++refreshes == count) {
            loop.quit();
        }
    });
    controller.refresh(interface);
    QTimer live;
    if (liveSeconds > 0) {
        QObject::connect(&live, &QTimer::timeout, &loop, [&] {
            controller.trigger(interface, Nl80211::ScanOptions{}, [this](int, const QString &error) {
                if (!error.isEmpty()) {
                    m_err << "airpane-cli: " << error << Qt::endl;
                }
            });
        });
        live.start(liveSeconds * 1000);
    }
    loop.exec();
    return 0;
}

} // namespace Airpane
