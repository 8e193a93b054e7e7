// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/tableexport.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Airpane {

namespace {

QList<int> columnsOrAll(const QAbstractItemModel *model, const QList<int> &columns)
{
    if (!columns.isEmpty()) {
        return columns;
    }
    QList<int> all;
    for (int column = 0; column < model->columnCount(); ++column) {
        all.append(column);
    }
    return all;
}

// Children hang off column 0, as QTreeView expects them.
void collectRows(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> &rows)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        rows.append(index);
        if (model->hasChildren(index)) {
            collectRows(model, index, rows);
        }
    }
}

QList<QModelIndex> allRows(const QAbstractItemModel *model)
{
    QList<QModelIndex> rows;
    collectRows(model, {}, rows);
    return rows;
}

QByteArray csvField(const QString &text)
{
    // Leading and trailing spaces are data (RFC 4180, 2.4), so they need no quotes.
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!quote) {
        return text.toUtf8();
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

QByteArray TableExport::toCsv(const QAbstractItemModel *model, const QList<int> &columns, int role)
{
    if (!model) {
        return {};
    }
    const QList<int> chosen = columnsOrAll(model, columns);
    QStringList header;
    for (int column : chosen) {
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    QByteArray csv = csvRecord(header);
    for (const QModelIndex &first : allRows(model)) {
        QStringList fields;
        for (int column : chosen) {
            fields.append(first.siblingAtColumn(column).data(role).toString());
        }
        csv += csvRecord(fields);
    }
    return csv;
}

QByteArray TableExport::toJson(const QAbstractItemModel *model, const QList<int> &columns, int role)
{
    if (!model) {
        return QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented);
    }
    const QList<int> chosen = columnsOrAll(model, columns);
    QStringList keys;
    for (int column : chosen) {
        // Header text is translated and may change; a script needs a key that does not.
        QString key = model->headerData(column, Qt::Horizontal, Qt::UserRole).toString();
        if (key.isEmpty()) {
            key = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        }
        keys.append(key);
    }
    QJsonArray array;
    for (const QModelIndex &first : allRows(model)) {
        QJsonObject object;
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            // fromVariant maps numbers to numbers and an invalid QVariant to null.
            object.insert(keys.at(i),
                          QJsonValue::fromVariant(first.siblingAtColumn(chosen.at(i)).data(role)));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool TableExport::write(const QString &path, const QByteArray &data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Cannot write %1: %2.").arg(shown, file.errorString());
        }
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2.").arg(shown, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace Airpane
