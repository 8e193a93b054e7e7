// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elements/inspector/inspect.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Helpers for the element inspector's tests: recorded scan results and paths into decoded fields.
namespace Airpane::Testing {

// One BSS of tests/data/elements/SCENARIO.txt (recorded in the lab, see the README there).
struct RecordedBss
{
    QString bssid;
    int frequency = 0;
    QByteArray elements;
    QByteArray beaconElements; // empty when the kernel had only one set
};

QList<RecordedBss> recordedBsses(const QString &scenario);
QStringList recordedScenarios();

QList<Elements::DecodedElement> inspectBytes(const QByteArray &data);

// The first element with KEY (the N-th with "KEY[N]"), or nullptr.
const Elements::DecodedElement *findElement(const QList<Elements::DecodedElement> &elements,
                                            const QString &key);
// The field at PATH below ELEMENT: keys joined by '/', each optionally "key[N]" for the N-th
// (from 0) of several with the same key. Nullptr when there is none.
const Elements::Field *findField(const Elements::DecodedElement &element, const QString &path);

// Every field and its children as "path = value" lines, for failure messages.
QString describe(const Elements::DecodedElement &element);

// What is wrong with the offsets of ELEMENT's fields (empty when nothing): each must lie within
// the element, each child within its parent.
QString offsetProblems(const Elements::DecodedElement &element);

// The fields of ELEMENT (children included) without a label or an explanation, by path.
QStringList unexplained(const Elements::DecodedElement &element);

} // namespace Airpane::Testing
