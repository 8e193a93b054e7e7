// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionindicator.h"

#include "client/helperclient.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace Airpane {

ConnectionIndicator::ConnectionIndicator(HelperClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connection"));
    m_text->setObjectName(QStringLiteral("connectionText"));
    m_icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth());
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    connect(client, &HelperClient::connectionChanged, this, &ConnectionIndicator::update);
    connect(client, &HelperClient::infoChanged, this, &ConnectionIndicator::update);
    connect(client, &HelperClient::synchronized, this, &ConnectionIndicator::update);
    update();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::update()
{
    QString icon = QStringLiteral("status-idle");
    QString text;
    QString tooltip;
    switch (m_client->connection()) {
    case HelperClient::Connection::Idle:
        text = tr("Not connected to the Airpane helper");
        break;
    case HelperClient::Connection::Connecting:
        text = tr("Connecting to the Airpane helper…");
        break;
    case HelperClient::Connection::Connected:
        icon = QStringLiteral("status-good");
        if (!m_client->isSynchronized()) {
            text = tr("Connected to the Airpane helper; reading the radios…");
            break;
        }
        text = tr("Connected to the Airpane helper");
        tooltip = m_client->helperVersion().isEmpty()
                      ? QString()
                      : tr("airpane-helper %1, live").arg(m_client->helperVersion());
        break;
    case HelperClient::Connection::Reconnecting:
        icon = QStringLiteral("status-note");
        text = tr("The helper restarted; reconnecting…");
        tooltip = tr("What you see is the last state the helper reported.");
        break;
    case HelperClient::Connection::Unavailable:
        icon = QStringLiteral("status-problem");
        text = tr("Helper unavailable: %1").arg(m_client->problem());
        tooltip = tr("Airpane keeps trying to reach it.");
        break;
    }
    const int size = fontMetrics().height() * 3 / 4;
    m_icon->setPixmap(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setFixedSize(size, size);
    m_text->setText(text);
    setToolTip(tooltip);
}

} // namespace Airpane
