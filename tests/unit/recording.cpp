// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording.h"

#include <QFile>

using namespace Airpane;

QString Recording::path(const QString &scenario, const QString &name)
{
    return QStringLiteral(AIRPANE_TEST_DATA_DIR "/nl80211/%1/%2.nl").arg(scenario, name);
}

Recording::Recording(const QString &scenario, const QString &name)
{
    QFile file(path(scenario, name));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot open %1").arg(file.fileName());
        return;
    }
    m_data = file.readAll();
    m_messages = Netlink::splitMessages(Netlink::bytesOf(m_data), &m_error);
}

QList<Netlink::GenericMessage> Recording::genericMessages() const
{
    QList<Netlink::GenericMessage> result;
    for (const Netlink::Message &message : m_messages) {
        if (const auto generic = Netlink::genericMessage(message)) {
            result.append(*generic);
        }
    }
    return result;
}
