// SPDX-License-Identifier: GPL-3.0-or-later
#include "guifacts.h"

#include "client/clientstate.h"
#include "models/radiotreemodel.h"

#include <QAbstractItemModel>
#include <QJsonObject>

namespace Airpane::GuiFacts {

QJsonArray radiosAsShown(const QAbstractItemModel &tree, const ClientState &state)
{
    QJsonArray radios;
    for (int row = 0; row < tree.rowCount(); ++row) {
        const QModelIndex radio = tree.index(row, 0);
        QJsonArray interfaces;
        for (int child = 0; child < tree.rowCount(radio); ++child) {
            auto cell = [&](int column) { return tree.index(child, column, radio).data().toString(); };
            interfaces.append(QJsonObject{{QStringLiteral("name"), cell(RadioTreeModel::Name)},
                                          {QStringLiteral("type"), cell(RadioTreeModel::Type)},
                                          {QStringLiteral("ssid"), cell(RadioTreeModel::Ssid)},
                                          {QStringLiteral("channel"), cell(RadioTreeModel::Channel)}});
        }
        radios.append(QJsonObject{
            {QStringLiteral("row"), radio.data().toString()},
            {QStringLiteral("name"), state.radioName(radio.data(RadioTreeModel::RadioRole).toUInt())},
            {QStringLiteral("interfaces"), interfaces}});
    }
    return radios;
}

} // namespace Airpane::GuiFacts
