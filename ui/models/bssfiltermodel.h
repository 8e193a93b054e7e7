// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Airpane {

// The BSSes the user asked for, in the order asked for: text anywhere, a regular expression on
// SSID or BSSID, band, security, a minimum signal, hidden networks or not; optionally grouped by
// physical AP. While frozen (the pointer is over the table) updates change values but move no row;
// the order catches up when it thaws.
class BssFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Security as people choose it, not the dozen kinds the elements tell apart.
    enum class SecurityClass { Any, Open, Legacy, Wpa2, Wpa3, Enterprise };
    Q_ENUM(SecurityClass)

    explicit BssFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    // False when PATTERN is not a valid expression; it then filters nothing out.
    bool setPattern(const QString &pattern);
    void setBand(const QString &band); // empty: every band
    void setSecurity(SecurityClass security);
    void setMinimumSignal(int dbm); // -100 or below: no minimum
    void setHideHidden(bool hide);
    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    bool isFiltering() const;

    static SecurityClass securityClass(const QString &kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_text;
    QRegularExpression m_pattern;
    QString m_band;
    SecurityClass m_security = SecurityClass::Any;
    int m_minimumSignal = -100;
    bool m_hideHidden = false;
    bool m_grouped = false;
    bool m_frozen = false;
};

} // namespace Airpane
