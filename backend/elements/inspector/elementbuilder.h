// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspect.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <span>

namespace Airpane::Elements::Inspector {

// Source strings are marked with QT_TRANSLATE_NOOP("Airpane", ...) where they are written, and
// translated here, when a field is made.
QString tr(const char *text);
QString yesNo(bool value);

// What decoding one element may need from the others of the same frame (as iw does: whether VHT
// is advertised changes the meaning of two Extended Capabilities bits; HE's channel widths say
// which EHT MCS maps are present).
struct InspectContext
{
    bool hasVhtCapabilities = false;
    bool hasHeCapabilities = false;
    std::uint8_t hePhyWidthSet = 0; // HE PHY Capabilities B1-B7: the supported channel width set
    int depth = 0;                  // of nested element lists (MBSSID profiles, per-STA profiles)
};

// A subfield of a bitmap: WIDTH bits from BIT (bit 0 is bit 0 of the bitmap's first byte).
struct Bit
{
    int bit = 0;
    int width = 1;
    const char *key = nullptr;
    const char *label = nullptr;
    const char *explanation = nullptr;
    QString (*format)(std::uint64_t value) = nullptr; // for a multi-bit value; its number otherwise
    bool always = false; // listed when zero too (one-bit flags are listed when set, as "yes")
};

// A one-bit flag and a WIDTH-bit field of a capabilities bitmap, for the decoders' tables.
constexpr Bit bitFlag(int bit, const char *key, const char *label, const char *explanation)
{
    return Bit{bit, 1, key, label, explanation};
}
constexpr Bit bitField(int bit, int width, const char *key, const char *label, const char *explanation)
{
    return Bit{bit, width, key, label, explanation};
}

// The state of decoding one element: its body, where the body lies in the data given to inspect(),
// the fields decoded so far and the first error. Reads are bounded: a read outside the body
// returns zero, and need() is how decoders check before they read.
class ElementBuilder
{
public:
    ElementBuilder(Bytes body, int base, DecodedElement &element, const InspectContext &context);

    Bytes body() const { return m_body; }
    int size() const { return int(m_body.size()); }
    int offsetOf(int at) const { return m_base + at; }
    const InspectContext &context() const { return m_context; }

    // True when COUNT bytes from AT are in the body; otherwise records that WHAT is cut short.
    bool need(int at, int count, const char *what);
    // True when the body has at least MINIMUM bytes; otherwise records that it is too short.
    bool atLeast(int minimum);
    // Bytes from AT on that no field covers: an error, and a field that shows them.
    void extra(int at);

    std::uint8_t u8(int at) const;
    std::uint16_t le16(int at) const;
    std::uint16_t be16(int at) const;
    std::uint32_t le24(int at) const;
    std::uint32_t le32(int at) const;
    std::uint64_t le(int at, int count) const; // little-endian, up to 8 bytes
    QString hex(int at, int count) const;      // "0a1b"
    QString mac(int at) const;                 // "02:00:00:00:01:00"
    QString text(int at, int count) const;     // an SSID: UTF-8, or \xNN escapes where it is not
    QString oui(int at) const;                 // "00-50-f2"

    Field field(const char *key, const char *label, const QString &value, const char *explanation, int at,
                int count) const;
    // A field that stands for a bitmap of COUNT bytes at AT, with its subfields from BITS.
    Field bits(const char *key, const char *label, const char *explanation, int at, int count,
               std::span<const Bit> bits) const;
    void addBits(Field &parent, std::uint64_t value, int at, std::span<const Bit> bits) const;
    // A bitmap of any size (HE and EHT capabilities): its value is the bytes in wire order, and
    // its subfields are read bit by bit.
    Field wideBits(const char *key, const char *label, const char *explanation, int at, int count,
                   std::span<const Bit> bits) const;

    void add(Field field) { m_element.fields.append(std::move(field)); }
    // For elements whose kind depends on their content (vendor-specific ones).
    void setKind(const char *key, const char *name);
    QList<Field> &fields() { return m_element.fields; }
    void error(const QString &message);
    bool failed() const { return !m_element.error.isEmpty(); }

private:
    Bytes m_body;
    int m_base;
    DecodedElement &m_element;
    const InspectContext &m_context;
};

QString hexNumber(std::uint64_t value, int digits); // "0x01ad"
QString withUnit(qint64 value, const char *unit);   // "100 TU"

} // namespace Airpane::Elements::Inspector
