// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Airpane {

class ActionHandler;
class ClientState;

// Creates an interface on a radio, or changes an interface's type. It offers only the types the
// radio supports and, while the user chooses, shows the helper's pre-check: whether the radio's
// interface combinations leave room for one more of that type, and if not why.
class InterfaceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, ChangeType };

    // Create on RADIO (preselected), or change the type of the interface WDEV.
    InterfaceDialog(ClientState *state, ActionHandler *actions, Mode mode, uint radio,
                    const QString &wdev = QString(), QWidget *parent = nullptr);

    std::optional<uint> radio() const;
    QString type() const;
    QString name() const;
    // What the pre-check or the helper said last, as shown, and whether it allows the choice.
    QString verdictText() const;
    bool isAllowed() const { return m_allowed; }
    // The types the radio selected supports, as offered.
    QStringList offeredTypes() const;

    void setRadio(uint radio);
    void setType(const QString &type);
    void setName(const QString &name);

    void accept() override;

Q_SIGNALS:
    // The helper answered the pre-check for the current choice.
    void verdictShown();
    // The helper did what was asked (the dialog closes) or refused (it stays, saying why).
    void finished(bool ok);

private:
    void fillTypes();
    void check();
    void showVerdict(bool allowed, const QString &text);
    void updateButtons();
    QString suggestedName(const QString &type) const;

    ClientState *m_state;
    ActionHandler *m_actions;
    Mode m_mode;
    QString m_wdev;
    QComboBox *m_radios;
    QLineEdit *m_name;
    QComboBox *m_types;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
    int m_generation = 0; // answers to older questions are dropped
    bool m_allowed = false;
    bool m_busy = false;
    bool m_nameEdited = false;
};

} // namespace Airpane
