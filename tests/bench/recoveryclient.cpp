// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI for bench_recovery, run inside the lab VM as the unprivileged GUI user under Xvfb: the real
// main window on the real helper, showing PAGE. Each time the whole state is back after the helper
// went away, and the visible page has drawn it, it prints the client's timeline as one JSON line:
//   {"ready": AT}                                         the first session's whole state is loaded
//   {"recovery": N, "vanished": AT, "sessionRequested": AT, "sessionOpened": AT, "subscribed": AT,
//    "firstDelta": AT, "lastDelta": AT, "synchronized": AT, "handlingMs": MS, "painted": AT,
//    "attempts": K}
// AT is CLOCK_MONOTONIC in ms (QElapsedTimer::msecsSinceReference()), the benchmark's clock too.
// It runs until its standard input closes.
//
//   recoveryclient PAGE
#include "client/helperclient.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "pages/pageid.h"
#include "translators.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Airpane;

namespace {

qint64 now()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

void print(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class RecoveryClient : public QObject
{
public:
    explicit RecoveryClient(PageId page)
        : m_window(&m_client)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        m_window.resize(1280, 800);
        m_window.setCurrentPage(page);
        m_window.show();
        connect(&m_client, &HelperClient::synchronized, this, &RecoveryClient::synchronized);
        connect(&m_stdin, &QSocketNotifier::activated, this, [this] {
            char buffer[64];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                QCoreApplication::exit(0);
            }
        });
        m_paintCheck.setInterval(5);
        connect(&m_paintCheck, &QTimer::timeout, this, &RecoveryClient::paintWhenCurrent);
        m_client.start();
    }

private:
    void synchronized()
    {
        if (!m_ready) {
            m_ready = true;
            print({{QStringLiteral("ready"), now()}});
            return;
        }
        m_paintCheck.start();
    }

    // The page gathers changes for a moment before it redraws (its timer): the state is shown when
    // that redraw has happened and the page is painted.
    void paintWhenCurrent()
    {
        auto *page = qobject_cast<Page *>(m_window.page(m_window.currentPage()));
        if (page && page->hasPendingRefresh()) {
            return;
        }
        m_paintCheck.stop();
        m_window.repaint(); // synchronous: painted when it returns
        const HelperClient::Timeline &t = m_client.timeline();
        print({{QStringLiteral("recovery"), ++m_recoveries},
               {QStringLiteral("vanished"), t.vanished},
               {QStringLiteral("sessionRequested"), t.sessionRequested},
               {QStringLiteral("sessionOpened"), t.sessionOpened},
               {QStringLiteral("subscribed"), t.subscribed},
               {QStringLiteral("firstDelta"), t.firstDelta},
               {QStringLiteral("lastDelta"), t.lastDelta},
               {QStringLiteral("synchronized"), t.synchronized},
               {QStringLiteral("handlingMs"), t.handlingMs},
               {QStringLiteral("painted"), now()},
               {QStringLiteral("attempts"), t.attempts}});
    }

    HelperClient m_client;
    MainWindow m_window;
    QSocketNotifier m_stdin;
    QTimer m_paintCheck;
    bool m_ready = false;
    int m_recoveries = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("airpane"));
    installTranslators(&app);
    const auto page = argc == 2 ? pageFromKey(QString::fromLocal8Bit(argv[1])) : std::nullopt;
    if (!page) {
        std::fprintf(stderr, "usage: recoveryclient PAGE\n");
        return 2;
    }
    RecoveryClient client(*page);
    return app.exec();
}
