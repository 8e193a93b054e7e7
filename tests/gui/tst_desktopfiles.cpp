// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop file and the AppStream metainfo pass their validators (desktop-file-validate,
// appstreamcli validate), agree with each other and with what is installed, and carry the four
// translations. A broken copy of each must fail, so the validators are known to bite.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString desktopFile = QStringLiteral(AIRPANE_SOURCE_DIR "/resources/org.airpane.Airpane.desktop");
const QString metainfoFile = QStringLiteral(AIRPANE_SOURCE_DIR "/resources/org.airpane.Airpane.metainfo.xml");

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

QByteArray read(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString broken(QTemporaryDir &dir, const QString &file, const QByteArray &from, const QByteArray &to)
{
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly)) {
        return {};
    }
    out.write(read(file).replace(from, to));
    return copy;
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFileIsValid()
    {
        const Run result = run(QStringLiteral("desktop-file-validate"), {desktopFile});
        QCOMPARE(result.exitCode, 0);
        // Warnings count too.
        QVERIFY2(result.output.trimmed().isEmpty(), result.output.constData());
    }

    void metainfoIsValid()
    {
        const Run result =
            run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                 QStringLiteral("--explain"), metainfoFile});
        QVERIFY2(result.exitCode == 0, result.output.constData());
        QVERIFY2(result.output.contains("Validation was successful"), result.output.constData());
        QVERIFY2(!QRegularExpression(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption)
                      .match(QString::fromUtf8(result.output))
                      .hasMatch(),
                 result.output.constData());
    }

    void validatorsRejectBrokenFiles()
    {
        QTemporaryDir dir;
        const QString desktop = broken(dir, desktopFile, "Type=Application\n", "");
        QVERIFY(run(QStringLiteral("desktop-file-validate"), {desktop}).exitCode != 0);
        const QString metainfo = broken(dir, metainfoFile, "<id>org.airpane.Airpane</id>", "");
        QVERIFY(run(QStringLiteral("appstreamcli"),
                    {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo})
                    .exitCode != 0);
    }

    void filesAgree()
    {
        const QByteArray desktop = read(desktopFile);
        const QByteArray metainfo = read(metainfoFile);
        QVERIFY(desktop.contains("\nExec=airpane\n"));
        // The icon the desktop file names is the one installed (resources/CMakeLists.txt).
        QVERIFY(desktop.contains("\nIcon=org.airpane.Airpane\n"));
        QVERIFY(QFile::exists(QStringLiteral(AIRPANE_SOURCE_DIR "/resources/icons/airpane.svg")));
        QVERIFY(
            metainfo.contains("<launchable type=\"desktop-id\">org.airpane.Airpane.desktop</launchable>"));
        QVERIFY(metainfo.contains("<binary>airpane</binary>"));
        for (const char *language : {"de", "fr", "es", "ja"}) {
            const QByteArray code(language);
            QVERIFY2(desktop.contains(QByteArray("\nComment[" + code + "]=")), language);
            QVERIFY2(desktop.contains(QByteArray("\nGenericName[" + code + "]=")), language);
            QVERIFY2(metainfo.contains(QByteArray("<summary xml:lang=\"" + code + "\">")), language);
        }
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
