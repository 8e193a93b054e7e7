// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitiespage.h"

#include "client/helperclient.h"
#include "decode/capabilitysections.h"
#include "decode/wifinames.h"
#include "models/capabilitytreemodel.h"
#include "models/radiolistmodel.h"
#include "widgets/channelpanel.h"
#include "widgets/combinationpanel.h"
#include "widgets/pageheader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airpane {

CapabilitiesPage::CapabilitiesPage(HelperClient *client, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_header(new PageHeader(QStringLiteral("capabilities"), tr("Capabilities"), this))
    , m_radios(new RadioListModel(client->state(), false, this))
    , m_radioChooser(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_channels(new ChannelPanel(client->state(), this))
    , m_phyBand(new QComboBox(this))
    , m_combinations(new CombinationPanel(client->state(), this))
    , m_phyModel(new CapabilityTreeModel(this))
    , m_typeModel(new CapabilityTreeModel(this))
    , m_cipherModel(new CapabilityTreeModel(this))
    , m_featureModel(new CapabilityTreeModel(this))
{
    m_radioChooser->setObjectName(QStringLiteral("radioChooser"));
    m_radioChooser->setModel(m_radios);
    m_radioChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *radioLabel = new QLabel(tr("&Radio:"), this);
    radioLabel->setBuddy(m_radioChooser);
    m_header->addWidget(radioLabel);
    m_header->addWidget(m_radioChooser);

    m_tabs->setObjectName(QStringLiteral("capabilityTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_channels, tr("Bands && channels"));

    auto *phy = new QWidget(this);
    auto *phyLayout = new QVBoxLayout(phy);
    auto *bandRow = new QHBoxLayout;
    auto *bandLabel = new QLabel(tr("&Band:"), phy);
    bandLabel->setBuddy(m_phyBand);
    m_phyBand->setObjectName(QStringLiteral("phyBand"));
    bandRow->addWidget(bandLabel);
    bandRow->addWidget(m_phyBand);
    bandRow->addStretch(1);
    phyLayout->addLayout(bandRow);
    phyLayout->addWidget(addTree(m_phyModel, QStringLiteral("phyTree")), 1);
    m_tabs->addTab(phy, tr("HT · VHT · HE · EHT"));

    m_combinations->addBeside(addTree(m_typeModel, QStringLiteral("typeTree")));
    m_tabs->addTab(m_combinations, tr("Interface combinations"));
    m_tabs->addTab(addTree(m_cipherModel, QStringLiteral("cipherTree")), tr("Ciphers"));
    m_tabs->addTab(addTree(m_featureModel, QStringLiteral("featureTree")), tr("Commands && features"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_radioChooser, &QComboBox::currentIndexChanged, this, &CapabilitiesPage::chooseRadio);
    connect(m_phyBand, &QComboBox::currentIndexChanged, this, &CapabilitiesPage::updateSections);
    ClientState *state = client->state();
    connect(state, &ClientState::radioChanged, this, [this](uint radio) {
        if (radio == m_radio) {
            updatePhyBands();
            updateSections();
        }
    });
    connect(m_radios, &QAbstractItemModel::rowsInserted, this, &CapabilitiesPage::ensureRadio);
    connect(m_radios, &QAbstractItemModel::rowsRemoved, this, &CapabilitiesPage::ensureRadio);
    ensureRadio();
}

QTreeView *CapabilitiesPage::addTree(CapabilityTreeModel *model, const QString &name)
{
    auto *tree = new QTreeView(this);
    tree->setObjectName(name);
    tree->setModel(model);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(CapabilityTreeModel::Name, QHeaderView::Interactive);
    tree->header()->resizeSection(CapabilityTreeModel::Name, fontMetrics().averageCharWidth() * 34);
    tree->header()->resizeSection(CapabilityTreeModel::Value, fontMetrics().averageCharWidth() * 34);
    // Sections always open: their lines are what the page is for. Names and values get the width
    // they need, up to a third of the view each; the meaning takes the rest.
    auto expand = [tree, model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            tree->setFirstColumnSpanned(row, QModelIndex(), true);
            tree->expand(model->index(row, 0));
        }
        for (const int column : {int(CapabilityTreeModel::Name), int(CapabilityTreeModel::Value)}) {
            tree->resizeColumnToContents(column);
            const int wanted = tree->columnWidth(column) + tree->fontMetrics().averageCharWidth() * 2;
            tree->setColumnWidth(column, std::clamp(wanted, tree->fontMetrics().averageCharWidth() * 12,
                                                    std::max(240, tree->viewport()->width() / 3)));
        }
    };
    connect(model, &QAbstractItemModel::modelReset, tree, expand);
    m_trees.append(tree);
    return tree;
}

void CapabilitiesPage::ensureRadio()
{
    if (m_radio && m_radios->rowOf(*m_radio) >= 0) {
        const QSignalBlocker blocker(m_radioChooser);
        m_radioChooser->setCurrentIndex(m_radios->rowOf(*m_radio));
        return;
    }
    // The radio the user chose last time, else the first one.
    int row = m_radios->rowCount() > 0 ? 0 : -1;
    for (int i = 0; i < m_radios->rowCount(); ++i) {
        if (!m_wantedRadio.isEmpty() && m_radios->index(i).data().toString() == m_wantedRadio) {
            row = i;
        }
    }
    m_radioChooser->setCurrentIndex(row);
    chooseRadio(row);
}

void CapabilitiesPage::chooseRadio(int row)
{
    const QVariant radio = m_radios->index(row).data(RadioListModel::RadioRole);
    m_radio = radio.isValid() ? std::optional<uint>(radio.toUInt()) : std::nullopt;
    if (m_radio) {
        m_wantedRadio = m_client->state()->radioName(*m_radio);
    }
    m_channels->setRadio(m_radio);
    m_combinations->setRadio(m_radio);
    updatePhyBands();
    updateSections();
}

void CapabilitiesPage::setRadio(uint radio)
{
    if (const int row = m_radios->rowOf(radio); row >= 0) {
        m_radioChooser->setCurrentIndex(row);
    }
}

void CapabilitiesPage::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void CapabilitiesPage::setPhyBand(const QString &band)
{
    if (const int index = m_phyBand->findData(band); index >= 0) {
        m_phyBand->setCurrentIndex(index);
    }
}

void CapabilitiesPage::updatePhyBands()
{
    const Client::Radio *radio = m_radio ? m_client->state()->radio(*m_radio) : nullptr;
    const QString current = m_phyBand->currentData().toString();
    const QSignalBlocker blocker(m_phyBand);
    m_phyBand->clear();
    int preferred = -1;
    for (const Client::Band &band : radio ? radio->bands : QList<Client::Band>()) {
        const bool hasPhy = band.ht || band.vht || !band.iftypeData.isEmpty() || !band.bitrates.isEmpty();
        if (!hasPhy) {
            continue;
        }
        m_phyBand->addItem(WifiNames::band(band.key), band.key);
        if (band.key == current || (preferred < 0 && current.isEmpty() && band.vht)) {
            preferred = m_phyBand->count() - 1;
        }
    }
    m_phyBand->setCurrentIndex(preferred >= 0 ? preferred : 0);
}

void CapabilitiesPage::updateSections()
{
    const Client::Radio *radio = m_radio ? m_client->state()->radio(*m_radio) : nullptr;
    if (!radio) {
        for (CapabilityTreeModel *model : {m_phyModel, m_typeModel, m_cipherModel, m_featureModel}) {
            model->setSections({});
        }
        updateSummary();
        return;
    }
    m_phyModel->setSections(CapabilitySections::phy(*radio, m_phyBand->currentData().toString()));
    m_typeModel->setSections(CapabilitySections::interfaceTypes(*radio));
    m_cipherModel->setSections(CapabilitySections::ciphers(*radio));
    m_featureModel->setSections(CapabilitySections::features(*radio));
    updateSummary();
}

void CapabilitiesPage::updateSummary()
{
    const Client::Radio *radio = m_radio ? m_client->state()->radio(*m_radio) : nullptr;
    if (!radio) {
        m_header->setSubtitle(tr("No radio to show"));
        return;
    }
    QStringList bands;
    for (const Client::Band &band : radio->bands) {
        bands.append(WifiNames::band(band.key));
    }
    m_header->setSubtitle(tr("%1 · %2 · %n interface type(s)", nullptr, int(radio->interfaceTypes.size()))
                              .arg(radio->name, bands.join(QStringLiteral(", "))) +
                          QStringLiteral(" · ") + tr("%n cipher(s)", nullptr, int(radio->ciphers.size())) +
                          QStringLiteral(" · ") + tr("%n command(s)", nullptr, int(radio->commands.size())));
}

void CapabilitiesPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("radio"), m_wantedRadio);
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    m_channels->saveState(settings);
    for (const QTreeView *tree : m_trees) {
        settings.setValue(tree->objectName() + QStringLiteral("Header"), tree->header()->saveState());
    }
}

void CapabilitiesPage::restoreState(QSettings &settings)
{
    m_wantedRadio = settings.value(QStringLiteral("radio")).toString();
    m_radio.reset();
    ensureRadio();
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    m_channels->restoreState(settings);
    for (QTreeView *tree : std::as_const(m_trees)) {
        tree->header()->restoreState(
            settings.value(tree->objectName() + QStringLiteral("Header")).toByteArray());
    }
}

} // namespace Airpane
