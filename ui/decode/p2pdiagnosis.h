// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/interface.h"
#include "client/peer.h"
#include "client/radio.h"

#include <QCoreApplication>

#include <optional>

namespace Airpane {

// Whether a radio can do Wi-Fi Direct, and if not, why — from what the helper reports: the radio's
// interface types and combinations, and its interfaces.
class P2pDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(P2pDiagnosis)
public:
    enum class Verdict {
        Available,   // Airpane could start a P2P device here
        Running,     // Airpane's own P2P device runs here
        InUse,       // another program runs this radio's P2P device
        Unavailable, // the radio cannot, or has no room for it now
    };
    enum class Level { Good, Note, Problem };
    struct Finding
    {
        Finding() = default;
        Finding(Level findingLevel, const QString &findingTitle, const QString &findingDetail,
                const QString &problemKey = QString())
            : level(findingLevel)
            , title(findingTitle)
            , detail(findingDetail)
            , key(problemKey)
        {}

        Level level = Level::Note;
        QString title;
        QString detail;
        QString key; // a problem's key as the helper names it (JSON.md, "p2p diagnose"), if it has one
    };

    // OWNDEVICE: the wdev of this session's own P2P device, which is no obstacle. HELPER: the
    // helper's diagnosis of the radio, which decides availability and adds what only it can see
    // (rfkill); without it the verdict is the client's reading of the radio.
    static P2pDiagnosis diagnose(const Client::Radio &radio, const QList<Client::Interface> &interfaces,
                                 const QString &ownDevice = QString(),
                                 const std::optional<Client::P2pAvailability> &helper = std::nullopt);

    Verdict verdict = Verdict::Unavailable;
    QList<Finding> findings;
    std::optional<Client::Interface> device;             // the P2P device that exists, if one does
    bool ownDevice = false;                              // and it is Airpane's
    std::optional<Client::P2pAvailability::Owner> owner; // or who runs it, when the helper could tell

    // OWNER in a few words: "NetworkManager's wpa_supplicant", "wpa_supplicant".
    static QString ownerName(const Client::P2pAvailability::Owner &owner);

    QString verdictText() const;
    static QString verdictText(Verdict verdict);

private:
    void checkTypes(const Client::Radio &radio);
    void checkRoom(const Client::Radio &radio, const QList<Client::Interface> &interfaces);
    void checkState(const Client::Radio &radio, const QList<Client::Interface> &interfaces);
    void addHelperProblems(const Client::P2pAvailability &helper);
    // The finding about another program's P2P device, said with who it is and what that means.
    void nameOwner(const Client::P2pAvailability::Owner &owner);
};

} // namespace Airpane
