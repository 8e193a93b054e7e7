// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/p2pdiagnosis.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Airpane {

// A diagnosis as a list: each finding with its status icon, a title and its explanation.
class FindingsView : public QFrame
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setDiagnosis(const QString &title, const QList<P2pDiagnosis::Finding> &findings);
    void setPlaceholder(const QString &text);
    QStringList titles() const;

private:
    void clear();

    QLabel *m_title;
    QVBoxLayout *m_list;
    QList<QWidget *> m_rows;
};

} // namespace Airpane
