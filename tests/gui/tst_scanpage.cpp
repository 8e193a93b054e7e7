// SPDX-License-Identifier: GPL-3.0-or-later
// The Scan page on a real X server, fed with the BSSes the lab's crowded hall recorded
// (tests/data/json/hall/bss.json, `airpane-cli scan dump wlan0 --json --elements`) as the helper
// sends them: the table and its filters, the column chooser, the rows holding still under the
// pointer, the element inspector's tree and hex view in step both ways. Saved as screenshots.
#include "recordedstate.h"

#include "client/actionhandler.h"
#include "client/bssconversion.h"
#include "client/clientstate.h"
#include "client/helperclient.h"
#include "export/tableexport.h"
#include "models/bssfiltermodel.h"
#include "models/bssmodel.h"
#include "models/elementtreemodel.h"
#include "pages/scanpage.h"
#include "screenshot.h"
#include "translators.h"
#include "widgets/elementinspector.h"
#include "widgets/elidedlabel.h"
#include "widgets/hexview.h"
#include "widgets/scancontrols.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Airpane;
using namespace Qt::StringLiterals;

class TestScanPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(qApp);
        Test::feed(m_client.state(), Test::load(u"hall"_s));
        for (const QJsonObject &object : Test::readJson(u"hall"_s, u"bss.json"_s)) {
            m_details.append(Client::bssDetailsFromJson(Test::overDbus(object)));
            m_bsses.append(m_details.last().bss);
        }
        QVERIFY2(m_bsses.size() >= 200, "the hall is crowded");
        m_client.state()->scans()->resetBsses(m_bsses);
        m_page = new ScanPage(&m_client, &m_actions);
        m_page->resize(1600, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase() { delete m_page; }

    void tableShowsEveryBss()
    {
        QTableView *table = m_page->table();
        QCOMPARE(table->model()->rowCount(), m_bsses.size());
        // Strongest first.
        const double first = table->model()->index(0, 0).data(BssModel::SignalRole).toDouble();
        const double last =
            table->model()->index(table->model()->rowCount() - 1, 0).data(BssModel::SignalRole).toDouble();
        QVERIFY(first >= last);
        save(u"scan"_s);
    }

    void filtersNarrowTheTable()
    {
        int on24 = 0;
        for (const Client::Bss &bss : std::as_const(m_bsses)) {
            on24 += bss.band == QLatin1String("2.4GHz");
        }
        m_page->bandFilter()->setCurrentIndex(m_page->bandFilter()->findData(u"2.4GHz"_s));
        QCOMPARE(m_page->table()->model()->rowCount(), on24);
        m_page->bandFilter()->setCurrentIndex(0);
        m_page->minimumSignal()->setValue(-25);
        for (int row = 0; row < m_page->table()->model()->rowCount(); ++row) {
            QVERIFY(m_page->table()->model()->index(row, 0).data(BssModel::SignalRole).toDouble() >= -25);
        }
        QVERIFY(m_page->table()->model()->rowCount() < m_bsses.size());
        m_page->minimumSignal()->setValue(-100);
        const QString bssid = m_bsses.first().bssid;
        QTest::keyClicks(m_page->pattern(), u"^"_s + bssid + u"$"_s);
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        m_page->pattern()->clear();
        QTest::keyClicks(m_page->pattern(), u"(["_s);
        QCOMPARE(m_page->table()->model()->rowCount(), m_bsses.size());
        QVERIFY(!m_page->pattern()->toolTip().isEmpty());
        m_page->pattern()->clear();
        QCOMPARE(m_page->table()->model()->rowCount(), m_bsses.size());
    }

    void columnChooserHidesColumns()
    {
        QVERIFY(m_page->table()->isColumnHidden(BssModel::Vendor));
        QMenu *menu = m_page->columnChooser()->menu();
        QVERIFY(menu);
        QAction *vendor = menu->actions().at(BssModel::Vendor);
        vendor->setChecked(true);
        QVERIFY(!m_page->table()->isColumnHidden(BssModel::Vendor));
        QVERIFY(!menu->actions().at(BssModel::Ssid)->isEnabled());
    }

    // The export writes the table as shown: the visible columns in their order, the rows the
    // filters leave, as CSV for people and JSON with data values.
    void exportsTheTableAsShown()
    {
        QTableView *table = m_page->table();
        table->setColumnHidden(BssModel::Vendor, true);
        const QList<int> columns = m_page->visibleColumns();
        QVERIFY(!columns.contains(BssModel::Vendor));
        const QList<QByteArray> lines = TableExport::toCsv(table->model(), columns).split('\n');
        QCOMPARE(lines.size(), table->model()->rowCount() + 2); // header, rows, nothing after the last CRLF
        QVERIFY(lines.first().startsWith("SSID,BSSID,Band,"));
        const QJsonArray rows =
            QJsonDocument::fromJson(TableExport::toJson(table->model(), columns, BssModel::ExportRole))
                .array();
        QCOMPARE(rows.size(), table->model()->rowCount());
        const QJsonObject first = rows.first().toObject();
        const QString key = table->model()->index(0, 0).data(BssModel::KeyRole).toString();
        const Client::Bss *bss = m_client.state()->scans()->bss(key);
        QVERIFY(bss);
        QCOMPARE(first[u"bssid"].toString(), bss->bssid);
        QCOMPARE(first[u"signalDbm"].toDouble(), bss->signalDbm.value_or(0));
        QCOMPARE(first[u"band"].toString(), bss->band);
        QVERIFY(!first.contains(u"vendor"));
        table->setColumnHidden(BssModel::Vendor, false);
    }

    void rowsHoldStillUnderThePointer()
    {
        m_page->filter()->setFrozen(true);
        const QString top = m_page->table()->model()->index(0, 0).data(BssModel::KeyRole).toString();
        Client::Bss weakest = m_bsses.last();
        const QString key = m_page->table()
                                ->model()
                                ->index(m_page->table()->model()->rowCount() - 1, 0)
                                .data(BssModel::KeyRole)
                                .toString();
        weakest = *m_client.state()->scans()->bss(key);
        weakest.signalDbm = -10;
        m_client.state()->scans()->updateBsses({weakest}, {});
        QCOMPARE(m_page->table()->model()->index(0, 0).data(BssModel::KeyRole).toString(), top);
        m_page->filter()->setFrozen(false);
        QCOMPARE(m_page->table()->model()->index(0, 0).data(BssModel::KeyRole).toString(), key);
    }

    void inspectorFollowsTheSelection()
    {
        // The richest BSS: the most elements.
        const Client::BssDetails *richest = &m_details.first();
        for (const Client::BssDetails &details : std::as_const(m_details)) {
            if (details.elements.size() > richest->elements.size()) {
                richest = &details;
            }
        }
        QVERIFY(richest->elements.size() >= 5);
        m_page->selectBss(richest->bss.key);
        QCOMPARE(m_page->selectedKey(), richest->bss.key);
        // No helper here: the answer is what GetBssDetails would give.
        ElementInspector *inspector = m_page->inspector();
        inspector->setDetails(*richest);
        QCOMPARE(inspector->model()->rowCount(), richest->elements.size());
        QCOMPARE(inspector->hex()->bytes(), richest->bss.elements);

        // Tree to hex: an element's bytes are highlighted.
        const Client::DecodedElement &second = richest->elements[1];
        QModelIndex index = inspector->model()->index(1, 0);
        inspector->tree()->setCurrentIndex(index);
        QCOMPARE(inspector->hex()->highlight(), qMakePair(second.offset, second.length));
        // Hex to tree: a byte of the first element's first field selects that field.
        const Client::DecodedElement &first = richest->elements[0];
        QVERIFY(!first.fields.isEmpty());
        inspector->selectByte(first.fields[0].offset);
        const QModelIndex current = inspector->tree()->currentIndex();
        QCOMPARE(current.data(ElementTreeModel::KeyRole).toString(), first.fields[0].key);
        QCOMPARE(inspector->hex()->highlight(), qMakePair(first.fields[0].offset, first.fields[0].length));
        // A click in the hex dump maps the text position back to the byte.
        QCOMPARE(inspector->hex()->byteAt(6 + 3 * 2), 2);
        QCOMPARE(inspector->hex()->byteAt(6 + 16 * 3 + 1 + 5), 5);
        QCOMPARE(inspector->hex()->byteAt(2), -1);
        inspector->tree()->expandAll();
        const QModelIndex deep = inspector->model()->indexAt(second.offset + 2);
        inspector->tree()->setCurrentIndex(deep);
        save(u"scan-inspector"_s);
    }

    void scanStateShows()
    {
        ScanControls *controls = m_page->controls();
        const QString interface = controls->interfaceName();
        QVERIFY(!interface.isEmpty());
        m_client.state()->scans()->setScanState(interface, u"started"_s, false);
        QVERIFY(controls->progress()->isVisibleTo(m_page));
        m_client.state()->scans()->setScanState(interface, u"finished"_s, false);
        QVERIFY(!controls->progress()->isVisibleTo(m_page));
        // A scan that was not the session's own (live or triggered) is news; its own is not.
        QVERIFY(controls->note()->text().contains(u"another program"_s));
        m_client.state()->scans()->setScanState(interface, u"finished"_s, true);
        QVERIFY(!controls->note()->text().contains(u"another program"_s));
    }

    void groupedByAccessPoint()
    {
        m_page->groupByAp()->setChecked(true);
        QVERIFY(m_page->filter()->isGrouped());
        // Members of one AP are adjacent.
        QSet<QString> finished;
        QString current;
        for (int row = 0; row < m_page->table()->model()->rowCount(); ++row) {
            const QString group =
                m_page->table()->model()->index(row, 0).data(BssModel::GroupRole).toString();
            if (group != current) {
                QVERIFY2(!finished.contains(group), qPrintable(group));
                finished.insert(current);
                current = group;
            }
        }
        save(u"scan-grouped"_s);
        m_page->groupByAp()->setChecked(false);
    }

private:
    void save(const QString &name)
    {
        QTest::qWait(50);
        const QString error =
            saveScreenshot(m_page, QStringLiteral(AIRPANE_ARTIFACTS_DIR "/%1.png").arg(name));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    HelperClient m_client; // never started: fed by hand
    ActionHandler m_actions{&m_client};
    QList<Client::Bss> m_bsses;
    QList<Client::BssDetails> m_details;
    ScanPage *m_page = nullptr;
};

QTEST_MAIN(TestScanPage)
#include "tst_scanpage.moc"
