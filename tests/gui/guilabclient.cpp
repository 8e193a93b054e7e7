// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI for tst_guilab, run inside the lab VM as an unprivileged user under its own Xvfb: the real
// main window on the real helper. It talks to the test over stdin and stdout, one JSON object per
// line:
//   out {"synchronized": MS}            the helper's state is loaded
//   in  "go"                            the test has made events happen (a monitor interface came
//                                       and went on phy0)
//   out {"facts": {...}}                what the pages show; screenshots of every page in OUTDIR
//   out {"live": AT}                    a new session, subscribed: live data flow again
//   out {"recovered": AT, "reconnecting": BOOL}   and the whole state is loaded again
// AT is CLOCK_MONOTONIC in ms (QElapsedTimer::msecsSinceReference()), which the test compares
// with the moment it killed the helper: what the test's own scheduling adds does not count.
//
//   guilabclient OUTDIR MONITORNAME
#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "dialogs/interfacedialog.h"
#include "mainwindow.h"
#include "models/capabilitytreemodel.h"
#include "models/channelmodel.h"
#include "models/elementtreemodel.h"
#include "models/eventmodel.h"
#include "models/p2pstatusmodel.h"
#include "models/peermodel.h"
#include "models/radiotreemodel.h"
#include "models/sentframemodel.h"
#include "pages/capabilitiespage.h"
#include "pages/eventspage.h"
#include "pages/radiospage.h"
#include "pages/scanpage.h"
#include "pages/wifidirectpage.h"
#include "screenshot.h"
#include "translators.h"
#include "widgets/authorizationmarker.h"
#include "widgets/channelpanel.h"
#include "widgets/combinationpanel.h"
#include "widgets/connectionindicator.h"
#include "widgets/detailspanel.h"
#include "widgets/elementinspector.h"
#include "widgets/findingsview.h"

#include "contract.h"
#include "guifacts.h"

#include <QAction>
#include <QApplication>
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

qint64 now()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

void settle(int ms = 150)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

class GuiClient : public QObject
{
public:
    GuiClient(const QString &outDir, const QString &monitor)
        : m_outDir(outDir)
        , m_monitor(monitor)
        , m_window(&m_helper)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        m_window.resize(1280, 800);
        m_window.show();
        m_clock.start();
        connect(&m_helper, &HelperClient::synchronized, this, &GuiClient::synchronized);
        connect(&m_helper, &HelperClient::connectionChanged, this,
                [this](HelperClient::Connection connection) {
                    m_reconnecting |= m_synchronized && connection == HelperClient::Connection::Reconnecting;
                    if (m_reconnecting && connection == HelperClient::Connection::Connected) {
                        print({{QStringLiteral("live"), now()}});
                    }
                });
        connect(&m_stdin, &QSocketNotifier::activated, this, &GuiClient::readCommand);
        m_helper.start();
    }

private:
    void synchronized()
    {
        if (m_reconnecting) {
            print({{QStringLiteral("recovered"), now()}, {QStringLiteral("reconnecting"), m_reconnecting}});
            settle();
            shoot(QStringLiteral("after-restart"));
            QCoreApplication::exit(0);
        } else if (!std::exchange(m_synchronized, true)) {
            print({{QStringLiteral("synchronized"), m_clock.elapsed()}});
        }
    }

    void readCommand()
    {
        char buffer[256];
        const ssize_t size = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (size <= 0) {
            m_stdin.setEnabled(false);
            return;
        }
        const QByteArray command = QByteArray(buffer, size).trimmed();
        if (command == "go") {
            waitForEvents();
        }
    }

    void waitForEvents()
    {
        auto *events = m_window.page<EventsPage>(PageId::Events)->model();
        QElapsedTimer timer;
        timer.start();
        auto seen = [&] {
            int matches = 0;
            for (int row = 0; row < events->rowCount(); ++row) {
                matches += events->index(row, EventModel::Interface).data().toString() == m_monitor;
            }
            return matches >= 2; // created and removed
        };
        while (!seen() && timer.elapsed() < 20000) {
            settle(100);
        }
        print({{QStringLiteral("facts"), facts()}});
    }

    QJsonObject facts()
    {
        ClientState *state = m_helper.state();
        QJsonObject facts;
        facts.insert(QStringLiteral("lab"), m_window.isVirtualLab());
        facts.insert(QStringLiteral("connection"),
                     m_window.findChild<ConnectionIndicator *>(QStringLiteral("connection"))->text());

        // Radios & interfaces, as the tree shows them.
        m_window.setCurrentPage(PageId::Radios);
        auto *radiosPage = m_window.page<RadiosPage>(PageId::Radios);
        facts.insert(QStringLiteral("radios"), GuiFacts::radiosAsShown(*radiosPage->tree()->model(), *state));
        settle();
        shoot(QStringLiteral("radios"));

        // Capabilities of phy0.
        m_window.setCurrentPage(PageId::Capabilities);
        auto *capabilities = m_window.page<CapabilitiesPage>(PageId::Capabilities);
        QJsonObject caps;
        capabilities->setTab(CapabilitiesPage::Tab::Channels);
        QJsonObject channels;
        for (const char *band : {"2.4GHz", "5GHz", "6GHz"}) {
            capabilities->channels()->setBand(QLatin1String(band));
            // What the table shows: disabled channels are hidden.
            channels.insert(QLatin1String(band), capabilities->channels()->table()->model()->rowCount());
        }
        caps.insert(QStringLiteral("channels"), channels);
        capabilities->channels()->setBand(QStringLiteral("5GHz"));
        settle();
        shoot(QStringLiteral("capabilities"));
        capabilities->setTab(CapabilitiesPage::Tab::Phy);
        capabilities->setPhyBand(QStringLiteral("5GHz"));
        QJsonArray sections;
        for (const CapabilitySection &section : capabilities->phyModel()->sections()) {
            sections.append(section.title);
        }
        caps.insert(QStringLiteral("phySections"), sections);
        settle();
        shoot(QStringLiteral("capabilities-phy"));
        capabilities->setTab(CapabilitiesPage::Tab::Combinations);
        caps.insert(QStringLiteral("combinationAnswer"), capabilities->combinations()->answer());
        settle();
        shoot(QStringLiteral("capabilities-combinations"));
        capabilities->setTab(CapabilitiesPage::Tab::Ciphers);
        caps.insert(QStringLiteral("ciphers"),
                    capabilities->cipherModel()->rowCount(capabilities->cipherModel()->index(0, 0)));
        settle();
        shoot(QStringLiteral("capabilities-ciphers"));
        capabilities->setTab(CapabilitiesPage::Tab::Features);
        caps.insert(QStringLiteral("featureSections"), capabilities->featureModel()->rowCount());
        settle();
        shoot(QStringLiteral("capabilities-features"));
        capabilities->setTab(CapabilitiesPage::Tab::Channels);
        facts.insert(QStringLiteral("capabilities"), caps);

        // Wi-Fi Direct: each radio's verdict; the diagnosis of a radio whose P2P device is taken;
        // then discovery on the first free radio, until the scenario's peers answer. Radios are
        // found by what they show, never by index: the lab's phy numbers grow across reloads.
        m_window.setCurrentPage(PageId::WifiDirect);
        auto *direct = m_window.page<WifiDirectPage>(PageId::WifiDirect);
        QJsonObject verdicts;
        std::optional<uint> free;
        std::optional<uint> taken;
        for (int row = 0; row < direct->model()->rowCount(); ++row) {
            const QModelIndex index = direct->model()->index(row, P2pStatusModel::Verdict);
            verdicts.insert(direct->model()->index(row, P2pStatusModel::Radio).data().toString(),
                            index.data().toString());
            const auto verdict = P2pDiagnosis::Verdict(index.data(P2pStatusModel::VerdictRole).toInt());
            const uint radio = index.data(P2pStatusModel::RadioRole).toUInt();
            if (!free && verdict == P2pDiagnosis::Verdict::Available) {
                free = radio;
            }
            if (!taken && verdict == P2pDiagnosis::Verdict::InUse) {
                taken = radio;
            }
        }
        facts.insert(QStringLiteral("p2p"), verdicts);
        if (taken) {
            direct->selectRadio(*taken);
            facts.insert(QStringLiteral("p2pFindings"),
                         QJsonArray::fromStringList(direct->findings()->titles()));
            settle();
            shoot(QStringLiteral("wifi-direct-in-use"));
        }
        if (free) {
            facts.insert(QStringLiteral("peers"), discoverPeers(direct, *free));
        }

        // An interface made through the dialog, with the helper's pre-check, then deleted.
        if (free) {
            facts.insert(QStringLiteral("interfaceDialog"), createAndDelete(*free));
        }

        // Events.
        m_window.setCurrentPage(PageId::Events);
        auto *events = m_window.page<EventsPage>(PageId::Events)->model();
        QJsonArray commands;
        for (int row = 0; row < events->rowCount(); ++row) {
            commands.append(
                QStringLiteral("%1 %2").arg(events->index(row, EventModel::Command).data().toString(),
                                            events->index(row, EventModel::Interface).data().toString()));
        }
        facts.insert(QStringLiteral("events"), commands);
        settle();
        shoot(QStringLiteral("events"));
        // The Scan page through the real helper: the BSSes, and one BSS's elements (GetBssDetails).
        auto *scan = m_window.page<ScanPage>(PageId::Scan);
        m_window.setCurrentPage(PageId::Scan);
        settle();
        if (scan->table()->model()->rowCount() > 0) {
            scan->table()->selectRow(0);
            for (int i = 0; i < 40 && scan->inspector()->model()->rowCount() == 0; ++i) {
                settle(100);
            }
        }
        facts.insert(QStringLiteral("bssRows"), scan->table()->model()->rowCount());
        facts.insert(QStringLiteral("inspectorElements"), scan->inspector()->model()->rowCount());
        for (const PageId page : {PageId::Scan, PageId::Channels, PageId::Signal}) {
            m_window.setCurrentPage(page);
            settle();
            shoot(pageKey(page));
        }
        m_window.setCurrentPage(PageId::Radios);

        // KAuth's word on the helper's actions for this user, and the locks it put up.
        QJsonObject authorizations;
        for (const QString &action : ActionHandler::actions()) {
            authorizations.insert(
                action, QString::fromLatin1(QMetaEnum::fromType<ActionHandler::Authorization>().valueToKey(
                            int(m_window.actionHandler()->authorization(action)))));
        }
        facts.insert(QStringLiteral("authorizations"), authorizations);
        QJsonArray locked;
        for (const QAction *action : m_window.findChildren<QAction *>()) {
            if (AuthorizationMarker::showsLock(action)) {
                locked.append(action->objectName());
            }
        }
        facts.insert(QStringLiteral("locked"), locked);
        facts.insert(QStringLiteral("ownP2p"), m_ownP2p);

        // The P2P device goes before the helper is killed: the kernel deletes a killed helper's
        // interfaces before the bus hears it is gone, which is not the GUI's recovery to measure.
        m_window.actionHandler()->endP2p();
        waitUntil([this] { return !m_helper.state()->wifiDirect()->device(); }, 10000);
        settle(500);
        return facts;
    }

    QJsonArray discoverPeers(WifiDirectPage *direct, uint radio)
    {
        direct->selectRadio(radio);
        settle();
        if (!direct->discoverAction()->isEnabled()) {
            std::fprintf(stderr, "guilabclient: Discover Peers is disabled\n");
            return {};
        }
        direct->discoverAction()->trigger();
        // Both peers of the demo scenario listen; a search cycle may miss one, so give it several.
        QElapsedTimer timer;
        timer.start();
        // The test makes one peer search meanwhile: the frames that answer it are listed, each with
        // its transmit status once the driver reports it (a row can come before its status: a CI run
        // read it in between).
        while ((direct->peerModel()->rowCount() < 2 || direct->sentFrameModel()->acknowledgedCount() == 0) &&
               timer.elapsed() < 60000) {
            settle(200);
        }
        QJsonArray peers;
        for (int row = 0; row < direct->peerModel()->rowCount(); ++row) {
            auto cell = [&](int column) { return direct->peerModel()->index(row, column).data().toString(); };
            peers.append(QJsonObject{{QStringLiteral("name"), cell(PeerModel::Name)},
                                     {QStringLiteral("type"), cell(PeerModel::Category)},
                                     {QStringLiteral("address"), cell(PeerModel::Address)},
                                     {QStringLiteral("methods"), cell(PeerModel::Methods)}});
        }
        if (!peers.isEmpty()) {
            direct->selectPeer(direct->peerModel()->index(0, PeerModel::Address).data().toString());
        }
        QJsonObject own;
        own.insert(
            QStringLiteral("verdict"),
            direct->model()->index(direct->model()->rowOf(radio), P2pStatusModel::Verdict).data().toString());
        own.insert(QStringLiteral("state"), direct->findings()->titles().join(u'|'));
        own.insert(QStringLiteral("framesSent"), direct->sentFrameModel()->rowCount());
        own.insert(QStringLiteral("framesAcknowledged"), direct->sentFrameModel()->acknowledgedCount());
        settle();
        shoot(QStringLiteral("wifi-direct"));
        m_ownP2p = own;
        return peers;
    }

    QJsonObject createAndDelete(uint radio)
    {
        QJsonObject result;
        auto *radiosPage = m_window.page<RadiosPage>(PageId::Radios);
        m_window.setCurrentPage(PageId::Radios);
        InterfaceDialog dialog(m_helper.state(), m_window.actionHandler(), InterfaceDialog::Mode::Create,
                               radio, QString(), &m_window);
        dialog.show();
        result.insert(QStringLiteral("offered"), QJsonArray::fromStringList(dialog.offeredTypes()));
        bool answered = false;
        connect(&dialog, &InterfaceDialog::verdictShown, this, [&answered] { answered = true; });
        dialog.setType(QStringLiteral("monitor"));
        dialog.setName(m_monitor + QStringLiteral("d"));
        waitUntil([&] { return answered; }, 10000);
        result.insert(QStringLiteral("verdict"), dialog.verdictText());
        result.insert(QStringLiteral("allowed"), dialog.isAllowed());
        settle();
        dialog.grab().save(m_outDir + QStringLiteral("/gui-interface-dialog.png"));
        bool created = false;
        connect(&dialog, &InterfaceDialog::finished, this, [&created](bool ok) { created = ok; });
        dialog.accept();
        waitUntil([&] { return created; }, 20000);
        result.insert(QStringLiteral("created"), created);
        const QString name = dialog.name();
        auto find = [&]() -> QString {
            for (const Client::Interface &interface : m_helper.state()->interfacesOf(radio)) {
                if (interface.name == name) {
                    return interface.wdev;
                }
            }
            return {};
        };
        waitUntil([&] { return !find().isEmpty(); }, 10000);
        const QString wdev = find();
        result.insert(QStringLiteral("shown"), !wdev.isEmpty());
        if (!wdev.isEmpty()) {
            radiosPage->selectInterface(wdev);
            result.insert(QStringLiteral("details"), radiosPage->details()->title());
            bool deleted = false;
            m_window.actionHandler()->deleteInterface(
                wdev, this, [&deleted](const Client::OperationResult &done) { deleted = done.ok; });
            waitUntil([&] { return deleted && find().isEmpty(); }, 20000);
            result.insert(QStringLiteral("deleted"), deleted && find().isEmpty());
        }
        return result;
    }

    template<typename Condition>
    static void waitUntil(Condition condition, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition() && timer.elapsed() < timeoutMs) {
            settle(50);
        }
    }

    void shoot(const QString &name)
    {
        const QString error = saveScreenshot(&m_window, m_outDir + QStringLiteral("/gui-%1.png").arg(name));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "guilabclient: %s\n", qPrintable(error));
        }
    }

    QString m_outDir;
    QString m_monitor;
    HelperClient m_helper;
    MainWindow m_window;
    QSocketNotifier m_stdin;
    QElapsedTimer m_clock;
    bool m_synchronized = false;
    bool m_reconnecting = false;
    QJsonObject m_ownP2p;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("airpane"));
    QApplication::setApplicationDisplayName(QStringLiteral("Airpane"));
    installTranslators(&app);
    if (argc != 3) {
        std::fprintf(stderr, "usage: guilabclient OUTDIR MONITORNAME\n");
        return 2;
    }
    GuiClient client(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    QTimer::singleShot(180000, &app, [] {
        std::fprintf(stderr, "guilabclient: timed out\n");
        QCoreApplication::exit(3);
    });
    return app.exec();
}
