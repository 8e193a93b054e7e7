// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"
#include "client/radio.h"

#include <QHash>
#include <QWidget>

#include <optional>

namespace Airpane {

// One band's spectrum: each BSS drawn as its spectral mask over its real width and centre, as high
// as its signal; the radio's DFS and no-IR channels marked along the axis; the selected BSS drawn on
// top and the connected one emphasised; each channel's busy time from the survey as a strip along
// the axis; the recommended channel outlined. With hundreds of BSSes the masks stay translucent
// and only labels that fit are drawn, strongest first, so that the picture stays readable. The
// wheel zooms around the pointer, dragging pans, a double click shows the whole band again.
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
    // Busy share (0..1) by channel frequency, from the survey.
    void setOccupancy(const QHash<int, double> &busyByFrequency);
    // The spectrum of the recommended channel, MHz; none to draw nothing.
    void setRecommended(std::optional<std::pair<int, int>> spectrum, const QString &label = QString());
    int bssCount() const { return int(m_bsses.size()); }
    int labelCount() const { return m_labels; } // drawn at the last paint

    // The frequency range shown, MHz: the whole band, or less when zoomed.
    std::pair<double, double> range() const;
    std::pair<double, double> fullRange() const;
    // Shows LOW..HIGH MHz (kept within the band, at least 20 MHz wide).
    void setView(double low, double high);
    void resetView();
    bool isZoomed() const { return m_view.has_value(); }
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
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRectF plotRect() const;
    double xOf(double mhz) const;
    double yOf(double dbm) const;
    void drawAxes(QPainter &painter, const QRectF &plot);
    void drawOccupancy(QPainter &painter, const QRectF &plot);
    void drawRecommended(QPainter &painter, const QRectF &plot);

    QString m_band;
    QList<Client::Bss> m_bsses;     // weakest first: the strong ones are drawn on top
    QStringList m_shapes;           // each BSS's mask, as shapeKey() names it, beside m_bsses
    QHash<QString, int> m_sameMask; // how many BSSes draw each mask
    QList<Client::Channel> m_channels;
    QString m_selected;
    QHash<int, double> m_busy;
    std::optional<std::pair<int, int>> m_recommended;
    QString m_recommendedLabel;
    std::optional<std::pair<double, double>> m_view;
    std::optional<QPointF> m_pressed; // where a click or a drag began
    bool m_dragged = false;
    mutable int m_labels = 0;
};

} // namespace Airpane
