// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancontrols.h"

#include "elidedlabel.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "style/tintedsvgiconengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QToolButton>

namespace Airpane {

ScanControls::ScanControls(HelperClient *client, ActionHandler *actions, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_actions(actions)
    , m_interface(new QComboBox(this))
    , m_live(new QCheckBox(tr("&Live"), this))
    , m_interval(new QSpinBox(this))
    , m_passive(new QCheckBox(tr("Pass&ive"), this))
    , m_pause(new QToolButton(this))
    , m_scanNow(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_note(new ElidedLabel(this))
{
    m_interface->setObjectName(QStringLiteral("scanInterface"));
    m_interface->setToolTip(tr("The interface that scans"));
    m_live->setObjectName(QStringLiteral("liveScan"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Scan again and again; when off, only the results of other programs' "
                          "scans are read"));
    m_interval->setObjectName(QStringLiteral("scanInterval"));
    m_interval->setRange(2, 3600);
    m_interval->setValue(10);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Time between scans; while the interface is connected, at least 10 s and only "
                              "on its own channel, other channels every 5 minutes"));
    m_passive->setObjectName(QStringLiteral("passiveScan"));
    m_passive->setToolTip(tr("Only listen for beacons: send no probe requests"));
    m_pause->setObjectName(QStringLiteral("pauseScan"));
    m_pause->setCheckable(true);
    m_pause->setIcon(tintedIcon(QStringLiteral("pause")));
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Stop scanning; what was heard stays"));
    m_scanNow->setObjectName(QStringLiteral("scanNow"));
    m_scanNow->setIcon(tintedIcon(QStringLiteral("refresh")));
    m_scanNow->setText(tr("Scan now"));
    for (QToolButton *button : {m_pause, m_scanNow}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setToolTip(tr("A scan is running"));
    m_progress->setVisible(false);
    m_note->setObjectName(QStringLiteral("scanNote"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Sc&an with:"), this);
    label->setBuddy(m_interface);
    layout->addWidget(label);
    layout->addWidget(m_interface);
    layout->addWidget(m_live);
    layout->addWidget(m_interval);
    const QList<std::pair<QString, QString>> bands = {{QStringLiteral("2.4GHz"), tr("2.4 GHz")},
                                                      {QStringLiteral("5GHz"), tr("5 GHz")},
                                                      {QStringLiteral("6GHz"), tr("6 GHz")}};
    for (const auto &[key, name] : bands) {
        auto *box = new QCheckBox(name, this);
        box->setObjectName(QStringLiteral("band") + QString(key).remove(u'.'));
        box->setProperty("band", key);
        box->setChecked(true);
        m_bands.append(box);
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ScanControls::scheduleApply);
    }
    layout->addWidget(m_passive);
    layout->addWidget(m_pause);
    layout->addWidget(m_scanNow);
    layout->addWidget(m_progress);
    layout->addWidget(m_note, 1);

    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(300);
    connect(&m_applyTimer, &QTimer::timeout, this, &ScanControls::apply);
    connect(m_interface, &QComboBox::currentIndexChanged, this, [this] {
        apply();
        updateScanState();
    });
    connect(m_live, &QCheckBox::toggled, this, &ScanControls::scheduleApply);
    connect(m_live, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    connect(m_interval, &QSpinBox::valueChanged, this, &ScanControls::scheduleApply);
    connect(m_passive, &QCheckBox::toggled, this, &ScanControls::scheduleApply);
    connect(m_pause, &QToolButton::toggled, this, &ScanControls::apply);
    connect(m_scanNow, &QToolButton::clicked, this, &ScanControls::scanNow);
    ClientState *state = client->state();
    connect(state, &ClientState::interfaceAdded, this, &ScanControls::updateInterfaces);
    connect(state, &ClientState::interfaceChanged, this, &ScanControls::updateInterfaces);
    connect(state, &ClientState::interfaceRemoved, this, &ScanControls::updateInterfaces);
    connect(state->scans(), &ScanState::scanStateChanged, this, &ScanControls::updateScanState);
    // A new session has no live scan: ask again.
    connect(client, &HelperClient::synchronized, this, &ScanControls::apply);
    updateInterfaces();
}

QString ScanControls::interfaceName() const
{
    return m_interface->currentData().toString();
}

bool ScanControls::isLive() const
{
    return m_live->isChecked();
}

bool ScanControls::isPaused() const
{
    return m_pause->isChecked();
}

void ScanControls::updateInterfaces()
{
    QStringList names;
    for (const Client::Interface &interface : m_client->state()->interfaces()) {
        // Scanning needs a network device in a mode that scans.
        if (!interface.name.isEmpty() &&
            (interface.type == QLatin1String("station") || interface.type == QLatin1String("p2p-client"))) {
            names.append(interface.name);
        }
    }
    names.sort();
    QStringList shown;
    for (int i = 0; i < m_interface->count(); ++i) {
        shown.append(m_interface->itemData(i).toString());
    }
    if (names == shown) {
        return;
    }
    const QString current = interfaceName();
    QSignalBlocker blocker(m_interface);
    m_interface->clear();
    for (const QString &name : std::as_const(names)) {
        m_interface->addItem(name, name);
    }
    m_interface->setCurrentIndex(std::max<int>(0, int(names.indexOf(current))));
    m_interface->setEnabled(!names.isEmpty());
    blocker.unblock();
    if (interfaceName() != current) {
        apply();
    }
    updateScanState();
}

void ScanControls::scheduleApply()
{
    m_applyTimer.start();
}

void ScanControls::apply()
{
    m_applyTimer.stop();
    const QString interface = interfaceName();
    // Without a session there is nobody to tell; a new session asks again (synchronized).
    if (interface.isEmpty() || m_client->connection() != HelperClient::Connection::Connected) {
        return;
    }
    ActionHandler::LiveScan settings;
    settings.mode = isPaused() ? QStringLiteral("off")
                    : isLive() ? QStringLiteral("live")
                               : QStringLiteral("passive");
    settings.intervalSeconds = m_interval->value();
    settings.passive = m_passive->isChecked();
    for (QCheckBox *box : std::as_const(m_bands)) {
        if (box->isChecked()) {
            settings.bands.append(box->property("band").toString());
        }
    }
    m_lastRequest =
        QStringLiteral("%1 %2 %3s %4%5")
            .arg(interface, settings.mode)
            .arg(settings.intervalSeconds)
            .arg(settings.bands.join(u','), settings.passive ? QStringLiteral(" passive") : QString());
    m_actions->setLiveScan(interface, settings, this, [this](const Client::OperationResult &result) {
        showError(result.ok ? QString() : result.error);
    });
}

void ScanControls::scanNow()
{
    const QString interface = interfaceName();
    if (!interface.isEmpty()) {
        m_actions->triggerScan(interface, this, [this](const Client::OperationResult &result) {
            showError(result.ok ? QString() : result.error);
        });
    }
}

void ScanControls::showError(const QString &message)
{
    m_error = message;
    updateScanState();
}

void ScanControls::updateScanState()
{
    const ScanState *scans = m_client->state()->scans();
    const QString interface = interfaceName();
    m_progress->setVisible(scans->isScanning(interface));
    QString note;
    if (!m_error.isEmpty()) {
        note = m_error;
    } else if (m_interface->count() == 0) {
        note = tr("No interface can scan: scanning needs a station interface.");
    } else if (scans->lastScanForeign(interface)) {
        note = tr("Showing the results of another program's scan.");
    } else if (isPaused()) {
        note = tr("Paused.");
    }
    m_note->setText(note);
}

} // namespace Airpane
