// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <span>

namespace Airpane::Fuzz {

// The generic netlink attribute streams of every message recorded under DATA/nl80211, each with
// the name of its file ("scan-phy0", "wiphy", ...).
struct Recorded
{
    QString file;
    QByteArray attributes;
};
QList<Recorded> recordedMessages(const QString &dataDir);

inline std::span<const std::uint8_t> bytes(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

// libFuzzer's start: when the corpus folder (the last argument) is empty and -airpane_seed=DIR is
// given, fills it with SEEDS(DIR).
void seedCorpus(int argc, char **argv, QList<QByteArray> (*seeds)(const QString &dataDir));

} // namespace Airpane::Fuzz
