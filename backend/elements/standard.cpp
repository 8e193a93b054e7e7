// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard.h"

#include <QCoreApplication>

namespace Airpane::Elements {

Standard classifyStandard(BandId band, const ElementSummary &s)
{
    if (s.hasEhtCapabilities || s.hasEhtOperation) {
        return Standard::Be;
    }
    if (s.hasHeCapabilities || s.hasHeOperation) {
        return Standard::Ax;
    }
    if (s.hasVhtCapabilities || s.hasVhtOperation) {
        return Standard::Ac;
    }
    if (s.hasHtCapabilities || s.hasHtOperation) {
        return Standard::N;
    }
    if (band != BandId::Band2GHz) {
        return Standard::A;
    }
    return s.hasOfdmRates ? Standard::G : Standard::B;
}

QString standardKey(Standard standard)
{
    static const char *keys[] = {"b", "g", "a", "n", "ac", "ax", "be"};
    return QString::fromLatin1(keys[int(standard)]);
}

QString standardDisplayName(Standard standard)
{
    static const char *names[] = {
        QT_TRANSLATE_NOOP("Airpane", "802.11b"),
        QT_TRANSLATE_NOOP("Airpane", "802.11g"),
        QT_TRANSLATE_NOOP("Airpane", "802.11a"),
        QT_TRANSLATE_NOOP("Airpane", "802.11n (Wi-Fi 4)"),
        QT_TRANSLATE_NOOP("Airpane", "802.11ac (Wi-Fi 5)"),
        QT_TRANSLATE_NOOP("Airpane", "802.11ax (Wi-Fi 6)"),
        QT_TRANSLATE_NOOP("Airpane", "802.11be (Wi-Fi 7)"),
    };
    return QCoreApplication::translate("Airpane", names[int(standard)]);
}

} // namespace Airpane::Elements
