// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkchart.h"

#include "chartpalette.h"

#include "stats/signalhistory.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace Airpane {
namespace {

// Averages of SAMPLES' VALUE over BUCKETS equal spans of time; NaN values (not reported) are left
// out, and a span without any value draws no point.
QList<QPointF> averaged(const std::deque<SignalHistory::LinkSample> &samples,
                        std::deque<SignalHistory::LinkSample>::const_iterator first, qint64 start, qint64 end,
                        int buckets, float SignalHistory::LinkSample::*value)
{
    QList<QPointF> points;
    const double span = double(std::max<qint64>(1, end - start)) / buckets;
    double sum = 0;
    double time = 0;
    int count = 0;
    int bucket = -1;
    auto emitBucket = [&] {
        if (count > 0) {
            points.append(QPointF(time / count, sum / count));
        }
        sum = time = 0;
        count = 0;
    };
    for (auto sample = first; sample != samples.end(); ++sample) {
        const int at = std::min(buckets - 1, int(double(sample->timeMs - start) / span));
        if (at != bucket) {
            emitBucket();
            bucket = at;
        }
        const float v = (*sample).*value;
        if (!std::isnan(v)) {
            sum += v;
            time += double(sample->timeMs);
            ++count;
        }
    }
    emitBucket();
    return points;
}

} // namespace

LinkChart::LinkChart(SignalHistory *history, QWidget *parent)
    : QChartView(parent)
    , m_history(history)
    , m_signal(new QLineSeries(this))
    , m_tx(new QLineSeries(this))
    , m_rx(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_dbm(new QValueAxis(this))
    , m_mbps(new QValueAxis(this))
{
    setObjectName(QStringLiteral("linkChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTitleText(tr("Time"));
    m_time->setTickCount(7);
    m_dbm->setRange(-100, -20);
    m_dbm->setTickType(QValueAxis::TicksDynamic);
    m_dbm->setTickAnchor(-100);
    m_dbm->setTickInterval(10);
    m_dbm->setLabelFormat(QStringLiteral("%d"));
    m_dbm->setTitleText(tr("Signal (dBm)"));
    m_mbps->setLabelFormat(QStringLiteral("%g"));
    m_mbps->setTitleText(tr("Rate (Mb/s)"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_dbm, Qt::AlignLeft);
    chart->addAxis(m_mbps, Qt::AlignRight);
    const struct
    {
        QLineSeries *series;
        QString name;
        QColor color;
        QValueAxis *axis;
    } lines[] = {{m_signal, tr("Signal"), QColor(0x1f, 0x77, 0xb4), m_dbm},
                 {m_tx, tr("Transmit rate"), QColor(0xd6, 0x61, 0x1c), m_mbps},
                 {m_rx, tr("Receive rate"), QColor(0x2c, 0xa0, 0x2c), m_mbps}};
    for (const auto &line : lines) {
        line.series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(line.series == m_signal ? 2.0 : 1.5);
        line.series->setPen(pen);
        chart->addSeries(line.series);
        line.series->attachAxis(m_time);
        line.series->attachAxis(line.axis);
    }
    applyChartPalette(this, {m_time, m_dbm, m_mbps});
}

void LinkChart::setKey(const QString &key)
{
    if (key != m_key) {
        m_key = key;
        refresh();
    }
}

void LinkChart::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::clamp<qint64>(windowMs, 10'000, SignalHistory::windowMs);
    refresh();
}

void LinkChart::refresh()
{
    const std::deque<SignalHistory::LinkSample> *samples = m_history->linkSamples(m_key);
    const qint64 end =
        samples && !samples->empty() ? samples->back().timeMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 start = end - m_windowMs;
    QList<QPointF> signal;
    QList<QPointF> tx;
    QList<QPointF> rx;
    qint64 oldestShown = end;
    if (samples) {
        const auto first = std::lower_bound(
            samples->begin(), samples->end(), start,
            [](const SignalHistory::LinkSample &sample, qint64 time) { return sample.timeMs < time; });
        if (first != samples->end()) {
            oldestShown = first->timeMs;
        }
        // About one point per two pixels: more would be drawn over each other.
        const int buckets = std::max(60, int(chart()->plotArea().width() / 2));
        signal = averaged(*samples, first, start, end, buckets, &SignalHistory::LinkSample::signalDbm);
        tx = averaged(*samples, first, start, end, buckets, &SignalHistory::LinkSample::txMbps);
        rx = averaged(*samples, first, start, end, buckets, &SignalHistory::LinkSample::rxMbps);
    }
    m_signal->replace(signal);
    m_tx->replace(tx);
    m_rx->replace(rx);
    double fastest = 1;
    for (const QList<QPointF> *line : {&tx, &rx}) {
        for (const QPointF &point : *line) {
            fastest = std::max(fastest, point.y());
        }
    }
    double strongest = -100;
    for (const QPointF &point : std::as_const(signal)) {
        strongest = std::max(strongest, point.y());
    }
    // As the Signal chart: a short history fills the width, and the axes leave room above the lines.
    const qint64 shownStart = std::max(start, std::min(oldestShown, end - 10'000) - 1'000);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(shownStart), QDateTime::fromMSecsSinceEpoch(end));
    m_dbm->setRange(-100, std::min(0.0, std::max(-20.0, std::ceil((strongest + 5) / 10) * 10)));
    const double step = std::pow(10.0, std::floor(std::log10(fastest)));
    m_mbps->setRange(0, std::ceil(fastest * 1.1 / step) * step);
    m_time->setFormat(m_windowMs > 30 * 60 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

int LinkChart::pointCount() const
{
    return int(m_signal->count() + m_tx->count() + m_rx->count());
}

void LinkChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(this, {m_time, m_dbm, m_mbps});
    }
    QChartView::changeEvent(event);
}

} // namespace Airpane
