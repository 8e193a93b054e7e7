// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace Airpane::Netlink {

using Bytes = std::span<const std::uint8_t>;

inline Bytes bytesOf(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

// One netlink attribute (struct nlattr + payload), viewed in place. Typed getters check the payload
// size exactly and return nothing on a mismatch: a lying length never reads past the payload.
class Attribute
{
public:
    Attribute() = default;
    Attribute(std::uint16_t type, Bytes payload)
        : m_type(type)
        , m_payload(payload)
    {}

    std::uint16_t type() const { return m_type; }
    Bytes payload() const { return m_payload; }
    std::size_t size() const { return m_payload.size(); }

    std::optional<std::uint8_t> u8() const;
    std::optional<std::uint16_t> u16() const;
    std::optional<std::uint32_t> u32() const;
    std::optional<std::uint64_t> u64() const;
    std::optional<std::int8_t> s8() const;
    std::optional<std::int32_t> s32() const;
    std::optional<std::int64_t> s64() const;
    // A NUL-terminated string (the terminator may be missing; embedded NULs end it).
    QString string() const;
    QByteArray bytes() const;

private:
    std::uint16_t m_type = 0;
    Bytes m_payload;
};

// The attributes of a buffer, in order. Parsing stops at the first malformed header (length below
// 4 or past the end); error() then says where.
class AttributeList
{
public:
    AttributeList() = default;
    explicit AttributeList(Bytes data);

    const std::vector<Attribute> &attributes() const { return m_attributes; }
    auto begin() const { return m_attributes.begin(); }
    auto end() const { return m_attributes.end(); }
    bool isEmpty() const { return m_attributes.empty(); }

    // The last attribute of TYPE (the kernel's own parser lets later ones win).
    std::optional<Attribute> find(std::uint16_t type) const;
    bool has(std::uint16_t type) const { return find(type).has_value(); }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    std::vector<Attribute> m_attributes;
    QString m_error;
};

// An attribute table indexed by type, for messages read by many lookups (GET_WIPHY, station info).
// Types above the table's size are ignored, as the kernel's parser ignores unknown ones.
class AttributeTable
{
public:
    AttributeTable(Bytes data, std::uint16_t maxType);

    const std::optional<Attribute> &operator[](std::uint16_t type) const;
    bool has(std::uint16_t type) const { return (*this)[type].has_value(); }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    std::vector<std::optional<Attribute>> m_table;
    QString m_error;
};

} // namespace Airpane::Netlink
