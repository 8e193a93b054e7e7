// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelspage.h"

#include "client/helperclient.h"
#include "export/exportdialog.h"
#include "pageid.h"
#include "widgets/channelgraph.h"
#include "widgets/pageheader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airpane {

ChannelsPage::ChannelsPage(HelperClient *client, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_header(new PageHeader(pageKey(PageId::Channels), tr("Channels"), this))
    , m_content(new QWidget(this))
    , m_description(new QLabel(this))
    , m_width(new QComboBox(this))
    , m_dfs(new QCheckBox(tr("Allow DFS channels"), this))
{
    QWidget *content = m_content;
    auto *graphs = new QVBoxLayout(content);
    const QList<std::pair<QString, QString>> bands = {{QStringLiteral("2.4GHz"), tr("2.4 GHz")},
                                                      {QStringLiteral("5GHz"), tr("5 GHz")},
                                                      {QStringLiteral("6GHz"), tr("6 GHz")}};
    for (const auto &[key, name] : bands) {
        auto *title = new QLabel(name, content);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *graph = new ChannelGraph(key, content);
        graph->setObjectName(QStringLiteral("graph") + QString(key).remove(u'.'));
        auto *recommendation = new QLabel(content);
        recommendation->setObjectName(QStringLiteral("recommendation") + QString(key).remove(u'.'));
        recommendation->setWordWrap(true);
        recommendation->setTextFormat(Qt::RichText);
        graphs->addWidget(title);
        graphs->addWidget(graph, 1);
        graphs->addWidget(recommendation);
        m_graphs.append(graph);
        m_recommendations.append(recommendation);
        connect(graph, &ChannelGraph::bssClicked, this, [this](const QString &clicked) {
            setSelected(clicked);
            Q_EMIT bssSelected(clicked);
        });
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setText(tr("Click a network to highlight it."));

    m_width->setObjectName(QStringLiteral("recommendationWidth"));
    for (const int width : {20, 40, 80, 160}) {
        m_width->addItem(tr("%1 MHz AP").arg(width), width);
    }
    m_width->setToolTip(tr("The width of the AP the recommendation plans for (2.4 GHz: at most 40 MHz)"));
    m_dfs->setObjectName(QStringLiteral("recommendationDfs"));
    m_dfs->setToolTip(tr("Consider channels that need radar detection; an AP there waits a minute before "
                         "starting and must leave when radar appears"));
    QToolButton *exportButton = ExportDialog::button(this, QStringLiteral("exportChannels"));
    QMenu *exportMenu = exportButton->menu();
    ExportDialog::addImageExports(exportMenu, tr("Channel graphs"), m_content, QStringLiteral("channels"));
    m_header->addWidget(m_width);
    m_header->addWidget(m_dfs);
    m_header->addWidget(exportButton);
    auto replan = [this] {
        ChannelRecommender::Options options = m_recommender.options();
        options.widthMhz = m_width->currentData().toInt();
        options.allowDfs = m_dfs->isChecked();
        m_recommender.setOptions(options);
        refresh();
    };
    connect(m_width, &QComboBox::currentIndexChanged, this, replan);
    connect(m_dfs, &QCheckBox::toggled, this, replan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_description);
    layout->addWidget(scroll, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChannelsPage::refresh);
    ClientState *state = client->state();
    auto scheduleRefresh = [this] {
        if (!m_refreshTimer.isActive()) {
            m_refreshTimer.start();
        }
    };
    connect(state->scans(), &ScanState::bssesChanged, this, scheduleRefresh);
    connect(state->scans(), &ScanState::surveyChanged, this, scheduleRefresh);
    // The recommendation plans for a radio, its channels and its own APs: the radios' state may
    // arrive after the BSSes (a new session's snapshots come in any order), and must be planned for
    // then too, not only when the next scan comes.
    auto radiosChanged = [this, scheduleRefresh] {
        updateChannels();
        scheduleRefresh();
    };
    connect(state, &ClientState::radioAdded, this, radiosChanged);
    connect(state, &ClientState::radioChanged, this, radiosChanged);
    connect(state, &ClientState::radioRemoved, this, radiosChanged);
    connect(state, &ClientState::interfaceAdded, this, scheduleRefresh);
    connect(state, &ClientState::interfaceRemoved, this, scheduleRefresh);
    connect(state, &ClientState::regulatoryChanged, this, scheduleRefresh);
    updateChannels();
    refresh();
}

void ChannelsPage::refresh()
{
    m_refreshTimer.stop();
    const QList<Client::Bss> bsses = m_client->state()->scans()->bsses();
    const QHash<int, double> busy = m_client->state()->scans()->busyFractions();
    for (ChannelGraph *graph : std::as_const(m_graphs)) {
        graph->setBsses(bsses);
        graph->setOccupancy(busy);
    }
    recommend(bsses);
    m_header->setSubtitle(tr("%1 on 2.4 GHz, %2 on 5 GHz, %3 on 6 GHz")
                              .arg(m_graphs[0]->bssCount())
                              .arg(m_graphs[1]->bssCount())
                              .arg(m_graphs[2]->bssCount()));
    describe();
}

QString ChannelsPage::summary() const
{
    QStringList bands{Page::summary()};
    for (const ChannelGraph *graph : m_graphs) {
        const auto answer = m_lastRecommendation.constFind(graph->band());
        const QString what = !planningRadio(graph->band()) ? tr("no radio")
                             : answer == m_lastRecommendation.cend() || !answer->best
                                 ? tr("no recommendation")
                                 : tr("recommended %1").arg(ChannelRecommender::label(*answer->best));
        bands.append(tr("%1: %2").arg(graph->band(), what));
    }
    return bands.join(QStringLiteral("; "));
}

void ChannelsPage::updateChannels()
{
    // The channels of the first radio with the band: what this machine may use there.
    for (ChannelGraph *graph : std::as_const(m_graphs)) {
        QList<Client::Channel> channels;
        for (const Client::Radio &radio : m_client->state()->radios()) {
            for (const Client::Band &band : radio.bands) {
                if (band.key == graph->band() && channels.isEmpty()) {
                    channels = band.channels;
                }
            }
        }
        graph->setChannels(channels);
    }
}

const Client::Radio *ChannelsPage::planningRadio(const QString &band) const
{
    for (const Client::Radio &radio : m_client->state()->radios()) {
        if (radio.band(band)) {
            return m_client->state()->radio(radio.index);
        }
    }
    return nullptr;
}

void ChannelsPage::recommend(const QList<Client::Bss> &bsses)
{
    const QHash<int, double> busy = m_client->state()->scans()->busyFractions();
    for (qsizetype i = 0; i < m_graphs.size(); ++i) {
        ChannelGraph *graph = m_graphs[i];
        QLabel *label = m_recommendations[i];
        const Client::Radio *radio = planningRadio(graph->band());
        if (!radio) {
            label->setText(tr("No radio of this machine can use this band."));
            graph->setRecommended(std::nullopt);
            continue;
        }
        // The user's own APs are those this radio runs: planning around them would push the AP away
        // from itself.
        ChannelRecommender::Options options = m_recommender.options();
        options.ownBssids.clear();
        for (const Client::Interface &interface : m_client->state()->interfacesOf(radio->index)) {
            if (interface.type == QLatin1String("ap") || interface.type == QLatin1String("p2p-go")) {
                options.ownBssids.insert(interface.mac);
            }
        }
        m_recommender.setOptions(options);
        const ChannelRecommendation answer = m_recommender.update(*radio, graph->band(), bsses, busy);
        m_lastRecommendation.insert(graph->band(), answer);
        if (!answer.best) {
            label->setText(tr("<b>No recommendation:</b> %1").arg(answer.summary.toHtmlEscaped()));
            graph->setRecommended(std::nullopt);
            continue;
        }
        const ChannelCandidate &best = *answer.best;
        QStringList why;
        for (const QString &reason : best.reasons.mid(0, 3)) {
            why.append(reason.toHtmlEscaped());
        }
        label->setText(tr("<b>Recommended for %1: %2.</b> %3 <span style=\"opacity:0.8\">%4</span>")
                           .arg(radio->name.toHtmlEscaped(), ChannelRecommender::label(best).toHtmlEscaped(),
                                answer.summary.toHtmlEscaped(), why.join(QStringLiteral(" · "))));
        graph->setRecommended(
            std::pair(best.centerFrequency - best.widthMhz / 2, best.centerFrequency + best.widthMhz / 2),
            tr("Recommended: %1").arg(ChannelRecommender::label(best)));
    }
}

void ChannelsPage::setSelected(const QString &key)
{
    m_selected = key;
    for (ChannelGraph *graph : std::as_const(m_graphs)) {
        graph->setSelected(key);
    }
    describe();
}

void ChannelsPage::describe()
{
    const Client::Bss *bss = m_client->state()->scans()->bss(m_selected);
    if (!bss) {
        m_description->setText(tr("Click a network to highlight it."));
        return;
    }
    m_description->setText(tr("%1 (%2): channel %3, %4 MHz wide around %5 MHz, %6 dBm")
                               .arg(bss->displaySsid(), bss->bssid)
                               .arg(bss->channel.value_or(0))
                               .arg(bss->widthMhz)
                               .arg(bss->centerFrequency)
                               .arg(bss->signalDbm.value_or(-100), 0, 'f', 0));
}

} // namespace Airpane
