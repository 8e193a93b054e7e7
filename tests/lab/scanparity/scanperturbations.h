// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// One change to airpane-cli's scan dump JSON, and a part of the mismatch the comparison must then
// report: proof that the scan comparisons can fail.
namespace Airpane::Lab {

struct ScanPerturbation
{
    const char *name;
    // "bss/KEY": a key of the BSS object. "ELEMENT/FIELD/...": a decoded field's value (the first
    // element with that key, fields by key). "ELEMENT@KEY": a key of the element object.
    // "-ELEMENT" removes the element, "-ELEMENT/FIELD/..." the field; "+ELEMENT" repeats it.
    const char *path;
    const char *value; // JSON, for the forms that set a value
    const char *field; // a part of the expected mismatch
};

const QList<ScanPerturbation> &scanPerturbations();

// The element key a perturbation needs ("" for the BSS itself).
QString perturbedElement(const ScanPerturbation &change);

// BSS with CHANGE made; false when BSS has nothing to change (no such element or field).
bool perturb(QJsonObject &bss, const ScanPerturbation &change);

} // namespace Airpane::Lab
