// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabBar;
class QTreeView;

namespace Airpane {

class BssFilterModel;
class BssModel;
class HelperClient;
class PageHeader;
class SignalChart;
class SignalHistory;
class Waterfall;

// Signal over time for the BSSes the user selects (without a selection: the connected one and the
// strongest), and below it a waterfall of each band's channel occupancy. Redrawn at most five times a
// second; pausing freezes the picture while the history keeps filling.
class SignalPage : public Page
{
    Q_OBJECT
public:
    SignalPage(HelperClient *client, SignalHistory *history, QWidget *parent = nullptr);

    bool hasPendingRefresh() const override { return m_refreshTimer.isActive(); }

    SignalChart *chart() const { return m_chart; }
    Waterfall *waterfall() const { return m_waterfall; }
    QTreeView *networks() const { return m_networks; }
    QAction *pauseAction() const { return m_pause; }
    QComboBox *windowChooser() const { return m_window; }
    // The BSSes the chart follows now.
    QStringList followed() const;
    void selectBss(const QString &key);
    void setBand(const QString &band);
    // Redraws now (the timer does it after changes).
    void refresh();

    // Without a selection, this many of the strongest are drawn.
    static constexpr int automaticCount = 8;

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

private:
    void scheduleRefresh();
    void updateFollowed();

    HelperClient *m_client;
    SignalHistory *m_history;
    BssModel *m_model;
    BssFilterModel *m_filter;
    PageHeader *m_header;
    QLabel *m_hint;
    QTreeView *m_networks;
    SignalChart *m_chart;
    QTabBar *m_bands;
    Waterfall *m_waterfall;
    QLabel *m_legend;
    QSplitter *m_splitter;
    QSplitter *m_chartSplitter;
    QAction *m_pause;
    QComboBox *m_window;
    QTimer m_refreshTimer;
};

} // namespace Airpane
