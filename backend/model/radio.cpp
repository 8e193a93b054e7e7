// SPDX-License-Identifier: GPL-3.0-or-later
#include "radio.h"

namespace Airpane {

bool Radio::hasExtendedFeature(unsigned feature) const
{
    const qsizetype byte = qsizetype(feature / 8);
    return byte < extendedFeatures.size() && (std::uint8_t(extendedFeatures[byte]) >> (feature % 8)) & 1;
}

const Band *Radio::band(BandId id) const
{
    for (const Band &band : bands) {
        if (band.id == id) {
            return &band;
        }
    }
    return nullptr;
}

} // namespace Airpane
