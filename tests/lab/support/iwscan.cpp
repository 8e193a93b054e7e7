// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwscan.h"

#include "command.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

namespace Airpane::Lab {

std::optional<QString> IwBss::value(const QString &section, const QString &key) const
{
    for (const Field &field : fields) {
        if (field.section == section && field.key == key) {
            return field.value;
        }
    }
    return std::nullopt;
}

QStringList IwBss::values(const QString &section, const QString &key) const
{
    QStringList result;
    for (const Field &field : fields) {
        if (field.section == section && field.key == key) {
            result.append(field.value);
        }
    }
    return result;
}

bool IwBss::hasSection(const QString &section) const
{
    return std::any_of(fields.begin(), fields.end(), [&](const Field &f) { return f.section == section; });
}

int IwBss::frequency() const
{
    return qRound(value({}, QStringLiteral("freq")).value_or(QString()).toDouble());
}

bool IwBss::hasSsid() const
{
    return value({}, QStringLiteral("SSID")).has_value();
}

QString IwBss::ssid() const
{
    return unescapeIw(value({}, QStringLiteral("SSID")).value_or(QString()));
}

QStringList IwBss::authSuites() const
{
    return value(QStringLiteral("RSN"), QStringLiteral("Authentication suites"))
        .value_or(QString())
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString unescapeIw(const QString &text)
{
    QByteArray bytes;
    const QByteArray in = text.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 3 < in.size() && in[i + 1] == 'x') {
            bool ok = false;
            const int byte = in.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                bytes.append(char(byte));
                i += 3;
                continue;
            }
        }
        bytes.append(in[i]);
    }
    return QString::fromUtf8(bytes);
}

QList<IwBss> parseIwScan(const QByteArray &text)
{
    static const QRegularExpression bssLine(QStringLiteral("^BSS ([0-9a-f:]{17})"));
    QList<IwBss> result;
    QString section;
    auto addField = [&](const QString &sectionName, const QString &body) {
        QString line = body.trimmed();
        if (line.startsWith(QLatin1String("* "))) {
            line = line.mid(2);
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            result.last().fields.append({sectionName, line, QString()});
        } else {
            result.last().fields.append({sectionName, line.left(colon), line.mid(colon + 1).trimmed()});
        }
    };
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (const auto match = bssLine.match(line); match.hasMatch()) {
            result.append(IwBss{match.captured(1), {}});
            section.clear();
            continue;
        }
        if (result.isEmpty() || line.isEmpty()) {
            continue;
        }
        if (line.startsWith(QLatin1String("\t\t"))) {
            addField(section, line);
        } else if (line.startsWith(QLatin1Char('\t'))) {
            // "\tRSN:\t * Version: 1" opens a block and carries its first entry on the same line.
            const QString body = line.mid(1);
            const qsizetype inner = body.indexOf(QLatin1String("\t * "));
            const QString head = inner >= 0 ? body.left(inner) : body;
            const qsizetype colon = head.indexOf(QLatin1Char(':'));
            const QString key = colon >= 0 ? head.left(colon) : head;
            const QString rest = colon >= 0 ? head.mid(colon + 1) : QString();
            result.last().fields.append(
                {QString(), key, rest.startsWith(QLatin1Char(' ')) ? rest.mid(1) : rest});
            section = key;
            if (inner >= 0) {
                addField(section, body.mid(inner));
            }
        }
    }
    return result;
}

namespace {

// Whether process PID holds a generic netlink socket that has joined multicast groups: `iw event`
// listening. /proc/net/netlink gives each socket's port id (libnl's first is the PID, later ones
// PID + (n << 22)) and the first 32 of its groups.
bool joinedGroups(qint64 pid)
{
    QFile sockets(QStringLiteral("/proc/net/netlink"));
    if (!sockets.open(QIODevice::ReadOnly)) {
        return false;
    }
    constexpr int netlinkGeneric = 16;
    for (const QByteArray &line : sockets.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields[1].toInt() == netlinkGeneric &&
            (fields[2].toLongLong() & 0x3fffff) == pid && fields[3].toUInt(nullptr, 16) != 0) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<IwBss> iwScan(const QString &netdev, const QStringList &triggerArgs, QString *error)
{
    // Not static: the pattern names this call's interface.
    const QRegularExpression done(QStringLiteral("^%1 \\(phy #\\d+\\): scan (finished|aborted)")
                                      .arg(QRegularExpression::escape(netdev)),
                                  QRegularExpression::MultilineOption);
    // Ten tries: another program's scan on the same radio (EBUSY) lasts seconds under emulation.
    for (int attempt = 0; attempt < 10; ++attempt) {
        QProcess events;
        events.start(QStringLiteral("stdbuf"),
                     {QStringLiteral("-oL"), QStringLiteral("iw"), QStringLiteral("event")});
        if (!events.waitForStarted()) {
            *error = QStringLiteral("cannot start iw event");
            return {};
        }
        // A scan of one channel ends in a tenth of a second: triggered before iw has joined the
        // scan group, its end is missed and the wait below runs out (a CI run lost four minutes
        // so). Wait until iw listens; where its groups lie beyond the 32 that /proc shows, 2 s.
        QElapsedTimer joining;
        joining.start();
        while (!joinedGroups(events.processId()) && joining.elapsed() < 2000) {
            QThread::msleep(20);
        }
        QThread::msleep(50);
        const CommandResult trigger =
            runCommand(QStringLiteral("iw"), QStringList{QStringLiteral("dev"), netdev,
                                                         QStringLiteral("scan"), QStringLiteral("trigger")} +
                                                 triggerArgs);
        if (!trigger.ok()) {
            events.kill();
            events.waitForFinished();
            *error = QStringLiteral("iw scan trigger: %1").arg(QString::fromUtf8(trigger.err).trimmed());
            QThread::msleep(1000); // EBUSY: someone else's scan runs
            continue;
        }
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        QString outcome;
        while (timer.elapsed() < 60000) {
            events.waitForReadyRead(200);
            seen += events.readAll();
            if (const auto match = done.match(QString::fromUtf8(seen)); match.hasMatch()) {
                outcome = match.captured(1);
                break;
            }
        }
        events.kill();
        events.waitForFinished();
        if (outcome != QLatin1String("finished")) {
            *error = QStringLiteral("scan on %1 %2")
                         .arg(netdev, outcome.isEmpty() ? QStringLiteral("timed out") : outcome);
            continue;
        }
        const CommandResult dump =
            runCommand(QStringLiteral("iw"),
                       {QStringLiteral("dev"), netdev, QStringLiteral("scan"), QStringLiteral("dump")});
        if (!dump.ok()) {
            *error = QStringLiteral("iw scan dump: %1").arg(QString::fromUtf8(dump.err));
            return {};
        }
        error->clear();
        return parseIwScan(dump.out);
    }
    return {};
}

} // namespace Airpane::Lab
