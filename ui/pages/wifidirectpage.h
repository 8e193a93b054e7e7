// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <optional>

class QAction;
class QGroupBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace Airpane {

class ActionHandler;
class AuthorizationMarker;
class DetailsPanel;
class EmptyStateOverlay;
class FindingsView;
class HelperClient;
class P2pStatusModel;
class PageHeader;
class PeerModel;
class SentFrameModel;

// Wi-Fi Direct: each radio's P2P state and, for the one selected, why Wi-Fi Direct is or is not
// available; below, the peers that Airpane's own P2P device finds on that radio, the details of the
// one selected, and the frames the device sent with their acknowledgement.
class WifiDirectPage : public Page
{
    Q_OBJECT
public:
    WifiDirectPage(HelperClient *client, ActionHandler *actions, AuthorizationMarker *marker,
                   QWidget *parent = nullptr);

    void selectRadio(uint radio);
    std::optional<uint> selectedRadio() const;
    void selectPeer(const QString &address);

    P2pStatusModel *model() const { return m_model; }
    PeerModel *peerModel() const { return m_peerModel; }
    SentFrameModel *sentFrameModel() const { return m_frameModel; }
    FindingsView *findings() const { return m_findings; }
    DetailsPanel *peerDetails() const { return m_peerDetails; }
    QTableView *radios() const { return m_radios; }
    QAction *discoverAction() const { return m_discover; }
    QAction *listenAction() const { return m_listen; }
    QAction *stopAction() const { return m_stop; }

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // How long one press of Discover or Listen lasts.
    static constexpr int discoverySeconds = 120;

private:
    void createActions(AuthorizationMarker *marker);
    void updateFindings();
    void updateSummary();
    void updateActions();
    void updatePeerDetails();
    void updateFramesTitle();
    void showError(const QString &message);

    HelperClient *m_client;
    ActionHandler *m_actions;
    P2pStatusModel *m_model;
    PeerModel *m_peerModel;
    QSortFilterProxyModel *m_peerProxy;
    SentFrameModel *m_frameModel;
    QSortFilterProxyModel *m_frameProxy;
    PageHeader *m_header;
    QLabel *m_error;
    QTableView *m_radios;
    FindingsView *m_findings;
    QTreeView *m_peers;
    EmptyStateOverlay *m_peersEmpty;
    DetailsPanel *m_peerDetails;
    QTreeView *m_frames;
    QGroupBox *m_framesGroup = nullptr;
    QSplitter *m_splitter;
    QSplitter *m_topSplitter;
    QSplitter *m_peerSplitter;
    QSplitter *m_listSplitter; // peers above the frames sent
    QAction *m_discover = nullptr;
    QAction *m_listen = nullptr;
    QAction *m_stop = nullptr;
};

} // namespace Airpane
