// SPDX-License-Identifier: GPL-3.0-or-later
#include "waterfall.h"

#include "decode/wifinames.h"
#include "stats/signalhistory.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Airpane {

Waterfall::Waterfall(SignalHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("waterfall"));
}

void Waterfall::setBand(const QString &band)
{
    if (band != m_band) {
        m_band = band;
        refresh();
    }
}

void Waterfall::setWindowMs(qint64 windowMs)
{
    m_windowMs = windowMs;
    refresh();
}

QColor Waterfall::colorOf(double busy)
{
    // A dark-to-bright ramp (navy, teal, yellow, red) that stays readable in light and dark
    // palettes and for the common colour-vision deficiencies at its ends.
    static const QList<std::pair<double, QColor>> stops = {{0.0, QColor(24, 30, 70)},
                                                           {0.25, QColor(32, 120, 140)},
                                                           {0.5, QColor(110, 190, 90)},
                                                           {0.75, QColor(250, 210, 50)},
                                                           {1.0, QColor(220, 50, 40)}};
    busy = std::clamp(busy, 0.0, 1.0);
    for (qsizetype i = 1; i < stops.size(); ++i) {
        if (busy <= stops[i].first) {
            const double t = (busy - stops[i - 1].first) / (stops[i].first - stops[i - 1].first);
            const QColor &a = stops[i - 1].second;
            const QColor &b = stops[i].second;
            return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                    float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                    float(a.blueF() + (b.blueF() - a.blueF()) * t));
        }
    }
    return stops.last().second;
}

void Waterfall::refresh()
{
    const std::deque<SignalHistory::OccupancyRow> &rows = m_history->occupancy(m_band);
    const QList<int> channels = SignalHistory::channelFrequencies(m_band);
    m_endMs = rows.empty() ? QDateTime::currentMSecsSinceEpoch() : rows.back().timeMs;
    m_startMs = m_endMs - m_windowMs;
    // A history shorter than the window fills the height, as the signal chart fills its width.
    if (!rows.empty()) {
        m_startMs = std::max(m_startMs, std::min(rows.front().timeMs, m_endMs - 30'000) - 2'000);
    }
    QList<const SignalHistory::OccupancyRow *> shown;
    for (auto it = rows.rbegin(); it != rows.rend() && it->timeMs >= m_startMs; ++it) {
        shown.append(&*it);
    }
    m_estimated = QList<bool>(channels.size(), true);
    m_times.clear();
    for (const SignalHistory::OccupancyRow *row : std::as_const(shown)) {
        m_times.append(row->timeMs);
    }
    if (shown.isEmpty() || channels.isEmpty()) {
        m_image = QImage();
        update();
        return;
    }
    m_image = QImage(int(channels.size()), int(shown.size()), QImage::Format_RGB32);
    for (int y = 0; y < m_image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const SignalHistory::OccupancyRow &row = *shown[y];
        for (int x = 0; x < m_image.width() && x < row.busy.size(); ++x) {
            line[x] = colorOf(row.busy[x]).rgb();
            if (row.measured.value(x)) {
                m_estimated[x] = false;
            }
        }
    }
    update();
}

void Waterfall::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QList<int> channels = SignalHistory::channelFrequencies(m_band);
    const int left = metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 8;
    const QRect plot(left, 4, width() - left - 4, height() - metrics.height() * 2 - 8);
    painter.fillRect(plot, colorOf(0));
    if (m_image.isNull() || channels.isEmpty() || plot.width() <= 0 || plot.height() <= 0) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Channel occupancy appears here as scans come in."));
        return;
    }
    // Lines are placed by their time, so gaps between scans stay gaps.
    const double perMs = double(plot.height()) / double(std::max<qint64>(1, m_endMs - m_startMs));
    const double column = double(plot.width()) / double(channels.size());
    for (int y = 0; y < m_image.height() && y < m_times.size(); ++y) {
        const double top = plot.top() + double(m_endMs - m_times[y]) * perMs;
        const double bottom = y + 1 < m_times.size() ? plot.top() + double(m_endMs - m_times[y + 1]) * perMs
                                                     : top + std::max(2.0, perMs * 2000);
        const QRectF strip(plot.left(), top, plot.width(),
                           std::max(1.0, std::min(bottom, double(plot.bottom())) - top));
        painter.drawImage(strip, m_image, QRectF(0, y, m_image.width(), 1));
    }
    // Estimated channels: a light hatch over their column.
    QColor hatch = palette().color(QPalette::Base);
    hatch.setAlpha(70);
    for (qsizetype x = 0; x < channels.size(); ++x) {
        if (m_estimated.value(x)) {
            painter.fillRect(QRectF(plot.left() + column * double(x), plot.top(), column, plot.height()),
                             QBrush(hatch, Qt::BDiagPattern));
        }
    }
    // Channel numbers under the columns, as many as fit.
    painter.setPen(palette().color(QPalette::Text));
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("000")) + 6;
    const int step = std::max(1, int(std::ceil(labelWidth / column)));
    for (qsizetype x = 0; x < channels.size(); x += step) {
        const std::optional<int> number = WifiNames::channelNumber(channels[x]);
        const QRectF cell(plot.left() + column * double(x) - labelWidth, plot.bottom() + 2,
                          column + 2 * labelWidth, metrics.height());
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop,
                         number ? QString::number(*number) : QString());
    }
    painter.drawText(QRect(plot.left(), plot.bottom() + 2 + metrics.height(), plot.width(), metrics.height()),
                     Qt::AlignHCenter, tr("Channel"));
    // Times down the left: now at the top, the window's start at the bottom.
    for (int i = 0; i <= 4; ++i) {
        const qint64 time = m_endMs - (m_endMs - m_startMs) * i / 4;
        const int y = plot.top() + plot.height() * i / 4;
        const QString text =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(time).time(), QStringLiteral("HH:mm:ss"));
        painter.drawText(QRect(0, y - metrics.height() / 2, left - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }
}

} // namespace Airpane
