// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/pageid.h"

#include <QMainWindow>

#include <map>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Airpane {

// The application shell: navigation on the left, one page at a time on the right, connection state
// in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    PageId currentPage() const;
    void setCurrentPage(PageId page);
    QWidget *page(PageId page) const;

    // Marks the window as running on the virtual lab (simulated radios), naming its scenario.
    void setVirtualLab(const QString &scenario);
    bool isVirtualLab() const { return !m_labScenario.isEmpty(); }

    // Window geometry and the last page, from and to QSettings. Screenshots skip both so that they
    // are reproducible.
    void restoreSettings();
    void saveSettings() const;

Q_SIGNALS:
    void currentPageChanged(Airpane::PageId page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_labLabel = nullptr;
    QString m_labScenario;
    std::map<PageId, QWidget *> m_pages;
};

} // namespace Airpane
