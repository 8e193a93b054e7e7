// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"
#include "client/radio.h"

#include <QWidget>

namespace Airpane {

// One band's spectrum: each BSS drawn as its spectral mask over its real width and centre, as high
// as its signal; the radio's DFS and no-IR channels marked along the axis; the selected BSS drawn on
// top. With hundreds of BSSes the masks stay translucent and only labels that fit are drawn,
// strongest first, so that the picture stays readable.
class ChannelGraph : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelGraph(const QString &band, QWidget *parent = nullptr);

    QString band() const { return m_band; }
    void setBsses(const QList<Client::Bss> &bsses); // those of other bands are left out
    void setChannels(const QList<Client::Channel> &channels);
    void setSelected(const QString &key);
    QString selected() const { return m_selected; }
    int bssCount() const { return int(m_bsses.size()); }
    int labelCount() const { return m_labels; } // drawn at the last paint

    // The frequency range shown, MHz.
    std::pair<int, int> range() const;
    // The BSS whose mask is under POINT, the strongest where several are; empty when none.
    QString bssAt(const QPointF &point) const;
    // The mask of BSS in widget coordinates: a polygon over its occupied frequencies.
    QPolygonF mask(const Client::Bss &bss) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void bssClicked(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    double xOf(double mhz) const;
    double yOf(double dbm) const;
    void drawAxes(QPainter &painter, const QRectF &plot);

    QString m_band;
    QList<Client::Bss> m_bsses; // weakest first: the strong ones are drawn on top
    QList<Client::Channel> m_channels;
    QString m_selected;
    mutable int m_labels = 0;
};

} // namespace Airpane
