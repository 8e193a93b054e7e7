// SPDX-License-Identifier: GPL-3.0-or-later
#include "ifacetext.h"

#include "interfaces/radiosituation.h"
#include "interfaces/wording.h"

namespace Airpane::IfaceText {
namespace {

QString notesText(const QStringList &notes)
{
    QString text;
    for (const QString &note : notes) {
        text += QStringLiteral("\n  note: ") + note;
    }
    return text;
}

QString typeList(const InterfaceTypes &types)
{
    QStringList keys;
    for (const InterfaceType type : types) {
        keys.append(interfaceTypeKey(type));
    }
    return keys.join(QLatin1Char('+'));
}

} // namespace

QString label(const Interface &interface)
{
    return Interfaces::interfaceLabel(interface);
}

QString interfaceSummary(const Interface &interface)
{
    QStringList parts = {interfaceTypeKey(interface.type)};
    if (interface.hasNetdev()) {
        parts.append(QStringLiteral("wdev 0x%1").arg(interface.wdev, 0, 16));
    }
    if (interface.ifindex) {
        parts.append(QStringLiteral("ifindex %1").arg(*interface.ifindex));
    }
    if (!interface.mac.isEmpty()) {
        parts.append(interface.mac);
    }
    if (interface.up) {
        parts.append(*interface.up ? QStringLiteral("up") : QStringLiteral("down"));
    }
    return QStringLiteral("%1 on radio %2: %3")
        .arg(label(interface))
        .arg(interface.radio)
        .arg(parts.join(QStringLiteral(", ")));
}

QString success(const InterfaceOperationResult &result, const QString &what)
{
    QString text = QStringLiteral("%1: done").arg(what);
    if (result.interface) {
        text += QStringLiteral("\n  ") + interfaceSummary(*result.interface);
        if (result.owned) {
            text += QStringLiteral(", owned by this process");
        }
    }
    if (!result.verdict.allowed) {
        text += QStringLiteral("\n  forced past the pre-check: ") +
                result.verdict.problems.join(QStringLiteral("; "));
    }
    return text + notesText(result.verdict.notes);
}

QString failure(const InterfaceOperationResult &result, const QString &what)
{
    QString text;
    if (result.stage == InterfaceOperationResult::Stage::PreCheck) {
        text = QStringLiteral("airpane-cli: cannot %1: %2")
                   .arg(what, result.verdict.problems.value(0, result.error));
        for (const QString &problem : result.verdict.problems.mid(1)) {
            text += QStringLiteral("\n  also: ") + problem;
        }
        return text;
    }
    text = QStringLiteral("airpane-cli: %1").arg(result.error);
    if (!result.verdict.allowed) {
        text += QStringLiteral("\n  the pre-check had said: ") +
                result.verdict.problems.join(QStringLiteral("; "));
    }
    if (result.rolledBack) {
        text += QStringLiteral("\n  rolled back: the new interface was deleted again");
    } else if (!result.rollbackError.isEmpty()) {
        text += QStringLiteral("\n  could not delete the new interface again: ") + result.rollbackError;
    }
    return text;
}

QString verdict(const InterfaceVerdict &verdict, const Radio &radio, InterfaceType type)
{
    QString text =
        verdict.allowed
            ? QStringLiteral("%1 can run another %2 now").arg(radio.name, Interfaces::Wording::noun(type))
            : QStringLiteral("%1 cannot run another %2 now: %3")
                  .arg(radio.name, Interfaces::Wording::noun(type), verdict.problems.value(0));
    for (const QString &problem : verdict.problems.mid(1)) {
        text += QStringLiteral("\n  also: ") + problem;
    }
    if (verdict.combination) {
        text += QStringLiteral("\n  fits combination %1").arg(*verdict.combination + 1);
    }
    return text + notesText(verdict.notes);
}

QString concurrency(const ConcurrencyReport &report)
{
    QString text = report.radioName;
    QStringList running;
    for (const ConcurrencyReport::Running &entry : report.running) {
        running.append(QStringLiteral("%1 (%2%3)")
                           .arg(entry.label, interfaceTypeKey(entry.type),
                                entry.assumed ? QStringLiteral(", assumed running") : QString()));
    }
    text += QStringLiteral("\n  running now: %1")
                .arg(running.isEmpty() ? QStringLiteral("nothing") : running.join(QStringLiteral(", ")));
    text += QStringLiteral("\n  always possible (software types): %1")
                .arg(report.softwareTypes.isEmpty()
                         ? QStringLiteral("none")
                         : typeList(report.softwareTypes).replace(QLatin1Char('+'), QStringLiteral(", ")));
    if (report.combinations.isEmpty()) {
        text += QStringLiteral("\n  no interface combinations: one interface at a time");
    }
    for (const ConcurrencyReport::Combination &combination : report.combinations) {
        text += QStringLiteral("\n  combination %1: %2").arg(combination.index + 1).arg(combination.summary);
        if (!combination.allows.isEmpty()) {
            text += QStringLiteral("\n    allows %1").arg(combination.allows.join(QStringLiteral(", ")));
        }
    }
    text += QStringLiteral("\n  sets:");
    for (const ConcurrencyReport::Scenario &scenario : report.scenarios) {
        QString line = QStringLiteral("\n    %1").arg(scenario.key, -16);
        if (!scenario.supported) {
            line += QStringLiteral("no: ") + scenario.reason;
        } else {
            line += scenario.oneChannel ? QStringLiteral("yes, on one channel") : QStringLiteral("yes");
            if (scenario.roomNow) {
                line += scenario.toAdd.isEmpty()
                            ? QStringLiteral("; running now")
                            : QStringLiteral("; room now (add %1)").arg(typeList(scenario.toAdd));
            } else {
                line += QStringLiteral("; no room now: ") + scenario.reason;
            }
        }
        text += line;
    }
    text += QStringLiteral("\n  one more now:");
    for (const ConcurrencyReport::TypeRoom &room : report.types) {
        QString line = QStringLiteral("\n    %1").arg(interfaceTypeKey(room.type), -16);
        line += !room.supported ? QStringLiteral("not supported")
                : room.roomNow
                    ? (room.software ? QStringLiteral("yes (software type)") : QStringLiteral("yes"))
                    : QStringLiteral("no: ") + room.reason;
        text += line;
    }
    return text;
}

} // namespace Airpane::IfaceText
