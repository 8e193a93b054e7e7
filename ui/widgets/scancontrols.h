// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace Airpane {

class ActionHandler;
class ElidedLabel;
class HelperClient;

// How the helper scans for this window: on which interface, live or only reading other programs'
// scans, how often, which bands, without probe requests, paused; a scan now. It shows a scan
// running and when the results come from someone else's scan.
class ScanControls : public QWidget
{
    Q_OBJECT
public:
    ScanControls(HelperClient *client, ActionHandler *actions, QWidget *parent = nullptr);

    QString interfaceName() const;
    bool isLive() const;
    bool isPaused() const;
    QCheckBox *liveBox() const { return m_live; }
    QToolButton *pauseButton() const { return m_pause; }
    QProgressBar *progress() const { return m_progress; }
    ElidedLabel *note() const { return m_note; }
    // The settings sent last (mode, interval, bands, passive), for tests and the status line.
    QString lastRequest() const { return m_lastRequest; }

private:
    void updateInterfaces();
    void scheduleApply();
    void apply();
    void scanNow();
    void updateScanState();
    void showError(const QString &message);

    HelperClient *m_client;
    ActionHandler *m_actions;
    QComboBox *m_interface;
    QCheckBox *m_live;
    QSpinBox *m_interval;
    QList<QCheckBox *> m_bands;
    QCheckBox *m_passive;
    QToolButton *m_pause;
    QToolButton *m_scanNow;
    QProgressBar *m_progress;
    ElidedLabel *m_note;
    QTimer m_applyTimer;
    QString m_lastRequest;
    QString m_error;
};

} // namespace Airpane
