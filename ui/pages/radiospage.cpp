// SPDX-License-Identifier: GPL-3.0-or-later
#include "radiospage.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "decode/combinationsolver.h"
#include "decode/wifinames.h"
#include "models/radiotreemodel.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/authorizationmarker.h"
#include "widgets/detailspanel.h"
#include "widgets/emptystateoverlay.h"
#include "widgets/pageheader.h"

#include "contract.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airpane {
namespace {

QString yesNo(bool value)
{
    return value ? RadiosPage::tr("Yes") : RadiosPage::tr("No");
}

QString joinTypes(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys) {
        names.append(WifiNames::interfaceType(key));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

RadiosPage::RadiosPage(HelperClient *client, ActionHandler *actions, AuthorizationMarker *marker,
                       QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_actions(actions)
    , m_model(new RadioTreeModel(client->state(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_header(new PageHeader(QStringLiteral("radios"), tr("Radios & interfaces"), this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new DetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RadioTreeModel::SortRole);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Show the radios and interfaces whose text contains this (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(tintedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_header->addWidget(m_filter);

    auto *refresh = new QAction(tintedIcon(QStringLiteral("refresh")), tr("Refresh"), this);
    refresh->setToolTip(tr("Read every radio and interface again"));
    connect(refresh, &QAction::triggered, actions, &ActionHandler::refresh);
    // Icon only: the page's own actions need the header's room on narrow windows.
    auto *button = new QToolButton(this);
    button->setDefaultAction(refresh);
    button->setAutoRaise(true);
    m_header->addWidget(button);
    createActions(marker);

    m_tree->setObjectName(QStringLiteral("radioTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(RadioTreeModel::Name, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RadioTreeModel::Ssid, QHeaderView::Stretch);
    m_empty = new EmptyStateOverlay(m_tree);

    m_details->setPlaceholder(tr("Select a radio or an interface to see its details."));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RadiosPage::prepareRows);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RadiosPage::prepareRows);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RadiosPage::prepareRows);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &RadiosPage::updateSummary);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RadiosPage::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RadiosPage::updateDetails);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RadiosPage::updateDetails);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RadiosPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RadiosPage::updateActions);
    connect(client, &HelperClient::connectionChanged, this, &RadiosPage::updateSummary);
    connect(client, &HelperClient::connectionChanged, this, &RadiosPage::updateActions);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_newInterface, m_changeType, m_delete});
    prepareRows();
    updateSummary();
    updateActions();
}

void RadiosPage::prepareRows()
{
    // A radio's row is its summary over the whole width; its interfaces are always in view.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expand(m_proxy->index(row, 0));
    }
    // Something to show in the details from the start.
    if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void RadiosPage::updateSummary()
{
    const auto radios = m_model->rowCount();
    int interfaces = 0;
    for (int row = 0; row < radios; ++row) {
        interfaces += m_model->rowCount(m_model->index(row, 0));
    }
    m_header->setSubtitle(tr("%n radio(s)", nullptr, radios) + QStringLiteral(" · ") +
                          tr("%n interface(s)", nullptr, interfaces));
    switch (m_client->connection()) {
    case HelperClient::Connection::Connecting:
    case HelperClient::Connection::Reconnecting:
        m_empty->setMessage(tr("Waiting for the Airpane helper…"));
        break;
    case HelperClient::Connection::Unavailable:
        m_empty->setMessage(tr("The Airpane helper is unavailable: %1").arg(m_client->problem()));
        break;
    default:
        m_empty->setMessage(tr("This machine has no Wi-Fi radios."));
        break;
    }
}

void RadiosPage::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    if (!current.isValid()) {
        m_details->setPlaceholder(tr("Select a radio or an interface to see its details."));
        return;
    }
    if (current.data(RadioTreeModel::KindRole).toString() == QLatin1String("radio")) {
        showRadio(current.data(RadioTreeModel::RadioRole).toUInt());
    } else {
        showInterface(current.data(RadioTreeModel::WdevRole).toString());
    }
}

void RadiosPage::showRadio(uint index)
{
    const ClientState *state = m_client->state();
    const Client::Radio *radio = state->radio(index);
    if (!radio) {
        m_details->setPlaceholder(tr("Select a radio or an interface to see its details."));
        return;
    }
    QStringList bands;
    for (const Client::Band &band : radio->bands) {
        bands.append(WifiNames::band(band.key));
    }
    int most = 0;
    int channels = 0;
    for (const Client::Combination &combination : CombinationSolver::combinations(*radio)) {
        most = std::max(most, combination.maxInterfaces);
        channels = std::max(channels, combination.channels);
    }
    QString regulatory;
    if (const auto domain = state->regulatoryDomainOf(index)) {
        regulatory = tr("%1 (%2)").arg(domain->country, domain->dfsRegion);
    }
    m_details->setDetails(
        tr("Radio %1").arg(radio->name),
        {
            {tr("Index"), QString::number(radio->index)},
            {tr("Bands"), bands.join(QStringLiteral(", "))},
            {tr("Interface types"), joinTypes(radio->interfaceTypes)},
            {tr("At once"), tr("Up to %1 interfaces on %n channel(s)", nullptr, channels).arg(most)},
            {tr("Remain on channel"),
             radio->maxRemainOnChannelMs ? tr("%1 ms").arg(*radio->maxRemainOnChannelMs) : QString()},
            {tr("Regulatory domain"), regulatory},
            {tr("Own regulatory domain"), yesNo(radio->selfManagedRegulatory)},
        });
}

void RadiosPage::showInterface(const QString &wdev)
{
    const ClientState *state = m_client->state();
    const Client::Interface *interface = state->interface(wdev);
    if (!interface) {
        m_details->setPlaceholder(tr("Select a radio or an interface to see its details."));
        return;
    }
    QString channel;
    if (interface->channel) {
        const Client::OperatingChannel &operating = *interface->channel;
        channel = operating.center1 && *operating.center1 != operating.frequency
                      ? tr("%1, %2, centre %3 MHz")
                            .arg(WifiNames::channel(operating.frequency), WifiNames::width(operating.width))
                            .arg(*operating.center1)
                      : tr("%1, %2").arg(WifiNames::channel(operating.frequency),
                                         WifiNames::width(operating.width));
    }
    QString link;
    if (interface->ifindex) {
        link = tr("%1, carrier %2, operational state “%3”")
                   .arg(interface->up.value_or(false) ? tr("up") : tr("down"),
                        interface->lowerUp.value_or(false) ? tr("on") : tr("off"),
                        interface->operState.isEmpty() ? tr("unknown") : interface->operState);
    }
    m_details->setDetails(
        tr("%1 on %2").arg(interface->displayName(), state->radioName(interface->radio)),
        {
            {tr("Type"), WifiNames::interfaceType(interface->type)},
            {tr("MAC address"), interface->mac},
            {tr("SSID"), interface->ssid},
            {tr("Channel"), channel},
            {tr("Tx power"), interface->txPowerDbm ? WifiNames::power(*interface->txPowerDbm) : QString()},
            {tr("Link"), link},
            {tr("4-address mode"), yesNo(interface->use4Address)},
            {tr("wdev"), interface->wdev},
            {tr("ifindex"), interface->ifindex ? QString::number(*interface->ifindex) : QString()},
        });
}

void RadiosPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void RadiosPage::restoreState(QSettings &settings)
{
    m_tree->header()->restoreState(settings.value(QStringLiteral("treeHeader")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}

void RadiosPage::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Airpane
