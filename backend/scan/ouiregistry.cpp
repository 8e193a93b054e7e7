// SPDX-License-Identifier: GPL-3.0-or-later
#include "ouiregistry.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace Airpane::Scan {

OuiRegistry &OuiRegistry::instance()
{
    static OuiRegistry registry;
    return registry;
}

bool OuiRegistry::load(const QString &fileName)
{
    m_loaded = true;
    m_entries.clear();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    // Lines like "00-50-F2   (hex)\t\tMICROSOFT CORP."
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const qsizetype hex = line.indexOf("(hex)");
        if (hex < 8) {
            continue;
        }
        bool ok = false;
        const std::uint32_t oui = QByteArray(line.left(8)).replace('-', "").toUInt(&ok, 16);
        if (ok) {
            m_entries.emplace_back(oui, QString::fromUtf8(line.mid(hex + 5).trimmed()));
        }
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return !m_entries.empty();
}

void OuiRegistry::ensureLoaded()
{
    if (!m_loaded) {
        load(QStringLiteral("/usr/share/ieee-data/oui.txt"));
    }
}

QString OuiRegistry::vendor(std::uint32_t oui)
{
    ensureLoaded();
    const auto it =
        std::lower_bound(m_entries.begin(), m_entries.end(), oui,
                         [](const auto &entry, std::uint32_t value) { return entry.first < value; });
    return it != m_entries.end() && it->first == oui ? it->second : QString();
}

QString OuiRegistry::vendor(const QString &mac)
{
    bool ok = false;
    const std::uint32_t oui = QString(mac).remove(QLatin1Char(':')).left(6).toUInt(&ok, 16);
    if (!ok) {
        return {};
    }
    if ((oui >> 16) & 0x02) {
        return QCoreApplication::translate("Airpane", "locally administered");
    }
    return vendor(oui);
}

} // namespace Airpane::Scan
