// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfiltermodel.h"

#include "eventmodel.h"

namespace Airpane {

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventModel::SortRole);
}

void EventFilterModel::setRadio(std::optional<uint> radio)
{
    if (radio != m_radio) {
        m_radio = radio;
        invalidateRowsFilter();
    }
}

void EventFilterModel::setInterface(const QString &interface)
{
    if (interface != m_interface) {
        m_interface = interface;
        invalidateRowsFilter();
    }
}

void EventFilterModel::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        invalidateRowsFilter();
    }
}

void EventFilterModel::setText(const QString &text)
{
    if (text != m_text) {
        m_text = text;
        invalidateRowsFilter();
    }
}

bool EventFilterModel::isFiltering() const
{
    return m_radio || !m_interface.isEmpty() || !m_kind.isEmpty() || !m_text.isEmpty();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_radio && index.data(EventModel::RadioRole).toLongLong() != qint64(*m_radio)) {
        return false;
    }
    if (!m_interface.isEmpty() && index.data(EventModel::InterfaceRole).toString() != m_interface) {
        return false;
    }
    if (!m_kind.isEmpty() && index.data(EventModel::KindRole).toString() != m_kind) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace Airpane
