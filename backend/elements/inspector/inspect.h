// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elements/elementview.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The inspector's decoding of 802.11 elements: every field of every element Airpane knows, for
// people (label, value, a one-sentence explanation) and for a hex view (the bytes it came from).
// It allocates freely; the BSS table's hot path uses summarize() instead.
namespace Airpane::Elements {

struct Field
{
    QString key;         // stable machine name, camelCase: "primaryChannel"
    QString label;       // for people, translated
    QString value;       // for people: "6", "80 MHz", "yes"
    QString explanation; // one sentence, translated
    int offset = 0;      // of the bytes it was decoded from, relative to the data given to inspect()
    int length = 0;
    QList<Field> children;
};

struct DecodedElement
{
    int id = 0;
    int extId = -1; // the Element ID Extension when id is 255
    QString key;    // stable machine name, kebab-case: "ht-operation"
    QString name;   // for people, translated
    int offset = 0; // of the element's header, relative to the data given to inspect()
    int length = 0; // of the whole element, header included
    QByteArray raw; // the whole element as on the wire (ID, length, body)
    QString error;  // empty, or what is wrong with it (truncated, too long, a lying inner length)
    QList<Field> fields;
};

// Decodes the elements of DATA (a beacon or probe response body from the first element on). Never
// reads outside DATA; a malformed element gets an error and decoding goes on with the next.
QList<DecodedElement> inspect(Bytes data);

} // namespace Airpane::Elements
