// SPDX-License-Identifier: GPL-3.0-or-later
// The pages on a real X server, fed with what the lab recorded (tests/data/json/demo) through the
// client state, as the helper would feed them: what each shows, its filters and shortcuts, the lock
// on actions that ask for a password, the view state kept in QSettings, and light and dark palettes.
// Every page is saved as a screenshot artefact.
#include "recordedstate.h"

#include "client/actionhandler.h"
#include "client/clientstate.h"
#include "client/helperclient.h"
#include "mainwindow.h"
#include "models/capabilitytreemodel.h"
#include "models/channelmodel.h"
#include "models/combinationmatrixmodel.h"
#include "models/eventfiltermodel.h"
#include "models/eventmodel.h"
#include "models/p2pstatusmodel.h"
#include "models/radiotreemodel.h"
#include "pages/capabilitiespage.h"
#include "pages/eventspage.h"
#include "pages/page.h"
#include "pages/radiospage.h"
#include "pages/wifidirectpage.h"
#include "screenshot.h"
#include "style/tintedsvgiconengine.h"
#include "translators.h"
#include "widgets/authorizationmarker.h"
#include "widgets/channelpanel.h"
#include "widgets/combinationpanel.h"
#include "widgets/detailspanel.h"
#include "widgets/elidedlabel.h"
#include "widgets/findingsview.h"

#include "contract.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Airpane;

class TestPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // The checks read English; the English plural forms come from the translations.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(qApp);
        m_recorded = Test::load();
        QCOMPARE(m_recorded.radios.size(), 7);
        Test::feed(m_client.state(), m_recorded);
        m_client.state()->addEvents(m_recorded.events);
        m_window.resize(1280, 800);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        m_window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_window));
    }

    void radiosPageShowsTheTree()
    {
        m_window.setCurrentPage(PageId::Radios);
        auto *page = m_window.page<RadiosPage>(PageId::Radios);
        QVERIFY(page);
        QTreeView *tree = page->tree();
        QCOMPARE(tree->model()->rowCount(), 7);
        QStringList names;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex radio = tree->model()->index(row, 0);
            QVERIFY(tree->isFirstColumnSpanned(row, {}));
            QVERIFY(tree->isExpanded(radio));
            for (int child = 0; child < tree->model()->rowCount(radio); ++child) {
                names.append(tree->model()->index(child, RadioTreeModel::Name, radio).data().toString());
            }
        }
        QCOMPARE(names.size(), 11);
        QVERIFY(names.contains(QStringLiteral("wlan1-1")));
        QVERIFY(names.contains(QStringLiteral("wdev 0x400000002")));
        // The first radio is selected, its details shown.
        QCOMPARE(page->details()->title(), QStringLiteral("Radio phy0"));

        const QModelIndex office = page->model()->interfaceIndex(QStringLiteral("0x100000001"));
        QVERIFY(office.isValid());
        tree->setCurrentIndex(static_cast<QAbstractProxyModel *>(tree->model())->mapFromSource(office));
        QCOMPARE(page->details()->title(), QStringLiteral("wlan1 on phy1"));
        QCOMPARE(page->details()->value(QStringLiteral("SSID")), QStringLiteral("Airpane Office"));
        QVERIFY(page->details()->value(QStringLiteral("Channel")).contains(QStringLiteral("2437 MHz")));
        save(QStringLiteral("radios"));

        // Ctrl+F goes to the filter; typing filters the tree, radios kept as the interfaces' parents.
        QTest::keyClick(&m_window, Qt::Key_F, Qt::ControlModifier);
        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filter"));
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("Lumi"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        filter->clear();
        QCOMPARE(tree->model()->rowCount(), 7);
    }

    void capabilitiesPageDecodesTheRadio()
    {
        m_window.setCurrentPage(PageId::Capabilities);
        auto *page = m_window.page<CapabilitiesPage>(PageId::Capabilities);
        QCOMPARE(page->radio(), std::optional<uint>(0));
        page->setTab(CapabilitiesPage::Tab::Channels);
        page->channels()->setBand(QStringLiteral("5GHz"));
        QCOMPARE(page->channels()->model()->band(), QStringLiteral("5GHz"));
        QVERIFY(page->channels()->model()->rowCount() >= 30);
        // Radar channels say so; the DFS state column is filled.
        bool radar = false;
        for (int row = 0; row < page->channels()->model()->rowCount(); ++row) {
            radar |= !page->channels()->model()->index(row, ChannelModel::Dfs).data().toString().isEmpty();
        }
        QVERIFY(radar);
        save(QStringLiteral("capabilities"));

        page->setTab(CapabilitiesPage::Tab::Phy);
        page->setPhyBand(QStringLiteral("5GHz"));
        QStringList titles;
        for (const CapabilitySection &section : page->phyModel()->sections()) {
            titles.append(section.title);
        }
        QVERIFY2(titles.filter(QStringLiteral("HT (Wi-Fi 4)")).size() == 1, qPrintable(titles.join(u'|')));
        QVERIFY(titles.filter(QStringLiteral("VHT (Wi-Fi 5)")).size() == 1);
        QVERIFY(titles.filter(QStringLiteral("HE (Wi-Fi 6)")).size() >= 1);
        QVERIFY(titles.filter(QStringLiteral("EHT (Wi-Fi 7)")).size() >= 1);
        save(QStringLiteral("capabilities-phy"));

        page->setTab(CapabilitiesPage::Tab::Combinations);
        QVERIFY2(page->combinations()->answer().startsWith(QStringLiteral("Yes.")),
                 qPrintable(page->combinations()->answer()));
        QVERIFY(page->combinations()->answer().contains(QStringLiteral("one channel")));
        QCOMPARE(page->combinations()->model()->columnCount(), 1);
        save(QStringLiteral("capabilities-combinations"));
        page->combinations()->ask(1, 1, 1, true, 0);

        page->setTab(CapabilitiesPage::Tab::Ciphers);
        QCOMPARE(page->cipherModel()->rowCount(page->cipherModel()->index(0, 0)), 11);
        save(QStringLiteral("capabilities-ciphers"));
        page->setTab(CapabilitiesPage::Tab::Features);
        QVERIFY(page->featureModel()->rowCount() >= 5);
        save(QStringLiteral("capabilities-features"));
        page->setTab(CapabilitiesPage::Tab::Channels);
    }

    void wifiDirectPageDiagnoses()
    {
        m_window.setCurrentPage(PageId::WifiDirect);
        auto *page = m_window.page<WifiDirectPage>(PageId::WifiDirect);
        QCOMPARE(page->model()->rowCount(), 7);
        QCOMPARE(page->selectedRadio(), std::optional<uint>(0));
        QVERIFY(page->findings()->titles().contains(QStringLiteral("Room for Wi-Fi Direct")));
        page->selectRadio(4);
        QVERIFY(page->findings()->titles().contains(QStringLiteral("Another program owns the P2P device")));
        QCOMPARE(page->model()->index(4, P2pStatusModel::Address).data().toString(),
                 QStringLiteral("42:00:00:00:04:00"));
        save(QStringLiteral("wifi-direct"));
        page->selectRadio(0);
    }

    void eventsPageFilters()
    {
        m_window.setCurrentPage(PageId::Events);
        auto *page = m_window.page<EventsPage>(PageId::Events);
        const int all = int(m_recorded.events.size());
        QCOMPARE(page->model()->rowCount(), all);
        page->setKindFilter(QStringLiteral("interface"));
        QCOMPARE(page->filter()->rowCount(), 2);
        page->setKindFilter(QString());
        page->setRadioFilter(4);
        QVERIFY(page->filter()->rowCount() > 0 && page->filter()->rowCount() < all);
        page->setRadioFilter(std::nullopt);
        page->setInterfaceFilter(QStringLiteral("mon7"));
        QCOMPARE(page->filter()->rowCount(), 2);
        page->setInterfaceFilter(QString());
        QCOMPARE(page->filter()->rowCount(), all);
        save(QStringLiteral("events"));

        // Ctrl+L clears the log, on this page.
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(page->model()->rowCount(), 0);
        m_client.state()->addEvents(m_recorded.events);
        QCOMPARE(page->model()->rowCount(), all);
    }

    void locksActionsThatAskForAPassword()
    {
        ActionHandler *actions = m_window.actionHandler();
        QSignalSpy changed(actions, &ActionHandler::authorizationsChanged);
        actions->setAuthorizationSource([](const QString &action) {
            return action == Contract::Action::monitor || action == Contract::Action::scan
                       ? ActionHandler::Authorization::Granted
                       : ActionHandler::Authorization::PasswordRequired;
        });
        QCOMPARE(changed.size(), 1);
        QAction *create = m_window.page<RadiosPage>(PageId::Radios)->newInterfaceAction();
        QAction *discover = m_window.page<WifiDirectPage>(PageId::WifiDirect)->discoverAction();
        QVERIFY(AuthorizationMarker::showsLock(create));
        QVERIFY(AuthorizationMarker::showsLock(discover));
        QVERIFY(create->toolTip().contains(QStringLiteral("password")));
        m_window.setCurrentPage(PageId::WifiDirect);
        save(QStringLiteral("wifi-direct-locked"));

        actions->setAuthorizationSource(
            [](const QString &) { return ActionHandler::Authorization::Granted; });
        QVERIFY(!AuthorizationMarker::showsLock(create));
        QVERIFY(!AuthorizationMarker::showsLock(discover));
        QVERIFY(!create->toolTip().contains(QStringLiteral("password")));
    }

    void keepsViewStateInSettings()
    {
        auto *capabilities = m_window.page<CapabilitiesPage>(PageId::Capabilities);
        capabilities->setRadio(3);
        capabilities->setTab(CapabilitiesPage::Tab::Ciphers);
        m_window.setCurrentPage(PageId::Capabilities);
        m_window.saveSettings();

        HelperClient client;
        Test::feed(client.state(), m_recorded);
        MainWindow restored(&client);
        restored.restoreSettings();
        QCOMPARE(restored.currentPage(), PageId::Capabilities);
        QCOMPARE(restored.page<CapabilitiesPage>(PageId::Capabilities)->radio(), std::optional<uint>(3));
        auto *tabs = restored.findChild<QTabWidget *>(QStringLiteral("capabilityTabs"));
        QCOMPARE(tabs->currentIndex(), int(CapabilitiesPage::Tab::Ciphers));
        capabilities->setRadio(0);
        capabilities->setTab(CapabilitiesPage::Tab::Channels);
    }

    // With the lab's state and its BSSes, no page may make the window wider than the 1280 px it
    // was given (`airpane --screenshot --page channels` in the lab came out 1327 px wide).
    void everyPageFitsTheWindow()
    {
        m_client.state()->scans()->resetBsses(Test::readBsses(QStringLiteral("hall")));
        const QSize size = m_window.size();
        for (const PageId page : allPages) {
            m_window.setCurrentPage(page);
            auto *shown = qobject_cast<Page *>(m_window.page(page));
            QVERIFY(shown);
            QTRY_VERIFY_WITH_TIMEOUT(!shown->hasPendingRefresh(), 30000); // hang guard
            QCoreApplication::processEvents();
            QVERIFY2(
                m_window.minimumSizeHint().width() <= size.width(),
                qPrintable(
                    QStringLiteral("%1: %2 px").arg(pageKey(page)).arg(m_window.minimumSizeHint().width())));
            QCOMPARE(m_window.size(), size);
        }
    }

    // A long scan error once widened the lab's capture to 1327 px: the note gives way and elides.
    void aLongScanNoteDoesNotWidenTheWindow()
    {
        m_window.setCurrentPage(PageId::Scan);
        auto *note = m_window.findChild<ElidedLabel *>(QStringLiteral("scanNote"));
        QVERIFY(note);
        const QSize size = m_window.size();
        const QString error = QStringLiteral("Scan request refused: ") + QString(400, u'x');
        note->setText(error);
        QCoreApplication::processEvents();
        QVERIFY(m_window.minimumSizeHint().width() <= size.width());
        QCOMPARE(m_window.size(), size);
        QCOMPARE(note->toolTip(), error);
        QVERIFY(note->shownText().endsWith(QChar(0x2026)));
        note->setText(QString());
    }

    // Run again with QT_SCALE_FACTOR=2 (ctest tst_pages_hidpi): everything in device pixels,
    // icons drawn for the ratio rather than scaled up.
    void scalesWithTheScreen()
    {
        const qreal ratio = m_window.devicePixelRatio();
        QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble());
        m_window.setCurrentPage(PageId::Radios);
        const QImage image = save(QStringLiteral("radios-scaled"));
        QCOMPARE(image.size(), m_window.size() * ratio);
        const QPixmap icon = tintedIcon(QStringLiteral("radio")).pixmap(QSize(22, 22), ratio);
        QCOMPARE(icon.devicePixelRatio(), ratio);
        QCOMPARE(icon.size(), QSize(22, 22) * ratio);
    }

    void followsTheDarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
        dark.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x2a, 0x2d, 0x32));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        for (const PageId page : {PageId::Radios, PageId::Capabilities, PageId::WifiDirect, PageId::Events}) {
            m_window.setCurrentPage(page);
            const QImage image = save(pageKey(page) + QStringLiteral("-dark"));
            // Dark background: the window's corner takes the palette's window colour.
            QVERIFY(qGray(image.pixel(image.width() - 4, image.height() / 2)) < 96);
        }
        QApplication::setPalette(light);
    }

private:
    QImage save(const QString &name)
    {
        QTest::qWait(50);
        const QString prefix =
            m_window.devicePixelRatio() > 1 ? QStringLiteral("pages-hidpi-") : QStringLiteral("pages-");
        const QString file = QStringLiteral(AIRPANE_ARTIFACTS_DIR "/%1%2.png").arg(prefix, name);
        const QString error = saveScreenshot(&m_window, file);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
        }
        return QImage(file);
    }

    Test::Recorded m_recorded;
    HelperClient m_client; // never started: fed by hand
    MainWindow m_window{&m_client};
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
