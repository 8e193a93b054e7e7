// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "pages/capabilitiespage.h"
#include "pages/channelspage.h"
#include "pages/eventspage.h"
#include "pages/radiospage.h"
#include "pages/scanpage.h"
#include "pages/signalpage.h"
#include "pages/stationspage.h"
#include "pages/wifidirectpage.h"
#include "stats/signalhistory.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/authorizationmarker.h"
#include "widgets/connectionindicator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace Airpane {
namespace {

struct PageText
{
    QString title;
    QString description;
};

PageText pageText(PageId page)
{
    switch (page) {
    case PageId::Radios:
        return {MainWindow::tr("Radios"),
                MainWindow::tr("The machine's Wi-Fi radios and the interfaces each one runs: stations, "
                               "access points, monitors and P2P devices.")};
    case PageId::Scan:
        return {MainWindow::tr("Scan"), MainWindow::tr("Every network in range, live, with everything each "
                                                       "one advertises decoded.")};
    case PageId::Channels:
        return {MainWindow::tr("Channels"),
                MainWindow::tr("Each network drawn over its real channel width, occupancy, and a channel "
                               "recommendation that explains itself.")};
    case PageId::Signal:
        return {MainWindow::tr("Signal"),
                MainWindow::tr("Signal strength over time for the networks you select, and a waterfall "
                               "of channel occupancy.")};
    case PageId::Stations:
        return {MainWindow::tr("Link and clients"),
                MainWindow::tr("Your connection live, many times a second, and who is connected to the "
                               "access points on this machine; without scanning.")};
    case PageId::WifiDirect:
        return {MainWindow::tr("Wi-Fi Direct"),
                MainWindow::tr("Phones, TVs, printers and displays around you that speak Wi-Fi Direct, "
                               "and why P2P is unavailable when it is.")};
    case PageId::Capabilities:
        return {MainWindow::tr("Capabilities"),
                MainWindow::tr("What each radio can do: bands and channels, HT/VHT/HE/EHT, ciphers, and "
                               "which interfaces it can run at once.")};
    case PageId::Events:
        return {MainWindow::tr("Events"),
                MainWindow::tr("A live log of what the kernel's Wi-Fi stack reports.")};
    }
    Q_UNREACHABLE_RETURN({});
}

} // namespace

MainWindow::MainWindow(HelperClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_actions(new ActionHandler(client, this))
    , m_history(new SignalHistory(client->state()->scans(), this))
    , m_marker(new AuthorizationMarker(m_actions, this))
{
    m_history->followStations(client->state()->stations());
    // Qt appends the application's display name ("Airpane") to the title.
    setWindowIcon(QIcon(QStringLiteral(":/icons/airpane.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(std::max(190, fontMetrics().averageCharWidth() * 26));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    createPages();
    createMenus();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connection = new ConnectionIndicator(client, this);
    statusBar()->addPermanentWidget(m_connection);
    connect(client, &HelperClient::infoChanged, this, [this] {
        if (m_client->isLab() && !m_lab) {
            setVirtualLab(true, m_labScenario);
        }
    });
    // Which actions will ask for a password is polkit's answer, worth asking once the helper is there.
    connect(client, &HelperClient::connectionChanged, this, [this](HelperClient::Connection connection) {
        if (connection == HelperClient::Connection::Connected) {
            m_actions->checkAuthorizations();
        }
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(allPages.size())) {
            return;
        }
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPageChanged(allPages[row]);
    });
    setCurrentPage(PageId::Radios);
    resize(1280, 800);
}

void MainWindow::createPages()
{
    for (const PageId id : allPages) {
        const PageText text = pageText(id);
        const QIcon icon = tintedIcon(pageKey(id));
        auto *item = new QListWidgetItem(icon, text.title, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
        item->setToolTip(text.description);
        QWidget *widget = nullptr;
        switch (id) {
        case PageId::Radios:
            widget = new RadiosPage(m_client, m_actions, m_marker, m_stack);
            break;
        case PageId::WifiDirect:
            widget = new WifiDirectPage(m_client, m_actions, m_marker, m_stack);
            break;
        case PageId::Capabilities:
            widget = new CapabilitiesPage(m_client, m_stack);
            break;
        case PageId::Events:
            widget = new EventsPage(m_client, m_actions, m_stack);
            break;
        case PageId::Scan:
            widget = new ScanPage(m_client, m_actions, m_stack);
            break;
        case PageId::Channels:
            widget = new ChannelsPage(m_client, m_stack);
            break;
        case PageId::Signal:
            widget = new SignalPage(m_client, m_history, m_stack);
            break;
        case PageId::Stations:
            widget = new StationsPage(m_client, m_history, m_stack);
            break;
        }
        widget->setObjectName(pageKey(id));
        m_stack->addWidget(widget);
        m_pages.emplace(id, widget);
    }
    // One BSS selected on both pages: picked in the table, highlighted on the graph, and back.
    auto *scan = qobject_cast<ScanPage *>(m_pages.at(PageId::Scan));
    auto *channels = qobject_cast<ChannelsPage *>(m_pages.at(PageId::Channels));
    connect(scan, &ScanPage::bssSelected, channels, &ChannelsPage::setSelected);
    connect(channels, &ChannelsPage::bssSelected, scan, &ScanPage::selectBss);
    // A network picked in the table is followed on the Signal page too.
    auto *signal = qobject_cast<SignalPage *>(m_pages.at(PageId::Signal));
    connect(scan, &ScanPage::bssSelected, signal, &SignalPage::selectBss);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tintedIcon(QStringLiteral("search")), tr("&Find…"), this,
                                        &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const PageId id : allPages) {
        QAction *action = viewMenu->addAction(tintedIcon(pageKey(id)), pageText(id).title, this,
                                              [this, id] { setCurrentPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }
    viewMenu->addSeparator();
    QAction *refresh = viewMenu->addAction(tintedIcon(QStringLiteral("refresh")), tr("&Refresh"), m_actions,
                                           &ActionHandler::refresh);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Airpane"), this, [this] {
        QMessageBox::about(this, tr("About Airpane"),
                           tr("<h3>Airpane %1</h3><p>A workbench for Wi-Fi radios, virtual interfaces and "
                              "Wi-Fi Direct.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setVirtualLab(bool lab, const QString &scenario)
{
    m_lab = lab;
    m_labScenario = scenario;
    setWindowTitle(lab ? tr("Virtual lab") : QString());
    if (!lab) {
        delete m_labLabel;
        m_labLabel = nullptr;
        return;
    }
    if (!m_labLabel) {
        m_labLabel = new QLabel(this);
        m_labLabel->setObjectName(QStringLiteral("virtualLab"));
        QFont font = m_labLabel->font();
        font.setBold(true);
        m_labLabel->setFont(font);
        m_labLabel->setContentsMargins(0, 0, fontMetrics().averageCharWidth() * 2, 0);
        m_labLabel->setToolTip(tr("The radios, access points and Wi-Fi Direct peers are simulated: "
                                  "mac80211_hwsim in a virtual machine running Debian's kernel."));
        statusBar()->insertPermanentWidget(0, m_labLabel);
    }
    m_labLabel->setText(scenario.isEmpty() ? tr("Virtual lab")
                                           : tr("Virtual lab · scenario “%1”").arg(scenario));
}

void MainWindow::focusSearch()
{
    if (auto *current = qobject_cast<Page *>(m_stack->currentWidget())) {
        current->focusSearch();
    }
}

PageId MainWindow::currentPage() const
{
    return allPages[std::size_t(std::max(0, m_stack->currentIndex()))];
}

void MainWindow::setCurrentPage(PageId page)
{
    const auto index = std::find(allPages.begin(), allPages.end(), page) - allPages.begin();
    m_navigation->setCurrentRow(int(index));
}

QWidget *MainWindow::page(PageId page) const
{
    return m_pages.at(page);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    if (const auto page = pageFromKey(settings.value(QStringLiteral("MainWindow/page")).toString())) {
        setCurrentPage(*page);
    }
    for (const auto &[id, widget] : m_pages) {
        if (auto *page = qobject_cast<Page *>(widget)) {
            settings.beginGroup(QStringLiteral("Pages/") + pageKey(id));
            page->restoreState(settings);
            settings.endGroup();
        }
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/page"), pageKey(currentPage()));
    for (const auto &[id, widget] : m_pages) {
        if (const auto *page = qobject_cast<const Page *>(widget)) {
            settings.beginGroup(QStringLiteral("Pages/") + pageKey(id));
            page->saveState(settings);
            settings.endGroup();
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace Airpane
