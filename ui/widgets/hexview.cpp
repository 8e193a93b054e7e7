// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QTextBlock>

namespace Airpane {
namespace {

constexpr int bytesPerLine = 16;
constexpr int hexStart = 6;                                // "0000  "
constexpr int textStart = hexStart + bytesPerLine * 3 + 1; // after the hex and a space

} // namespace

HexView::HexView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void HexView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    QString text;
    text.reserve(bytes.size() / bytesPerLine * (textStart + bytesPerLine + 1) + 80);
    for (qsizetype line = 0; line < bytes.size(); line += bytesPerLine) {
        text += QStringLiteral("%1  ").arg(line, 4, 16, QLatin1Char('0'));
        QString printable;
        for (qsizetype i = line; i < line + bytesPerLine; ++i) {
            if (i < bytes.size()) {
                const auto byte = uchar(bytes[i]);
                text += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                printable += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                text += QStringLiteral("   ");
            }
        }
        text += QLatin1Char(' ') + printable + QLatin1Char('\n');
    }
    text.chop(1);
    setPlainText(text);
    m_offset = m_length = 0;
    setExtraSelections({});
}

void HexView::setHighlight(int offset, int length)
{
    m_offset = offset;
    m_length = length;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(palette().highlight());
    format.setForeground(palette().highlightedText());
    const int end = std::min<int>(offset + length, int(m_bytes.size()));
    for (int byte = std::max(offset, 0); byte < end; ++byte) {
        const QTextBlock block = document()->findBlockByNumber(byte / bytesPerLine);
        const int column = byte % bytesPerLine;
        // The hex digits and the character: both halves of the dump point at the same byte.
        for (const auto &[start, size] :
             {std::pair(hexStart + column * 3, 2), std::pair(textStart + column, 1)}) {
            QTextEdit::ExtraSelection selection;
            selection.format = format;
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(block.position() + start);
            selection.cursor.setPosition(block.position() + start + size, QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
    if (!selections.isEmpty()) {
        QTextCursor cursor = selections.first().cursor;
        cursor.clearSelection();
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

int HexView::byteAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid()) {
        return -1;
    }
    const int column = position - block.position();
    int inLine = -1;
    if (column >= hexStart && column < hexStart + bytesPerLine * 3) {
        inLine = (column - hexStart) / 3;
    } else if (column >= textStart && column < textStart + bytesPerLine) {
        inLine = column - textStart;
    }
    const int byte = block.blockNumber() * bytesPerLine + inLine;
    return inLine < 0 || byte >= m_bytes.size() ? -1 : byte;
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        if (const int byte = byteAt(cursorForPosition(event->position().toPoint()).position()); byte >= 0) {
            Q_EMIT byteClicked(byte);
        }
    }
}

} // namespace Airpane
