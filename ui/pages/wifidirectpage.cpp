// SPDX-License-Identifier: GPL-3.0-or-later
#include "wifidirectpage.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "decode/peernames.h"
#include "models/p2pstatusmodel.h"
#include "models/peermodel.h"
#include "models/sentframemodel.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/authorizationmarker.h"
#include "widgets/detailspanel.h"
#include "widgets/emptystateoverlay.h"
#include "widgets/findingsview.h"
#include "widgets/pageheader.h"

#include "contract.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airpane {
namespace {

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, layout->contentsMargins().top(), 0, 0);
    layout->addWidget(content);
    return box;
}

// A flat, sortable list of rows, as the peers and the frames are shown.
void setUpList(QTreeView *view, QAbstractItemModel *model, int sortColumn, Qt::SortOrder order)
{
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

bool canDiscover(P2pDiagnosis::Verdict verdict)
{
    return verdict == P2pDiagnosis::Verdict::Available || verdict == P2pDiagnosis::Verdict::Running;
}

} // namespace

WifiDirectPage::WifiDirectPage(HelperClient *client, ActionHandler *actions, AuthorizationMarker *marker,
                               QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_actions(actions)
    , m_model(new P2pStatusModel(client->state(), this))
    , m_peerModel(new PeerModel(client->state()->wifiDirect(), this))
    , m_peerProxy(new QSortFilterProxyModel(this))
    , m_frameModel(new SentFrameModel(client->state()->wifiDirect(), this))
    , m_frameProxy(new QSortFilterProxyModel(this))
    , m_header(new PageHeader(QStringLiteral("wifi-direct"), tr("Wi-Fi Direct"), this))
    , m_error(new QLabel(this))
    , m_radios(new QTableView(this))
    , m_findings(new FindingsView(this))
    , m_peers(new QTreeView(this))
    , m_peerDetails(new DetailsPanel(this))
    , m_frames(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_topSplitter(new QSplitter(Qt::Horizontal, this))
    , m_peerSplitter(new QSplitter(Qt::Horizontal, this))
    , m_listSplitter(new QSplitter(Qt::Vertical, this))
{
    createActions(marker);

    m_error->setObjectName(QStringLiteral("p2pError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_radios->setObjectName(QStringLiteral("p2pRadios"));
    m_radios->setModel(m_model);
    m_radios->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_radios->setSelectionMode(QAbstractItemView::SingleSelection);
    m_radios->setAlternatingRowColors(true);
    m_radios->verticalHeader()->hide();
    m_radios->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_radios->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_radios->horizontalHeader()->setStretchLastSection(true);
    m_radios->setWordWrap(false);

    // The findings may be longer than the space: they scroll.
    auto *findingsScroll = new QScrollArea(this);
    findingsScroll->setWidget(m_findings);
    findingsScroll->setWidgetResizable(true);
    findingsScroll->setFrameShape(QFrame::NoFrame);
    findingsScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    m_peerProxy->setSourceModel(m_peerModel);
    m_peerProxy->setSortRole(PeerModel::SortRole);
    m_peers->setObjectName(QStringLiteral("peers"));
    setUpList(m_peers, m_peerProxy, PeerModel::Name, Qt::AscendingOrder);
    m_peersEmpty = new EmptyStateOverlay(m_peers);
    m_peerDetails->setPlaceholder(tr("Select a peer to see what it told about itself."));

    // Newest first: the frames of the last few seconds are what one looks for.
    m_frameProxy->setSourceModel(m_frameModel);
    m_frameProxy->setSortRole(SentFrameModel::SortRole);
    m_frames->setObjectName(QStringLiteral("sentFrames"));
    setUpList(m_frames, m_frameProxy, SentFrameModel::Sent, Qt::DescendingOrder);
    auto *framesEmpty = new EmptyStateOverlay(m_frames);
    framesEmpty->setMessage(tr("Frames Airpane's P2P device sends, such as its answers to searching devices, "
                               "appear here with whether the receiver acknowledged them."));

    m_topSplitter->addWidget(group(tr("P2P devices"), m_radios, this));
    m_topSplitter->addWidget(group(tr("Diagnosis"), findingsScroll, this));
    m_topSplitter->setStretchFactor(0, 1);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setChildrenCollapsible(false);
    m_framesGroup = group(QString(), m_frames, this);
    m_listSplitter->addWidget(group(tr("Peers"), m_peers, this));
    m_listSplitter->addWidget(m_framesGroup);
    m_listSplitter->setChildrenCollapsible(false);
    m_listSplitter->setSizes({1300, 700});
    m_peerSplitter->addWidget(m_listSplitter);
    m_peerSplitter->addWidget(m_peerDetails);
    m_peerSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_topSplitter);
    m_splitter->addWidget(m_peerSplitter);
    m_splitter->setChildrenCollapsible(false);
    // Proportions until the user moves them (the settings keep what they chose).
    m_splitter->setSizes({900, 1100});
    m_topSplitter->setSizes({1000, 1000});
    m_peerSplitter->setSizes({1450, 650});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    connect(m_radios->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateFindings();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WifiDirectPage::updateFindings);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            if (!m_radios->currentIndex().isValid() && m_model->rowCount() > 0) {
                m_radios->selectRow(0);
            }
            updateFindings();
        });
        connect(m_model, signal, this, &WifiDirectPage::updateSummary);
        connect(m_peerModel, signal, this, &WifiDirectPage::updateSummary);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WifiDirectPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WifiDirectPage::updateActions);
    connect(m_peerModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_peers->currentIndex().isValid()) {
            m_peers->setCurrentIndex(m_peerProxy->index(0, 0));
        }
    });
    connect(m_peerModel, &QAbstractItemModel::dataChanged, this, &WifiDirectPage::updatePeerDetails);
    connect(m_peerModel, &QAbstractItemModel::rowsRemoved, this, &WifiDirectPage::updatePeerDetails);
    connect(m_peers->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WifiDirectPage::updatePeerDetails);
    WifiDirectState *direct = client->state()->wifiDirect();
    connect(direct, &WifiDirectState::stateChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(direct, &WifiDirectState::framesSent, this, &WifiDirectPage::updateFramesTitle);
    connect(client, &HelperClient::connectionChanged, this, &WifiDirectPage::updateActions);
    connect(actions, &ActionHandler::p2pFailed, this, &WifiDirectPage::showError);
    if (m_model->rowCount() > 0) {
        m_radios->selectRow(0);
    }
    updateFindings();
    updateSummary();
    updateActions();
    updatePeerDetails();
    updateFramesTitle();
}

void WifiDirectPage::createActions(AuthorizationMarker *marker)
{
    m_discover = new QAction(tr("Discover Peers"), this);
    m_discover->setObjectName(QStringLiteral("discoverPeers"));
    m_discover->setToolTip(tr("Search for Wi-Fi Direct devices for %n minute(s), and be found by them",
                              nullptr, discoverySeconds / 60));
    marker->mark(m_discover, Contract::Action::p2p, tintedIcon(QStringLiteral("search")));
    m_listen = new QAction(tr("Listen Only"), this);
    m_listen->setObjectName(QStringLiteral("listenP2p"));
    m_listen->setToolTip(
        tr("Be discoverable for %n minute(s) without searching", nullptr, discoverySeconds / 60));
    marker->mark(m_listen, Contract::Action::p2p, tintedIcon(QStringLiteral("wifi-direct")));
    m_stop = new QAction(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopP2p"));
    m_stop->setToolTip(tr("Stop searching or listening"));
    marker->mark(m_stop, Contract::Action::p2p, tintedIcon(QStringLiteral("stop")));
    connect(m_discover, &QAction::triggered, this, [this] {
        if (const auto radio = selectedRadio()) {
            m_error->hide();
            m_actions->findPeers(*radio, discoverySeconds);
        }
    });
    connect(m_listen, &QAction::triggered, this, [this] {
        if (const auto radio = selectedRadio()) {
            m_error->hide();
            m_actions->listenP2p(*radio, discoverySeconds);
        }
    });
    connect(m_stop, &QAction::triggered, m_actions, &ActionHandler::stopP2p);
    for (QAction *action : {m_discover, m_listen, m_stop}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        m_header->addWidget(button);
    }
}

void WifiDirectPage::selectRadio(uint radio)
{
    if (const int row = m_model->rowOf(radio); row >= 0) {
        m_radios->selectRow(row);
    }
}

std::optional<uint> WifiDirectPage::selectedRadio() const
{
    const QModelIndex current = m_radios->currentIndex();
    return current.isValid() ? std::optional<uint>(current.data(P2pStatusModel::RadioRole).toUInt())
                             : std::nullopt;
}

void WifiDirectPage::selectPeer(const QString &address)
{
    if (const int row = m_peerModel->rowOf(address); row >= 0) {
        m_peers->setCurrentIndex(m_peerProxy->mapFromSource(m_peerModel->index(row, 0)));
    }
}

void WifiDirectPage::updateFindings()
{
    const std::optional<uint> radio = selectedRadio();
    if (!radio) {
        m_findings->setPlaceholder(tr("Select a radio to see whether it can do Wi-Fi Direct, and why."));
        return;
    }
    const P2pDiagnosis diagnosis = m_model->diagnosis(*radio);
    m_findings->setDiagnosis(tr("%1: %2").arg(m_client->state()->radioName(*radio), diagnosis.verdictText()),
                             diagnosis.findings);
}

void WifiDirectPage::updateSummary()
{
    int available = 0;
    int inUse = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto verdict =
            P2pDiagnosis::Verdict(m_model->index(row, 0).data(P2pStatusModel::VerdictRole).toInt());
        available += canDiscover(verdict);
        inUse += verdict == P2pDiagnosis::Verdict::InUse;
    }
    QStringList parts = {
        tr("Wi-Fi Direct available on %1 of %n radio(s)", nullptr, m_model->rowCount()).arg(available)};
    if (inUse > 0) {
        parts.append(tr("%n P2P device(s) run by other programs", nullptr, inUse));
    }
    const WifiDirectState *direct = m_client->state()->wifiDirect();
    const QString radio =
        direct->device() ? m_client->state()->radioName(direct->device()->radio) : QString();
    switch (direct->state()) {
    case Client::P2pState::Search:
        parts.append(tr("searching on %1").arg(radio));
        break;
    case Client::P2pState::Listen:
        parts.append(tr("listening on %1").arg(radio));
        break;
    case Client::P2pState::Idle:
        parts.append(tr("P2P device ready on %1").arg(radio));
        break;
    case Client::P2pState::None:
        break;
    }
    parts.append(tr("%n peer(s)", nullptr, m_peerModel->rowCount()));
    m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
}

void WifiDirectPage::updateActions()
{
    const std::optional<uint> radio = selectedRadio();
    const bool connected = m_client->connection() == HelperClient::Connection::Connected;
    const bool usable = radio && canDiscover(m_model->diagnosis(*radio).verdict);
    const Client::P2pState state = m_client->state()->wifiDirect()->state();
    const bool active = state == Client::P2pState::Search || state == Client::P2pState::Listen;
    m_discover->setEnabled(connected && usable && state != Client::P2pState::Search);
    m_listen->setEnabled(connected && usable && state != Client::P2pState::Listen);
    m_stop->setEnabled(connected && active);
    if (!connected) {
        m_peersEmpty->setMessage(tr("Peers appear here once the Airpane helper is connected."));
    } else if (active) {
        m_peersEmpty->setMessage(
            state == Client::P2pState::Search
                ? tr("Searching… Wi-Fi Direct devices nearby appear here as they answer.")
                : tr("Listening… devices that search find this one; those that answer appear here."));
    } else if (!usable) {
        m_peersEmpty->setMessage(
            tr("Wi-Fi Direct cannot run on the radio selected above: the diagnosis says why. "
               "Select a radio where it is available to discover peers."));
    } else {
        m_peersEmpty->setMessage(tr("No peers yet. Discover Peers searches for Wi-Fi Direct devices nearby: "
                                    "phones, TVs, printers and displays."));
    }
}

void WifiDirectPage::updatePeerDetails()
{
    const QString address = m_peers->currentIndex().data(PeerModel::AddressRole).toString();
    const Client::Peer *peer = m_client->state()->wifiDirect()->peer(address);
    if (!peer) {
        m_peerDetails->setPlaceholder(tr("Select a peer to see what it told about itself."));
        return;
    }
    QList<DetailsPanel::Row> rows;
    for (const auto &[label, value] : PeerNames::details(*peer)) {
        rows.append({label, value});
    }
    m_peerDetails->setDetails(peer->displayName(), rows);
}

void WifiDirectPage::updateFramesTitle()
{
    const int count = m_frameModel->rowCount();
    m_framesGroup->setTitle(count == 0 ? tr("Frames sent")
                                       : tr("Frames sent: %1 of %n acknowledged", nullptr, count)
                                             .arg(m_frameModel->acknowledgedCount()));
}

void WifiDirectPage::showError(const QString &message)
{
    m_error->setText(tr("Wi-Fi Direct: %1").arg(message));
    m_error->show();
}

void WifiDirectPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("topSplitter"), m_topSplitter->saveState());
    settings.setValue(QStringLiteral("peerSplitter"), m_peerSplitter->saveState());
    settings.setValue(QStringLiteral("peerHeader"), m_peers->header()->saveState());
    settings.setValue(QStringLiteral("listSplitter"), m_listSplitter->saveState());
    settings.setValue(QStringLiteral("frameHeader"), m_frames->header()->saveState());
}

void WifiDirectPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_topSplitter->restoreState(settings.value(QStringLiteral("topSplitter")).toByteArray());
    m_peerSplitter->restoreState(settings.value(QStringLiteral("peerSplitter")).toByteArray());
    m_peers->header()->restoreState(settings.value(QStringLiteral("peerHeader")).toByteArray());
    m_listSplitter->restoreState(settings.value(QStringLiteral("listSplitter")).toByteArray());
    m_frames->header()->restoreState(settings.value(QStringLiteral("frameHeader")).toByteArray());
}

} // namespace Airpane
