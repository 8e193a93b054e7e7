// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interface.h"
#include "model/interfacerequest.h"
#include "model/radio.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Airpane {

class Backend;
class InterfaceManager;
struct InterfaceOperationResult;
struct IfaceOptions;

// airpane-cli iface add|del|set-type|combinations|check: virtual interfaces with the combination
// pre-check. Input is treated as hostile: a bad name, radio, type, address or id is refused with a
// message before anything reaches the kernel.
class IfaceCommands
{
public:
    IfaceCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err);
    ~IfaceCommands();
    int run(const QStringList &args);

private:
    int add(const IfaceOptions &options);
    int remove(const IfaceOptions &options);
    int setType(const IfaceOptions &options);
    int combinations(const IfaceOptions &options);
    int check(const IfaceOptions &options);

    std::optional<Radio> findRadio(const QString &spec);
    std::optional<Interface> findInterface(const QString &spec);
    std::optional<InterfaceType> parseType(const QString &key);
    int report(const InterfaceOperationResult &result, const QString &what);
    int holdUntilSignal(const Interface &interface);
    int fail(const QString &message, int code = 1);

    Backend *m_backend;
    InterfaceManager *m_manager;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Airpane
