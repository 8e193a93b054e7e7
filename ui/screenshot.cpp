// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "client/helperclient.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "pages/pageid.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>

namespace Airpane {

QString saveScreenshot(QWidget *widget, const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!QDir().mkpath(info.absolutePath())) {
        return QCoreApplication::translate("Airpane", "Cannot create the folder %1.")
            .arg(info.absolutePath());
    }
    const QImage image = widget->grab().toImage();
    QImageWriter writer(fileName, "png");
    if (!writer.write(image)) {
        return QCoreApplication::translate("Airpane", "Cannot write %1: %2.")
            .arg(fileName, writer.errorString());
    }
    return {};
}

namespace {

QString stateWords(const HelperClient *client)
{
    if (client->isSynchronized()) {
        return QStringLiteral("loaded");
    }
    switch (client->connection()) {
    case HelperClient::Connection::Unavailable:
        return QStringLiteral("not loaded: %1").arg(client->problem());
    case HelperClient::Connection::Idle:
        return QStringLiteral("not loaded: no helper asked");
    default:
        return QStringLiteral("not loaded: still connecting to the helper");
    }
}

} // namespace

void screenshotWhenSettled(MainWindow *window, const QString &fileName)
{
    HelperClient *client = window->client();
    auto grab = [window, client, fileName] {
        const QString error = saveScreenshot(window, fileName);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "airpane: %s\n", qPrintable(error));
            QApplication::exit(1);
            return;
        }
        const auto *page = qobject_cast<const Page *>(window->page(window->currentPage()));
        const QString line = QStringLiteral("screenshot %1: page %2, state %3, %4 radios, %5 interfaces, %6 "
                                            "networks; %7")
                                 .arg(fileName, pageKey(window->currentPage()), stateWords(client))
                                 .arg(client->state()->radios().size())
                                 .arg(client->state()->interfaces().size())
                                 .arg(client->state()->scans()->bsses().size())
                                 .arg(page ? page->summary() : QString());
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
        QApplication::exit(0);
    };
    // Once settled: the visible page's gathered redraw done, then one layout and paint pass.
    auto whenDrawn = [window, grab] {
        auto *poll = new QTimer(window);
        poll->setInterval(50);
        auto polls = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, window, [window, poll, polls, grab] {
            const auto *page = qobject_cast<const Page *>(window->page(window->currentPage()));
            // 5 s: a page whose timer never stops (a paused chart does not) must not hold it forever.
            if ((page && page->hasPendingRefresh()) && ++*polls < 100) {
                return;
            }
            poll->stop();
            poll->deleteLater();
            QTimer::singleShot(100, window, grab);
        });
        poll->start();
    };
    auto settled = std::make_shared<bool>(false);
    auto once = [whenDrawn, settled] {
        if (!std::exchange(*settled, true)) {
            whenDrawn();
        }
    };
    QObject::connect(client, &HelperClient::synchronized, window, once);
    QObject::connect(client, &HelperClient::connectionChanged, window,
                     [once](HelperClient::Connection connection) {
                         if (connection == HelperClient::Connection::Unavailable) {
                             once();
                         }
                     });
    QTimer::singleShot(15000, window, once);
}

} // namespace Airpane
