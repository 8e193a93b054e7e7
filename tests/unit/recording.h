// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nl/message.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A file of recorded netlink messages (tests/data/nl80211/SCENARIO/NAME.nl), kept in memory with
// its messages viewed in place.
class Recording
{
public:
    Recording(const QString &scenario, const QString &name);

    bool isValid() const { return m_error.isEmpty() && !m_data.isEmpty(); }
    const QString &error() const { return m_error; }
    const QByteArray &data() const { return m_data; }
    const QList<Airpane::Netlink::Message> &messages() const { return m_messages; }
    QList<Airpane::Netlink::GenericMessage> genericMessages() const;

    static QString path(const QString &scenario, const QString &name);

private:
    QByteArray m_data;
    QList<Airpane::Netlink::Message> m_messages;
    QString m_error;
};
