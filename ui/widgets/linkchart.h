// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Airpane {

class SignalHistory;

// One station's link over time, from SignalHistory: its signal (left axis, dBm) and its transmit
// and receive rates (right axis, Mb/s). refresh() redraws what the window shows; a long window is
// drawn as bucket averages, never more points than the chart is wide.
class LinkChart : public QChartView
{
    Q_OBJECT
public:
    explicit LinkChart(SignalHistory *history, QWidget *parent = nullptr);

    // The station to draw, by key ("INTERFACE/MAC"); empty draws nothing.
    void setKey(const QString &key);
    QString key() const { return m_key; }
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    void refresh();

    // Points drawn now, of the signal line and of both rate lines.
    int pointCount() const;

private:
    void changeEvent(QEvent *event) override;

    SignalHistory *m_history;
    QString m_key;
    QLineSeries *m_signal;
    QLineSeries *m_tx;
    QLineSeries *m_rx;
    QDateTimeAxis *m_time;
    QValueAxis *m_dbm;
    QValueAxis *m_mbps;
    qint64 m_windowMs = 60 * 1000;
};

} // namespace Airpane
