// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/pageid.h"

#include <QMainWindow>

#include <map>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Airpane {

class ActionHandler;
class SignalHistory;
class AuthorizationMarker;
class ConnectionIndicator;
class HelperClient;

// The application shell: navigation on the left, one page at a time on the right, connection state
// in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // CLIENT feeds the pages; it may be started before or after.
    explicit MainWindow(HelperClient *client, QWidget *parent = nullptr);

    PageId currentPage() const;
    void setCurrentPage(PageId page);
    QWidget *page(PageId page) const;
    template<typename T>
    T *page(PageId id) const
    {
        return qobject_cast<T *>(page(id));
    }

    HelperClient *client() const { return m_client; }
    ActionHandler *actionHandler() const { return m_actions; }

    // Marks the window as running on the virtual lab (simulated radios), naming its scenario when
    // known.
    void setVirtualLab(bool lab, const QString &scenario = QString());
    bool isVirtualLab() const { return m_lab; }

    // Window geometry, the last page and each page's view state, from and to QSettings. Screenshots
    // skip both so that they are reproducible.
    void restoreSettings();
    void saveSettings() const;

Q_SIGNALS:
    void currentPageChanged(Airpane::PageId page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void focusSearch();

    HelperClient *m_client;
    ActionHandler *m_actions;
    SignalHistory *m_history; // the pages' one store of live statistics
    AuthorizationMarker *m_marker;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_labLabel = nullptr;
    bool m_lab = false;
    QString m_labScenario;
    std::map<PageId, QWidget *> m_pages;
};

} // namespace Airpane
