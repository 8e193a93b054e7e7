// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Airpane {

// The events the user asked for: one radio, one interface, one kind, and text anywhere in a row.
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterModel(QObject *parent = nullptr);

    void setRadio(std::optional<uint> radio);
    void setInterface(const QString &interface);
    void setKind(const QString &kind);
    void setText(const QString &text);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<uint> m_radio;
    QString m_interface;
    QString m_kind;
    QString m_text;
};

} // namespace Airpane
