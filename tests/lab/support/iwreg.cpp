// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwreg.h"

#include <QRegularExpression>

namespace Airpane::Lab {

std::optional<IwRegRule> parseIwRegRule(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\((\\d+) - (\\d+) @ (\\d+)\\), \\((N/A|-?\\d+), (-?\\d+)\\), \\((?:N/A|(\\d+) ms)\\)(.*)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    IwRegRule rule;
    rule.startMhz = match.captured(1).toLongLong();
    rule.endMhz = match.captured(2).toLongLong();
    rule.maxBandwidthMhz = match.captured(3).toLongLong();
    if (match.captured(4) != QLatin1String("N/A")) {
        rule.antennaGainDbi = match.captured(4).toLongLong();
    }
    rule.eirpDbm = match.captured(5).toLongLong();
    if (match.hasCaptured(6)) {
        rule.cacMs = match.captured(6).toLongLong();
    }
    rule.flags = iwCommaList(match.captured(7));
    return rule;
}

IwReg parseIwReg(const QByteArray &text)
{
    static const QRegularExpression scope(QStringLiteral("^(?:global|phy#(\\d+)( \\(self-managed\\))?)$"));
    static const QRegularExpression country(QStringLiteral("^country (\\S+): (\\S+)$"));
    IwReg reg;
    reg.roots = parseIwTree(text);
    for (const IwNode &root : std::as_const(reg.roots)) {
        if (const auto match = scope.match(root.text); match.hasMatch()) {
            root.use();
            IwRegDomain domain;
            if (match.hasCaptured(1)) {
                domain.phy = match.captured(1).toInt();
            }
            domain.selfManaged = match.hasCaptured(2);
            domain.nodes.append(&root);
            reg.domains.append(domain);
        } else if (const auto header = country.match(root.text);
                   header.hasMatch() && !reg.domains.isEmpty()) {
            root.use();
            IwRegDomain &domain = reg.domains.last();
            domain.nodes.append(&root);
            domain.country = header.captured(1);
            domain.dfsRegion = header.captured(2);
            for (const IwNode &child : root.children) {
                if (auto rule = parseIwRegRule(child.text)) {
                    rule->node = &child;
                    domain.rules.append(*rule);
                }
            }
        }
    }
    return reg;
}

} // namespace Airpane::Lab
