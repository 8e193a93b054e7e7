// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalpage.h"

#include "client/helperclient.h"
#include "export/exportdialog.h"
#include "models/bssfiltermodel.h"
#include "models/bssmodel.h"
#include "pageid.h"
#include "stats/signalhistory.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/pageheader.h"
#include "widgets/signalchart.h"
#include "widgets/waterfall.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airpane {
namespace {

const QStringList bandKeys = {QStringLiteral("2.4GHz"), QStringLiteral("5GHz"), QStringLiteral("6GHz")};

// The colour ramp of the waterfall with its ends named, for the legend.
QPixmap legendRamp(int width, int height)
{
    QPixmap pixmap(width, height);
    QPainter painter(&pixmap);
    for (int x = 0; x < width; ++x) {
        painter.setPen(Waterfall::colorOf(double(x) / double(std::max(1, width - 1))));
        painter.drawLine(x, 0, x, height);
    }
    return pixmap;
}

} // namespace

SignalPage::SignalPage(HelperClient *client, SignalHistory *history, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_history(history)
    , m_model(new BssModel(client->state()->scans(), this))
    , m_filter(new BssFilterModel(this))
    , m_header(new PageHeader(pageKey(PageId::Signal), tr("Signal"), this))
    , m_hint(new QLabel(this))
    , m_networks(new QTreeView(this))
    , m_chart(new SignalChart(history, client->state()->scans(), this))
    , m_bands(new QTabBar(this))
    , m_waterfall(new Waterfall(history, this))
    , m_legend(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_chartSplitter(new QSplitter(Qt::Vertical, this))
    , m_pause(new QAction(tintedIcon(QStringLiteral("pause")), tr("Pause"), this))
    , m_window(new QComboBox(this))
{
    m_filter->setSourceModel(m_model);
    m_networks->setObjectName(QStringLiteral("signalNetworks"));
    m_networks->setModel(m_filter);
    m_networks->setRootIsDecorated(false);
    m_networks->setUniformRowHeights(true);
    m_networks->setAlternatingRowColors(true);
    m_networks->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_networks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_networks->setSortingEnabled(true);
    m_networks->sortByColumn(BssModel::Signal, Qt::DescendingOrder);
    for (int column = 0; column < BssModel::ColumnCount; ++column) {
        const bool shown = column == BssModel::Ssid || column == BssModel::Bssid ||
                           column == BssModel::Channel || column == BssModel::Signal;
        m_networks->setColumnHidden(column, !shown);
    }
    // Sized once to the first networks, not on every re-sort: measuring a thousand rows each scan
    // would cost more than the chart.
    m_networks->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_networks->header()->setStretchLastSection(true);
    for (const auto &[column, characters] :
         {std::pair{int(BssModel::Ssid), 24}, std::pair{int(BssModel::Bssid), 19},
          std::pair{int(BssModel::Channel), 8}}) {
        m_networks->header()->resizeSection(column, fontMetrics().averageCharWidth() * characters);
    }

    m_hint->setObjectName(QStringLiteral("signalHint"));
    m_hint->setWordWrap(true);

    m_pause->setObjectName(QStringLiteral("pauseSignal"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Freeze the chart and the waterfall; the history keeps filling meanwhile"));
    m_window->setObjectName(QStringLiteral("signalWindow"));
    for (const auto &[minutes, text] :
         {std::pair{1, tr("Last minute")}, std::pair{5, tr("Last 5 minutes")},
          std::pair{15, tr("Last 15 minutes")}, std::pair{60, tr("Last hour")}}) {
        m_window->addItem(text, qint64(minutes) * 60 * 1000);
    }
    m_window->setCurrentIndex(1);
    m_window->setToolTip(tr("How much of the past the chart and the waterfall show"));
    auto *pauseButton = new QToolButton(this);
    pauseButton->setDefaultAction(m_pause);
    pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    pauseButton->setAutoRaise(true);
    QToolButton *exportButton = ExportDialog::button(this, QStringLiteral("exportSignal"));
    QMenu *exportMenu = exportButton->menu();
    ExportDialog::addImageExports(exportMenu, tr("Signal chart"), m_chart, QStringLiteral("signal"));
    ExportDialog::addImageExports(exportMenu, tr("Waterfall"), m_waterfall, QStringLiteral("waterfall"));
    m_header->addWidget(m_window);
    m_header->addWidget(pauseButton);
    m_header->addWidget(exportButton);

    m_bands->setObjectName(QStringLiteral("waterfallBands"));
    m_bands->addTab(tr("2.4 GHz"));
    m_bands->addTab(tr("5 GHz"));
    m_bands->addTab(tr("6 GHz"));
    m_bands->setDocumentMode(true);
    m_legend->setObjectName(QStringLiteral("waterfallLegend"));
    m_legend->setWordWrap(true);
    auto *ramp = new QLabel(this);
    ramp->setPixmap(legendRamp(fontMetrics().averageCharWidth() * 16, fontMetrics().height() / 2 + 2));
    auto *rampRow = new QHBoxLayout;
    rampRow->addWidget(new QLabel(tr("free"), this));
    rampRow->addWidget(ramp);
    rampRow->addWidget(new QLabel(tr("busy"), this));
    rampRow->addWidget(m_legend, 1);

    auto *waterfallBox = new QWidget(this);
    auto *waterfallLayout = new QVBoxLayout(waterfallBox);
    waterfallLayout->setContentsMargins(0, 0, 0, 0);
    auto *waterfallTitle = new QLabel(tr("Channel occupancy over time"), this);
    QFont bold = waterfallTitle->font();
    bold.setBold(true);
    waterfallTitle->setFont(bold);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(waterfallTitle);
    titleRow->addWidget(m_bands);
    titleRow->addStretch(1);
    waterfallLayout->addLayout(titleRow);
    waterfallLayout->addWidget(m_waterfall, 1);
    waterfallLayout->addLayout(rampRow);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_networks, 1);
    m_chartSplitter->addWidget(m_chart);
    m_chartSplitter->addWidget(waterfallBox);
    m_chartSplitter->setSizes({1200, 800});
    m_chartSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_chartSplitter);
    m_splitter->setSizes({600, 1400});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SignalPage::refresh);
    connect(history, &SignalHistory::samplesAdded, this, &SignalPage::scheduleRefresh);
    // A waterfall line alone redraws only the waterfall: the chart has not changed.
    connect(history, &SignalHistory::occupancyAdded, this, [this] {
        if (!m_pause->isChecked()) {
            m_waterfall->refresh();
        }
    });
    connect(m_networks->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SignalPage::updateFollowed);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused) {
            refresh();
        }
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 window = m_window->currentData().toLongLong();
        m_chart->setWindowMs(window);
        m_waterfall->setWindowMs(window);
    });
    connect(m_bands, &QTabBar::currentChanged, this,
            [this](int index) { m_waterfall->setBand(bandKeys.value(index)); });
    m_chart->setWindowMs(m_window->currentData().toLongLong());
    m_waterfall->setWindowMs(m_window->currentData().toLongLong());
    refresh();
}

void SignalPage::scheduleRefresh()
{
    if (!m_pause->isChecked() && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

QStringList SignalPage::followed() const
{
    return m_chart->keys();
}

void SignalPage::updateFollowed()
{
    QStringList keys;
    for (const QModelIndex &index : m_networks->selectionModel()->selectedRows()) {
        keys.append(index.data(BssModel::KeyRole).toString());
    }
    const bool automatic = keys.isEmpty();
    if (automatic) {
        // The connected network first, then the strongest: what one looks at without choosing.
        QList<Client::Bss> bsses = m_client->state()->scans()->bsses();
        std::sort(bsses.begin(), bsses.end(), [](const Client::Bss &a, const Client::Bss &b) {
            if (a.associated != b.associated) {
                return a.associated;
            }
            return a.signalDbm.value_or(-1000) > b.signalDbm.value_or(-1000);
        });
        // One line per physical AP: its BSSes share a radio and would draw the same line.
        QSet<QString> groups;
        for (const Client::Bss &bss : std::as_const(bsses)) {
            if (keys.size() >= automaticCount) {
                break;
            }
            const QString group = bss.groupKey.isEmpty() ? bss.key : bss.groupKey;
            if (bss.signalDbm && !groups.contains(group)) {
                groups.insert(group);
                keys.append(bss.key);
            }
        }
    }
    m_chart->setKeys(keys);
    if (automatic) {
        m_hint->setText(tr("Showing the connected network and the strongest access points. Select networks "
                           "below (up to %1) to follow them instead.")
                            .arg(SignalChart::maxSeries));
    } else if (keys.size() > SignalChart::maxSeries) {
        m_hint->setText(tr("%1 networks selected; the chart follows the first %2.")
                            .arg(keys.size())
                            .arg(SignalChart::maxSeries));
    } else {
        m_hint->setText(tr("Following %n selected network(s).", nullptr, int(keys.size())));
    }
}

void SignalPage::refresh()
{
    m_refreshTimer.stop();
    if (m_networks->selectionModel()->selectedRows().isEmpty()) {
        updateFollowed(); // the strongest change as scans come
    }
    m_chart->refresh();
    m_waterfall->refresh();
    const QString band = m_waterfall->band();
    const std::deque<SignalHistory::OccupancyRow> &rows = m_history->occupancy(band);
    int measured = 0;
    if (!rows.empty()) {
        measured = int(std::count(rows.back().measured.begin(), rows.back().measured.end(), true));
    }
    m_legend->setText(measured > 0
                          ? tr("Busy time from the radio's survey on %n channel(s); striped channels are "
                               "estimated from the networks heard.",
                               nullptr, measured)
                          : tr("Estimated from the networks heard and their load (striped): no survey "
                               "measured this band yet."));
    m_header->setSubtitle(tr("%n network(s) with history", nullptr, int(m_history->keys().size())) +
                          (m_pause->isChecked() ? tr(" · paused") : QString()));
}

void SignalPage::selectBss(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_networks->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_networks->scrollTo(index);
}

void SignalPage::setBand(const QString &band)
{
    if (const auto index = bandKeys.indexOf(band); index >= 0) {
        m_bands->setCurrentIndex(int(index));
    }
}

void SignalPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("chartSplitter"), m_chartSplitter->saveState());
    settings.setValue(QStringLiteral("window"), m_window->currentIndex());
    settings.setValue(QStringLiteral("band"), m_bands->currentIndex());
}

void SignalPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_chartSplitter->restoreState(settings.value(QStringLiteral("chartSplitter")).toByteArray());
    m_window->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("window"), 1).toInt(), 0, m_window->count() - 1));
    m_bands->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("band"), 0).toInt(), 0, m_bands->count() - 1));
}

} // namespace Airpane
