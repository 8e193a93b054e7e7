// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Lab {

// One BSS as `iw dev X scan dump` prints it. Lines are kept as (section, key, value): a top-level
// line ("\tfreq: 2412.0") has an empty section; a line inside a block ("\t\t * Authentication
// suites: PSK" under "\tRSN:") has that block's name as section.
struct IwBss
{
    struct Field
    {
        QString section;
        QString key;
        QString value;
    };

    QString bssid;
    QList<Field> fields;

    std::optional<QString> value(const QString &section, const QString &key) const;
    QStringList values(const QString &section, const QString &key) const;
    bool hasSection(const QString &section) const;

    int frequency() const; // MHz, 0 if absent
    QString ssid() const;  // unescaped; empty for a hidden SSID
    bool hasSsid() const;
    QStringList authSuites() const; // RSN AKMs as iw names them: PSK, SAE, OWE, ...
};

QList<IwBss> parseIwScan(const QByteArray &text);

// iw's own `scan` command subscribes to scan events only after triggering and can miss a fast
// scan's completion and hang. This subscribes first (`iw event`), then triggers (`iw dev X scan
// trigger ARGS`), waits for "scan finished", and returns `iw dev X scan dump`. Empty on failure,
// with ERROR set.
QList<IwBss> iwScan(const QString &netdev, const QStringList &triggerArgs, QString *error);

// Decodes iw's escaping of non-printable bytes (\xNN) in SSIDs.
QString unescapeIw(const QString &text);

} // namespace Airpane::Lab
