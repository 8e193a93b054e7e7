// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/helperclient.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "translators.h"

#include <airpane/version.h>

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace {

// `--screenshot` must work on a machine without a display: choose the offscreen platform before
// QApplication connects to one, unless the user chose a platform.
void preferOffscreenForScreenshots(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        return;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int fail(const QString &message)
{
    std::fprintf(stderr, "airpane: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("airpane"));
    QApplication::setApplicationDisplayName(QStringLiteral("Airpane"));
    QApplication::setOrganizationDomain(QStringLiteral("airpane.org"));
    QApplication::setApplicationVersion(QStringLiteral(AIRPANE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.airpane.Airpane"));
    Airpane::installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate(
            "main", "Open PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events."),
        QStringLiteral("page"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to the PNG file FILE and exit."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size, WIDTHxHEIGHT (default 1280x800)."),
        QStringLiteral("size"));
    const QCommandLineOption labOption(
        QStringLiteral("lab"),
        QApplication::translate("main", "Mark the window as running on the virtual lab's SCENARIO."),
        QStringLiteral("scenario"));
    parser.addOptions({pageOption, screenshotOption, sizeOption, labOption});
    parser.process(app);

    Airpane::HelperClient client;
    Airpane::MainWindow window(&client);
    const bool screenshot = parser.isSet(screenshotOption);
    if (!screenshot) {
        window.restoreSettings();
    }
    if (parser.isSet(labOption)) {
        window.setVirtualLab(true, parser.value(labOption));
    }
    if (parser.isSet(pageOption)) {
        const auto page = Airpane::pageFromKey(parser.value(pageOption));
        if (!page) {
            return fail(QApplication::translate("main", "unknown page \"%1\"").arg(parser.value(pageOption)));
        }
        window.setCurrentPage(*page);
    }
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = parts.size() == 2 ? parts[0].toInt() : 0;
        const int height = parts.size() == 2 ? parts[1].toInt() : 0;
        if (width < 320 || height < 240 || width > 8192 || height > 8192) {
            return fail(
                QApplication::translate("main", "--size wants WIDTHxHEIGHT between 320x240 and 8192x8192"));
        }
        window.resize(width, height);
    }
    window.show();

    if (screenshot) {
        Airpane::screenshotWhenSettled(&window, parser.value(screenshotOption));
    }
    client.start();
    return app.exec();
}
