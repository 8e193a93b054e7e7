// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelgraph.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Airpane {
namespace {

constexpr double floorDbm = -100;
constexpr qsizetype maxFilledMasks = 120;
constexpr double ceilingDbm = -10;

// The busy strip's colour: the Signal page's waterfall ramp, light to dark orange here so that it
// reads on the axis in both palettes.
QColor busyColor(double busy)
{
    return QColor::fromHsvF(0.08f, float(0.25 + 0.75 * std::clamp(busy, 0.0, 1.0)), 0.95f);
}

const QColor connectedColor(0x27, 0xae, 0x60);

QColor colorOf(const Client::Bss &bss)
{
    return QColor::fromHsv(int(qHash(bss.groupKey.isEmpty() ? bss.key : bss.groupKey) % 360), 170, 200);
}

// BSSes that draw the same mask: same centre, width, second segment and (rounded) signal.
QString shapeKey(const Client::Bss &bss)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(bss.centerFrequency)
        .arg(bss.widthMhz)
        .arg(bss.center2Frequency.value_or(0))
        .arg(qRound(bss.signalDbm.value_or(floorDbm)));
}

} // namespace

ChannelGraph::ChannelGraph(const QString &band, QWidget *parent)
    : QWidget(parent)
    , m_band(band)
{
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

std::pair<double, double> ChannelGraph::range() const
{
    return m_view.value_or(fullRange());
}

std::pair<double, double> ChannelGraph::fullRange() const
{
    if (m_band == QLatin1String("5GHz")) {
        return {5150, 5895};
    }
    if (m_band == QLatin1String("6GHz")) {
        return {5925, 7125};
    }
    return {2400, 2495};
}

void ChannelGraph::setBsses(const QList<Client::Bss> &bsses)
{
    m_bsses.clear();
    for (const Client::Bss &bss : bsses) {
        if (bss.band == m_band) {
            m_bsses.append(bss);
        }
    }
    std::sort(m_bsses.begin(), m_bsses.end(), [](const Client::Bss &a, const Client::Bss &b) {
        // Ties by key: the same BSS stays on top from one refresh to the next.
        return std::pair(a.signalDbm.value_or(floorDbm), a.key) <
               std::pair(b.signalDbm.value_or(floorDbm), b.key);
    });
    // Once per change, not per paint: a crowded band repaints far more often than it changes.
    m_shapes.clear();
    m_sameMask.clear();
    for (const Client::Bss &bss : std::as_const(m_bsses)) {
        m_shapes.append(shapeKey(bss));
        ++m_sameMask[m_shapes.last()];
    }
    update();
}

void ChannelGraph::setView(double low, double high)
{
    const auto [first, last] = fullRange();
    const double span = std::clamp(high - low, 20.0, last - first);
    low = std::clamp(low, first, last - span);
    m_view = std::pair(low, low + span);
    if (span >= last - first) {
        m_view.reset();
    }
    update();
}

void ChannelGraph::resetView()
{
    m_view.reset();
    update();
}

void ChannelGraph::setOccupancy(const QHash<int, double> &busyByFrequency)
{
    if (busyByFrequency != m_busy) {
        m_busy = busyByFrequency;
        update();
    }
}

void ChannelGraph::setRecommended(std::optional<std::pair<int, int>> spectrum, const QString &label)
{
    if (spectrum != m_recommended || label != m_recommendedLabel) {
        m_recommended = spectrum;
        m_recommendedLabel = label;
        update();
    }
}

void ChannelGraph::setChannels(const QList<Client::Channel> &channels)
{
    m_channels = channels;
    update();
}

void ChannelGraph::setSelected(const QString &key)
{
    if (key != m_selected) {
        m_selected = key;
        update();
    }
}

QSize ChannelGraph::sizeHint() const
{
    return {900, fontMetrics().height() * 16};
}

QSize ChannelGraph::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 8};
}

QRectF ChannelGraph::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    return QRectF(metrics.horizontalAdvance(QStringLiteral("-100 ")) + 4, metrics.height(),
                  width() - metrics.horizontalAdvance(QStringLiteral("-100 ")) - 12,
                  height() - metrics.height() * 4.5);
}

double ChannelGraph::xOf(double mhz) const
{
    const QRectF plot = plotRect();
    const auto [low, high] = range();
    return plot.left() + (mhz - low) * plot.width() / (high - low);
}

double ChannelGraph::yOf(double dbm) const
{
    const QRectF plot = plotRect();
    return plot.bottom() -
           (std::clamp(dbm, floorDbm, ceilingDbm) - floorDbm) * plot.height() / (ceilingDbm - floorDbm);
}

QPolygonF ChannelGraph::mask(const Client::Bss &bss) const
{
    // The 802.11 OFDM mask's shape, simplified: flat over the occupied width, falling to the floor
    // over a tenth of the width on each side. A second 80+80 segment gets its own.
    const double top = yOf(bss.signalDbm.value_or(floorDbm));
    const double bottom = yOf(floorDbm);
    QPolygonF polygon;
    auto segment = [&](int center, int width) {
        const double half = width / 2.0;
        const double skirt = std::max(2.0, width / 10.0);
        polygon << QPointF(xOf(center - half - skirt), bottom) << QPointF(xOf(center - half + 1), top)
                << QPointF(xOf(center + half - 1), top) << QPointF(xOf(center + half + skirt), bottom);
    };
    const int center = bss.centerFrequency ? bss.centerFrequency : bss.frequency;
    if (bss.center2Frequency && bss.widthMhz >= 160) {
        segment(center, bss.widthMhz / 2);
        segment(*bss.center2Frequency, bss.widthMhz / 2);
    } else {
        // 2.4 GHz DSSS/OFDM channels spread over 22 MHz at 20 MHz.
        segment(center, m_band == QLatin1String("2.4GHz") && bss.widthMhz == 20 ? 22 : bss.widthMhz);
    }
    return polygon;
}

QString ChannelGraph::bssAt(const QPointF &point) const
{
    for (auto it = m_bsses.crbegin(); it != m_bsses.crend(); ++it) {
        if (mask(*it).containsPoint(point, Qt::OddEvenFill)) {
            return it->key;
        }
    }
    return {};
}

void ChannelGraph::drawAxes(QPainter &painter, const QRectF &plot)
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    painter.setPen(grid);
    for (int dbm = -90; dbm <= -30; dbm += 10) {
        painter.drawLine(QPointF(plot.left(), yOf(dbm)), QPointF(plot.right(), yOf(dbm)));
    }
    painter.setPen(text);
    const QFontMetrics metrics = fontMetrics();
    for (int dbm = -90; dbm <= -30; dbm += 20) {
        painter.drawText(QRectF(0, yOf(dbm) - metrics.height() / 2.0, plot.left() - 4, metrics.height()),
                         int(Qt::AlignRight | Qt::AlignVCenter), QString::number(dbm));
    }
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    // DFS channels shaded over the whole height: a BSS there may have to leave on radar.
    QColor radarShade(0xe6, 0x7e, 0x22);
    radarShade.setAlphaF(0.08f);
    for (const Client::Channel &channel : std::as_const(m_channels)) {
        if (channel.flags.contains(QLatin1String("radar")) && !channel.disabled) {
            painter.fillRect(QRectF(QPointF(xOf(channel.frequency - 10), plot.top()),
                                    QPointF(xOf(channel.frequency + 10), plot.bottom())),
                             radarShade);
        }
    }
    // Channel numbers along the axis, as many as fit; DFS and no-IR channels as marks below.
    double lastRight = -1e9;
    for (const Client::Channel &channel : std::as_const(m_channels)) {
        if (!channel.number || channel.frequency < range().first || channel.frequency > range().second) {
            continue;
        }
        const double x = xOf(channel.frequency);
        const bool radar = channel.flags.contains(QLatin1String("radar"));
        const bool noIr = channel.flags.contains(QLatin1String("no-ir"));
        if (channel.disabled || radar || noIr) {
            const QColor mark = channel.disabled ? QColor(128, 128, 128)
                                : radar          ? QColor(0xe6, 0x7e, 0x22)
                                                 : QColor(0x8e, 0x44, 0xad);
            painter.fillRect(QRectF(x - 2, plot.bottom() + 2, 5, 4), mark);
        }
        const QString label = QString::number(*channel.number);
        const double labelWidth = metrics.horizontalAdvance(label);
        if (x - labelWidth / 2 > lastRight + 4) {
            painter.setPen(text);
            painter.drawText(QPointF(x - labelWidth / 2, plot.bottom() + 6 + metrics.ascent()), label);
            lastRight = x + labelWidth / 2;
        }
    }
    // The legend for the marks.
    const double y = plot.bottom() + 8 + metrics.height() * 1.3;
    double x = plot.left();
    QList<std::pair<QColor, QString>> legend = {
        {QColor(0xe6, 0x7e, 0x22), tr("DFS (radar detection)")},
        {QColor(0x8e, 0x44, 0xad), tr("No transmitting first (no-IR)")},
        {QColor(128, 128, 128), tr("Disabled")}};
    if (!m_busy.isEmpty()) {
        legend.append({busyColor(0.6), tr("Busy time (survey)")});
    }
    if (isZoomed()) {
        legend.append({text, tr("Zoomed: double-click for the whole band")});
    }
    for (const auto &[color, name] : legend) {
        painter.fillRect(QRectF(x, y + metrics.height() / 2.0 - 2, 10, 5), color);
        painter.setPen(text);
        painter.drawText(QPointF(x + 14, y + metrics.ascent()), name);
        x += 14 + metrics.horizontalAdvance(name) + 16;
    }
}

void ChannelGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    // Antialiased translucent polygons cost the most of a crowded band's paint; with hundreds of
    // masks their edges blur together anyway.
    painter.setRenderHint(QPainter::Antialiasing, m_bsses.size() <= 150);
    const QRectF plot = plotRect();
    painter.save();
    painter.setClipRect(QRectF(plot.left(), 0, plot.width(), height()));
    drawAxes(painter, plot);
    painter.restore();
    painter.setClipRect(plot.adjusted(0, -fontMetrics().height(), 0, 0));
    drawRecommended(painter, plot);
    // BSSes with one mask (one AP's several SSIDs, a hall of identical APs) are drawn once and
    // labelled once with their number: stacking them would only darken the picture.
    const QHash<QString, int> &sameMask = m_sameMask;
    auto shapeOf = [this](const Client::Bss &bss) -> const QString & {
        return m_shapes.at(&bss - m_bsses.constData());
    };
    // Many masks: fainter fills, so that what overlaps still shows through.
    const float alpha = sameMask.size() > 60 ? 0.10f : sameMask.size() > 20 ? 0.18f : 0.28f;
    QSet<QString> drawn;
    const Client::Bss *selected = nullptr;
    QList<const Client::Bss *> connected;
    // Only the strongest masks are filled: under a hundred others a weak one's fill adds nothing
    // one can see, while blending it costs the most of the paint. The rest keep their outline.
    qsizetype unfilled = std::max<qsizetype>(0, sameMask.size() - maxFilledMasks);
    for (const Client::Bss &bss : std::as_const(m_bsses)) {
        if (bss.key == m_selected) {
            selected = &bss;
            continue;
        }
        if (bss.associated) {
            connected.append(&bss);
            continue;
        }
        if (const QString &shape = shapeOf(bss); sameMask.value(shape) > 1) {
            if (drawn.contains(shape)) {
                continue;
            }
            drawn.insert(shape);
        }
        QColor color = colorOf(bss);
        QColor fill = color;
        fill.setAlphaF(alpha);
        if (unfilled > 0) {
            --unfilled;
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setBrush(fill);
        }
        color.setAlphaF(0.7f);
        painter.setPen(QPen(color, 1));
        painter.drawPolygon(mask(bss));
    }
    // The connected AP over the others, the selected one over everything.
    for (const Client::Bss *bss : std::as_const(connected)) {
        QColor fill = connectedColor;
        fill.setAlphaF(0.30f);
        painter.setBrush(fill);
        painter.setPen(QPen(connectedColor, 3));
        painter.drawPolygon(mask(*bss));
    }
    if (selected) {
        QColor color = palette().color(QPalette::Highlight);
        QColor fill = color;
        fill.setAlphaF(0.35f);
        painter.setBrush(fill);
        painter.setPen(QPen(color, 3));
        painter.drawPolygon(mask(*selected));
    }
    drawOccupancy(painter, plot);
    // Labels, strongest first, where they do not cover one already drawn.
    QList<QRectF> placed;
    m_labels = 0;
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::Text));
    QSet<QString> labelled;
    auto label = [&](const Client::Bss &bss, bool force) {
        const QString &shape = shapeOf(bss);
        if (!force && labelled.contains(shape)) {
            return;
        }
        labelled.insert(shape);
        QString text = metrics.elidedText(bss.displaySsid(), Qt::ElideRight, metrics.averageCharWidth() * 18);
        if (bss.associated) {
            text = tr("%1 (connected)").arg(text);
        }
        if (const int more = sameMask.value(shape) - 1; more > 0) {
            text = tr("%1 +%2").arg(text).arg(more);
        }
        const QPolygonF polygon = mask(bss);
        const double center = (polygon[1].x() + polygon[2].x()) / 2;
        // Above the mask, else inside it a line or two down, else not at all.
        const QRectF first(center - metrics.horizontalAdvance(text) / 2.0 - 2,
                           polygon[1].y() - metrics.height() - 1, metrics.horizontalAdvance(text) + 4,
                           metrics.height());
        QRectF box;
        for (int step = 0; step < 3 && box.isNull(); ++step) {
            const QRectF candidate = first.translated(0, step * (metrics.height() + 2));
            const bool free = std::none_of(placed.cbegin(), placed.cend(),
                                           [&](const QRectF &other) { return other.intersects(candidate); });
            if (force || free) {
                box = candidate;
            }
        }
        if (box.isNull()) {
            return;
        }
        placed.append(box);
        ++m_labels;
        painter.drawText(box, Qt::AlignCenter, text);
    };
    if (selected) {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        label(*selected, true);
        painter.setFont(font());
    }
    for (const Client::Bss *bss : std::as_const(connected)) {
        label(*bss, true);
    }
    for (auto it = m_bsses.crbegin(); it != m_bsses.crend(); ++it) {
        if (&*it != selected) {
            label(*it, false);
        }
    }
}

void ChannelGraph::drawOccupancy(QPainter &painter, const QRectF &plot)
{
    // A strip along the axis, as tall as the channel was busy, with its share where it fits.
    const double height = fontMetrics().height() * 1.2;
    const QFontMetrics metrics = fontMetrics();
    QList<int> frequencies = m_busy.keys();
    std::sort(frequencies.begin(), frequencies.end());
    double lastLabel = -1e9;
    for (const int frequency : std::as_const(frequencies)) {
        const double busy = m_busy.value(frequency);
        const double left = xOf(frequency - 10);
        const double right = xOf(frequency + 10);
        if (right < plot.left() || left > plot.right()) {
            continue;
        }
        const double tall = std::max(2.0, height * busy);
        painter.fillRect(QRectF(left + 1, plot.bottom() - tall, right - left - 2, tall), busyColor(busy));
        const QString text = tr("%1%").arg(qRound(busy * 100));
        // Channels 5 MHz apart (2.4 GHz, the 5.9 GHz band) share their space: a label where it fits.
        const double textWidth = metrics.horizontalAdvance(text);
        const double textLeft = (left + right - textWidth) / 2;
        if (textWidth + 4 < right - left && textLeft > lastLabel + 4) {
            lastLabel = textLeft + textWidth;
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(
                QRectF(left, plot.bottom() - height - metrics.height(), right - left, metrics.height()),
                Qt::AlignCenter, text);
        }
    }
}

void ChannelGraph::drawRecommended(QPainter &painter, const QRectF &plot)
{
    if (!m_recommended) {
        return;
    }
    const QRectF area(QPointF(xOf(m_recommended->first), plot.top()),
                      QPointF(xOf(m_recommended->second), plot.bottom()));
    QColor fill = connectedColor;
    fill.setAlphaF(0.08f);
    painter.fillRect(area, fill);
    painter.setPen(QPen(connectedColor, 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    painter.setPen(connectedColor.darker(130));
    painter.drawText(area.adjusted(-60, 2, 60, 0), Qt::AlignHCenter | Qt::AlignTop, m_recommendedLabel);
}

void ChannelGraph::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = event->position();
        m_dragged = false;
    }
}

void ChannelGraph::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const double dx = event->position().x() - m_pressed->x();
    if (!m_dragged && std::abs(dx) < 4) {
        return; // a click that shook
    }
    m_dragged = true;
    const auto [low, high] = range();
    const double perPixel = (high - low) / plotRect().width();
    if (isZoomed()) {
        setView(low - dx * perPixel, high - dx * perPixel);
    }
    m_pressed = event->position();
}

void ChannelGraph::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed && !m_dragged) {
        const QString key = bssAt(event->position());
        setSelected(key);
        Q_EMIT bssClicked(key);
    }
    m_pressed.reset();
    m_dragged = false;
}

void ChannelGraph::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        resetView();
    }
}

void ChannelGraph::wheelEvent(QWheelEvent *event)
{
    // Zoom around the frequency under the pointer, which stays where it is.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        return;
    }
    const auto [low, high] = range();
    const QRectF plot = plotRect();
    const double anchor = low + (event->position().x() - plot.left()) * (high - low) / plot.width();
    const double factor = std::pow(0.8, steps);
    setView(anchor - (anchor - low) * factor, anchor + (high - anchor) * factor);
    event->accept();
}

} // namespace Airpane
