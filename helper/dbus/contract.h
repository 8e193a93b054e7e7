// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

// Names shared by airpane-helper and its clients; the methods themselves are in
// org.airpane.Helper1.xml, from which both sides' code is generated.
namespace Airpane::Contract {

inline const QString service = QStringLiteral("org.airpane.Helper1");
inline const QString helperPath = QStringLiteral("/org/airpane/Helper1");
inline const QString helperInterface = QStringLiteral("org.airpane.Helper1");
inline const QString sessionInterface = QStringLiteral("org.airpane.Helper1.Session");
inline const QString sessionPathPrefix = QStringLiteral("/org/airpane/Helper1/Session/");

namespace Action {
inline const QString monitor = QStringLiteral("org.airpane.helper.monitor");
inline const QString scan = QStringLiteral("org.airpane.helper.scan");
inline const QString interfaces = QStringLiteral("org.airpane.helper.interfaces");
inline const QString p2p = QStringLiteral("org.airpane.helper.p2p");
// Every action a method checks, and so every action installed (helper/system/*.actions): one that
// nothing checks would be a grant no audit could see used.
inline const QStringList all = {monitor, scan, interfaces, p2p};
} // namespace Action

namespace Error {
inline const QString notAuthorized = QStringLiteral("org.airpane.Helper1.Error.NotAuthorized");
// The bus's own name for it, which generic clients (busctl, sd-bus, GDBus) answer by retrying with
// interaction allowed, and which systemd returns too.
inline const QString interactionRequired =
    QStringLiteral("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired");
inline const QString invalidArgument = QStringLiteral("org.airpane.Helper1.Error.InvalidArgument");
inline const QString notFound = QStringLiteral("org.airpane.Helper1.Error.NotFound");
inline const QString accessDenied = QStringLiteral("org.airpane.Helper1.Error.AccessDenied");
inline const QString limitExceeded = QStringLiteral("org.airpane.Helper1.Error.LimitExceeded");
inline const QString failed = QStringLiteral("org.airpane.Helper1.Error.Failed");
} // namespace Error

namespace Topic {
inline const QString radios = QStringLiteral("radios");
inline const QString interfaces = QStringLiteral("interfaces");
inline const QString regulatory = QStringLiteral("regulatory");
inline const QString events = QStringLiteral("events");
inline const QString bss = QStringLiteral("bss");
inline const QString scan = QStringLiteral("scan");
inline const QString p2p = QStringLiteral("p2p");
inline const QString stations = QStringLiteral("stations");
inline const QStringList all = {radios, interfaces, regulatory, events, bss, scan, p2p, stations};
} // namespace Topic

// Registers the D-Bus types of the contract with QtDBus; call once before using the bus.
void registerTypes();

// JSON objects travel as a{sv}: nested objects as a{sv}, arrays as av. D-Bus has no null, so null
// fields are left out; jsonFromVariant() of a received map gives the JSON back with them missing.
QVariantMap variantFromJson(const QJsonObject &object);
QJsonObject jsonFromVariant(const QVariantMap &map);
// A received value with its nested D-Bus containers unpacked into QVariantMap and QVariantList.
QVariant plainVariant(const QVariant &value);

} // namespace Airpane::Contract

using QVariantMapList = QList<QVariantMap>;
Q_DECLARE_METATYPE(QVariantMapList)
