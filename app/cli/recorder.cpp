// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder.h"

#include "core/backend.h"
#include "nl/socket.h"
#include "nl80211/requests.h"
#include "nl80211/scanrequests.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSet>

#include <linux/netlink.h>

namespace Airpane {
namespace {

// The message as it came: header, payload, padding.
QByteArray serialise(const Netlink::Message &message)
{
    nlmsghdr header = {};
    header.nlmsg_len = std::uint32_t(sizeof header + message.payload.size());
    header.nlmsg_type = message.type;
    header.nlmsg_flags = message.flags;
    header.nlmsg_seq = message.sequence;
    header.nlmsg_pid = message.port;
    QByteArray bytes(reinterpret_cast<const char *>(&header), sizeof header);
    bytes.append(reinterpret_cast<const char *>(message.payload.data()), qsizetype(message.payload.size()));
    bytes.append(qsizetype(NLMSG_ALIGN(header.nlmsg_len) - header.nlmsg_len), '\0');
    return bytes;
}

QByteArray capture(Netlink::Socket *socket, const Netlink::MessageBuilder &request, QString *error)
{
    QByteArray recording;
    QEventLoop loop;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [&](const Netlink::Message &message) { recording += serialise(message); };
    handlers.restarted = [&] { recording.clear(); };
    handlers.done = [&](const Netlink::Error &result) {
        if (result.isError()) {
            *error = result.text();
        }
        loop.quit();
    };
    socket->request(request, std::move(handlers));
    loop.exec();
    return recording;
}

} // namespace

QStringList Recorder::recordAll(const QString &folder, const QStringList &only, QString *error)
{
    auto wanted = [&](const char *kind) { return only.isEmpty() || only.contains(QLatin1String(kind)); };
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return {};
    }
    const Nl80211::Requests requests(m_backend->family().id);
    QList<std::pair<QString, Netlink::MessageBuilder>> queries;
    if (wanted("wiphy")) {
        queries.append({QStringLiteral("wiphy.nl"), requests.getWiphy()});
    }
    if (wanted("interfaces")) {
        queries.append({QStringLiteral("interfaces.nl"), requests.getInterfaces()});
    }
    if (wanted("reg")) {
        queries.append({QStringLiteral("reg.nl"), requests.getRegulatory()});
    }
    QSet<std::uint32_t> scanned;
    for (const Interface &interface : m_backend->interfaces()) {
        if (!interface.ifindex) {
            continue;
        }
        if (wanted("stations")) {
            queries.append({QStringLiteral("station-%1.nl").arg(interface.name),
                            requests.getStations(*interface.ifindex)});
        }
        if (wanted("survey")) {
            queries.append(
                {QStringLiteral("survey-%1.nl").arg(interface.name), requests.getSurvey(*interface.ifindex)});
        }
        // The BSS list is the radio's: one dump per radio.
        if (wanted("scan") && !scanned.contains(interface.radio)) {
            scanned.insert(interface.radio);
            const auto radio = m_backend->radio(interface.radio);
            queries.append({QStringLiteral("scan-%1.nl").arg(radio ? radio->name : interface.name),
                            Nl80211::getScan(m_backend->family().id, {interface.ifindex, std::nullopt})});
        }
    }
    QStringList written;
    for (const auto &[name, request] : queries) {
        QString problem;
        const QByteArray recording = capture(m_backend->commandSocket(), request, &problem);
        if (!problem.isEmpty()) {
            continue; // an interface that cannot answer (a monitor without survey): skip it
        }
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(recording) != recording.size()) {
            *error = QStringLiteral("cannot write %1").arg(file.fileName());
            return written;
        }
        written.append(file.fileName());
    }
    return written;
}

} // namespace Airpane
