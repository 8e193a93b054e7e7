// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;

namespace Airpane {

class ActionHandler;
class BssFilterModel;
class BssModel;
class ElementInspector;
class EmptyStateOverlay;
class HelperClient;
class PageHeader;
class ScanControls;

// Every network in range, live: a table with search, filters and a column chooser, grouped by
// physical AP on request; the selected network's elements beside it; the scan controls above.
// While the pointer is over the table the rows hold still, so that the row under it stays there.
class ScanPage : public Page
{
    Q_OBJECT
public:
    ScanPage(HelperClient *client, ActionHandler *actions, QWidget *parent = nullptr);

    BssModel *model() const { return m_model; }
    BssFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ElementInspector *inspector() const { return m_inspector; }
    ScanControls *controls() const { return m_controls; }
    QLineEdit *search() const { return m_search; }
    QLineEdit *pattern() const { return m_pattern; }
    QComboBox *bandFilter() const { return m_band; }
    QComboBox *securityFilter() const { return m_security; }
    QSpinBox *minimumSignal() const { return m_minimumSignal; }
    QCheckBox *hideHidden() const { return m_hideHidden; }
    QCheckBox *groupByAp() const { return m_group; }
    QToolButton *columnChooser() const { return m_columns; }
    // The key of the selected BSS; empty when none.
    QString selectedKey() const;
    void selectBss(const QString &key);
    // The table's columns as shown, in their visual order: what an export writes.
    QList<int> visibleColumns() const;

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusSearch() override;

Q_SIGNALS:
    // The user selected another BSS (empty: none).
    void bssSelected(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters();
    void buildColumnChooser();
    QToolButton *createExportButton();
    void applyFilters();
    void updateSummary();
    void onSelectionChanged();

    HelperClient *m_client;
    ActionHandler *m_actions;
    BssModel *m_model;
    BssFilterModel *m_filter;
    PageHeader *m_header;
    ScanControls *m_controls;
    QLineEdit *m_search;
    QLineEdit *m_pattern;
    QComboBox *m_band;
    QComboBox *m_security;
    QSpinBox *m_minimumSignal;
    QCheckBox *m_hideHidden;
    QCheckBox *m_group;
    QToolButton *m_columns;
    QSplitter *m_splitter;
    QTableView *m_table;
    EmptyStateOverlay *m_empty;
    ElementInspector *m_inspector;
};

} // namespace Airpane
