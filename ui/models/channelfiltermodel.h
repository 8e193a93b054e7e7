// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Airpane {

// Channels sorted by any column; disabled channels hidden unless asked for.
class ChannelFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChannelFilterModel(QObject *parent = nullptr);

    bool showsDisabled() const { return m_showDisabled; }
    void setShowDisabled(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showDisabled = false;
};

} // namespace Airpane
