// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <optional>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace Airpane {

class ActionHandler;
class AuthorizationMarker;
class DetailsPanel;
class EmptyStateOverlay;
class HelperClient;
class PageHeader;
class RadioTreeModel;

// Radios & interfaces: a tree of the radios with their interfaces, and the details of the one
// selected.
class RadiosPage : public Page
{
    Q_OBJECT
public:
    RadiosPage(HelperClient *client, ActionHandler *actions, AuthorizationMarker *marker,
               QWidget *parent = nullptr);

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusSearch() override;

    QTreeView *tree() const { return m_tree; }
    RadioTreeModel *model() const { return m_model; }
    DetailsPanel *details() const { return m_details; }
    QAction *newInterfaceAction() const { return m_newInterface; }
    QAction *changeTypeAction() const { return m_changeType; }
    QAction *deleteAction() const { return m_delete; }
    // The interface selected in the tree; empty when a radio or nothing is.
    QString selectedInterface() const;
    // The radio selected, or the radio of the interface selected.
    std::optional<uint> selectedRadio() const;
    void selectInterface(const QString &wdev);

private:
    void createActions(AuthorizationMarker *marker);
    void updateActions();
    void newInterface();
    void changeType();
    void deleteInterface();
    void updateSummary();
    void updateDetails();
    void prepareRows();
    void showRadio(uint index);
    void showInterface(const QString &wdev);

    HelperClient *m_client;
    ActionHandler *m_actions;
    RadioTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PageHeader *m_header;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    EmptyStateOverlay *m_empty;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QAction *m_newInterface = nullptr;
    QAction *m_changeType = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace Airpane
