// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QTimer>

class QLabel;

namespace Airpane {

class ChannelGraph;
class HelperClient;
class PageHeader;

// The spectrum per band (2.4, 5 and 6 GHz): every BSS as its spectral mask, the radio's DFS and
// no-IR channels marked, a clicked BSS highlighted and described. Redrawn at most a few times a
// second however fast the scans come.
class ChannelsPage : public Page
{
    Q_OBJECT
public:
    explicit ChannelsPage(HelperClient *client, QWidget *parent = nullptr);

    QList<ChannelGraph *> graphs() const { return m_graphs; }
    void setSelected(const QString &key);
    QString selected() const { return m_selected; }
    QLabel *description() const { return m_description; }

Q_SIGNALS:
    // The user clicked a BSS on a graph (empty: none).
    void bssSelected(const QString &key);

private:
    void refresh();
    void updateChannels();
    void describe();

    HelperClient *m_client;
    PageHeader *m_header;
    QList<ChannelGraph *> m_graphs;
    QLabel *m_description;
    QString m_selected;
    QTimer m_refreshTimer;
};

} // namespace Airpane
