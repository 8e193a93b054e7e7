// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoders.h"

// The structured P2P attributes, for p2pattributes.cpp. Each decodes the LENGTH bytes of an
// attribute body at AT, adds subfields to FIELD and returns its value; none reads past AT + LENGTH
// (a lying inner count or length is an error of the element).
namespace Airpane::Elements::Inspector {

Field p2pDeviceCapability(const ElementBuilder &b, int at);
Field p2pGroupCapability(const ElementBuilder &b, int at);
QString p2pChannelList(ElementBuilder &b, Field &field, int at, int length);
QString p2pNoticeOfAbsence(ElementBuilder &b, Field &field, int at, int length);
QString p2pDeviceInfo(ElementBuilder &b, Field &field, int at, int length);
QString p2pGroupInfo(ElementBuilder &b, Field &field, int at, int length);

} // namespace Airpane::Elements::Inspector
