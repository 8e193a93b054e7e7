// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Client {

// A Wi-Fi Direct device this session's discovery heard (JSON.md, "p2p find").
struct Peer
{
    QString address; // P2P device address: the stable key
    QString name;
    QString primaryType; // 7-0050F204-4
    QString category;    // Display, Printer, ... empty when unknown
    QStringList secondaryTypes;
    QStringList configMethods; // display, push_button, keypad, ...
    std::optional<int> deviceCapability;
    std::optional<int> groupCapability;
    std::optional<int> listenChannel;
    std::optional<int> operatingChannel;
    QString manufacturer;
    QString modelName;
    QString wfd; // Wi-Fi Display subelements, hex; empty when absent
    QStringList groupClients;
    std::optional<int> signalDbm;
    int frequency = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    bool probeRequestOnly = false;

    bool operator==(const Peer &) const = default;

    QString displayName() const { return name.isEmpty() ? address : name; }
};

// A management frame this session's P2P device sent (JSON.md, "A sent frame"), once the kernel
// reported its fate.
struct SentFrame
{
    enum class Status { Pending, Acknowledged, NotAcknowledged, Failed };
    qint64 id = 0;
    QString description; // probe response, ...
    QString destination;
    int frequency = 0;
    QDateTime sent;
    Status status = Status::Pending;
    std::optional<int> statusAfterMs; // from sending to the kernel's TX status
    QString error;                    // the kernel refused the frame

    bool operator==(const SentFrame &) const = default;
};

// The helper's word on whether a radio can run Wi-Fi Direct (JSON.md, "p2p diagnose"): it sees
// what the client cannot, such as rfkill.
struct P2pAvailability
{
    // Who runs the radio's P2P device when another program does, as the helper found it.
    struct Owner
    {
        QString program; // wpa_supplicant
        uint pid = 0;
        QString unit;      // wpa_supplicant.service
        QString interface; // the netdev it manages: wlan0
        bool networkManager = false;

        bool operator==(const Owner &) const = default;
    };
    struct Problem
    {
        QString key; // no-p2p-device-type, owned-by-other, rfkill-soft, rfkill-hard, no-room
        QString message;
        QString remedy;
        std::optional<Owner> owner; // owned-by-other: who, when the helper could tell

        bool operator==(const Problem &) const = default;
    };
    uint radio = 0;
    bool available = false;
    QList<Problem> problems;

    bool operator==(const P2pAvailability &) const = default;
};

// The state of this session's own P2P device.
enum class P2pState {
    None,   // no P2P device: StartP2p not called, ended, or the session is new
    Idle,   // the device runs, neither searching nor listening
    Search, // finding peers
    Listen, // discoverable only
};

// The P2P device this session runs.
struct P2pDevice
{
    uint radio = 0;
    QString wdev;
    QString address;

    bool operator==(const P2pDevice &) const = default;
};

// What the helper said to a change the user asked for.
struct OperationResult
{
    bool ok = false;
    QString error; // for people, empty on success
};

// The pre-check's verdict on one more interface of a type (JSON.md, "iface check").
struct InterfaceVerdict
{
    bool allowed = false;
    QStringList problems; // the first is the main reason
    QStringList notes;
    QString error; // the question itself failed (helper away, refused)
};

} // namespace Airpane::Client
