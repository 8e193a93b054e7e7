// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelfiltermodel.h"

#include "channelmodel.h"

namespace Airpane {

ChannelFilterModel::ChannelFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChannelModel::SortRole);
}

void ChannelFilterModel::setShowDisabled(bool show)
{
    if (show != m_showDisabled) {
        m_showDisabled = show;
        invalidateRowsFilter();
    }
}

bool ChannelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_showDisabled ||
           !sourceModel()->index(sourceRow, 0, sourceParent).data(ChannelModel::DisabledRole).toBool();
}

} // namespace Airpane
