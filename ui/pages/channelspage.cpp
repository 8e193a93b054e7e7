// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelspage.h"

#include "client/helperclient.h"
#include "pageid.h"
#include "widgets/channelgraph.h"
#include "widgets/pageheader.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Airpane {

ChannelsPage::ChannelsPage(HelperClient *client, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_header(new PageHeader(pageKey(PageId::Channels), tr("Channels"), this))
    , m_description(new QLabel(this))
{
    auto *content = new QWidget(this);
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
        graphs->addWidget(title);
        graphs->addWidget(graph, 1);
        m_graphs.append(graph);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_description);
    layout->addWidget(scroll, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChannelsPage::refresh);
    ClientState *state = client->state();
    connect(state->scans(), &ScanState::bssesChanged, this, [this] {
        if (!m_refreshTimer.isActive()) {
            m_refreshTimer.start();
        }
    });
    connect(state, &ClientState::radioAdded, this, &ChannelsPage::updateChannels);
    connect(state, &ClientState::radioChanged, this, &ChannelsPage::updateChannels);
    updateChannels();
    refresh();
}

void ChannelsPage::refresh()
{
    const QList<Client::Bss> bsses = m_client->state()->scans()->bsses();
    for (ChannelGraph *graph : std::as_const(m_graphs)) {
        graph->setBsses(bsses);
    }
    m_header->setSubtitle(tr("%1 on 2.4 GHz, %2 on 5 GHz, %3 on 6 GHz")
                              .arg(m_graphs[0]->bssCount())
                              .arg(m_graphs[1]->bssCount())
                              .arg(m_graphs[2]->bssCount()));
    describe();
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
