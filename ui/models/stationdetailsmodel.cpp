// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationdetailsmodel.h"

#include "client/stationconversion.h"
#include "client/stationstate.h"
#include "decode/stationtext.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <ctime>

namespace Airpane {
namespace {

// Rows of one section; fields without a value get none.
class Rows
{
public:
    explicit Rows(QList<StationDetailsModel::Row> &rows)
        : m_rows(rows)
    {}

    void add(const char *field, const QString &label, const QString &text, const QVariant &value,
             const QString &explanation = {})
    {
        m_rows.append({QLatin1String(field), label, text, value, explanation});
    }
    template<typename T, typename Format>
    void add(const char *field, const QString &label, const std::optional<T> &value, Format format,
             const QString &explanation = {})
    {
        if (value) {
            add(field, label, format(*value), QVariant::fromValue(*value), explanation);
        }
    }
    void flag(const char *field, const QString &label, const std::optional<bool> &value,
              const QString &explanation = {})
    {
        add(field, label, value, [](bool set) { return StationText::yesNo(set); }, explanation);
    }

private:
    QList<StationDetailsModel::Row> &m_rows;
};

QVariantList levels(const QList<int> &dbm)
{
    QVariantList list;
    for (const int level : dbm) {
        list.append(level);
    }
    return list;
}

// The wall-clock time of a CLOCK_BOOTTIME stamp, by this machine's clocks (the helper's are the same).
QString bootTime(qint64 ns)
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 bootNowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    const QDateTime at = QDateTime::currentDateTime().addMSecs(ns / 1000000 - bootNowMs);
    return QLocale().toString(at, QLocale::ShortFormat);
}

} // namespace

StationDetailsModel::StationDetailsModel(StationState *state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state)
{
    connect(state, &StationState::stationsChanged, this,
            [this](const QStringList &added, const QStringList &changed, const QStringList &removed) {
                if (added.contains(m_key) || changed.contains(m_key) || removed.contains(m_key)) {
                    rebuild();
                }
            });
}

QList<StationDetailsModel::Section> StationDetailsModel::sectionsOf(const Client::Station &s)
{
    const auto count = [](qint64 value) { return StationText::count(value); };
    const auto dbm = [](int value) { return StationText::signal(value); };
    QList<Section> sections;
    auto section = [&sections](const QString &title) {
        sections.append({title, {}});
        return Rows(sections.last().rows);
    };
    Rows station = section(tr("Station"));
    station.add("mac", tr("Address"), s.mac, s.mac);
    if (!s.vendor.isEmpty()) {
        station.add("vendor", tr("Vendor"), s.vendor, s.vendor);
    }
    if (!s.standard().isEmpty()) {
        station.add("", tr("Standard"), StationText::standard(s.standard()), s.standard(),
                    tr("The newest standard of the rates it uses with this interface now."));
    }
    Rows signal = section(tr("Signal"));
    signal.add("signalDbm", tr("Signal"), s.signalDbm, dbm, tr("Of the last frame received."));
    if (!s.chainSignalDbm.isEmpty()) {
        signal.add("chainSignalDbm", tr("Per antenna"), StationText::chains(s.chainSignalDbm),
                   levels(s.chainSignalDbm));
    }
    signal.add("signalAverageDbm", tr("Average"), s.signalAverageDbm, dbm);
    if (!s.chainSignalAverageDbm.isEmpty()) {
        signal.add("chainSignalAverageDbm", tr("Average per antenna"),
                   StationText::chains(s.chainSignalAverageDbm), levels(s.chainSignalAverageDbm));
    }
    signal.add("beaconSignalAverageDbm", tr("Beacons"), s.beaconSignalAverageDbm, dbm,
               tr("The average signal of the access point's beacons."));
    signal.add("ackSignalDbm", tr("Last acknowledgement"), s.ackSignalDbm, dbm);
    signal.add("ackSignalAverageDbm", tr("Acknowledgements"), s.ackSignalAverageDbm, dbm);

    Rows rates = section(tr("Rates"));
    for (const auto &[field, label, rate] :
         {std::tuple{"txRate", tr("Transmit"), s.txRate}, std::tuple{"rxRate", tr("Receive"), s.rxRate}}) {
        if (rate) {
            rates.add(field, label, StationText::rate(*rate), Client::rateToMap(*rate));
        }
    }
    rates.add(
        "expectedThroughputKbps", tr("Expected throughput"), s.expectedThroughputKbps,
        [](qint64 kbps) { return StationText::mbps(double(kbps) / 1000.0); },
        tr("What the driver's rate control expects this link to carry."));

    Rows reliability = section(tr("Reliability"));
    reliability.add("txRetries", tr("Transmit retries"), s.txRetries, count);
    reliability.add("txFailed", tr("Transmit failures"), s.txFailed, count,
                    tr("Frames given up after every retry."));
    reliability.add("beaconLoss", tr("Beacons lost"), s.beaconLoss, count,
                    tr("Times the access point's beacons stopped coming."));
    reliability.add("beaconRx", tr("Beacons received"), s.beaconRx, count);
    reliability.add("rxDropMisc", tr("Received and dropped"), s.rxDropMisc, count);

    Rows traffic = section(tr("Traffic"));
    traffic.add("rxBytes", tr("Received"), s.rxBytes, [](qint64 value) { return StationText::bytes(value); });
    traffic.add("rxPackets", tr("Packets received"), s.rxPackets, count);
    traffic.add("txBytes", tr("Sent"), s.txBytes, [](qint64 value) { return StationText::bytes(value); });
    traffic.add("txPackets", tr("Packets sent"), s.txPackets, count);
    const auto airtime = [](qint64 us) { return StationText::microseconds(us); };
    traffic.add("rxDurationUs", tr("Receive airtime"), s.rxDurationUs, airtime);
    traffic.add("txDurationUs", tr("Transmit airtime"), s.txDurationUs, airtime);

    Rows connection = section(tr("Connection"));
    connection.add("connectedSeconds", tr("Connected for"), s.connectedSeconds,
                   [](qint64 value) { return StationText::duration(value); });
    connection.add(
        "inactiveMs", tr("Inactive for"), s.inactiveMs,
        [](qint64 value) { return StationText::milliseconds(value); },
        tr("Since the last frame to or from it."));
    connection.add("associatedAtBoottimeNs", tr("Associated at"), s.associatedAtBoottimeNs, bootTime);
    connection.add(
        "tOffset", tr("Timing offset"), s.tOffset, [](qint64 us) { return StationText::microseconds(us); },
        tr("Between its timer (TSF) and this radio's."));
    connection.flag("authorized", tr("Authorized"), s.authorized,
                    tr("Its keys are in place: data flows (802.1X or the 4-way handshake done)."));
    connection.flag("authenticated", tr("Authenticated"), s.authenticated);
    connection.flag("associated", tr("Associated"), s.associated);
    connection.add("shortPreamble", tr("Preamble"), s.shortPreamble,
                   [](bool set) { return set ? tr("short") : tr("long"); });
    connection.flag("wme", tr("WMM"), s.wme, tr("QoS: traffic goes in four access categories."));
    connection.flag("mfp", tr("Protected management frames"), s.mfp);
    connection.flag("tdlsPeer", tr("TDLS peer"), s.tdlsPeer);

    if (s.hasBss) {
        Rows bss = section(tr("Network"));
        bss.add("bss.dtimPeriod", tr("DTIM period"), s.dtimPeriod,
                [](int beacons) { return tr("%n beacon(s)", nullptr, beacons); });
        bss.add("bss.beaconInterval", tr("Beacon interval"), s.beaconInterval,
                [](int tu) { return tr("%1 TU").arg(tu); });
        bss.add("bss.ctsProtection", tr("CTS protection"), StationText::yesNo(s.ctsProtection),
                s.ctsProtection);
        bss.add("bss.shortPreamble", tr("Short preamble"), StationText::yesNo(s.shortPreambleBss),
                s.shortPreambleBss);
        bss.add("bss.shortSlotTime", tr("Short slot time"), StationText::yesNo(s.shortSlotTime),
                s.shortSlotTime);
    }
    sections.removeIf([](const Section &candidate) { return candidate.rows.isEmpty(); });
    return sections;
}

void StationDetailsModel::setStation(const QString &key)
{
    if (key != m_key) {
        m_key = key;
        beginResetModel();
        m_sections.clear();
        endResetModel();
        rebuild();
    }
}

void StationDetailsModel::rebuild()
{
    const Client::Station *station = m_state->station(m_key);
    const QList<Section> fresh = station ? sectionsOf(*station) : QList<Section>();
    bool sameShape = fresh.size() == m_sections.size();
    for (qsizetype i = 0; sameShape && i < fresh.size(); ++i) {
        sameShape =
            fresh[i].title == m_sections[i].title && fresh[i].rows.size() == m_sections[i].rows.size();
        for (qsizetype r = 0; sameShape && r < fresh[i].rows.size(); ++r) {
            sameShape = fresh[i].rows[r].field == m_sections[i].rows[r].field &&
                        fresh[i].rows[r].label == m_sections[i].rows[r].label;
        }
    }
    if (!sameShape) {
        beginResetModel();
        m_sections = fresh;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        for (qsizetype r = 0; r < fresh[i].rows.size(); ++r) {
            Row &row = m_sections[i].rows[r];
            if (row.text != fresh[i].rows[r].text || row.value != fresh[i].rows[r].value) {
                row = fresh[i].rows[r];
                const QModelIndex parent = index(int(i), 0);
                Q_EMIT dataChanged(index(int(r), Value, parent), index(int(r), Value, parent));
            }
        }
    }
}

QModelIndex StationDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // A section's rows carry the section's number plus one; sections carry zero.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex StationDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int StationDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_sections.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(m_sections[parent.row()].rows.size());
}

int StationDetailsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StationDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const Section &section = m_sections[index.row()];
        if (role == Qt::DisplayRole && index.column() == Field) {
            return section.title;
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Row &row = m_sections[int(index.internalId() - 1)].rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Field ? row.label : row.text;
    case Qt::ToolTipRole:
        return row.explanation.isEmpty() ? QVariant() : QVariant(row.explanation);
    case FieldRole:
        return row.field.isEmpty() ? QVariant() : QVariant(row.field);
    case ValueRole:
        return row.value;
    default:
        return {};
    }
}

QVariant StationDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return section == Field ? tr("Field") : tr("Value");
    }
    return {};
}

} // namespace Airpane
