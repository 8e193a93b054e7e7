// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI for tst_desktopgui, run in the desktop lab VM as the logged-in desktop user
// (tools/lab-guest/as-desktop-user) under Xvfb: the real main window on the helper that the
// installed package's D-Bus activation starts through systemd. It talks to the test over stdin and
// stdout, one command a line in, one JSON object a line out:
//   out {"synchronized": MS, "pid": PID}      the helper's state is loaded (PID: this process, for
//                                              an authentication agent registered for it)
//   out {"connection": KEY, "indicator": TEXT, "problem": TEXT}   on every change of connection
//   out {"scan": INTERFACE, "state": started|ended, "ours": BOOL}  the helper's scan events
//   in  facts                  out {"facts": {...}}   what the pages show; screenshots in OUTDIR
//   in  refresh SSID           out {"baseline": {...}}, then {"refreshed": {...}}: after another
//                              program's scan ended, SSID's last-seen time moved on
//   in  create PHY NAME TYPE   out {"created": {"ok", "error", "shown"}}   ActionHandler::createInterface
//   in  live INTERFACE         out {"live": {"ok", "error"}}   live scan every 10 s, all bands
//   in  stop INTERFACE         out {"stopped": {"ok", "error", "ours", "foreign"}}: back to
//                              reading other programs' scans; the scans counted since `live`
//   in  state                  out {"state": {"connection", "indicator", "problem"}}
//   in  shot NAME              out {"shot": "ok"}   the window as it is, OUTDIR/desktop-NAME.png
//   in  quit                   out {"quit": true}, exit status 0
// The Scan page's live scan is off from the start (its "Live" box cleared), so that Airpane makes
// no scan of its own unless told to: whatever the Scan page shows comes from other programs' scans.
//
//   desktopguiclient OUTDIR
#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "guifacts.h"
#include "mainwindow.h"
#include "models/bssmodel.h"
#include "models/p2pstatusmodel.h"
#include "models/radiotreemodel.h"
#include "pages/pageid.h"
#include "pages/radiospage.h"
#include "pages/scanpage.h"
#include "pages/wifidirectpage.h"
#include "screenshot.h"
#include "translators.h"
#include "widgets/authorizationmarker.h"
#include "widgets/connectionindicator.h"
#include "widgets/findingsview.h"
#include "widgets/scancontrols.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <unistd.h>

using namespace Airpane;

namespace {

void print(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void settle(int ms = 150)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

template<typename Condition>
bool waitUntil(Condition condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs) {
        settle(50);
    }
    return condition();
}

template<typename Enum>
QString key(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

class DesktopClient : public QObject
{
public:
    explicit DesktopClient(const QString &outDir)
        : m_outDir(outDir)
        , m_window(&m_helper)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        m_window.resize(1280, 800);
        m_window.show();
        m_clock.start();
        // Only other programs' scans, until the test asks for a live scan.
        if (auto *live = m_window.findChild<QCheckBox *>(QStringLiteral("liveScan"))) {
            live->setChecked(false);
        } else {
            std::fprintf(stderr, "desktopguiclient: no Live box on the Scan page\n");
        }
        connect(&m_helper, &HelperClient::synchronized, this, [this] {
            if (!std::exchange(m_synchronized, true)) {
                print({{QStringLiteral("synchronized"), m_clock.elapsed()},
                       {QStringLiteral("pid"), QCoreApplication::applicationPid()}});
            }
        });
        connect(&m_helper, &HelperClient::connectionChanged, this, [this] {
            // The indicator updates on the same signal: read it once it has.
            QTimer::singleShot(0, this,
                               [this] { print({{QStringLiteral("connection"), connectionState()}}); });
        });
        ScanState *scans = m_helper.state()->scans();
        connect(scans, &ScanState::scanStateChanged, this, [this, scans](const QString &interface) {
            const bool running = scans->isScanning(interface);
            const bool ours = !running && !scans->lastScanForeign(interface);
            print({{QStringLiteral("scan"), interface},
                   {QStringLiteral("state"), running ? QStringLiteral("started") : QStringLiteral("ended")},
                   {QStringLiteral("ours"), ours}});
            if (!running) {
                ScanCount &count = m_scanCounts[interface];
                ++(ours ? count.ours : count.foreign);
            }
        });
        connect(&m_stdin, &QSocketNotifier::activated, this, &DesktopClient::readCommands);
        m_helper.start();
    }

private:
    struct ScanCount
    {
        int ours = 0;
        int foreign = 0;
    };

    QJsonObject connectionState() const
    {
        return {{QStringLiteral("connection"), key(m_helper.connection())},
                {QStringLiteral("indicator"),
                 m_window.findChild<ConnectionIndicator *>(QStringLiteral("connection"))->text()},
                {QStringLiteral("problem"), m_helper.problem()}};
    }

    void readCommands()
    {
        char buffer[512];
        const ssize_t size = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (size <= 0) {
            m_stdin.setEnabled(false);
            return;
        }
        m_input += QByteArray(buffer, int(size));
        qsizetype end = 0;
        while ((end = m_input.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_input.left(end)).trimmed();
            m_input.remove(0, end + 1);
            if (!line.isEmpty()) {
                // One at a time: a command may wait for the helper, and lines read meanwhile queue.
                m_commands.append(line);
            }
        }
        if (!m_busy) {
            runCommands();
        }
    }

    void runCommands()
    {
        m_busy = true;
        while (!m_commands.isEmpty()) {
            run(m_commands.takeFirst());
        }
        m_busy = false;
    }

    void run(const QString &line)
    {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString command = words.value(0);
        if (command == u"facts") {
            print({{QStringLiteral("facts"), facts()}});
        } else if (command == u"refresh" && words.size() >= 2) {
            awaitForeignRefresh(words.mid(1).join(u' '));
        } else if (command == u"create" && words.size() == 4) {
            create(words[1], words[2], words[3]);
        } else if (command == u"live" && words.size() == 2) {
            live(words[1]);
        } else if (command == u"stop" && words.size() == 2) {
            stop(words[1]);
        } else if (command == u"shot" && words.size() == 2) {
            const QString error =
                saveScreenshot(&m_window, m_outDir + QStringLiteral("/desktop-%1.png").arg(words[1]));
            print({{QStringLiteral("shot"), error.isEmpty() ? QStringLiteral("ok") : error}});
        } else if (command == u"state") {
            print({{QStringLiteral("state"), connectionState()}});
        } else if (command == u"quit") {
            print({{QStringLiteral("quit"), true}});
            QCoreApplication::exit(0);
        } else {
            std::fprintf(stderr, "desktopguiclient: unknown command \"%s\"\n", qPrintable(line));
            print({{QStringLiteral("error"), QString(QStringLiteral("unknown command: ") + line)}});
        }
    }

    std::optional<uint> radioOf(const QString &phy) const
    {
        for (const Client::Radio &radio : m_helper.state()->radios()) {
            if (m_helper.state()->radioName(radio.index) == phy) {
                return radio.index;
            }
        }
        return std::nullopt;
    }

    std::optional<uint> radioOfInterface(const QString &name) const
    {
        for (const Client::Interface &interface : m_helper.state()->interfaces()) {
            if (interface.name == name) {
                return interface.radio;
            }
        }
        return std::nullopt;
    }

    const Client::Bss *bssNamed(const QString &ssid) const
    {
        const Client::Bss *newest = nullptr;
        const QList<Client::Bss> bsses = m_helper.state()->scans()->bsses();
        for (const Client::Bss &bss : bsses) {
            if (bss.ssid == ssid && (!newest || bss.lastSeen > newest->lastSeen)) {
                newest = m_helper.state()->scans()->bss(bss.key);
            }
        }
        return newest;
    }

    QJsonObject facts()
    {
        ClientState *state = m_helper.state();
        QJsonObject facts;
        facts.insert(QStringLiteral("connection"), connectionState());
        facts.insert(QStringLiteral("helperVersion"), m_helper.helperVersion());
        facts.insert(QStringLiteral("lab"), m_helper.isLab());

        // Radios and interfaces, as the Radios page's tree shows them.
        m_window.setCurrentPage(PageId::Radios);
        facts.insert(
            QStringLiteral("radios"),
            GuiFacts::radiosAsShown(*m_window.page<RadiosPage>(PageId::Radios)->tree()->model(), *state));

        // The Scan page's table: the SSIDs it lists, and the note under its controls.
        auto *scan = m_window.page<ScanPage>(PageId::Scan);
        QAbstractItemModel *table = scan->table()->model();
        QJsonArray ssids;
        for (int row = 0; row < table->rowCount(); ++row) {
            ssids.append(table->index(row, BssModel::Ssid).data().toString());
        }
        facts.insert(QStringLiteral("bssRows"), table->rowCount());
        facts.insert(QStringLiteral("ssids"), ssids);
        if (const auto *note = scan->findChild<QLabel *>(QStringLiteral("scanNote"))) {
            facts.insert(QStringLiteral("scanNote"), note->text());
        }
        if (const auto *live = scan->findChild<QCheckBox *>(QStringLiteral("liveScan"))) {
            facts.insert(QStringLiteral("liveScanBox"), live->isChecked());
        }
        QJsonObject counts;
        for (auto it = m_scanCounts.cbegin(); it != m_scanCounts.cend(); ++it) {
            counts.insert(it.key(), QJsonObject{{QStringLiteral("ours"), it->ours},
                                                {QStringLiteral("foreign"), it->foreign}});
        }
        facts.insert(QStringLiteral("scansEnded"), counts);

        // KAuth's word on each of the helper's actions for this user, and the locks it put up.
        QJsonObject authorizations;
        for (const QString &action : ActionHandler::actions()) {
            authorizations.insert(action, key(m_window.actionHandler()->authorization(action)));
        }
        facts.insert(QStringLiteral("authorizations"), authorizations);
        QJsonArray locked;
        for (const QAction *action : m_window.findChildren<QAction *>()) {
            if (AuthorizationMarker::showsLock(action)) {
                locked.append(action->objectName());
            }
        }
        facts.insert(QStringLiteral("locked"), locked);

        // The Wi-Fi Direct page: every radio's verdict, and for the radio of NetworkManager's
        // station (whose P2P device NetworkManager's wpa_supplicant owns) all that the page says.
        auto *direct = m_window.page<WifiDirectPage>(PageId::WifiDirect);
        QJsonObject verdicts;
        for (int row = 0; row < direct->model()->rowCount(); ++row) {
            verdicts.insert(direct->model()->index(row, P2pStatusModel::Radio).data().toString(),
                            direct->model()->index(row, P2pStatusModel::Verdict).data().toString());
        }
        facts.insert(QStringLiteral("p2p"), verdicts);
        QString station;
        for (const Client::Interface &interface : state->interfaces()) {
            if (interface.type == u"station" && !interface.ssid.isEmpty()) {
                station = interface.name;
            }
        }
        if (const auto radio = radioOfInterface(station)) {
            direct->selectRadio(*radio);
            const int row = direct->model()->rowOf(*radio);
            QJsonArray findings;
            for (const P2pDiagnosis::Finding &finding : direct->model()->diagnosis(*radio).findings) {
                findings.append(QJsonObject{{QStringLiteral("title"), finding.title},
                                            {QStringLiteral("detail"), finding.detail},
                                            {QStringLiteral("key"), finding.key}});
            }
            facts.insert(QStringLiteral("p2pOfStation"),
                         QJsonObject{{QStringLiteral("interface"), station},
                                     {QStringLiteral("radio"), state->radioName(*radio)},
                                     {QStringLiteral("verdict"),
                                      direct->model()->index(row, P2pStatusModel::Verdict).data().toString()},
                                     {QStringLiteral("device"),
                                      direct->model()->index(row, P2pStatusModel::Device).data().toString()},
                                     {QStringLiteral("findingTitles"),
                                      QJsonArray::fromStringList(direct->findings()->titles())},
                                     {QStringLiteral("findings"), findings}});
        }

        // Every page, as the user sees it.
        QJsonArray shots;
        for (const PageId page : allPages) {
            m_window.setCurrentPage(page);
            settle();
            const QString name = QStringLiteral("desktop-%1.png").arg(pageKey(page));
            const QString error = saveScreenshot(&m_window, m_outDir + u'/' + name);
            if (error.isEmpty()) {
                shots.append(name);
            } else {
                std::fprintf(stderr, "desktopguiclient: %s\n", qPrintable(error));
            }
        }
        facts.insert(QStringLiteral("screenshots"), shots);
        m_window.setCurrentPage(PageId::Scan);
        return facts;
    }

    // Waits for another program's scan to end and SSID's last-seen time to move on.
    void awaitForeignRefresh(const QString &ssid)
    {
        const Client::Bss *before = bssNamed(ssid);
        const QDateTime seenBefore = before ? before->lastSeen : QDateTime();
        int foreignBefore = 0;
        for (const ScanCount &count : std::as_const(m_scanCounts)) {
            foreignBefore += count.foreign;
        }
        print({{QStringLiteral("baseline"),
                QJsonObject{{QStringLiteral("ssid"), ssid},
                            {QStringLiteral("present"), before != nullptr},
                            {QStringLiteral("lastSeen"), seenBefore.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("foreignScans"), foreignBefore}}}});
        auto foreignNow = [this] {
            int foreign = 0;
            for (const ScanCount &count : std::as_const(m_scanCounts)) {
                foreign += count.foreign;
            }
            return foreign;
        };
        auto refreshed = [&] {
            const Client::Bss *now = bssNamed(ssid);
            return foreignNow() > foreignBefore && now &&
                   (!seenBefore.isValid() || now->lastSeen > seenBefore);
        };
        waitUntil(refreshed, 90000);
        const Client::Bss *after = bssNamed(ssid);
        int ours = 0;
        for (const ScanCount &count : std::as_const(m_scanCounts)) {
            ours += count.ours;
        }
        print({{QStringLiteral("refreshed"),
                QJsonObject{{QStringLiteral("ok"), refreshed()},
                            {QStringLiteral("present"), after != nullptr},
                            {QStringLiteral("lastSeen"),
                             after ? after->lastSeen.toString(Qt::ISODateWithMs) : QString()},
                            {QStringLiteral("bssid"), after ? after->bssid : QString()},
                            {QStringLiteral("signal"), after && after->signalDbm ? *after->signalDbm : 0.0},
                            {QStringLiteral("associated"), after && after->associated},
                            {QStringLiteral("foreignScans"), foreignNow()},
                            {QStringLiteral("ourScans"), ours}}}});
    }

    void create(const QString &phy, const QString &name, const QString &type)
    {
        const auto radio = radioOf(phy);
        if (!radio) {
            print({{QStringLiteral("created"),
                    QJsonObject{{QStringLiteral("ok"), false},
                                {QStringLiteral("error"),
                                 QString(QStringLiteral("the GUI shows no radio ") + phy)}}}});
            return;
        }
        std::optional<Client::OperationResult> result;
        m_window.actionHandler()->createInterface(
            *radio, name, type, this, [&result](const Client::OperationResult &done) { result = done; });
        // The helper's call waits for polkit, and polkit for the password: the test types it.
        waitUntil([&] { return result.has_value(); }, 6 * 60 * 1000);
        auto shown = [&] {
            for (const Client::Interface &interface : m_helper.state()->interfacesOf(*radio)) {
                if (interface.name == name) {
                    return true;
                }
            }
            return false;
        };
        if (result && result->ok) {
            waitUntil(shown, 20000);
        }
        print({{QStringLiteral("created"),
                QJsonObject{{QStringLiteral("ok"), result && result->ok},
                            {QStringLiteral("answered"), result.has_value()},
                            {QStringLiteral("error"), result ? result->error : QStringLiteral("no answer")},
                            {QStringLiteral("shown"), shown()},
                            {QStringLiteral("interfaces"), interfaceAuthorization()}}}});
    }

    QString interfaceAuthorization()
    {
        // What KAuth says now: a password given with auth_admin_keep is kept for a while.
        m_window.actionHandler()->checkAuthorizations();
        return key(m_window.actionHandler()->authorization(QStringLiteral("org.airpane.helper.interfaces")));
    }

    // One scan setting and its answer.
    QJsonObject setLiveScan(const QString &interface, const QString &mode)
    {
        ActionHandler::LiveScan settings;
        settings.mode = mode;
        settings.intervalSeconds = 10;
        std::optional<Client::OperationResult> result;
        m_window.actionHandler()->setLiveScan(
            interface, settings, this, [&result](const Client::OperationResult &done) { result = done; });
        waitUntil([&] { return result.has_value(); }, 30000);
        return {{QStringLiteral("ok"), result && result->ok},
                {QStringLiteral("error"), result ? result->error : QStringLiteral("no answer")}};
    }

    void live(const QString &interface)
    {
        m_scanCounts.remove(interface);
        print({{QStringLiteral("live"), setLiveScan(interface, QStringLiteral("live"))}});
    }

    void stop(const QString &interface)
    {
        QJsonObject stopped = setLiveScan(interface, QStringLiteral("passive"));
        // A scan of ours that had started ends now: count it too.
        waitUntil([&] { return !m_helper.state()->scans()->isScanning(interface); }, 30000);
        const ScanCount count = m_scanCounts.value(interface);
        stopped.insert(QStringLiteral("ours"), count.ours);
        stopped.insert(QStringLiteral("foreign"), count.foreign);
        print({{QStringLiteral("stopped"), stopped}});
    }

    QString m_outDir;
    HelperClient m_helper;
    MainWindow m_window;
    QSocketNotifier m_stdin;
    QElapsedTimer m_clock;
    QByteArray m_input;
    QStringList m_commands;
    bool m_busy = false;
    bool m_synchronized = false;
    QHash<QString, ScanCount> m_scanCounts; // ended scans per interface
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("airpane"));
    QApplication::setApplicationDisplayName(QStringLiteral("Airpane"));
    QApplication::setOrganizationDomain(QStringLiteral("airpane.org"));
    QApplication::setDesktopFileName(QStringLiteral("org.airpane.Airpane"));
    installTranslators(&app);
    if (argc != 2) {
        std::fprintf(stderr, "usage: desktopguiclient OUTDIR\n");
        return 2;
    }
    DesktopClient client(QString::fromLocal8Bit(argv[1]));
    // A hang guard: the longest test (two minutes of live scanning) is done well within it.
    QTimer::singleShot(15 * 60 * 1000, &app, [] {
        std::fprintf(stderr, "desktopguiclient: timed out\n");
        QCoreApplication::exit(3);
    });
    return app.exec();
}
