// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract of airpane-cli: version, help, errors. (The helper's start-up and
// shutdown are tested with a real system bus in tests/helper.)
#include <airpane/version.h>

#include <QProcess>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
