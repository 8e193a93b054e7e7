// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>

namespace Airpane::Test {

// Structural and data signals of one model, counted.
struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , columnsInserted(model, &QAbstractItemModel::columnsInserted)
        , columnsRemoved(model, &QAbstractItemModel::columnsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
    {}
    void clear()
    {
        for (QSignalSpy *spy :
             {&inserted, &removed, &moved, &columnsInserted, &columnsRemoved, &reset, &layout, &changed}) {
            spy->clear();
        }
    }
    int structural() const
    {
        return int(inserted.size() + removed.size() + moved.size() + columnsInserted.size() +
                   columnsRemoved.size() + reset.size() + layout.size());
    }
    QSignalSpy inserted, removed, moved, columnsInserted, columnsRemoved, reset, layout, changed;
};

} // namespace Airpane::Test
