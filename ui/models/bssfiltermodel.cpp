// SPDX-License-Identifier: GPL-3.0-or-later
#include "bssfiltermodel.h"

#include "bssmodel.h"

namespace Airpane {

BssFilterModel::BssFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BssModel::SortRole);
    setDynamicSortFilter(true);
    setSortLocaleAware(true);
}

BssFilterModel::SecurityClass BssFilterModel::securityClass(const QString &kind)
{
    if (kind.contains(QLatin1String("enterprise"))) {
        return SecurityClass::Enterprise;
    }
    if (kind == QLatin1String("open") || kind.startsWith(QLatin1String("owe"))) {
        return SecurityClass::Open;
    }
    if (kind.startsWith(QLatin1String("wpa3")) || kind == QLatin1String("wpa2-wpa3-personal")) {
        return SecurityClass::Wpa3;
    }
    if (kind.startsWith(QLatin1String("wpa2")) || kind == QLatin1String("wpa-wpa2-personal")) {
        return SecurityClass::Wpa2;
    }
    if (kind == QLatin1String("wep") || kind == QLatin1String("wpa")) {
        return SecurityClass::Legacy;
    }
    return SecurityClass::Any;
}

void BssFilterModel::refilter()
{
    invalidateRowsFilter();
}

void BssFilterModel::setText(const QString &text)
{
    if (text != m_text) {
        m_text = text;
        refilter();
    }
}

bool BssFilterModel::setPattern(const QString &pattern)
{
    QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    const bool valid = pattern.isEmpty() || expression.isValid();
    if (!valid) {
        expression = QRegularExpression();
    }
    if (expression != m_pattern) {
        m_pattern = expression;
        refilter();
    }
    return valid;
}

void BssFilterModel::setBand(const QString &band)
{
    if (band != m_band) {
        m_band = band;
        refilter();
    }
}

void BssFilterModel::setSecurity(SecurityClass security)
{
    if (security != m_security) {
        m_security = security;
        refilter();
    }
}

void BssFilterModel::setMinimumSignal(int dbm)
{
    if (dbm != m_minimumSignal) {
        m_minimumSignal = dbm;
        refilter();
    }
}

void BssFilterModel::setHideHidden(bool hide)
{
    if (hide != m_hideHidden) {
        m_hideHidden = hide;
        refilter();
    }
}

void BssFilterModel::setGrouped(bool grouped)
{
    if (grouped != m_grouped) {
        m_grouped = grouped;
        invalidate();
    }
}

void BssFilterModel::setFrozen(bool frozen)
{
    if (frozen == m_frozen) {
        return;
    }
    m_frozen = frozen;
    setDynamicSortFilter(!frozen);
    if (!frozen) {
        // What changed while frozen: re-sort and re-filter once.
        invalidate();
    }
}

bool BssFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_pattern.pattern().isEmpty() || !m_band.isEmpty() ||
           m_security != SecurityClass::Any || m_minimumSignal > -100 || m_hideHidden;
}

bool BssFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideHidden && index.data(BssModel::HiddenRole).toBool()) {
        return false;
    }
    if (!m_band.isEmpty() && index.data(BssModel::BandRole).toString() != m_band) {
        return false;
    }
    if (m_security != SecurityClass::Any &&
        securityClass(index.data(BssModel::SecurityRole).toString()) != m_security) {
        return false;
    }
    if (m_minimumSignal > -100) {
        const QVariant signal = index.data(BssModel::SignalRole);
        if (!signal.isValid() || signal.toDouble() < m_minimumSignal) {
            return false;
        }
    }
    const QString ssid = index.data(BssModel::SsidRole).toString();
    const QString bssid = sourceModel()->index(sourceRow, BssModel::Bssid, sourceParent).data().toString();
    if (!m_pattern.pattern().isEmpty() && !m_pattern.match(ssid).hasMatch() &&
        !m_pattern.match(bssid).hasMatch()) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (const int column : {BssModel::Ssid, BssModel::Bssid, BssModel::Vendor, BssModel::Security}) {
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

bool BssFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_grouped) {
        // Groups by their strongest BSS, strongest first whichever way the column sorts; the group's
        // members stay together and follow the column among themselves.
        const QString leftGroup = left.data(BssModel::GroupRole).toString();
        const QString rightGroup = right.data(BssModel::GroupRole).toString();
        if (leftGroup != rightGroup) {
            const double leftSignal = left.data(BssModel::GroupSignalRole).toDouble();
            const double rightSignal = right.data(BssModel::GroupSignalRole).toDouble();
            const bool less = leftSignal != rightSignal ? leftSignal > rightSignal : leftGroup < rightGroup;
            return sortOrder() == Qt::AscendingOrder ? less : !less;
        }
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a != b) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Ties by BSSID, so that equal rows keep one order across updates.
    return left.data(BssModel::KeyRole).toString() < right.data(BssModel::KeyRole).toString();
}

} // namespace Airpane
