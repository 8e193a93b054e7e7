// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QSettings;
class QSpinBox;
class QTableView;

namespace Airpane {

class ClientState;
class CombinationMatrixModel;

// "Can this radio run station + AP + P2P at once, and on how many channels?": the question with
// its live answer, over the matrix of the radio's interface combinations.
class CombinationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CombinationPanel(ClientState *state, QWidget *parent = nullptr);

    void setRadio(std::optional<uint> radio);
    // WIDGET goes to the right of the matrix, taking the remaining width.
    void addBeside(QWidget *widget);
    QString answer() const;
    void ask(int stations, int accessPoints, int p2pGroups, bool p2pDevice, int meshPoints);
    QTableView *matrix() const { return m_matrix; }
    CombinationMatrixModel *model() const { return m_model; }

private:
    void updateAnswer();
    QSpinBox *addCount(const QString &label, int value);

    ClientState *m_state;
    std::optional<uint> m_radio;
    CombinationMatrixModel *m_model;
    QSpinBox *m_stations;
    QSpinBox *m_accessPoints;
    QSpinBox *m_p2pGroups;
    QCheckBox *m_p2pDevice;
    QSpinBox *m_meshPoints;
    QLabel *m_answerIcon;
    QLabel *m_answer;
    QTableView *m_matrix;
    QWidget *m_question;
    QHBoxLayout *m_body;
};

} // namespace Airpane
