// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace Airpane {

class ActionHandler;
class EmptyStateOverlay;
class EventFilterModel;
class EventModel;
class HelperClient;
class PageHeader;
class RadioListModel;

// The live log of nl80211 events, filtered by radio, interface, kind and text; it keeps the newest
// events up to its capacity.
class EventsPage : public Page
{
    Q_OBJECT
public:
    EventsPage(HelperClient *client, ActionHandler *actions, QWidget *parent = nullptr);

    EventModel *model() const { return m_model; }
    EventFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QAction *pauseAction() const { return m_pause; }
    QAction *clearAction() const { return m_clear; }
    void setRadioFilter(std::optional<uint> radio);
    void setKindFilter(const QString &kind);
    void setInterfaceFilter(const QString &interface);

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusSearch() override;

private:
    void updateSummary();
    void updateInterfaces();
    void applyFilters();
    void followNewest();

    HelperClient *m_client;
    ActionHandler *m_actions;
    EventModel *m_model;
    EventFilterModel *m_filter;
    RadioListModel *m_radios;
    PageHeader *m_header;
    QComboBox *m_radioFilter;
    QComboBox *m_interfaceFilter;
    QComboBox *m_kindFilter;
    QLineEdit *m_search;
    QTableView *m_table;
    EmptyStateOverlay *m_empty;
    QAction *m_pause;
    QAction *m_clear;
    bool m_atBottom = true;
};

} // namespace Airpane
