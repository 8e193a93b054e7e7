// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelpanel.h"

#include "client/clientstate.h"
#include "decode/wifinames.h"
#include "models/channelfiltermodel.h"
#include "models/channelmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Airpane {

ChannelPanel::ChannelPanel(ClientState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new ChannelModel(state, this))
    , m_proxy(new ChannelFilterModel(this))
    , m_bands(new QTabBar(this))
    , m_showDisabled(new QCheckBox(tr("Show disabled channels"), this))
    , m_table(new QTableView(this))
    , m_notes(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_bands->setObjectName(QStringLiteral("bands"));
    m_bands->setDocumentMode(true);
    m_bands->setExpanding(false);
    m_showDisabled->setObjectName(QStringLiteral("showDisabled"));
    m_table->setObjectName(QStringLiteral("channels"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChannelModel::Frequency, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_bands, 1);
    top->addWidget(m_showDisabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);

    connect(m_bands, &QTabBar::currentChanged, this, [this] {
        m_model->setBand(m_radio, band());
        updateNotes();
    });
    connect(m_showDisabled, &QCheckBox::toggled, m_proxy, &ChannelFilterModel::setShowDisabled);
    connect(state, &ClientState::radioChanged, this, [this](uint radio) {
        if (radio == m_radio) {
            updateBands();
        }
    });
    connect(state, &ClientState::regulatoryChanged, this, &ChannelPanel::updateNotes);
}

QString ChannelPanel::band() const
{
    return m_bands->tabData(m_bands->currentIndex()).toString();
}

void ChannelPanel::setBand(const QString &band)
{
    for (int i = 0; i < m_bands->count(); ++i) {
        if (m_bands->tabData(i).toString() == band) {
            m_bands->setCurrentIndex(i);
        }
    }
}

void ChannelPanel::setRadio(std::optional<uint> radio)
{
    m_radio = radio;
    updateBands();
    m_model->setBand(m_radio, band());
    updateNotes();
}

void ChannelPanel::updateBands()
{
    const QString current = band();
    const Client::Radio *radio = m_radio ? m_state->radio(*m_radio) : nullptr;
    const QSignalBlocker blocker(m_bands);
    while (m_bands->count() > 0) {
        m_bands->removeTab(0);
    }
    for (const Client::Band &band : radio ? radio->bands : QList<Client::Band>()) {
        const auto usable = std::count_if(band.channels.begin(), band.channels.end(),
                                          [](const Client::Channel &channel) { return !channel.disabled; });
        const int tab =
            m_bands->addTab(tr("%1 · %n channel(s)", nullptr, int(usable)).arg(WifiNames::band(band.key)));
        m_bands->setTabData(tab, band.key);
    }
    setBand(current);
    // QTabBar leaves its new size untold while hidden: tell the layout.
    m_bands->updateGeometry();
    m_model->setBand(m_radio, band());
}

void ChannelPanel::updateNotes()
{
    const auto domain = m_radio ? m_state->regulatoryDomainOf(*m_radio) : std::nullopt;
    m_notes->setText(domain
                         ? tr("Regulatory domain %1, DFS region %2. Max power is the domain's limit for each "
                              "channel.")
                               .arg(domain->country, domain->dfsRegion)
                         : tr("Max power is the regulatory domain's limit for each channel."));
}

void ChannelPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("channelHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("showDisabledChannels"), m_showDisabled->isChecked());
    settings.setValue(QStringLiteral("band"), band());
}

void ChannelPanel::restoreState(QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("channelHeader")).toByteArray());
    m_showDisabled->setChecked(settings.value(QStringLiteral("showDisabledChannels"), false).toBool());
    setBand(settings.value(QStringLiteral("band")).toString());
}

} // namespace Airpane
