// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributes.h"

#include <cstring>

namespace Airpane::Netlink {
namespace {

constexpr std::size_t headerSize = 4;
constexpr std::uint16_t typeMask = 0x3fff; // without NLA_F_NESTED and NLA_F_NET_BYTEORDER

constexpr std::size_t aligned(std::size_t length)
{
    return (length + 3) & ~std::size_t(3);
}

template<typename T>
std::optional<T> read(Bytes payload)
{
    if (payload.size() != sizeof(T)) {
        return std::nullopt;
    }
    T value;
    std::memcpy(&value, payload.data(), sizeof(T));
    return value;
}

// Calls FN(type, payload) for each attribute; returns an error description or an empty string.
template<typename Fn>
QString forEachAttribute(Bytes data, Fn fn)
{
    std::size_t offset = 0;
    while (offset + headerSize <= data.size()) {
        std::uint16_t length;
        std::uint16_t type;
        std::memcpy(&length, data.data() + offset, 2);
        std::memcpy(&type, data.data() + offset + 2, 2);
        if (length < headerSize || offset + length > data.size()) {
            return QStringLiteral("malformed attribute at byte %1 (length %2 of %3 left)")
                .arg(offset)
                .arg(length)
                .arg(data.size() - offset);
        }
        fn(std::uint16_t(type & typeMask), data.subspan(offset + headerSize, length - headerSize));
        offset += aligned(length);
    }
    // The buffer may end anywhere in the last attribute's alignment padding; bytes after that
    // are the start of an attribute cut short.
    if (offset < data.size()) {
        return QStringLiteral("truncated attribute at byte %1").arg(offset);
    }
    return {};
}

} // namespace

std::optional<std::uint8_t> Attribute::u8() const
{
    return read<std::uint8_t>(m_payload);
}

std::optional<std::uint16_t> Attribute::u16() const
{
    return read<std::uint16_t>(m_payload);
}

std::optional<std::uint32_t> Attribute::u32() const
{
    return read<std::uint32_t>(m_payload);
}

std::optional<std::uint64_t> Attribute::u64() const
{
    return read<std::uint64_t>(m_payload);
}

std::optional<std::int8_t> Attribute::s8() const
{
    return read<std::int8_t>(m_payload);
}

std::optional<std::int32_t> Attribute::s32() const
{
    return read<std::int32_t>(m_payload);
}

std::optional<std::int64_t> Attribute::s64() const
{
    return read<std::int64_t>(m_payload);
}

QString Attribute::string() const
{
    const auto *begin = reinterpret_cast<const char *>(m_payload.data());
    const auto *end = static_cast<const char *>(std::memchr(begin, 0, m_payload.size()));
    return QString::fromUtf8(begin, end ? end - begin : qsizetype(m_payload.size()));
}

QByteArray Attribute::bytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_payload.data()), qsizetype(m_payload.size()));
}

AttributeList::AttributeList(Bytes data)
{
    m_error = forEachAttribute(
        data, [this](std::uint16_t type, Bytes payload) { m_attributes.emplace_back(type, payload); });
}

std::optional<Attribute> AttributeList::find(std::uint16_t type) const
{
    for (auto it = m_attributes.rbegin(); it != m_attributes.rend(); ++it) {
        if (it->type() == type) {
            return *it;
        }
    }
    return std::nullopt;
}

AttributeTable::AttributeTable(Bytes data, std::uint16_t maxType)
    : m_table(std::size_t(maxType) + 1)
{
    m_error = forEachAttribute(data, [this](std::uint16_t type, Bytes payload) {
        if (type < m_table.size()) {
            m_table[type] = Attribute(type, payload);
        }
    });
}

const std::optional<Attribute> &AttributeTable::operator[](std::uint16_t type) const
{
    static const std::optional<Attribute> none;
    return type < m_table.size() ? m_table[type] : none;
}

} // namespace Airpane::Netlink
