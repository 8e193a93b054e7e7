// SPDX-License-Identifier: GPL-3.0-or-later
// `airpane --screenshot FILE` writes a real PNG of the main window, with and without a display.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesPng_data()
    {
        QTest::addColumn<bool>("withDisplay");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::newRow("x11 default") << true << QString() << QSize(1280, 800);
        QTest::newRow("x11 scan 1024x700") << true << QStringLiteral("scan") << QSize(1024, 700);
        QTest::newRow("headless default") << false << QString() << QSize(1280, 800);
        QTest::newRow("headless capabilities") << false << QStringLiteral("capabilities") << QSize(1440, 900);
    }

    void writesPng()
    {
        QFETCH(bool, withDisplay);
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));

        QStringList args{QStringLiteral("--screenshot"), file};
        if (!page.isEmpty()) {
            args << QStringLiteral("--page") << page;
        }
        if (size != QSize(1280, 800)) {
            args << QStringLiteral("--size") << QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        }
        const auto [exitCode, output] = run(args, withDisplay);
        QCOMPARE(exitCode, 0);

        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        // A window, not a blank canvas: navigation, text and icons give many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("nonsense")};
        QTest::newRow("tiny size") << QStringList{QStringLiteral("--size"), QStringLiteral("10x10")};
        QTest::newRow("malformed size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")};
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        const auto [exitCode, output] = run(QStringList{QStringLiteral("--screenshot"), file} + extra, false);
        QCOMPARE(exitCode, 2);
        QVERIFY2(output.contains("airpane:"), output.constData());
        QVERIFY(!QFile::exists(file));
    }

private:
    static std::pair<int, QByteArray> run(const QStringList &args, bool withDisplay)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (!withDisplay) {
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(AIRPANE_GUI_BINARY), args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            return {-1, "timeout"};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
