// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attributes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace Airpane::Netlink {

// One netlink message (struct nlmsghdr + payload) viewed in a receive buffer.
struct Message
{
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    std::uint32_t sequence = 0;
    std::uint32_t port = 0;
    Bytes payload;
};

// The messages of one receive buffer. Stops at the first malformed header; ERROR then says why.
QList<Message> splitMessages(Bytes buffer, QString *error);

// A generic netlink message: command, version and the attribute stream after struct genlmsghdr.
struct GenericMessage
{
    std::uint8_t command = 0;
    std::uint8_t version = 0;
    std::uint16_t family = 0;
    std::uint32_t sequence = 0;
    std::uint16_t flags = 0;
    Bytes attributes;
};

std::optional<GenericMessage> genericMessage(const Message &message);

// The outcome of a request: an NLMSG_ERROR with its errno (0 for an acknowledgement) and, with
// NETLINK_EXT_ACK, the kernel's own explanation.
struct Error
{
    int code = 0; // a positive errno, or 0
    QString kernelMessage;
    std::uint32_t badAttributeOffset = 0;
    int value = 0; // what some families return on success in the acknowledgement (a new id)

    bool isError() const { return code != 0; }
    // "Invalid argument" or, when the kernel said more, "Invalid argument: <kernel text>".
    QString text() const;
};

std::optional<Error> parseError(const Message &message);

// Builds one netlink message. Nested attributes are opened and closed around their content.
class MessageBuilder
{
public:
    MessageBuilder(std::uint16_t type, std::uint16_t flags);
    // A generic netlink message for FAMILY with COMMAND.
    static MessageBuilder generic(std::uint16_t family, std::uint8_t command, std::uint16_t flags);

    MessageBuilder &putU8(std::uint16_t type, std::uint8_t value);
    MessageBuilder &putU16(std::uint16_t type, std::uint16_t value);
    MessageBuilder &putU32(std::uint16_t type, std::uint32_t value);
    MessageBuilder &putU64(std::uint16_t type, std::uint64_t value);
    MessageBuilder &putFlag(std::uint16_t type);
    MessageBuilder &putString(std::uint16_t type, const QString &value);
    MessageBuilder &putBytes(std::uint16_t type, const QByteArray &value);
    MessageBuilder &putRaw(const void *data, std::size_t size); // a family header
    MessageBuilder &beginNested(std::uint16_t type);
    MessageBuilder &endNested();

    std::uint16_t flags() const;
    // Why the message cannot be sent, empty when it can: an attribute or a nest longer than
    // netlink's 16-bit length field holds. Such an attribute is left out rather than truncated, as
    // a wrong length would make the kernel read its payload as further attributes.
    QString error() const { return m_error; }

    // The finished message with SEQUENCE in its header.
    QByteArray build(std::uint32_t sequence) const;

private:
    MessageBuilder &put(std::uint16_t type, const void *data, std::size_t size);

    QByteArray m_data;
    QList<qsizetype> m_nested;
    QString m_error;
};

} // namespace Airpane::Netlink
