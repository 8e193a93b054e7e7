// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/peer.h"

#include <QCoreApplication>

#include <utility>

namespace Airpane {

// Words for people about a Wi-Fi Direct peer: its device category (from the primary device type,
// which the helper sends as "category-OUI-subcategory"), WPS config methods and P2P capability bits.
class PeerNames
{
    Q_DECLARE_TR_FUNCTIONS(PeerNames)
public:
    // The WFA category number of a device type such as "7-0050F204-4"; 0 when unreadable.
    static int category(const QString &deviceType);
    static QString categoryName(int category);
    // The icon's name in the resources (peer-display, ...), by category.
    static QString categoryIcon(int category);
    static QString configMethod(const QString &key);
    static QStringList deviceCapabilities(int bits);
    static QStringList groupCapabilities(int bits);
    // Label and value pairs describing PEER, for a details panel; empty values are left out.
    static QList<std::pair<QString, QString>> details(const Client::Peer &peer);
};

} // namespace Airpane
