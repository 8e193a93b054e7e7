// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSettings;

namespace Airpane {

// A page of the main window. Pages keep their view state (columns, splitters, choices) in the
// settings group they are given.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void saveState(QSettings &settings) const;
    virtual void restoreState(QSettings &settings);
    // Moves the focus to the page's search or filter field, if it has one.
    virtual void focusSearch() {}
    // A redraw is scheduled (pages gather bursts of changes): what is shown is not yet current.
    virtual bool hasPendingRefresh() const { return false; }
    // What the page shows, in one line: its header's summary (for `airpane --screenshot`'s report).
    virtual QString summary() const;
};

} // namespace Airpane
