// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSettings;
class QTabBar;
class QTableView;

namespace Airpane {

class ChannelFilterModel;
class ChannelModel;
class ClientState;

// A radio's bands as tabs, each with its channels table: frequency, channel, flags, maximum power
// and DFS state.
class ChannelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelPanel(ClientState *state, QWidget *parent = nullptr);

    void setRadio(std::optional<uint> radio);
    QString band() const;
    void setBand(const QString &band);
    QTableView *table() const { return m_table; }
    ChannelModel *model() const { return m_model; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

private:
    void updateBands();
    void updateNotes();

    ClientState *m_state;
    std::optional<uint> m_radio;
    ChannelModel *m_model;
    ChannelFilterModel *m_proxy;
    QTabBar *m_bands;
    QCheckBox *m_showDisabled;
    QTableView *m_table;
    QLabel *m_notes;
};

} // namespace Airpane
