// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>

class QAbstractItemModel;

namespace Airpane {

class ClientState;

// What the GUI test clients (guilabclient in the lab, desktopguiclient on the desktop) read off the
// pages, in the JSON they report to their tests: one reading of each page, shared.
namespace GuiFacts {

// The Radios page's tree as it shows it: per radio row its text, the radio's name and its
// interfaces (name, type, SSID and channel, each as the cell reads).
QJsonArray radiosAsShown(const QAbstractItemModel &tree, const ClientState &state);

} // namespace GuiFacts
} // namespace Airpane
