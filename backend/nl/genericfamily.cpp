// SPDX-License-Identifier: GPL-3.0-or-later
#include "genericfamily.h"

#include <QStringList>

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include <memory>

namespace Airpane::Netlink {

GenericFamily GenericFamily::resolve(const QString &name, const QStringList &groups, QString *error)
{
    const std::unique_ptr<nl_sock, decltype(&nl_socket_free)> socket(nl_socket_alloc(), &nl_socket_free);
    if (!socket) {
        *error = QStringLiteral("cannot allocate a netlink socket");
        return {};
    }
    if (const int err = genl_connect(socket.get()); err < 0) {
        *error = QStringLiteral("cannot open a generic netlink socket: %1")
                     .arg(QString::fromUtf8(nl_geterror(err)));
        return {};
    }
    const QByteArray family = name.toUtf8();
    const int id = genl_ctrl_resolve(socket.get(), family.constData());
    if (id < 0) {
        *error =
            QStringLiteral("the kernel has no %1 family (%2)").arg(name, QString::fromUtf8(nl_geterror(id)));
        return {};
    }
    GenericFamily result{name, std::uint16_t(id), {}};
    for (const QString &group : groups) {
        const int groupId =
            genl_ctrl_resolve_grp(socket.get(), family.constData(), group.toUtf8().constData());
        if (groupId >= 0) {
            result.groups.insert(group, unsigned(groupId));
        }
    }
    return result;
}

} // namespace Airpane::Netlink
