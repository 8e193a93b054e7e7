// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include <linux/genetlink.h>
#include <linux/netlink.h>

#include <cerrno>
#include <cstring>
#include <limits>

namespace Airpane::Netlink {
namespace {

constexpr std::size_t aligned(std::size_t length)
{
    return (length + 3) & ~std::size_t(3);
}

} // namespace

QList<Message> splitMessages(Bytes buffer, QString *error)
{
    QList<Message> messages;
    std::size_t offset = 0;
    while (offset + sizeof(nlmsghdr) <= buffer.size()) {
        nlmsghdr header;
        std::memcpy(&header, buffer.data() + offset, sizeof header);
        if (header.nlmsg_len < sizeof(nlmsghdr) || offset + header.nlmsg_len > buffer.size()) {
            *error = QStringLiteral("malformed netlink message at byte %1 (length %2)")
                         .arg(offset)
                         .arg(header.nlmsg_len);
            return messages;
        }
        messages.append({header.nlmsg_type, header.nlmsg_flags, header.nlmsg_seq, header.nlmsg_pid,
                         buffer.subspan(offset + sizeof(nlmsghdr), header.nlmsg_len - sizeof(nlmsghdr))});
        offset += aligned(header.nlmsg_len);
    }
    if (offset < buffer.size() && buffer.size() - offset >= sizeof(nlmsghdr)) {
        *error = QStringLiteral("truncated netlink message at byte %1").arg(offset);
    }
    return messages;
}

std::optional<GenericMessage> genericMessage(const Message &message)
{
    if (message.type < NLMSG_MIN_TYPE || message.payload.size() < GENL_HDRLEN) {
        return std::nullopt;
    }
    genlmsghdr header;
    std::memcpy(&header, message.payload.data(), sizeof header);
    return GenericMessage{header.cmd,       header.version, message.type,
                          message.sequence, message.flags,  message.payload.subspan(GENL_HDRLEN)};
}

QString Error::text() const
{
    const QString base = QString::fromLocal8Bit(std::strerror(code));
    return kernelMessage.isEmpty() ? base : base + QStringLiteral(": ") + kernelMessage;
}

std::optional<Error> parseError(const Message &message)
{
    if (message.type != NLMSG_ERROR || message.payload.size() < sizeof(nlmsgerr)) {
        return std::nullopt;
    }
    nlmsgerr header;
    std::memcpy(&header, message.payload.data(), sizeof header);
    Error error;
    if (header.error < 0) {
        // Errno values are 1 to 4095 (MAX_ERRNO); anything else is a damaged message, and INT_MIN
        // has no negation.
        error.code = header.error >= -4095 ? -header.error : EPROTO;
    } else {
        error.value = header.error;
    }
    if (!(message.flags & NLM_F_ACK_TLVS)) {
        return error;
    }
    // Without NLM_F_CAPPED the request is echoed after the header; the TLVs follow it.
    std::size_t offset = sizeof(nlmsgerr);
    if (!(message.flags & NLM_F_CAPPED)) {
        offset = sizeof(int) + aligned(header.msg.nlmsg_len);
    }
    if (offset > message.payload.size()) {
        return error;
    }
    const AttributeList tlvs(message.payload.subspan(offset));
    if (const auto text = tlvs.find(NLMSGERR_ATTR_MSG)) {
        error.kernelMessage = text->string();
    }
    if (const auto where = tlvs.find(NLMSGERR_ATTR_OFFS)) {
        error.badAttributeOffset = where->u32().value_or(0);
    }
    return error;
}

MessageBuilder::MessageBuilder(std::uint16_t type, std::uint16_t flags)
{
    nlmsghdr header = {};
    header.nlmsg_type = type;
    header.nlmsg_flags = flags;
    m_data = QByteArray(reinterpret_cast<const char *>(&header), sizeof header);
}

MessageBuilder MessageBuilder::generic(std::uint16_t family, std::uint8_t command, std::uint16_t flags)
{
    MessageBuilder builder(family, flags);
    genlmsghdr header = {};
    header.cmd = command;
    header.version = 1;
    builder.putRaw(&header, sizeof header);
    return builder;
}

MessageBuilder &MessageBuilder::putRaw(const void *data, std::size_t size)
{
    m_data.append(static_cast<const char *>(data), qsizetype(size));
    m_data.append(qsizetype(aligned(size) - size), '\0');
    return *this;
}

MessageBuilder &MessageBuilder::put(std::uint16_t type, const void *data, std::size_t size)
{
    if (NLA_HDRLEN + size > std::numeric_limits<std::uint16_t>::max()) {
        m_error =
            QStringLiteral("netlink attribute %1 of %2 bytes is longer than an attribute can be (65535)")
                .arg(type & NLA_TYPE_MASK)
                .arg(size);
        return *this;
    }
    const auto length = std::uint16_t(NLA_HDRLEN + size);
    nlattr header{length, type};
    m_data.append(reinterpret_cast<const char *>(&header), sizeof header);
    return putRaw(data, size);
}

MessageBuilder &MessageBuilder::putU8(std::uint16_t type, std::uint8_t value)
{
    return put(type, &value, sizeof value);
}

MessageBuilder &MessageBuilder::putU16(std::uint16_t type, std::uint16_t value)
{
    return put(type, &value, sizeof value);
}

MessageBuilder &MessageBuilder::putU32(std::uint16_t type, std::uint32_t value)
{
    return put(type, &value, sizeof value);
}

MessageBuilder &MessageBuilder::putU64(std::uint16_t type, std::uint64_t value)
{
    return put(type, &value, sizeof value);
}

MessageBuilder &MessageBuilder::putFlag(std::uint16_t type)
{
    return put(type, nullptr, 0);
}

MessageBuilder &MessageBuilder::putString(std::uint16_t type, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return put(type, utf8.constData(), std::size_t(utf8.size()) + 1);
}

MessageBuilder &MessageBuilder::putBytes(std::uint16_t type, const QByteArray &value)
{
    return put(type, value.constData(), std::size_t(value.size()));
}

MessageBuilder &MessageBuilder::beginNested(std::uint16_t type)
{
    m_nested.append(m_data.size());
    return put(std::uint16_t(type | NLA_F_NESTED), nullptr, 0);
}

MessageBuilder &MessageBuilder::endNested()
{
    Q_ASSERT(!m_nested.isEmpty());
    const qsizetype start = m_nested.takeLast();
    if (m_data.size() - start > std::numeric_limits<std::uint16_t>::max()) {
        m_error =
            QStringLiteral("nested netlink attribute of %1 bytes is longer than an attribute can be (65535)")
                .arg(m_data.size() - start);
        return *this;
    }
    const auto length = std::uint16_t(m_data.size() - start);
    std::memcpy(m_data.data() + start, &length, sizeof length);
    return *this;
}

std::uint16_t MessageBuilder::flags() const
{
    return reinterpret_cast<const nlmsghdr *>(m_data.constData())->nlmsg_flags;
}

QByteArray MessageBuilder::build(std::uint32_t sequence) const
{
    Q_ASSERT(m_nested.isEmpty());
    QByteArray result = m_data;
    auto *header = reinterpret_cast<nlmsghdr *>(result.data());
    header->nlmsg_len = std::uint32_t(result.size());
    header->nlmsg_seq = sequence;
    return result;
}

} // namespace Airpane::Netlink
