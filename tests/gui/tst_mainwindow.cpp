// SPDX-License-Identifier: GPL-3.0-or-later
// The application shell on a real X server: every page is reachable from the navigation and by its
// shortcut, and each page is saved as a screenshot artefact.
#include "client/helperclient.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Airpane;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The smoke test is about a real window system, not the offscreen stand-in.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        // Window shortcuts only fire in the active window; Xvfb has no window manager to activate it.
        m_window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_window));
    }

    void visitsEveryPage_data()
    {
        QTest::addColumn<PageId>("page");
        QTest::addColumn<int>("shortcutNumber");
        int number = 1;
        for (const PageId page : allPages) {
            QTest::newRow(qPrintable(pageKey(page))) << page << number++;
        }
    }

    void visitsEveryPage()
    {
        QFETCH(PageId, page);
        QFETCH(int, shortcutNumber);
        auto *navigation = m_window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = m_window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && stack);

        // Start elsewhere so that every row proves a change.
        m_window.setCurrentPage(page == PageId::Events ? PageId::Radios : PageId::Events);
        QSignalSpy changed(&m_window, &MainWindow::currentPageChanged);

        const auto row = int(std::find(allPages.begin(), allPages.end(), page) - allPages.begin());
        navigation->setCurrentRow(row);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).value<PageId>(), page);
        QCOMPARE(m_window.currentPage(), page);
        QCOMPARE(stack->currentWidget()->objectName(), pageKey(page));
        QVERIFY(stack->currentWidget()->isVisible());

        m_window.setCurrentPage(page == PageId::Events ? PageId::Radios : PageId::Events);
        changed.clear();
        QTest::keyClick(&m_window, Qt::Key(Qt::Key_0 + shortcutNumber), Qt::ControlModifier);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_window.currentPage(), page);
        QCOMPARE(m_window.page(page), stack->currentWidget());

        QTest::qWait(50);
        const QString file = QStringLiteral(AIRPANE_ARTIFACTS_DIR "/mainwindow-%1.png").arg(pageKey(page));
        QCOMPARE(saveScreenshot(&m_window, file), QString());
        const QImage image(file);
        QCOMPARE(image.size(), m_window.size() * m_window.devicePixelRatio());
    }

    void navigationListsEveryPageOnce()
    {
        auto *navigation = m_window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), int(allPages.size()));
        QSet<QString> titles;
        for (int i = 0; i < navigation->count(); ++i) {
            QVERIFY(!navigation->item(i)->icon().isNull());
            titles.insert(navigation->item(i)->text());
        }
        QCOMPARE(titles.size(), int(allPages.size()));
    }

    void marksTheVirtualLab()
    {
        QVERIFY(!m_window.isVirtualLab());
        QVERIFY(!m_window.windowTitle().contains(QStringLiteral("Virtual lab")));
        QVERIFY(!m_window.findChild<QLabel *>(QStringLiteral("virtualLab")));

        m_window.setVirtualLab(true, QStringLiteral("demo"));
        QVERIFY(m_window.isVirtualLab());
        QVERIFY(m_window.windowTitle().contains(QStringLiteral("Virtual lab")));
        auto *label = m_window.findChild<QLabel *>(QStringLiteral("virtualLab"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("Virtual lab")));
        QVERIFY(label->text().contains(QStringLiteral("demo")));
        QCOMPARE(
            saveScreenshot(&m_window, QStringLiteral(AIRPANE_ARTIFACTS_DIR "/mainwindow-virtual-lab.png")),
            QString());

        m_window.setVirtualLab(false);
        QVERIFY(!m_window.isVirtualLab());
        QVERIFY(!m_window.windowTitle().contains(QStringLiteral("Virtual lab")));
        QVERIFY(!m_window.findChild<QLabel *>(QStringLiteral("virtualLab")));
    }

private:
    // Never started: the shell on its own, without the helper.
    HelperClient m_client;
    MainWindow m_window{&m_client};
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
