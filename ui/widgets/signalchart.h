// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QHash>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Airpane {

class ScanState;
class SignalHistory;

// Signal over time of up to maxSeries BSSes, one line each, the connected AP's drawn bold; hovering
// a line shows its value at that time. Reads SignalHistory; refresh() redraws what the window shows.
class SignalChart : public QChartView
{
    Q_OBJECT
public:
    SignalChart(SignalHistory *history, ScanState *scans, QWidget *parent = nullptr);

    static constexpr int maxSeries = 20;

    // The BSSes to draw, by key; only the first maxSeries count.
    void setKeys(const QStringList &keys);
    QStringList keys() const { return m_keys; }
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    // Redraws the lines from the history: the window ends at the newest sample.
    void refresh();

    int seriesCount() const { return int(m_series.size()); }
    int pointCount() const;
    // What the pointer last hovered, for people ("Hall 1-01 · 12:00:03 · −47 dBm"); empty when none.
    QString hoverText() const { return m_hoverText; }
    void showHover(const QString &key, const QPointF &point);

private:
    void applyPalette();
    QString seriesName(const QString &key) const;
    void changeEvent(QEvent *event) override;

    SignalHistory *m_history;
    ScanState *m_scans;
    QStringList m_keys;
    QHash<QString, QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_signal;
    qint64 m_windowMs = 5 * 60 * 1000;
    QString m_hoverText;
};

} // namespace Airpane
