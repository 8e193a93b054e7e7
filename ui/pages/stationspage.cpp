// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationspage.h"

#include "client/helperclient.h"
#include "decode/stationtext.h"
#include "export/exportdialog.h"
#include "models/stationdetailsmodel.h"
#include "models/stationmodel.h"
#include "models/tidstatsmodel.h"
#include "pageid.h"
#include "stats/signalhistory.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/emptystateoverlay.h"
#include "widgets/linkchart.h"
#include "widgets/pageheader.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airpane {
namespace {

bool isLink(const Client::Interface &interface)
{
    return (interface.type == QLatin1String("station") || interface.type == QLatin1String("p2p-client")) &&
           !interface.ssid.isEmpty();
}

bool isAccessPoint(const Client::Interface &interface)
{
    return interface.type == QLatin1String("ap") || interface.type == QLatin1String("p2p-go");
}

// One figure of the summary: a small label over a large value.
QString figure(const QString &label, const QString &value)
{
    return QStringLiteral("<td style='padding-right:24px'><small>%1</small><br><span style='font-size:large'>"
                          "<b>%2</b></span></td>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

StationsPage::StationsPage(HelperClient *client, SignalHistory *history, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_history(history)
    , m_model(new StationModel(client->state()->stations(), this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_detailsModel(new StationDetailsModel(client->state()->stations(), this))
    , m_tidModel(new TidStatsModel(client->state()->stations(), this))
    , m_header(new PageHeader(pageKey(PageId::Stations), tr("Link and clients"), this))
    , m_interfaces(new QComboBox(this))
    , m_rate(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_pause(new QAction(tintedIcon(QStringLiteral("pause")), tr("Pause"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_clients(new QTreeView(this))
    , m_details(new QTreeView(this))
    , m_tids(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new LinkChart(history, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_lower(new QSplitter(Qt::Horizontal, this))
{
    m_interfaces->setObjectName(QStringLiteral("stationInterface"));
    m_interfaces->setToolTip(tr("The connected interface whose link to follow, or the access point whose "
                                "clients to show"));
    m_interfaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rate->setObjectName(QStringLiteral("stationRate"));
    m_rate->setToolTip(tr("How often the helper reads the driver's counters (never a scan)"));
    for (const auto &[ms, text] :
         {std::pair{100, tr("10 updates a second")}, std::pair{250, tr("4 updates a second")},
          std::pair{1000, tr("1 update a second")}, std::pair{5000, tr("Every 5 seconds")},
          std::pair{60000, tr("Every minute")}}) {
        m_rate->addItem(text, ms);
    }
    m_window->setObjectName(QStringLiteral("stationWindow"));
    m_window->setToolTip(tr("How much of the past the chart shows"));
    for (const auto &[minutes, text] :
         {std::pair{1, tr("Last minute")}, std::pair{5, tr("Last 5 minutes")},
          std::pair{15, tr("Last 15 minutes")}, std::pair{60, tr("Last hour")}}) {
        m_window->addItem(text, qint64(minutes) * 60 * 1000);
    }
    m_pause->setObjectName(QStringLiteral("pauseStations"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze what is shown; the history keeps filling meanwhile"));
    auto *pauseButton = new QToolButton(this);
    pauseButton->setDefaultAction(m_pause);
    pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    pauseButton->setAutoRaise(true);
    QToolButton *exportButton = ExportDialog::button(this, QStringLiteral("exportLink"));
    ExportDialog::addImageExports(exportButton->menu(), tr("Link chart"), m_chart, QStringLiteral("link"));
    m_header->addWidget(m_interfaces);
    m_header->addWidget(m_rate);
    m_header->addWidget(m_window);
    m_header->addWidget(pauseButton);
    m_header->addWidget(exportButton);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(StationModel::SortRole);
    m_clients->setObjectName(QStringLiteral("stationClients"));
    m_clients->setModel(m_sorted);
    m_clients->setRootIsDecorated(false);
    m_clients->setUniformRowHeights(true);
    m_clients->setAlternatingRowColors(true);
    m_clients->setSortingEnabled(true);
    m_clients->sortByColumn(StationModel::Address, Qt::AscendingOrder);
    m_clients->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *noClients = new EmptyStateOverlay(m_clients);
    noClients->setMessage(tr("No clients yet: stations that join appear here at once."));

    m_details->setObjectName(QStringLiteral("stationDetails"));
    m_details->setModel(m_detailsModel);
    m_details->setUniformRowHeights(true);
    m_details->setAlternatingRowColors(true);
    m_details->header()->setSectionResizeMode(StationDetailsModel::Field, QHeaderView::ResizeToContents);
    auto *noDetails = new EmptyStateOverlay(m_details);
    noDetails->setMessage(tr("Waiting for the first values…"));
    connect(m_detailsModel, &QAbstractItemModel::modelReset, m_details, &QTreeView::expandAll);
    m_tids->setObjectName(QStringLiteral("stationTids"));
    m_tids->setModel(m_tidModel);
    m_tids->verticalHeader()->hide();
    m_tids->setAlternatingRowColors(true);
    m_tids->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *noTids = new EmptyStateOverlay(m_tids);
    noTids->setMessage(tr("The driver reports no counters per traffic identifier."));
    m_tabs->setObjectName(QStringLiteral("stationTabs"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_tids, tr("Per traffic identifier"));
    m_tabs->setDocumentMode(true);

    m_summary->setObjectName(QStringLiteral("stationSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("stationsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(
        tr("No connected station interface and no access point on this machine. Connect to a "
           "network, or create an access point on the Radios page, to follow its link or see its "
           "clients here."));

    m_lower->addWidget(m_tabs);
    m_lower->addWidget(m_chart);
    m_lower->setSizes({700, 900});
    m_lower->setChildrenCollapsible(false);
    m_splitter->addWidget(m_clients);
    m_splitter->addWidget(m_lower);
    m_splitter->setSizes({300, 700});
    m_splitter->setChildrenCollapsible(false);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StationsPage::refresh);
    ClientState *state = client->state();
    connect(state, &ClientState::interfaceAdded, this, &StationsPage::updateInterfaces);
    connect(state, &ClientState::interfaceChanged, this, &StationsPage::updateInterfaces);
    connect(state, &ClientState::interfaceRemoved, this, &StationsPage::updateInterfaces);
    connect(state->stations(), &StationState::stationsChanged, this, [this] {
        followFirstStation();
        scheduleRefresh();
    });
    connect(state->stations(), &StationState::intervalChanged, this, &StationsPage::scheduleRefresh);
    connect(history, &SignalHistory::linkSamplesAdded, this, [this](const QStringList &keys) {
        if (keys.contains(m_station)) {
            scheduleRefresh();
        }
    });
    connect(m_interfaces, &QComboBox::currentIndexChanged, this,
            [this] { selectInterface(m_interfaces->currentData().toString()); });
    connect(m_rate, &QComboBox::currentIndexChanged, this, [this] {
        (m_clientsMode ? m_clientsIntervalMs : m_linkIntervalMs) = m_rate->currentData().toInt();
        applyWatch();
    });
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setWindowMs(m_window->currentData().toLongLong()); });
    connect(m_clients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    selectStation(current.data(StationModel::KeyRole).toString());
                }
            });
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused) {
            refresh();
        }
    });
    m_chart->setWindowMs(m_window->currentData().toLongLong());
    updateInterfaces();
}

int StationsPage::intervalMs() const
{
    return m_clientsMode ? m_clientsIntervalMs : m_linkIntervalMs;
}

void StationsPage::setIntervalMs(int intervalMs)
{
    const int index = m_rate->findData(intervalMs);
    if (index >= 0) {
        m_rate->setCurrentIndex(index);
    }
}

void StationsPage::updateInterfaces()
{
    QList<Client::Interface> shown;
    for (const Client::Interface &interface : m_client->state()->interfaces()) {
        if (!interface.name.isEmpty() && (isLink(interface) || isAccessPoint(interface))) {
            shown.append(interface);
        }
    }
    // Links first (what one looks at most), then access points; each by name.
    std::sort(shown.begin(), shown.end(), [](const Client::Interface &a, const Client::Interface &b) {
        return std::pair(isAccessPoint(a), a.name) < std::pair(isAccessPoint(b), b.name);
    });
    {
        const QSignalBlocker blocker(m_interfaces);
        m_interfaces->clear();
        for (const Client::Interface &interface : std::as_const(shown)) {
            QString text;
            if (isLink(interface)) {
                text = tr("%1 · connected to “%2”").arg(interface.name, interface.ssid);
            } else if (interface.ssid.isEmpty()) {
                text = tr("%1 · access point, not running").arg(interface.name);
            } else {
                text = interface.type == QLatin1String("p2p-go")
                           ? tr("%1 · P2P group “%2”").arg(interface.name, interface.ssid)
                           : tr("%1 · access point “%2”").arg(interface.name, interface.ssid);
            }
            m_interfaces->addItem(text, interface.name);
        }
        const int keep = m_interfaces->findData(m_interface);
        m_interfaces->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_stack->setCurrentIndex(shown.isEmpty() ? 0 : 1);
    m_interfaces->setEnabled(!shown.isEmpty());
    const QString current = m_interfaces->currentData().toString();
    const bool clients = std::any_of(shown.begin(), shown.end(), [&](const Client::Interface &interface) {
        return interface.name == current && isAccessPoint(interface);
    });
    if (current != m_interface || clients != m_clientsMode) {
        selectInterface(current);
    }
    scheduleRefresh();
}

void StationsPage::selectInterface(const QString &name)
{
    if (const int index = m_interfaces->findData(name); index >= 0 && index != m_interfaces->currentIndex()) {
        m_interfaces->setCurrentIndex(index); // comes back here
        return;
    }
    m_interface = name;
    m_clientsMode = false;
    for (const Client::Interface &interface : m_client->state()->interfaces()) {
        if (interface.name == name) {
            m_clientsMode = isAccessPoint(interface);
        }
    }
    m_model->setInterface(name);
    m_clients->setVisible(m_clientsMode);
    {
        const QSignalBlocker blocker(m_rate);
        setIntervalMs(intervalMs());
    }
    m_station.clear();
    applyWatch();
    followFirstStation();
    refresh();
}

void StationsPage::selectStation(const QString &key)
{
    if (key != m_station) {
        m_station = key;
        m_detailsModel->setStation(key);
        m_tidModel->setStation(key);
        m_chart->setKey(key);
        m_details->expandAll();
    }
    const int row = m_model->rowOf(key);
    if (m_clientsMode && row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
        if (m_clients->currentIndex().row() != index.row()) {
            m_clients->setCurrentIndex(index);
        }
    }
    scheduleRefresh();
}

void StationsPage::followFirstStation()
{
    if (!m_station.isEmpty() && m_client->state()->stations()->station(m_station)) {
        return;
    }
    // A link has one station, its AP; an access point's first client is a start the user can change.
    QString first;
    if (m_clientsMode && m_sorted->rowCount() > 0) {
        first = m_sorted->index(0, 0).data(StationModel::KeyRole).toString();
    } else if (!m_clientsMode) {
        first = m_model->keyAt(0);
    }
    if (!first.isEmpty() || !m_station.isEmpty()) {
        selectStation(first);
    }
}

void StationsPage::applyWatch()
{
    // Only while shown: the helper reads nothing for a page nobody looks at.
    if (isVisible() && !m_interface.isEmpty()) {
        m_client->watchStations({m_interface}, intervalMs());
    } else {
        m_client->watchStations({}, intervalMs());
    }
}

void StationsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    applyWatch();
}

void StationsPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_client->watchStations({}, intervalMs());
}

void StationsPage::scheduleRefresh()
{
    if (!m_pause->isChecked() && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void StationsPage::refresh()
{
    m_refreshTimer.stop();
    m_chart->refresh();
    updateSummary();
    const int granted = m_client->state()->stations()->intervalMs();
    const QString pace = granted <= 0 ? QString()
                         : granted < 1000
                             ? tr(" · %1 updates a second").arg(QLocale().toString(1000.0 / granted, 'g', 2))
                             : tr(" · every %1 s").arg(QLocale().toString(granted / 1000.0, 'g', 2));
    QString subtitle;
    if (m_interface.isEmpty()) {
        subtitle = tr("Nothing to follow");
    } else if (m_clientsMode) {
        subtitle = tr("%n client(s) on %1", nullptr, m_model->rowCount()).arg(m_interface);
    } else {
        const Client::Station *ap = m_client->state()->stations()->station(m_station);
        subtitle =
            ap ? tr("%1 connected to %2").arg(m_interface, ap->mac) : tr("%1, waiting").arg(m_interface);
    }
    m_header->setSubtitle(subtitle + pace + (m_pause->isChecked() ? tr(" · paused") : QString()));
}

void StationsPage::updateSummary()
{
    const Client::Station *station = m_client->state()->stations()->station(m_station);
    if (!station) {
        m_summary->clear();
        return;
    }
    QString cells = figure(tr("Signal"), StationText::signal(station->signalDbm)) +
                    figure(tr("Average"), StationText::signal(station->signalAverageDbm)) +
                    figure(tr("Transmit"),
                           station->txRate ? StationText::mbps(station->txRate->mbps) : QStringLiteral("—")) +
                    figure(tr("Receive"),
                           station->rxRate ? StationText::mbps(station->rxRate->mbps) : QStringLiteral("—"));
    if (station->expectedThroughputKbps) {
        cells += figure(tr("Expected"), StationText::mbps(double(*station->expectedThroughputKbps) / 1000.0));
    }
    cells += figure(tr("Retries / failed"),
                    QStringLiteral("%1 / %2").arg(StationText::count(station->txRetries.value_or(0)),
                                                  StationText::count(station->txFailed.value_or(0))));
    if (station->beaconLoss) {
        cells += figure(tr("Beacons lost"), StationText::count(*station->beaconLoss));
    }
    if (station->inactiveMs) {
        cells += figure(tr("Inactive"), StationText::milliseconds(*station->inactiveMs));
    }
    m_summary->setText(QStringLiteral("<table><tr>%1</tr></table>").arg(cells));
    m_summary->setToolTip(station->txRate ? tr("Transmit: %1").arg(StationText::rate(*station->txRate))
                                          : QString());
}

void StationsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("lowerSplitter"), m_lower->saveState());
    settings.setValue(QStringLiteral("window"), m_window->currentIndex());
    settings.setValue(QStringLiteral("linkIntervalMs"), m_linkIntervalMs);
    settings.setValue(QStringLiteral("clientsIntervalMs"), m_clientsIntervalMs);
}

void StationsPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_lower->restoreState(settings.value(QStringLiteral("lowerSplitter")).toByteArray());
    m_window->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("window"), 0).toInt(), 0, m_window->count() - 1));
    for (const auto &[key, interval] :
         {std::pair{QStringLiteral("linkIntervalMs"), &m_linkIntervalMs},
          std::pair{QStringLiteral("clientsIntervalMs"), &m_clientsIntervalMs}}) {
        const int value = settings.value(key, *interval).toInt();
        if (m_rate->findData(value) >= 0) {
            *interval = value;
        }
    }
    const QSignalBlocker blocker(m_rate);
    setIntervalMs(intervalMs());
    applyWatch();
}

} // namespace Airpane
