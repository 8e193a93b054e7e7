// SPDX-License-Identifier: GPL-3.0-or-later
#include "bssmodel.h"

#include "client/scanstate.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>
#include <algorithm>
#include <functional>

namespace Airpane {
namespace {

// A colour of its own per physical AP, so that its BSSes are found together at a glance.
QPixmap groupMark(const QString &group)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(int(qHash(group) % 360), 160, 210));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 3, 3);
    return pixmap;
}

QString bandName(const QString &band)
{
    if (band == QLatin1String("2.4GHz")) {
        return BssModel::tr("2.4 GHz");
    }
    if (band == QLatin1String("5GHz")) {
        return BssModel::tr("5 GHz");
    }
    if (band == QLatin1String("6GHz")) {
        return BssModel::tr("6 GHz");
    }
    return band;
}

QString standardName(const QString &standard)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("b"), QStringLiteral("802.11b")},
        {QStringLiteral("g"), QStringLiteral("802.11g")},
        {QStringLiteral("a"), QStringLiteral("802.11a")},
        {QStringLiteral("n"), QStringLiteral("802.11n (Wi-Fi 4)")},
        {QStringLiteral("ac"), QStringLiteral("802.11ac (Wi-Fi 5)")},
        {QStringLiteral("ax"), QStringLiteral("802.11ax (Wi-Fi 6)")},
        {QStringLiteral("be"), QStringLiteral("802.11be (Wi-Fi 7)")},
    };
    return names.value(standard, standard);
}

} // namespace

BssModel::BssModel(ScanState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    for (const Client::Bss &bss : state->bsses()) {
        m_rows.insert(bss.key, int(m_keys.size()));
        m_keys.append(bss.key);
    }
    rebuildGroups();
    connect(state, &ScanState::bssesChanged, this, &BssModel::apply);
}

void BssModel::apply(const QStringList &added, const QStringList &changed, const QStringList &removed)
{
    // Removals from the bottom up, in runs, so that the rows above keep their numbers meanwhile.
    QList<int> gone;
    for (const QString &key : removed) {
        if (const int row = rowOf(key); row >= 0) {
            gone.append(row);
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (qsizetype i = 0; i < gone.size();) {
        qsizetype j = i;
        while (j + 1 < gone.size() && gone[j + 1] == gone[j] - 1) {
            ++j;
        }
        beginRemoveRows({}, gone[j], gone[i]);
        m_keys.remove(gone[j], gone[i] - gone[j] + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!gone.isEmpty()) {
        m_rows.clear();
        for (int row = 0; row < m_keys.size(); ++row) {
            m_rows.insert(m_keys[row], row);
        }
    }
    QStringList fresh; // new rows need no dataChanged
    for (const QString &key : added) {
        if (!m_rows.contains(key)) {
            fresh.append(key);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const QString &key : std::as_const(fresh)) {
            m_rows.insert(key, int(m_keys.size()));
            m_keys.append(key);
        }
        endInsertRows();
    }
    QList<int> rows;
    for (const QString &key : changed) {
        if (const int row = rowOf(key); row >= 0) {
            rows.append(row);
        }
    }
    // A group that gained or lost a member changes the marks of its other BSSes too.
    const QHash<QString, int> oldSizes = m_groupSizes;
    rebuildGroups();
    if (oldSizes != m_groupSizes) {
        for (int row = 0; row < m_keys.size() - fresh.size(); ++row) {
            const Client::Bss *bss = m_state->bss(m_keys[row]);
            const int before = bss ? oldSizes.value(bss->groupKey) : 0;
            if (before != 0 && before != m_groupSizes.value(bss->groupKey)) {
                rows.append(row);
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
}

void BssModel::rebuildGroups()
{
    m_groupSizes.clear();
    m_groupSignals.clear();
    for (const QString &key : std::as_const(m_keys)) {
        const Client::Bss *bss = m_state->bss(key);
        if (!bss) {
            continue;
        }
        ++m_groupSizes[bss->groupKey];
        const double signal = bss->signalDbm.value_or(-1000);
        const auto it = m_groupSignals.find(bss->groupKey);
        if (it == m_groupSignals.end() || *it < signal) {
            m_groupSignals.insert(bss->groupKey, signal);
        }
    }
}

int BssModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int BssModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BssModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Client::Bss *bss = m_state->bss(m_keys[index.row()]);
    if (!bss) {
        return {};
    }
    switch (role) {
    case KeyRole:
        return bss->key;
    case SignalRole:
        return bss->signalDbm ? QVariant(*bss->signalDbm) : QVariant();
    case BandRole:
        return bss->band;
    case SecurityRole:
        return bss->securityKind;
    case HiddenRole:
        return bss->hidden;
    case SsidRole:
        return bss->ssid;
    case GroupRole:
        return bss->groupKey;
    case GroupSizeRole:
        return m_groupSizes.value(bss->groupKey);
    case GroupSignalRole:
        return m_groupSignals.value(bss->groupKey);
    case Qt::DecorationRole:
        return index.column() == Ssid && m_groupSizes.value(bss->groupKey) > 1 ? groupMark(bss->groupKey)
                                                                               : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Ssid && m_groupSizes.value(bss->groupKey) > 1) {
            return tr("One of %n network(s) of the same access point", nullptr,
                      m_groupSizes.value(bss->groupKey));
        }
        return {};
    case Qt::FontRole:
        if (bss->hidden && index.column() == Ssid) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Channel:
        case Width:
        case Load:
        case Stations:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole:
    case SortRole:
        return display(index.column(), role, index);
    case ExportRole:
        return exported(*bss, index.column());
    default:
        return {};
    }
}

QVariant BssModel::exported(const Client::Bss &bss, int column)
{
    auto optional = [](const auto &value) { return value ? QVariant(*value) : QVariant(); };
    auto time = [](const QDateTime &when) {
        return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    };
    switch (column) {
    case Ssid:
        return bss.hidden ? QVariant() : QVariant(bss.ssid);
    case Bssid:
        return bss.bssid;
    case Vendor:
        return bss.vendor.isEmpty() ? QVariant() : QVariant(bss.vendor);
    case Band:
        return bss.band;
    case Channel:
        return optional(bss.channel);
    case Width:
        return bss.widthMhz;
    case Signal:
        return optional(bss.signalDbm);
    case Security:
        return bss.securityName;
    case Standard:
        return bss.standard;
    case Load:
        return optional(bss.utilizationPercent);
    case Stations:
        return optional(bss.stations);
    case FirstSeen:
        return time(bss.firstSeen);
    case LastSeen:
        return time(bss.lastSeen);
    default:
        return {};
    }
}

QVariant BssModel::display(int column, int role, const QModelIndex &index) const
{
    const Client::Bss &bss = *m_state->bss(m_keys[index.row()]);
    const bool sort = role == SortRole;
    switch (column) {
    case Ssid:
        return sort ? QVariant(bss.hidden ? QString() : bss.ssid.toCaseFolded()) : bss.displaySsid();
    case Bssid:
        return bss.bssid;
    case Vendor:
        return bss.vendor;
    case Band:
        return sort ? QVariant(bss.frequency) : bandName(bss.band);
    case Channel:
        if (sort) {
            return bss.frequency;
        }
        return bss.channel ? QVariant(*bss.channel) : QVariant(tr("%1 MHz").arg(bss.frequency));
    case Width:
        return sort ? QVariant(bss.widthMhz) : tr("%1 MHz").arg(bss.widthMhz);
    case Signal:
        if (sort) {
            return bss.signalDbm.value_or(-1000);
        }
        return bss.signalDbm ? tr("%1 dBm").arg(*bss.signalDbm, 0, 'f', 0) : QVariant();
    case Security:
        return bss.securityName;
    case Standard:
        return sort ? QVariant(bss.standard) : standardName(bss.standard);
    case Load:
        if (!bss.utilizationPercent) {
            return sort ? QVariant(-1) : QVariant();
        }
        return sort ? QVariant(*bss.utilizationPercent) : tr("%1 %").arg(*bss.utilizationPercent);
    case Stations:
        if (!bss.stations) {
            return sort ? QVariant(-1) : QVariant();
        }
        return *bss.stations;
    case FirstSeen:
    case LastSeen: {
        const QDateTime time = column == FirstSeen ? bss.firstSeen : bss.lastSeen;
        if (sort) {
            return time;
        }
        return time.isValid() ? QVariant(time.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                              : QVariant();
    }
    default:
        return {};
    }
}

QVariant BssModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::UserRole) {
        // Stable keys for exports, as JSON.md names the fields where it has them.
        static const QStringList keys = {QStringLiteral("ssid"),      QStringLiteral("bssid"),
                                         QStringLiteral("vendor"),    QStringLiteral("band"),
                                         QStringLiteral("channel"),   QStringLiteral("widthMhz"),
                                         QStringLiteral("signalDbm"), QStringLiteral("security"),
                                         QStringLiteral("standard"),  QStringLiteral("utilizationPercent"),
                                         QStringLiteral("stations"),  QStringLiteral("firstSeen"),
                                         QStringLiteral("lastSeen")};
        return keys.value(section);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Ssid:
        return tr("SSID");
    case Bssid:
        return tr("BSSID");
    case Vendor:
        return tr("Vendor");
    case Band:
        return tr("Band");
    case Channel:
        return tr("Channel");
    case Width:
        return tr("Width");
    case Signal:
        return tr("Signal");
    case Security:
        return tr("Security");
    case Standard:
        return tr("Standard");
    case Load:
        return tr("Load");
    case Stations:
        return tr("Stations");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace Airpane
