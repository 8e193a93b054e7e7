// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interface.h"
#include "interfaceverdict.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// How an operation on interfaces ended: where it stopped, the kernel's error (with its
// extended-ack text), the interface as it is now, and whether partial work was undone.
struct InterfaceOperationResult
{
    enum class Stage : std::uint8_t {
        PreCheck,   // refused before any kernel call
        Create,     // NEW_INTERFACE
        BringUp,    // the netdev up, START_P2P_DEVICE or START_NAN
        ChangeType, // SET_INTERFACE
        Delete,     // DEL_INTERFACE
        Done,
    };

    bool ok = false;
    Stage stage = Stage::PreCheck;
    InterfaceVerdict verdict;
    QString error;     // for people; empty on success
    int errorCode = 0; // the kernel's errno, 0 when it did not fail
    std::optional<Interface> interface;
    bool owned = false;      // removed by the kernel when the backend's socket closes
    bool rolledBack = false; // a created interface was deleted again after a later step failed
    QString rollbackError;   // the rollback itself failed: the interface may still exist

    // "precheck", "create", "up", "change-type", "delete", "done": JSON's words.
    static QString stageKey(Stage stage)
    {
        switch (stage) {
        case Stage::PreCheck:
            return QStringLiteral("precheck");
        case Stage::Create:
            return QStringLiteral("create");
        case Stage::BringUp:
            return QStringLiteral("up");
        case Stage::ChangeType:
            return QStringLiteral("change-type");
        case Stage::Delete:
            return QStringLiteral("delete");
        case Stage::Done:
            break;
        }
        return QStringLiteral("done");
    }
};

} // namespace Airpane
