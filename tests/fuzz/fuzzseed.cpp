// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzseed.h"

#include "nl/message.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace Airpane::Fuzz {

QList<Recorded> recordedMessages(const QString &dataDir)
{
    QList<Recorded> result;
    const QDir root(dataDir + QStringLiteral("/nl80211"));
    for (const QString &scenario : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(scenario));
        for (const QString &name : dir.entryList({QStringLiteral("*.nl")})) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray data = file.readAll();
            QString error;
            for (const Netlink::Message &message : Netlink::splitMessages(Netlink::bytesOf(data), &error)) {
                if (const auto generic = Netlink::genericMessage(message)) {
                    result.append({name.chopped(3),
                                   QByteArray(reinterpret_cast<const char *>(generic->attributes.data()),
                                              qsizetype(generic->attributes.size()))});
                }
            }
        }
    }
    return result;
}

void seedCorpus(int argc, char **argv, QList<QByteArray> (*seeds)(const QString &dataDir))
{
    QString dataDir;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument.startsWith("-airpane_seed=")) {
            dataDir = QString::fromLocal8Bit(argument.mid(14));
        }
    }
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[argc - 1]) : QString();
    if (dataDir.isEmpty() || corpus.startsWith(QLatin1Char('-')) || !QDir(corpus).isEmpty()) {
        return;
    }
    for (const QByteArray &seed : seeds(dataDir)) {
        QFile file(QDir(corpus).filePath(
            QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex())));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(seed);
        }
    }
}

} // namespace Airpane::Fuzz
