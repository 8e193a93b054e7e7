// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Airpane {

// A signal strength as a bar behind its text: from -95 dBm (empty, red) to -35 dBm (full, green).
// It reads the dBm from ROLE.
class SignalBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SignalBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // 0 to 1.
    static double fraction(double dbm);

private:
    int m_role;
};

} // namespace Airpane
