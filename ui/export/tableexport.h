// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QAbstractItemModel;

namespace Airpane {

// A table as a file for other programs: CSV for spreadsheets, JSON for scripts. Rows are the
// model's top-level rows with, for a tree, their children depth-first. COLUMNS are the model's
// columns to write, in that order (the caller passes the visible ones in visual order); empty means
// all of them.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // RFC 4180, UTF-8: a header line, CRLF after every record, quotes only where needed. ROLE lets a
    // model offer raw values instead of the text it shows.
    static QByteArray toCsv(const QAbstractItemModel *model, const QList<int> &columns = {},
                            int role = Qt::DisplayRole);
    // An indented array with one object per row. The keys are the headers' Qt::UserRole data where
    // the model provides a stable machine key ("ssid"), else the header text; numbers stay numbers
    // and missing values are null.
    static QByteArray toJson(const QAbstractItemModel *model, const QList<int> &columns = {},
                             int role = Qt::DisplayRole);
    // Replaces PATH with DATA in one step, so a failed export never leaves half a file behind.
    static bool write(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Airpane
