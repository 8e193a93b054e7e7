// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nl/attributes.h"

#include <QString>

#include <optional>

namespace Airpane::Nl80211 {

// Collects the first problem met while decoding one message. Fixed-size attributes of the wrong
// size are errors (they would otherwise be read wrongly or past their end); unknown attributes are
// ignored, as the kernel adds them over time.
class DecodeContext
{
public:
    explicit DecodeContext(const char *what)
        : m_what(what)
    {}

    void fail(const QString &problem)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("%1: %2").arg(QLatin1String(m_what), problem);
        }
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // Reads ATTRIBUTE as T into OUT when present; a size mismatch is an error.
    template<typename T, typename Out>
    void read(const std::optional<Netlink::Attribute> &attribute, Out &out, const char *name)
    {
        if (!attribute) {
            return;
        }
        const auto value = get<T>(*attribute);
        if (!value) {
            fail(QStringLiteral("%1 has %2 bytes").arg(QLatin1String(name)).arg(attribute->size()));
            return;
        }
        out = *value;
    }

    // The attributes nested in ATTRIBUTE; a malformed nest is an error.
    Netlink::AttributeList nested(const Netlink::Attribute &attribute, const char *name)
    {
        Netlink::AttributeList list(attribute.payload());
        if (!list.ok()) {
            fail(QStringLiteral("%1: %2").arg(QLatin1String(name), list.error()));
        }
        return list;
    }

    Netlink::AttributeTable table(const Netlink::Attribute &attribute, std::uint16_t maxType,
                                  const char *name)
    {
        Netlink::AttributeTable table(attribute.payload(), maxType);
        if (!table.ok()) {
            fail(QStringLiteral("%1: %2").arg(QLatin1String(name), table.error()));
        }
        return table;
    }

private:
    template<typename T>
    static std::optional<T> get(const Netlink::Attribute &attribute)
    {
        if constexpr (std::is_same_v<T, std::uint8_t>) {
            return attribute.u8();
        } else if constexpr (std::is_same_v<T, std::uint16_t>) {
            return attribute.u16();
        } else if constexpr (std::is_same_v<T, std::uint32_t>) {
            return attribute.u32();
        } else if constexpr (std::is_same_v<T, std::uint64_t>) {
            return attribute.u64();
        } else if constexpr (std::is_same_v<T, std::int8_t>) {
            return attribute.s8();
        } else if constexpr (std::is_same_v<T, std::int32_t>) {
            return attribute.s32();
        } else {
            static_assert(std::is_same_v<T, std::int64_t>);
            return attribute.s64();
        }
    }

    const char *m_what;
    QString m_error;
};

} // namespace Airpane::Nl80211
