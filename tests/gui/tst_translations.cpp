// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete and safe: every message of translations/*.ts is translated, keeps
// its placeholders (%1, %n, ...) and its keyboard accelerator, and has the plural forms of its
// language; the compiled translations reach the running program, English plurals included.
#include "recordedstate.h"

#include "client/helperclient.h"
#include "decode/wifinames.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "translators.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Airpane;

namespace {

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// An accelerator is an & before a character other than a space (“Radios & interfaces” has none).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    return QString(text).remove(QStringLiteral("&&")).contains(accelerator);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("fr") << QStringLiteral("fr") << 2;
        QTest::newRow("es") << QStringLiteral("es") << 2;
        QTest::newRow("ja") << QStringLiteral("ja") << 1;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFile file(QStringLiteral(AIRPANE_SOURCE_DIR "/translations/airpane_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        QCOMPARE(document.documentElement().attribute(QStringLiteral("language")), language);
        const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            if (translation.hasAttribute(QStringLiteral("type"))) {
                problems.append(
                    QStringLiteral("%1 (%2)").arg(source, translation.attribute(QStringLiteral("type"))));
                continue;
            }
            QStringList forms;
            if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
                for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform"));
                     !form.isNull(); form = form.nextSiblingElement(QStringLiteral("numerusform"))) {
                    forms.append(form.text());
                }
                if (forms.size() != pluralForms) {
                    problems.append(QStringLiteral("%1: %2 plural forms").arg(source).arg(forms.size()));
                }
            } else {
                forms.append(translation.text());
            }
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty()) {
                    problems.append(source + QStringLiteral(": empty"));
                } else if (placeholders(form) != placeholders(source)) {
                    problems.append(QStringLiteral("%1: placeholders of “%2”").arg(source, form));
                } else if (hasAccelerator(form) != hasAccelerator(source)) {
                    problems.append(QStringLiteral("%1: accelerator of “%2”").arg(source, form));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void translationsReachTheProgram()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/airpane_de.qm")),
                 qPrintable(QDir(QStringLiteral(":/")).entryList().join(u' ')));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslators(qApp);
        QCOMPARE(WifiNames::interfaceType(QStringLiteral("ap")), QStringLiteral("Zugangspunkt"));
        HelperClient client;
        Test::feed(client.state(), Test::load());
        MainWindow window(&client);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Funkmodule"));
        QCOMPARE(QCoreApplication::translate("Airpane::RadiosPage", "%n radio(s)", nullptr, 2),
                 QStringLiteral("2 Funkmodule"));
        // German is the longest of the four: its pages, for a look at the layout.
        window.resize(1280, 800);
        window.show();
        for (const PageId page : {PageId::Radios, PageId::Capabilities, PageId::WifiDirect, PageId::Events}) {
            window.setCurrentPage(page);
            QTest::qWait(50);
            QCOMPARE(saveScreenshot(
                         &window,
                         QStringLiteral(AIRPANE_ARTIFACTS_DIR "/translations-de-%1.png").arg(pageKey(page))),
                     QString());
        }
    }

    void englishHasItsPlurals()
    {
        QLocale::setDefault(QLocale::c());
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        installTranslators(qApp);
        QCOMPARE(QCoreApplication::translate("Airpane::RadiosPage", "%n radio(s)", nullptr, 1),
                 QStringLiteral("1 radio"));
        QCOMPARE(QCoreApplication::translate("Airpane::RadiosPage", "%n radio(s)", nullptr, 7),
                 QStringLiteral("7 radios"));
        QCOMPARE(QCoreApplication::translate("Airpane::RadioTreeModel", "%1  ·  %2  ·  %n interface(s)",
                                             nullptr, 1)
                     .arg(QStringLiteral("phy0"), QStringLiteral("5 GHz")),
                 QStringLiteral("phy0  ·  5 GHz  ·  1 interface"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
