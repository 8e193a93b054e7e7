// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Airpane {

class HelperClient;

// The status bar's word on the link to the helper: connected, reconnecting, or why it is
// unavailable.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(HelperClient *client, QWidget *parent = nullptr);

    QString text() const;

private:
    void update();

    HelperClient *m_client;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Airpane
