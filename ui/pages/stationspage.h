// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTreeView;

namespace Airpane {

class HelperClient;
class LinkChart;
class PageHeader;
class SignalHistory;
class StationDetailsModel;
class StationModel;
class TidStatsModel;

// A connected station interface's link, live (the AP it talks to: signal, rates with MCS, streams,
// width and guard interval, retries, beacon loss, per-TID counters, and a chart of signal and
// rates), or an access point's or P2P GO's clients, each with the same details. The helper reads the
// kernel only while the page is shown, for the chosen interface at the chosen pace, and never scans.
class StationsPage : public Page
{
    Q_OBJECT
public:
    StationsPage(HelperClient *client, SignalHistory *history, QWidget *parent = nullptr);

    bool hasPendingRefresh() const override { return m_refreshTimer.isActive(); }

    // The interface followed (by name), and whether it is an access point or P2P GO (its clients).
    QString interface() const { return m_interface; }
    bool showsClients() const { return m_clientsMode; }
    void selectInterface(const QString &name);
    // The station the details and the chart follow ("INTERFACE/MAC").
    QString selectedStation() const { return m_station; }
    void selectStation(const QString &key);
    // The update interval asked of the helper, ms.
    int intervalMs() const;
    void setIntervalMs(int intervalMs);

    QComboBox *interfaceChooser() const { return m_interfaces; }
    QTreeView *clients() const { return m_clients; }
    QTreeView *details() const { return m_details; }
    QTableView *tids() const { return m_tids; }
    LinkChart *chart() const { return m_chart; }
    QLabel *summaryLabel() const { return m_summary; }
    StationModel *stationModel() const { return m_model; }
    StationDetailsModel *detailsModel() const { return m_detailsModel; }
    TidStatsModel *tidModel() const { return m_tidModel; }
    void refresh();

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateInterfaces();
    void applyWatch();
    void scheduleRefresh();
    void followFirstStation();
    void updateSummary();

    HelperClient *m_client;
    SignalHistory *m_history;
    StationModel *m_model;
    QSortFilterProxyModel *m_sorted;
    StationDetailsModel *m_detailsModel;
    TidStatsModel *m_tidModel;
    PageHeader *m_header;
    QComboBox *m_interfaces;
    QComboBox *m_rate;
    QComboBox *m_window;
    QAction *m_pause;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QTreeView *m_clients;
    QTreeView *m_details;
    QTableView *m_tids;
    QTabWidget *m_tabs;
    LinkChart *m_chart;
    QSplitter *m_splitter;
    QSplitter *m_lower;
    QString m_interface;
    bool m_clientsMode = false;
    QString m_station;
    // Ten updates a second for a link (as wavemon), one for an access point's clients, until chosen.
    int m_linkIntervalMs = 100;
    int m_clientsIntervalMs = 1000;
    QTimer m_refreshTimer;
};

} // namespace Airpane
