// SPDX-License-Identifier: GPL-3.0-or-later
// The exports: a table as RFC 4180 CSV (exact bytes, and read back by an independent reader) and as
// JSON with stable keys and real numbers; a widget as PNG at its pixel ratio and as SVG that a
// renderer accepts; and a failed write that leaves nothing behind.
#include "export/chartexport.h"
#include "export/tableexport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Airpane;

namespace {

using Rows = QList<QStringList>;

// A null string leaves the cell without an item, so the model returns an invalid QVariant there.
void fill(QStandardItemModel &model, const QStringList &headers, const Rows &rows)
{
    model.setColumnCount(int(headers.size()));
    model.setHorizontalHeaderLabels(headers);
    for (const QStringList &cells : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : cells) {
            items.append(cell.isNull() ? nullptr : new QStandardItem(cell));
        }
        model.appendRow(items);
    }
}

// Strict on purpose: a bare CR or LF outside quotes, a quote inside an unquoted field or a record
// without its CRLF is an error, so a writer that gets one of them wrong cannot pass by luck.
std::optional<Rows> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const qsizetype n = text.size();
    Rows records;
    QStringList record;
    qsizetype i = 0;
    while (i < n) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i >= n) {
                    return std::nullopt;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i);
            }
        } else {
            for (; i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r'); ++i) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n')) {
                    return std::nullopt;
                }
                field += text.at(i);
            }
        }
        record.append(field);
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            if (i == n) {
                return std::nullopt;
            }
        } else if (QStringView(text).mid(i, 2) == u"\r\n") {
            records.append(record);
            record.clear();
            i += 2;
        } else {
            return std::nullopt;
        }
    }
    if (!record.isEmpty()) {
        return std::nullopt;
    }
    return records;
}

QStringList pick(const QStringList &cells, const QList<int> &columns)
{
    if (columns.isEmpty()) {
        return cells;
    }
    QStringList picked;
    for (int column : columns) {
        picked.append(cells.value(column));
    }
    return picked;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<QByteArray>("expected");

        const QStringList two{QStringLiteral("SSID"), QStringLiteral("Channel")};
        QTest::newRow("plain") << two
                               << Rows{{QStringLiteral("home"), QStringLiteral("6")},
                                       {QStringLiteral("office"), QStringLiteral("36")}}
                               << QList<int>() << QByteArray("SSID,Channel\r\nhome,6\r\noffice,36\r\n");
        QTest::newRow("comma") << QStringList{QStringLiteral("Signal, dBm"), QStringLiteral("SSID")}
                               << Rows{{QStringLiteral("-40"), QStringLiteral("a,b")}} << QList<int>()
                               << QByteArray("\"Signal, dBm\",SSID\r\n-40,\"a,b\"\r\n");
        QTest::newRow("quote") << two << Rows{{QStringLiteral("say \"hi\""), QStringLiteral("\"")}}
                               << QList<int>()
                               << QByteArray("SSID,Channel\r\n\"say \"\"hi\"\"\",\"\"\"\"\r\n");
        QTest::newRow("crlf") << two << Rows{{QStringLiteral("one\r\ntwo"), QStringLiteral("cr\ronly")}}
                              << QList<int>()
                              << QByteArray("SSID,Channel\r\n\"one\r\ntwo\",\"cr\ronly\"\r\n");
        QTest::newRow("lf") << two << Rows{{QStringLiteral("one\ntwo"), QStringLiteral("1")}} << QList<int>()
                            << QByteArray("SSID,Channel\r\n\"one\ntwo\",1\r\n");
        QTest::newRow("empty") << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
                               << Rows{{QStringLiteral(""), QStringLiteral("x"), QString()},
                                       {QString(), QString(), QString()}}
                               << QList<int>() << QByteArray("A,B,C\r\n,x,\r\n,,\r\n");
        QTest::newRow("non-ascii")
            << QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("SSID")}
            << Rows{{QStringLiteral("\u65e5\u672c"), QStringLiteral("\u2615, \U0001F4F6")}} << QList<int>()
            << QByteArray("Caf\xc3\xa9,SSID\r\n"
                          "\xe6\x97\xa5\xe6\x9c\xac,\"\xe2\x98\x95, \xf0\x9f\x93\xb6\"\r\n");
        QTest::newRow("spaces") << two << Rows{{QStringLiteral("  padded  "), QStringLiteral(" 6")}}
                                << QList<int>() << QByteArray("SSID,Channel\r\n  padded  , 6\r\n");
        QTest::newRow("subset and order")
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
            << Rows{{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")},
                    {QStringLiteral("a2"), QStringLiteral("b2"), QStringLiteral("c2")}}
            << QList<int>{2, 0} << QByteArray("C,A\r\nc1,a1\r\nc2,a2\r\n");
    }

    void csv()
    {
        QFETCH(QStringList, headers);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, columns);
        QFETCH(QByteArray, expected);
        QStandardItemModel model;
        fill(model, headers, rows);
        QCOMPARE(TableExport::toCsv(&model, columns), expected);
    }

    void csvRoundTrip_data() { csv_data(); }

    void csvRoundTrip()
    {
        QFETCH(QStringList, headers);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, columns);
        QStandardItemModel model;
        fill(model, headers, rows);
        const std::optional<Rows> read = readCsv(TableExport::toCsv(&model, columns));
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), rows.size() + 1);
        QCOMPARE(read->at(0), pick(headers, columns));
        for (qsizetype row = 0; row < rows.size(); ++row) {
            QStringList cells = pick(rows.at(row), columns);
            for (QString &cell : cells) {
                cell = cell.isNull() ? QStringLiteral("") : cell;
            }
            QCOMPARE(read->at(row + 1), cells);
        }
    }

    void csvTreeIsDepthFirst()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({QStringLiteral("Name")});
        auto *radio = new QStandardItem(QStringLiteral("phy0"));
        auto *wlan = new QStandardItem(QStringLiteral("wlan0"));
        wlan->appendRow(new QStandardItem(QStringLiteral("p2p-dev-wlan0")));
        radio->appendRow(wlan);
        radio->appendRow(new QStandardItem(QStringLiteral("wlan1")));
        model.appendRow(radio);
        model.appendRow(new QStandardItem(QStringLiteral("phy1")));
        QCOMPARE(TableExport::toCsv(&model),
                 QByteArray("Name\r\nphy0\r\nwlan0\r\np2p-dev-wlan0\r\nwlan1\r\nphy1\r\n"));
    }

    void csvRole()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({QStringLiteral("Signal")});
        auto *item = new QStandardItem(QStringLiteral("-42 dBm"));
        item->setData(-42.5, Qt::UserRole);
        model.appendRow(item);
        QCOMPARE(TableExport::toCsv(&model, {}, Qt::UserRole), QByteArray("Signal\r\n-42.5\r\n"));
        QCOMPARE(TableExport::toCsv(&model), QByteArray("Signal\r\n-42 dBm\r\n"));
    }

    void json()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("SSID"), QStringLiteral("Channel"),
                                         QStringLiteral("Signal"), QStringLiteral("Hidden")});
        model.setHeaderData(0, Qt::Horizontal, QStringLiteral("ssid"), Qt::UserRole);
        model.setHeaderData(1, Qt::Horizontal, QStringLiteral("channel"), Qt::UserRole);
        auto *ssid = new QStandardItem(QStringLiteral("home"));
        auto *channel = new QStandardItem;
        channel->setData(36, Qt::DisplayRole);
        auto *signal = new QStandardItem;
        signal->setData(-65.5, Qt::DisplayRole);
        model.appendRow({ssid, channel, signal, nullptr});

        const QByteArray bytes = TableExport::toJson(&model);
        QVERIFY2(bytes.contains("\n    "), "indented");
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 1);
        const QJsonObject row = document.array().at(0).toObject();
        QCOMPARE(row.keys(), (QStringList{QStringLiteral("Hidden"), QStringLiteral("Signal"),
                                          QStringLiteral("channel"), QStringLiteral("ssid")}));
        QCOMPARE(row.value(QLatin1String("ssid")), QJsonValue(QStringLiteral("home")));
        QVERIFY(row.value(QLatin1String("channel")).isDouble());
        QCOMPARE(row.value(QLatin1String("channel")).toInt(), 36);
        QVERIFY(row.value(QLatin1String("Signal")).isDouble());
        QCOMPARE(row.value(QLatin1String("Signal")).toDouble(), -65.5);
        QVERIFY(row.value(QLatin1String("Hidden")).isNull());

        const QJsonObject subset =
            QJsonDocument::fromJson(TableExport::toJson(&model, {1})).array().at(0).toObject();
        QCOMPARE(subset.keys(), QStringList{QStringLiteral("channel")});
    }

    void png()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLabel label(QStringLiteral("Airpane"));
        label.setFixedSize(200, 100);
        const QString path = dir.filePath(QStringLiteral("label.png"));
        QString error;
        QVERIFY2(ChartExport::toPng(&label, path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        const qreal ratio = label.devicePixelRatioF();
        QCOMPARE(image.size(), QSize(qRound(200 * ratio), qRound(100 * ratio)));
    }

    void svg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLabel label(QStringLiteral("Airpane"));
        label.setFixedSize(200, 100);
        const QString path = dir.filePath(QStringLiteral("label.svg"));
        QString error;
        QVERIFY2(ChartExport::toSvg(&label, path, QStringLiteral("Channels <2.4 & 5 GHz>"), &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.startsWith("<?xml") || svg.contains("<svg"));
        // Page names hold "&" ("Radios & interfaces"); unescaped, it would make the file unreadable.
        QVERIFY(svg.contains("<title>Channels &lt;2.4 &amp; 5 GHz&gt;</title>"));
        QVERIFY(svg.contains("viewBox=\"0 0 200 100\""));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 200, 100));
    }

    void suggestedName()
    {
        const QDateTime when(QDate(2026, 11, 21), QTime(14, 5));
        QCOMPARE(ChartExport::suggestedName(QStringLiteral("channels"), QStringLiteral("svg"), when),
                 QStringLiteral("airpane-channels-2026-11-21-1405.svg"));
        QCOMPARE(
            ChartExport::suggestedName(QStringLiteral("Scan results/2.4 GHz"), QStringLiteral(".csv"), when),
            QStringLiteral("airpane-scan-results-2-4-ghz-2026-11-21-1405.csv"));
    }

    void writeReplacesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QString error;
        QVERIFY2(TableExport::write(path, "old, and longer\r\n", &error), qPrintable(error));
        QVERIFY2(TableExport::write(path, "new\r\n", &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("table.csv")});
    }

    void writeFailsInAMissingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing/table.csv"));
        QString error;
        QVERIFY(!TableExport::write(path, "a\r\n", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("table.csv")), qPrintable(error));
        QLabel label(QStringLiteral("x"));
        QVERIFY(!ChartExport::toPng(&label, dir.filePath(QStringLiteral("missing/chart.png")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
