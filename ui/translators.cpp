// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Airpane {

void installTranslators(QCoreApplication *app)
{
    // Translators installed later are asked first: English plurals go in first.
    auto *plurals = new QTranslator(app);
    if (plurals->load(QStringLiteral(":/i18n/airpane_en"))) {
        QCoreApplication::installTranslator(plurals);
    }
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *airpane = new QTranslator(app);
    if (airpane->load(QLocale(), QStringLiteral("airpane"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(airpane);
    }
}

} // namespace Airpane
