// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwtree.h"

#include <QRegularExpression>

namespace Airpane::Lab {
namespace {

struct FlatLine
{
    int depth = 0;
    QString text;
    int line = 0;
};

QList<IwNode> build(const QList<FlatLine> &flat, qsizetype &i, int depth)
{
    QList<IwNode> nodes;
    while (i < flat.size() && flat[i].depth >= depth) {
        if (flat[i].depth > depth && !nodes.isEmpty()) {
            nodes.last().children += build(flat, i, flat[i].depth);
            continue;
        }
        IwNode node;
        node.text = flat[i].text;
        node.line = flat[i].line;
        nodes.append(node);
        ++i;
    }
    return nodes;
}

} // namespace

const IwNode *IwNode::find(QStringView prefix) const
{
    for (const IwNode &child : children) {
        if (child.text.startsWith(prefix)) {
            return &child;
        }
    }
    return nullptr;
}

QList<const IwNode *> IwNode::findAll(QStringView prefix) const
{
    QList<const IwNode *> result;
    for (const IwNode &child : children) {
        if (child.text.startsWith(prefix)) {
            result.append(&child);
        }
    }
    return result;
}

std::optional<QString> IwNode::value(QStringView prefix) const
{
    const IwNode *child = find(prefix);
    if (!child) {
        return std::nullopt;
    }
    child->use();
    return child->text.mid(prefix.size()).trimmed();
}

std::optional<QString> IwNode::field(const QString &key) const
{
    return value(QString(key + QLatin1Char(':')));
}

void IwNode::useAll() const
{
    m_used = true;
    for (const IwNode &child : children) {
        child.useAll();
    }
}

QStringList IwNode::unused() const
{
    QStringList result;
    if (!m_used) {
        result.append(QStringLiteral("line %1: %2").arg(line).arg(text));
    }
    for (const IwNode &child : children) {
        result += child.unused();
    }
    return result;
}

QList<IwNode> parseIwTree(const QByteArray &text)
{
    QList<FlatLine> flat;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('\t')) {
            ++depth;
        }
        QString rest = line.mid(depth);
        if (rest.trimmed().isEmpty()) {
            continue;
        }
        // Text aligned under a bullet's text (after "* ") belongs to that bullet: a wrapped line
        // (interface combinations) or its details (`iw phy X channels`).
        if (rest.startsWith(QLatin1String("  ")) && !rest.trimmed().startsWith(QLatin1Char('*'))) {
            ++depth;
        }
        rest = rest.trimmed();
        if (rest.startsWith(QLatin1String("* "))) {
            rest = rest.mid(2).trimmed();
        }
        flat.append({depth, rest, number});
    }
    qsizetype i = 0;
    QList<IwNode> roots;
    while (i < flat.size()) {
        roots += build(flat, i, flat[i].depth);
    }
    return roots;
}

std::optional<qint64> iwNumber(QStringView text)
{
    static const QRegularExpression number(QStringLiteral("-?\\d+"));
    const auto match = number.matchView(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(0).toLongLong();
}

std::optional<qint64> iwHexNumber(QStringView text)
{
    static const QRegularExpression hex(QStringLiteral("0x([0-9a-fA-F]+)"));
    const auto match = hex.matchView(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = match.captured(1).toLongLong(&ok, 16);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QByteArray iwHexBytes(QStringView text)
{
    static const QRegularExpression hex(QStringLiteral("0x([0-9a-fA-F]+)"));
    const auto match = hex.matchView(text);
    return match.hasMatch() ? QByteArray::fromHex(match.captured(1).toLatin1()) : QByteArray();
}

QStringList iwCommaList(QStringView text)
{
    QStringList items;
    for (const QStringView item : text.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty()) {
            items.append(item.trimmed().toString());
        }
    }
    return items;
}

} // namespace Airpane::Lab
