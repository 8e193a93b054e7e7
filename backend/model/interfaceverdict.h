// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace Airpane {

// The pre-check's answer to a request: whether it can work on this radio now, and if not, why,
// in words for people ("this radio allows 1 P2P-device and already has one").
struct InterfaceVerdict
{
    bool allowed = true;
    QStringList problems; // why not; the first is the main reason
    QStringList notes;    // what holds if it goes ahead ("it must use channel 6 (2437 MHz) ...")
    // The interface combination (index into Radio::combinations) the result fits, when one was
    // needed: a lone interface, or a software type such as monitor, needs none.
    std::optional<int> combination;

    void refuse(const QString &problem)
    {
        allowed = false;
        if (!problems.contains(problem)) {
            problems.append(problem);
        }
    }
    void note(const QString &text)
    {
        if (!notes.contains(text)) {
            notes.append(text);
        }
    }
};

} // namespace Airpane
