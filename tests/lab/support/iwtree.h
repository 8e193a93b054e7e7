// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Lab {

// One line of iw's output with the lines indented (by tabs) under it. iw's text stays data: a
// comparison reads a line through the accessors below, which mark it as used, so that a test can
// list every line it never looked at (iw printed something the comparison does not cover).
class IwNode
{
public:
    QString text; // without the indentation and a leading "* " bullet
    int line = 0; // 1-based line number in iw's output, for messages
    QList<IwNode> children;

    // The first child whose text starts with PREFIX, or nullptr. Marks nothing.
    const IwNode *find(QStringView prefix) const;
    const IwNode *find(QLatin1StringView prefix) const { return find(QString(prefix)); }
    QList<const IwNode *> findAll(QStringView prefix) const;

    // The text after PREFIX of the first child starting with it, trimmed; marks that child used.
    std::optional<QString> value(QStringView prefix) const;
    std::optional<QString> value(QLatin1StringView prefix) const { return value(QString(prefix)); }
    // "key:<tabs>value" children (station and survey dumps): the value of KEY, marked used.
    std::optional<QString> field(const QString &key) const;

    void use() const { m_used = true; }
    void useAll() const; // this line and every line under it
    bool used() const { return m_used; }
    // Lines neither this comparison nor a parent's useAll() looked at, as "line N: text".
    QStringList unused() const;

private:
    mutable bool m_used = false;
};

// iw's output as a forest: lines at indentation 0 are the roots. A line indented with tabs like a
// bullet but then with spaces instead of "* " is a child of that bullet.
QList<IwNode> parseIwTree(const QByteArray &text);

// Typed pieces of iw's values.
std::optional<qint64> iwNumber(QStringView text);    // the first integer in TEXT ("4 ms" -> 4)
std::optional<qint64> iwHexNumber(QStringView text); // "0x107e", "0x0ff" -> value
QByteArray iwHexBytes(QStringView text);             // "(0x78011ac80040):" -> bytes as printed
QStringList iwCommaList(QStringView text);           // "managed, P2P-client" -> items

} // namespace Airpane::Lab
