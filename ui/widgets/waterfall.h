// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace Airpane {

class SignalHistory;

// Channel occupancy over time for one band: a column per 20 MHz channel, a line per moment, the
// newest at the top, colour from free (dark) to busy (bright). Channels a survey measured are
// drawn full; estimated ones (from the BSSes heard) are striped, so the two are never confused.
class Waterfall : public QWidget
{
    Q_OBJECT
public:
    explicit Waterfall(SignalHistory *history, QWidget *parent = nullptr);

    void setBand(const QString &band);
    QString band() const { return m_band; }
    void setWindowMs(qint64 windowMs);
    // Rebuilds the picture from the history.
    void refresh();
    int rowCount() const { return m_image.height(); }
    // The colour of an occupancy (0..1), for the legend and the tests.
    static QColor colorOf(double busy);

    QSize sizeHint() const override { return {640, 260}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SignalHistory *m_history;
    QString m_band = QStringLiteral("2.4GHz");
    qint64 m_windowMs = 5 * 60 * 1000;
    QImage m_image;          // a pixel per channel and moment, newest first
    QList<qint64> m_times;   // the moment of each of m_image's lines
    QList<bool> m_estimated; // per channel: no survey measured it in the window
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
};

} // namespace Airpane
