// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorflag.h"

#include <array>

namespace Airpane {
namespace {

struct FlagName
{
    MonitorFlag flag;
    const char *key;
};

constexpr std::array<FlagName, 6> names = {{
    {MonitorFlag::FcsFail, "fcsfail"},
    {MonitorFlag::PlcpFail, "plcpfail"},
    {MonitorFlag::Control, "control"},
    {MonitorFlag::OtherBss, "otherbss"},
    {MonitorFlag::Cook, "cook"},
    {MonitorFlag::Active, "active"},
}};

} // namespace

QString monitorFlagKey(MonitorFlag flag)
{
    for (const FlagName &name : names) {
        if (name.flag == flag) {
            return QString::fromLatin1(name.key);
        }
    }
    return QString::number(int(flag));
}

std::optional<MonitorFlag> monitorFlagFromKey(const QString &key)
{
    for (const FlagName &name : names) {
        if (key == QLatin1String(name.key)) {
            return name.flag;
        }
    }
    return std::nullopt;
}

QList<MonitorFlag> allMonitorFlags()
{
    QList<MonitorFlag> result;
    for (const FlagName &name : names) {
        result.append(name.flag);
    }
    return result;
}

} // namespace Airpane
