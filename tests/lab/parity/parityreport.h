// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/iwtree.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Lab {

// The differences between iw and airpane-cli for one subject (a radio, an interface, a domain,
// a station, ...). Every message names the subject, the field, iw's value and ours.
class ParityReport
{
public:
    explicit ParityReport(QString subject)
        : m_subject(std::move(subject))
    {}

    void compare(const QString &field, const QString &iw, const QString &ours);
    void compare(const QString &field, qint64 iw, const QJsonValue &ours);
    void compare(const QString &field, const std::optional<qint64> &iw, const QJsonValue &ours);
    void compare(const QString &field, bool iw, bool ours);
    void compare(const QString &field, const QStringList &iw, const QStringList &ours);
    void mismatch(const QString &field, const QString &iw, const QString &ours);
    void problem(const QString &message);
    // Every line under NODE that no comparison read: iw prints it and this test does not check it.
    void uncompared(const IwNode &node);
    // A known gap: iw prints NODE (and the lines under it) and airpane-cli has nothing to compare
    // it with, for REASON. Reported, but not a mismatch.
    void finding(const IwNode &node, const QString &reason);
    // Takes over what a report on a part of this subject found.
    void merge(const ParityReport &part);

    const QString &subject() const { return m_subject; }
    const QStringList &mismatches() const { return m_mismatches; }
    const QStringList &findings() const { return m_findings; }
    bool clean() const { return m_mismatches.isEmpty(); }
    // Prints the findings (qInfo) and the mismatches (qWarning); whether it is clean. A test fails
    // on mismatches, not on findings.
    bool verdict() const;

private:
    QString m_subject;
    QStringList m_mismatches;
    QStringList m_findings;
};

// iw's names of interface types ("managed", "AP/VLAN", "outside context of a BSS") as Airpane's
// keys ("station", "ap-vlan", "ocb"); "?NAME" for a name this table does not know.
QString iwTypeKey(const QString &iwName);
QStringList iwTypeKeys(const QStringList &iwNames);

// A JSON value as text for messages and comparisons: "null", integers without ".0".
QString show(const QJsonValue &value);
QStringList strings(const QJsonValue &array);
QByteArray jsonHex(const QJsonValue &value);
// An unsigned 32-bit JSON number as C's %d prints it (iw prints some u32 values that way).
qint64 asSigned32(const QJsonValue &value);

} // namespace Airpane::Lab
