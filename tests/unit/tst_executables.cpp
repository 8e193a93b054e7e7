// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract of the executables: versions, help, clean shutdown on SIGTERM.
#include <airpane/version.h>

#include <QProcess>
#include <QTest>

#include <csignal>

class TestExecutables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cliVersion()
    {
        QProcess cli;
        cli.start(QStringLiteral(AIRPANE_CLI_BINARY), {QStringLiteral("--version")});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput().trimmed(), QByteArray("airpane-cli " AIRPANE_VERSION_STRING));
    }

    void cliHelp()
    {
        QProcess cli;
        cli.start(QStringLiteral(AIRPANE_CLI_BINARY), {QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(out.startsWith("Usage: "), out.constData());
        QVERIFY(out.contains("--version"));
    }

    void cliRejectsUnknownOption()
    {
        QProcess cli;
        cli.start(QStringLiteral(AIRPANE_CLI_BINARY), {QStringLiteral("--no-such-option")});
        QVERIFY(cli.waitForFinished(10000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(cli.readAllStandardError().contains("no-such-option"));
    }

    void helperExitsCleanlyOnSigterm()
    {
        QProcess helper;
        helper.start(QStringLiteral(AIRPANE_HELPER_BINARY), {});
        QVERIFY(helper.waitForStarted());
        QTest::qWait(300); // past start-up, into the event loop
        QCOMPARE(helper.state(), QProcess::Running);
        ::kill(pid_t(helper.processId()), SIGTERM);
        QVERIFY(helper.waitForFinished(5000));
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
