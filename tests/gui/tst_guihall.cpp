// SPDX-License-Identifier: GPL-3.0-or-later
// End to end in the lab's crowded hall (256 BSSes on eight channels): the real helper with the real
// dbus-daemon and polkitd, the GUI as an unprivileged user scanning live (guihallclient). The hall
// must fill the Scan page's table and the Channels page's graphs, the Channels page must recommend
// a channel and say why, and the Signal page must draw several scans of history and a waterfall.
// The three pages are saved as screenshot artefacts (lab-hall-*.png).
#include "support/command.h"
#include "support/labscenario.h"

#include "labuser.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

const QString outDir = QStringLiteral("/tmp/airpane-hall");
// Live scans after the hall is in: a few scans' history for the chart and the waterfall.
const int historySeconds = 20;

} // namespace

class TestGuiHall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        LabScenario::ensure(QStringLiteral("hall"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString started = startGuiLab(outDir);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void hallOnThreePages()
    {
        const CommandResult run =
            runCommand(QStringLiteral("runuser"),
                       asGuiUser(outDir, underXvfb({QStringLiteral(AIRPANE_HALL_CLIENT), outDir,
                                                    QString::number(historySeconds)})),
                       400000);
        QFile log(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-hall-gui.log"));
        if (log.open(QIODevice::WriteOnly)) {
            log.write(run.err);
        }
        QVERIFY2(run.ok(), "see lab-hall-gui.log in the artefacts");
        const QJsonObject facts = QJsonDocument::fromJson(run.out.trimmed().split('\n').last()).object();
        qInfo().noquote() << "what the GUI showed:" << QJsonDocument(facts).toJson(QJsonDocument::Indented);

        // The hall in the table and on the graphs (one radio scans: each BSS once).
        QVERIFY2(facts[u"bssRows"].toInt() >= 200, "the table should hold the hall");
        QCOMPARE(facts[u"graphBsses"].toInt(), facts[u"bssInState"].toInt());
        // A recommendation on 2.4 and 5 GHz that names a channel and says why; 6 GHz is no-IR under US.
        // In 2.4 GHz the hall fills 1, 6 and 11 (Hall 1 to 3): the answer is one of them, the least
        // crowded, never a channel in between that would overlap two of them.
        const QJsonArray recommendations = facts[u"recommendations"].toArray();
        QCOMPARE(recommendations.size(), 3);
        QVERIFY2(QRegularExpression(QStringLiteral("Recommended for \\S+: (1|6|11)\\."))
                     .match(recommendations[0].toString())
                     .hasMatch(),
                 qPrintable(recommendations[0].toString()));
        for (int band : {0, 1}) {
            const QString text = recommendations[band].toString();
            QVERIFY2(text.contains(QStringLiteral("Recommended for")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("overlap")), qPrintable(text));
        }
        // Signal: the connected-or-strongest eight, each heard in more than one scan.
        QCOMPARE(facts[u"series"].toInt(), 8);
        QVERIFY2(facts[u"points"].toInt() > facts[u"series"].toInt(), "several scans of history");
        QVERIFY(facts[u"waterfallRows"].toInt() >= 2);

        for (const char *page : {"scan", "channels", "signal"}) {
            const QString name = QStringLiteral("hall-%1.png").arg(QLatin1String(page));
            const QImage image(outDir + QLatin1Char('/') + name);
            QCOMPARE(image.size(), QSize(1600, 1000));
            const QString target = QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-") + name;
            QFile::remove(target);
            QVERIFY(QFile::copy(outDir + QLatin1Char('/') + name, target));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiHall)
#include "tst_guihall.moc"
