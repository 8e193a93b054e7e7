// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeoutput.h"

#include "contract.h"

#include <QDBusConnection>
#include <QDBusReply>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

namespace Airpane::Probe {

void print(QJsonObject object)
{
    static QElapsedTimer clock;
    if (!clock.isValid()) {
        clock.start();
    }
    object.insert(QStringLiteral("t"), clock.elapsed()); // ms since the probe started
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonArray toJson(const QVariantMapList &list)
{
    QJsonArray array;
    for (const QVariantMap &map : list) {
        array.append(Contract::jsonFromVariant(map));
    }
    return array;
}

QJsonObject outcome(const QString &what, const QDBusError &error)
{
    return {{QStringLiteral("call"), what},
            {QStringLiteral("error"), error.isValid() ? error.name() : QString()},
            {QStringLiteral("message"), error.message()}};
}

OrgAirpaneHelper1Interface helper()
{
    return OrgAirpaneHelper1Interface(Contract::service, Contract::helperPath, QDBusConnection::systemBus());
}

QString openSession()
{
    auto service = helper();
    QDBusReply<QDBusObjectPath> reply = service.OpenSession();
    if (!reply.isValid()) {
        print(outcome(QStringLiteral("OpenSession"), reply.error()));
        return {};
    }
    return reply.value().path();
}

int printList(const QString &what, const QDBusPendingReply<QVariantMapList> &pending)
{
    QDBusPendingReply<QVariantMapList> reply = pending;
    reply.waitForFinished();
    if (reply.isError()) {
        print(outcome(what, reply.error()));
        return 1;
    }
    print({{QStringLiteral("call"), what}, {QStringLiteral("result"), toJson(reply.value())}});
    return 0;
}

} // namespace Airpane::Probe
