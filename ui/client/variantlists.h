// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contract.h"

#include <QList>

namespace Airpane::Client {

// A list the helper sent (one a{sv} per item, as JSON.md's objects) into the client's structs.
template<typename T, typename Convert>
QList<T> convert(const QVariantMapList &list, Convert function)
{
    QList<T> result;
    result.reserve(list.size());
    for (const QVariantMap &map : list) {
        result.append(function(Contract::jsonFromVariant(map)));
    }
    return result;
}

} // namespace Airpane::Client
