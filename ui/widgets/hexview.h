// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Airpane {

// Raw bytes as a classic hex dump (offset, 16 bytes in hex, the same as text), with one range
// highlighted; clicking a byte reports its offset.
class HexView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    QByteArray bytes() const { return m_bytes; }
    // Highlights LENGTH bytes from OFFSET and scrolls to them; a LENGTH of 0 clears.
    void setHighlight(int offset, int length);
    QPair<int, int> highlight() const { return {m_offset, m_length}; }
    // The byte under the text cursor position POSITION; -1 when none.
    int byteAt(int position) const;

Q_SIGNALS:
    void byteClicked(int offset);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QByteArray m_bytes;
    int m_offset = 0;
    int m_length = 0;
};

} // namespace Airpane
