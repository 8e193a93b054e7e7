// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <optional>

class QComboBox;
class QTabWidget;
class QTreeView;

namespace Airpane {

class CapabilityTreeModel;
class ChannelPanel;
class CombinationPanel;
class HelperClient;
class PageHeader;
class RadioListModel;

// What one radio can do: bands and channels, HT/VHT/HE/EHT decoded, interface combinations,
// ciphers, commands and features.
class CapabilitiesPage : public Page
{
    Q_OBJECT
public:
    enum class Tab { Channels, Phy, Combinations, Ciphers, Features };

    explicit CapabilitiesPage(HelperClient *client, QWidget *parent = nullptr);

    std::optional<uint> radio() const { return m_radio; }
    void setRadio(uint radio);
    void setTab(Tab tab);
    void setPhyBand(const QString &band);

    ChannelPanel *channels() const { return m_channels; }
    CombinationPanel *combinations() const { return m_combinations; }
    CapabilityTreeModel *phyModel() const { return m_phyModel; }
    CapabilityTreeModel *featureModel() const { return m_featureModel; }
    CapabilityTreeModel *cipherModel() const { return m_cipherModel; }
    CapabilityTreeModel *typeModel() const { return m_typeModel; }

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

private:
    QTreeView *addTree(CapabilityTreeModel *model, const QString &name);
    void chooseRadio(int row);
    void ensureRadio();
    void updateSections();
    void updatePhyBands();
    void updateSummary();

    HelperClient *m_client;
    std::optional<uint> m_radio;
    QString m_wantedRadio; // from the settings, until it appears
    PageHeader *m_header;
    RadioListModel *m_radios;
    QComboBox *m_radioChooser;
    QTabWidget *m_tabs;
    ChannelPanel *m_channels;
    QComboBox *m_phyBand;
    CombinationPanel *m_combinations;
    CapabilityTreeModel *m_phyModel;
    CapabilityTreeModel *m_typeModel;
    CapabilityTreeModel *m_cipherModel;
    CapabilityTreeModel *m_featureModel;
    QList<QTreeView *> m_trees;
};

} // namespace Airpane
