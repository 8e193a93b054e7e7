// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "analysis/channelrecommender.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Airpane {

class ChannelGraph;
class HelperClient;
class PageHeader;

// The spectrum per band (2.4, 5 and 6 GHz): every BSS as its spectral mask, the radio's DFS and
// no-IR channels marked, a clicked BSS highlighted and described, the survey's busy time along the
// axis, and under each band the channel an AP of this machine's radio should use, with why.
// Redrawn at most a few times a second however fast the scans come.
class ChannelsPage : public Page
{
    Q_OBJECT
public:
    explicit ChannelsPage(HelperClient *client, QWidget *parent = nullptr);

    bool hasPendingRefresh() const override { return m_refreshTimer.isActive(); }
    // The header's counts and, per band, what is recommended (or why nothing is).
    QString summary() const override;

    QList<ChannelGraph *> graphs() const { return m_graphs; }
    void setSelected(const QString &key);
    QString selected() const { return m_selected; }
    QLabel *description() const { return m_description; }
    // The recommendation of each band, as shown under its graph.
    QList<QLabel *> recommendations() const { return m_recommendations; }
    ChannelRecommendation recommendation(const QString &band) const
    {
        return m_lastRecommendation.value(band);
    }
    QComboBox *widthChooser() const { return m_width; }
    QCheckBox *dfsChoice() const { return m_dfs; }
    // Takes the BSSes heard now into the recommendation and redraws.
    void refresh();

Q_SIGNALS:
    // The user clicked a BSS on a graph (empty: none).
    void bssSelected(const QString &key);

private:
    void updateChannels();
    void describe();
    void recommend(const QList<Client::Bss> &bsses);
    // The radio an AP would run on: the first with the band.
    const Client::Radio *planningRadio(const QString &band) const;

    HelperClient *m_client;
    PageHeader *m_header;
    QList<ChannelGraph *> m_graphs;
    QList<QLabel *> m_recommendations;
    QWidget *m_content;
    QLabel *m_description;
    QComboBox *m_width;
    QCheckBox *m_dfs;
    ChannelRecommender m_recommender;
    QHash<QString, ChannelRecommendation> m_lastRecommendation;
    QString m_selected;
    QTimer m_refreshTimer;
};

} // namespace Airpane
