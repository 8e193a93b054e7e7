// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementbuilder.h"

#include <QStringDecoder>

#include <algorithm>

namespace Airpane::Elements::Inspector {

QString tr(const char *text)
{
    return QCoreApplication::translate("Airpane", text);
}

QString yesNo(bool value)
{
    return value ? tr(QT_TRANSLATE_NOOP("Airpane", "yes")) : tr(QT_TRANSLATE_NOOP("Airpane", "no"));
}

QString hexNumber(std::uint64_t value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString withUnit(qint64 value, const char *unit)
{
    return QStringLiteral("%1 %2").arg(value).arg(QLatin1String(unit));
}

ElementBuilder::ElementBuilder(Bytes body, int base, DecodedElement &element, const InspectContext &context)
    : m_body(body)
    , m_base(base)
    , m_element(element)
    , m_context(context)
{}

bool ElementBuilder::need(int at, int count, const char *what)
{
    if (at >= 0 && count >= 0 && at + count <= size()) {
        return true;
    }
    error(tr(QT_TRANSLATE_NOOP("Airpane", "%1 is cut short: it needs %2 bytes at byte %3 of %4"))
              .arg(tr(what))
              .arg(count)
              .arg(at)
              .arg(size()));
    return false;
}

bool ElementBuilder::atLeast(int minimum)
{
    if (size() >= minimum) {
        return true;
    }
    error(tr(QT_TRANSLATE_NOOP("Airpane", "too short: %1 bytes, at least %2 expected"))
              .arg(size())
              .arg(minimum));
    return false;
}

void ElementBuilder::extra(int at)
{
    if (at >= size()) {
        return;
    }
    const int count = size() - at;
    error(tr(QT_TRANSLATE_NOOP("Airpane", "%1 bytes after the last field the element defines")).arg(count));
    add(field("extra", QT_TRANSLATE_NOOP("Airpane", "Extra bytes"), hex(at, count),
              QT_TRANSLATE_NOOP("Airpane", "Bytes past the end of what this element defines."), at, count));
}

std::uint8_t ElementBuilder::u8(int at) const
{
    return at >= 0 && at < size() ? m_body[std::size_t(at)] : 0;
}

std::uint16_t ElementBuilder::le16(int at) const
{
    return std::uint16_t(u8(at) | u8(at + 1) << 8);
}

std::uint16_t ElementBuilder::be16(int at) const
{
    return std::uint16_t(u8(at) << 8 | u8(at + 1));
}

std::uint32_t ElementBuilder::le24(int at) const
{
    return std::uint32_t(u8(at)) | std::uint32_t(u8(at + 1)) << 8 | std::uint32_t(u8(at + 2)) << 16;
}

std::uint32_t ElementBuilder::le32(int at) const
{
    return std::uint32_t(le(at, 4));
}

std::uint64_t ElementBuilder::le(int at, int count) const
{
    std::uint64_t value = 0;
    for (int i = std::min(count, 8) - 1; i >= 0; --i) {
        value = value << 8 | u8(at + i);
    }
    return value;
}

QString ElementBuilder::hex(int at, int count) const
{
    QString result;
    result.reserve(count * 2);
    for (int i = 0; i < count && at + i < size(); ++i) {
        result += QStringLiteral("%1").arg(u8(at + i), 2, 16, QLatin1Char('0'));
    }
    return result;
}

QString ElementBuilder::mac(int at) const
{
    QString result;
    for (int i = 0; i < 6; ++i) {
        result += QStringLiteral("%1%2")
                      .arg(i ? QStringLiteral(":") : QString())
                      .arg(u8(at + i), 2, 16, QLatin1Char('0'));
    }
    return result;
}

QString ElementBuilder::oui(int at) const
{
    return QStringLiteral("%1-%2-%3")
        .arg(u8(at), 2, 16, QLatin1Char('0'))
        .arg(u8(at + 1), 2, 16, QLatin1Char('0'))
        .arg(u8(at + 2), 2, 16, QLatin1Char('0'));
}

QString ElementBuilder::text(int at, int count) const
{
    if (at < 0 || count <= 0 || at + count > size()) {
        return {};
    }
    const QByteArray bytes(reinterpret_cast<const char *>(m_body.data() + at), count);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    bool printable = !decoder.hasError();
    for (const QChar c : decoded) {
        printable = printable && c.isPrint();
    }
    if (printable) {
        return decoded;
    }
    // Not text: ASCII that prints stays, the rest is escaped as iw escapes it.
    QString result;
    for (const char c : bytes) {
        const auto byte = std::uint8_t(c);
        result += byte >= 0x20 && byte < 0x7f && byte != '\\'
                      ? QString(QLatin1Char(c))
                      : QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return result;
}

Field ElementBuilder::field(const char *key, const char *label, const QString &value, const char *explanation,
                            int at, int count) const
{
    Field result;
    result.key = QLatin1String(key);
    result.label = tr(label);
    result.value = value;
    result.explanation = explanation ? tr(explanation) : QString();
    // A field of bytes the element does not have (a default iw prints too) points at its end.
    const int start = std::clamp(at, 0, size());
    result.offset = offsetOf(start);
    result.length = std::max(0, std::min(count, size() - start));
    return result;
}

Field ElementBuilder::bits(const char *key, const char *label, const char *explanation, int at, int count,
                           std::span<const Bit> table) const
{
    const std::uint64_t value = le(at, count);
    Field result = field(key, label, hexNumber(value, count * 2), explanation, at, count);
    addBits(result, value, at, table);
    return result;
}

Field ElementBuilder::wideBits(const char *key, const char *label, const char *explanation, int at, int count,
                               std::span<const Bit> table) const
{
    Field result = field(key, label, hex(at, count), explanation, at, count);
    for (Bit bit : table) {
        if (bit.bit + bit.width > 8 * count) {
            continue;
        }
        // Shift the subfield to a bitmap that starts at its first byte: 8 bytes always hold it.
        const int first = bit.bit / 8;
        const std::uint64_t value = le(at + first, std::min(8, count - first));
        bit.bit -= 8 * first;
        addBits(result, value, at + first, std::span(&bit, 1));
    }
    return result;
}

void ElementBuilder::addBits(Field &parent, std::uint64_t value, int at, std::span<const Bit> table) const
{
    for (const Bit &bit : table) {
        const std::uint64_t mask = bit.width >= 64 ? ~0ull : (1ull << bit.width) - 1;
        const std::uint64_t subfield = (value >> bit.bit) & mask;
        if (!subfield && !bit.always) {
            continue;
        }
        QString text;
        if (bit.format) {
            text = bit.format(subfield);
        } else if (bit.width == 1) {
            text = yesNo(subfield);
        } else {
            text = QString::number(subfield);
        }
        const int first = bit.bit / 8;
        const int last = (bit.bit + bit.width - 1) / 8;
        parent.children.append(
            field(bit.key, bit.label, text, bit.explanation, at + first, last - first + 1));
    }
}

void ElementBuilder::setKind(const char *key, const char *name)
{
    m_element.key = QLatin1String(key);
    m_element.name = tr(name);
}

void ElementBuilder::error(const QString &message)
{
    if (m_element.error.isEmpty()) {
        m_element.error = message;
    }
}

} // namespace Airpane::Elements::Inspector
