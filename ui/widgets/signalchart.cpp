// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalchart.h"

#include "chartpalette.h"

#include "client/scanstate.h"
#include "stats/signalhistory.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Airpane {

SignalChart::SignalChart(SignalHistory *history, ScanState *scans, QWidget *parent)
    : QChartView(parent)
    , m_history(history)
    , m_scans(scans)
    , m_time(new QDateTimeAxis(this))
    , m_signal(new QValueAxis(this))
{
    setObjectName(QStringLiteral("signalChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTitleText(tr("Time"));
    m_time->setTickCount(7);
    // The range a Wi-Fi receiver lives in: −100 dBm (lost) to −20 dBm (next to the AP).
    m_signal->setRange(-100, -20);
    m_signal->setTickType(QValueAxis::TicksDynamic);
    m_signal->setTickAnchor(-100);
    m_signal->setTickInterval(10);
    m_signal->setLabelFormat(QStringLiteral("%d"));
    m_signal->setTitleText(tr("Signal (dBm)"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_signal, Qt::AlignLeft);
    applyPalette();
}

void SignalChart::setKeys(const QStringList &keys)
{
    const QStringList wanted = keys.mid(0, maxSeries);
    if (wanted == m_keys) {
        return;
    }
    m_keys = wanted;
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (!wanted.contains(it.key())) {
            chart()->removeSeries(it.value());
            delete it.value();
            it = m_series.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &key : wanted) {
        if (m_series.contains(key)) {
            continue;
        }
        auto *series = new QLineSeries(this);
        series->setPointsVisible(false);
        // Twenty lines need twenty colours: hues a golden angle apart, alternately darker.
        const auto index = int(wanted.indexOf(key));
        QPen pen(QColor::fromHsv((index * 137) % 360, 200, index % 2 == 0 ? 225 : 160));
        pen.setWidthF(1.5);
        series->setPen(pen);
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_signal);
        connect(series, &QLineSeries::hovered, this, [this, key](const QPointF &point, bool state) {
            if (state) {
                showHover(key, point);
            } else {
                QToolTip::hideText();
            }
        });
        m_series.insert(key, series);
    }
    refresh();
}

void SignalChart::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::clamp<qint64>(windowMs, 10'000, SignalHistory::windowMs);
    refresh();
}

QString SignalChart::seriesName(const QString &key) const
{
    const Client::Bss *bss = m_scans->bss(key);
    if (!bss) {
        return key.section(u'/', 1);
    }
    const QString name = tr("%1 (%2)").arg(bss->displaySsid(), bss->bssid.right(5));
    return bss->associated ? tr("%1, connected").arg(name) : name;
}

void SignalChart::refresh()
{
    const qint64 end =
        m_history->newestMs() > 0 ? m_history->newestMs() : QDateTime::currentMSecsSinceEpoch();
    const qint64 start = end - m_windowMs;
    qint64 oldestShown = end;
    double strongest = -100;
    QList<QPointF> points;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        points.clear();
        if (const std::deque<SignalHistory::Sample> *samples = m_history->samples(it.key())) {
            // Samples are in time order: skip to the window's start, then take the rest.
            auto first = std::lower_bound(
                samples->begin(), samples->end(), start,
                [](const SignalHistory::Sample &sample, qint64 time) { return sample.timeMs < time; });
            points.reserve(qsizetype(samples->end() - first));
            for (auto sample = first; sample != samples->end(); ++sample) {
                points.append(QPointF(double(sample->timeMs), double(sample->dbm)));
                strongest = std::max(strongest, double(sample->dbm));
            }
            if (first != samples->end()) {
                oldestShown = std::min(oldestShown, first->timeMs);
            }
        }
        QLineSeries *series = it.value();
        series->replace(points);
        const QString name = seriesName(it.key());
        if (series->name() != name) {
            series->setName(name);
        }
        const Client::Bss *bss = m_scans->bss(it.key());
        QPen pen = series->pen();
        const qreal width = bss && bss->associated ? 3.5 : 1.5;
        if (pen.widthF() != width) {
            pen.setWidthF(width);
            series->setPen(pen);
        }
    }
    // A history shorter than the window fills the width rather than hiding in its right edge, and
    // the top leaves room above the strongest line.
    const qint64 shownStart = std::max(start, std::min(oldestShown, end - 30'000) - 2'000);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(shownStart), QDateTime::fromMSecsSinceEpoch(end));
    m_signal->setRange(-100, std::min(0.0, std::max(-20.0, std::ceil((strongest + 5) / 10) * 10)));
    m_time->setFormat(m_windowMs > 30 * 60 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

int SignalChart::pointCount() const
{
    int count = 0;
    for (const QLineSeries *series : m_series) {
        count += int(series->count());
    }
    return count;
}

void SignalChart::showHover(const QString &key, const QPointF &point)
{
    // The sample nearest the pointer in time: the line between samples is no measurement.
    const std::deque<SignalHistory::Sample> *samples = m_history->samples(key);
    if (!samples || samples->empty()) {
        return;
    }
    const auto nearest =
        std::min_element(samples->begin(), samples->end(), [&point](const auto &a, const auto &b) {
            return std::abs(double(a.timeMs) - point.x()) < std::abs(double(b.timeMs) - point.x());
        });
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(nearest->timeMs).time(),
                                            QStringLiteral("HH:mm:ss"));
    m_hoverText = tr("%1 · %2 · %3 dBm").arg(seriesName(key), time).arg(double(nearest->dbm), 0, 'f', 0);
    QToolTip::showText(QCursor::pos(), m_hoverText, this);
}

void SignalChart::applyPalette()
{
    applyChartPalette(this, {m_time, m_signal});
}

void SignalChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QChartView::changeEvent(event);
}

} // namespace Airpane
