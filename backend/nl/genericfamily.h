// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <cstdint>

namespace Airpane::Netlink {

// A generic netlink family's id and multicast groups, resolved through libnl's controller calls.
struct GenericFamily
{
    QString name;
    std::uint16_t id = 0;
    QMap<QString, unsigned> groups; // group name -> id, for the groups asked for that exist

    bool isValid() const { return id != 0; }

    // Resolves NAME and those of GROUPS the kernel has. Blocks briefly (one request).
    static GenericFamily resolve(const QString &name, const QStringList &groups, QString *error);
};

} // namespace Airpane::Netlink
