// SPDX-License-Identifier: GPL-3.0-or-later
#include "parityreport.h"

#include <QJsonArray>

#include <cmath>
#include <cstdint>

namespace Airpane::Lab {

void ParityReport::compare(const QString &field, const QString &iw, const QString &ours)
{
    if (iw != ours) {
        mismatch(field, iw, ours);
    }
}

void ParityReport::compare(const QString &field, qint64 iw, const QJsonValue &ours)
{
    if (!ours.isDouble() || ours.toDouble() != double(iw)) {
        mismatch(field, QString::number(iw), show(ours));
    }
}

void ParityReport::compare(const QString &field, const std::optional<qint64> &iw, const QJsonValue &ours)
{
    if (!iw) {
        if (!ours.isNull()) {
            mismatch(field, QStringLiteral("(not printed)"), show(ours));
        }
        return;
    }
    compare(field, *iw, ours);
}

void ParityReport::compare(const QString &field, bool iw, bool ours)
{
    if (iw != ours) {
        mismatch(field, iw ? QStringLiteral("yes") : QStringLiteral("no"),
                 ours ? QStringLiteral("yes") : QStringLiteral("no"));
    }
}

void ParityReport::compare(const QString &field, const QStringList &iw, const QStringList &ours)
{
    if (iw != ours) {
        mismatch(field, QLatin1Char('[') + iw.join(QStringLiteral(", ")) + QLatin1Char(']'),
                 QLatin1Char('[') + ours.join(QStringLiteral(", ")) + QLatin1Char(']'));
    }
}

void ParityReport::mismatch(const QString &field, const QString &iw, const QString &ours)
{
    m_mismatches.append(QStringLiteral("%1: %2: iw %3, ours %4").arg(m_subject, field, iw, ours));
}

void ParityReport::problem(const QString &message)
{
    m_mismatches.append(QStringLiteral("%1: %2").arg(m_subject, message));
}

void ParityReport::uncompared(const IwNode &node)
{
    for (const QString &line : node.unused()) {
        m_mismatches.append(
            QStringLiteral("%1: iw prints what this test does not compare: %2").arg(m_subject, line));
    }
}

void ParityReport::finding(const IwNode &node, const QString &reason)
{
    node.useAll();
    m_findings.append(
        QStringLiteral("%1: iw line %2 \"%3\": %4").arg(m_subject).arg(node.line).arg(node.text, reason));
}

void ParityReport::merge(const ParityReport &part)
{
    m_mismatches += part.m_mismatches;
    m_findings += part.m_findings;
}

QString iwTypeKey(const QString &iwName)
{
    static const std::pair<const char *, const char *> names[] = {
        {"unspecified", "unspecified"},
        {"IBSS", "adhoc"},
        {"managed", "station"},
        {"AP", "ap"},
        {"AP/VLAN", "ap-vlan"},
        {"WDS", "wds"},
        {"monitor", "monitor"},
        {"mesh point", "mesh-point"},
        {"P2P-client", "p2p-client"},
        {"P2P-GO", "p2p-go"},
        {"P2P-device", "p2p-device"},
        {"outside context of a BSS", "ocb"},
        {"NAN", "nan"},
    };
    for (const auto &[iw, ours] : names) {
        if (iwName == QLatin1String(iw)) {
            return QLatin1String(ours);
        }
    }
    return QLatin1Char('?') + iwName;
}

QStringList iwTypeKeys(const QStringList &iwNames)
{
    QStringList keys;
    for (const QString &name : iwNames) {
        keys.append(iwTypeKey(name));
    }
    return keys;
}

QString show(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == std::floor(number) && std::abs(number) < 1e15 ? QString::number(qint64(number))
                                                                       : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QLatin1Char('[') + strings(value).join(QStringLiteral(", ")) + QLatin1Char(']');
    case QJsonValue::Object:
        return QStringLiteral("{...}");
    }
    return {};
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue item : array.toArray()) {
        result.append(show(item));
    }
    return result;
}

QByteArray jsonHex(const QJsonValue &value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

qint64 asSigned32(const QJsonValue &value)
{
    return qint64(std::int32_t(std::uint32_t(value.toDouble())));
}

bool ParityReport::verdict() const
{
    for (const QString &finding : m_findings) {
        qInfo("finding: %s", qPrintable(finding));
    }
    for (const QString &mismatch : m_mismatches) {
        qWarning("%s", qPrintable(mismatch));
    }
    return clean();
}

} // namespace Airpane::Lab
