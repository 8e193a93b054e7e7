// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI for tst_guistations, run inside the lab VM in the clients scenario as an unprivileged user
// under its own Xvfb: the real main window on the real helper, on its "Link and clients" page. It
// answers the test's commands, one per line on stdin, with one JSON line each on stdout:
//
//   ready                         the helper's state is loaded and the page lists interfaces
//   show IFACE MS                 follow IFACE, asking for an update every MS
//   wait-rows N TIMEOUTMS         until the page's station table has N rows
//   mark                          count updates from now on
//   wait-updates N TIMEOUTMS      until N updates of the interface came since the command
//   wait-row KEY present|absent TIMEOUTMS  until the station KEY is there (or gone); says how many
//                                 updates came since mark before the one that did it
//   export KEY                    the station as the page shows it: its details and TID rows as
//                                 JSON.md's fields (from the models' field and value roles), its
//                                 table row's texts and the summary
//   screenshot FILE               the window as a PNG
//   quit
#include "client/helperclient.h"
#include "mainwindow.h"
#include "models/stationdetailsmodel.h"
#include "models/stationmodel.h"
#include "models/tidstatsmodel.h"
#include "pages/pageid.h"
#include "pages/scanpage.h"
#include "pages/stationspage.h"
#include "screenshot.h"
#include "translators.h"
#include "widgets/linkchart.h"
#include "widgets/scancontrols.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSocketNotifier>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Airpane;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void reply(const QString &command, QJsonObject object)
{
    object.insert(QStringLiteral("command"), command);
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Puts VALUE at PATH ("bss.dtimPeriod") in OBJECT.
void insertPath(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    QJsonObject inner = object.value(path.left(dot)).toObject();
    insertPath(inner, path.mid(dot + 1), value);
    object.insert(path.left(dot), inner);
}

// The station as the page's views show it, in JSON.md's names.
QJsonObject exported(StationsPage *page)
{
    QJsonObject station;
    const StationDetailsModel *details = page->detailsModel();
    for (int s = 0; s < details->rowCount(); ++s) {
        const QModelIndex section = details->index(s, 0);
        for (int r = 0; r < details->rowCount(section); ++r) {
            const QModelIndex index = details->index(r, 0, section);
            const QString field = index.data(StationDetailsModel::FieldRole).toString();
            if (!field.isEmpty()) {
                insertPath(station, field,
                           QJsonValue::fromVariant(index.data(StationDetailsModel::ValueRole)));
            }
        }
    }
    QJsonArray tids;
    const TidStatsModel *model = page->tidModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        QJsonObject tid;
        for (int column = 0; column < TidStatsModel::ColumnCount; ++column) {
            const QVariant value = model->index(row, column).data(TidStatsModel::ValueRole);
            if (!TidStatsModel::fieldOf(column).isEmpty() && value.isValid()) {
                insertPath(tid, TidStatsModel::fieldOf(column), QJsonValue::fromVariant(value));
            }
        }
        tids.append(tid);
    }
    station.insert(QStringLiteral("tidStats"), tids);
    return station;
}

class Commands : public QObject
{
public:
    Commands(MainWindow *window, HelperClient *client)
        : m_window(window)
        , m_client(client)
        , m_page(window->page<StationsPage>(PageId::Stations))
    {
        connect(client->state()->stations(), &StationState::stationsChanged, this,
                [this](const QStringList &added, const QStringList &changed, const QStringList &removed) {
                    // Which update brought a station or took it away, counted from the mark.
                    for (const QString &key : added) {
                        m_came.insert(key, m_updates);
                    }
                    for (const QString &key : removed) {
                        m_went.insert(key, m_updates);
                    }
                    const QString prefix = m_page->interface() + QLatin1Char('/');
                    for (const QStringList *keys : {&added, &changed, &removed}) {
                        if (std::any_of(keys->begin(), keys->end(),
                                        [&](const QString &key) { return key.startsWith(prefix); })) {
                            ++m_updates;
                            return;
                        }
                    }
                });
    }

    void run(const QStringList &words)
    {
        const QString command = words.value(0);
        if (command == QLatin1String("ready")) {
            const bool ready = waitUntil(
                [this] { return m_client->isSynchronized() && m_page->interfaceChooser()->count() > 0; },
                120000);
            QJsonArray interfaces;
            for (int i = 0; i < m_page->interfaceChooser()->count(); ++i) {
                interfaces.append(m_page->interfaceChooser()->itemData(i).toString());
            }
            reply(command, {{QStringLiteral("ready"), ready}, {QStringLiteral("interfaces"), interfaces}});
        } else if (command == QLatin1String("show")) {
            m_page->selectInterface(words.value(1));
            m_page->setIntervalMs(words.value(2).toInt());
            const int wanted = words.value(2).toInt();
            const bool granted =
                waitUntil([&] { return m_client->state()->stations()->intervalMs() == wanted; }, 30000);
            reply(command, {{QStringLiteral("interface"), m_page->interface()},
                            {QStringLiteral("clients"), m_page->showsClients()},
                            {QStringLiteral("granted"), granted},
                            {QStringLiteral("intervalMs"), m_client->state()->stations()->intervalMs()}});
        } else if (command == QLatin1String("wait-rows")) {
            const int rows = words.value(1).toInt();
            waitUntil([&] { return m_page->stationModel()->rowCount() >= rows; }, words.value(2).toInt());
            reply(command, {{QStringLiteral("rows"), m_page->stationModel()->rowCount()}});
        } else if (command == QLatin1String("mark")) {
            m_updates = 0;
            m_came.clear();
            m_went.clear();
            reply(command, {});
        } else if (command == QLatin1String("wait-updates")) {
            const int start = m_updates;
            waitUntil([&] { return m_updates - start >= words.value(1).toInt(); }, words.value(2).toInt());
            reply(command, {{QStringLiteral("updates"), m_updates - start}});
        } else if (command == QLatin1String("wait-row")) {
            const QString key = words.value(1);
            const QHash<QString, int> &changes = words.value(2) == QLatin1String("present") ? m_came : m_went;
            const bool found = waitUntil([&] { return changes.contains(key); }, words.value(3).toInt());
            // The updates since the mark that came before the one that brought the change.
            reply(command, {{QStringLiteral("found"), found},
                            {QStringLiteral("updatesBefore"), changes.value(key, -1)},
                            {QStringLiteral("inTable"), m_page->stationModel()->rowOf(key) >= 0}});
        } else if (command == QLatin1String("export")) {
            m_page->selectStation(words.value(1));
            m_page->refresh();
            QCoreApplication::processEvents();
            QJsonArray row;
            const StationModel *model = m_page->stationModel();
            const int at = model->rowOf(words.value(1));
            for (int column = 0; at >= 0 && column < StationModel::ColumnCount; ++column) {
                row.append(model->index(at, column).data().toString());
            }
            reply(command, {{QStringLiteral("station"), exported(m_page)},
                            {QStringLiteral("row"), row},
                            {QStringLiteral("summary"), m_page->summaryLabel()->text()},
                            {QStringLiteral("chartPoints"), m_page->chart()->pointCount()}});
        } else if (command == QLatin1String("screenshot")) {
            m_page->refresh();
            QCoreApplication::processEvents();
            reply(command, {{QStringLiteral("error"), saveScreenshot(m_window, words.value(1))}});
        } else if (command == QLatin1String("quit")) {
            reply(command, {});
            QCoreApplication::quit();
        } else {
            reply(command, {{QStringLiteral("error"), QStringLiteral("unknown command")}});
        }
    }

private:
    MainWindow *m_window;
    HelperClient *m_client;
    StationsPage *m_page;
    int m_updates = 0;
    QHash<QString, int> m_came; // station key -> updates before the one that added it
    QHash<QString, int> m_went;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("airpane"));
    QApplication::setApplicationDisplayName(QStringLiteral("Airpane"));
    installTranslators(&app);
    HelperClient helper;
    MainWindow window(&helper);
    window.resize(1600, 1000);
    window.show();
    // The Scan page's live scan is a feature of its own: off, so that any scan would be this page's.
    window.page<ScanPage>(PageId::Scan)->controls()->liveBox()->setChecked(false);
    window.setCurrentPage(PageId::Stations);
    helper.start();

    Commands commands(&window, &helper);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t read = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (read <= 0) {
            QCoreApplication::quit(); // the test went away
            return;
        }
        buffer.append(chunk, read);
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(newline)).trimmed();
            buffer.remove(0, newline + 1);
            input.setEnabled(false); // a command's own waits must not read the next one
            commands.run(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
            input.setEnabled(true);
        }
    });
    return app.exec();
}
