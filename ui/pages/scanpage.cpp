// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanpage.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "export/exportdialog.h"
#include "export/tableexport.h"
#include "models/bssfiltermodel.h"
#include "models/bssmodel.h"
#include "pageid.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/elementinspector.h"
#include "widgets/emptystateoverlay.h"
#include "widgets/pageheader.h"
#include "widgets/scancontrols.h"
#include "widgets/signalbardelegate.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airpane {

ScanPage::ScanPage(HelperClient *client, ActionHandler *actions, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_actions(actions)
    , m_model(new BssModel(client->state()->scans(), this))
    , m_filter(new BssFilterModel(this))
    , m_header(new PageHeader(pageKey(PageId::Scan), tr("Scan"), this))
    , m_controls(new ScanControls(client, actions, this))
    , m_search(new QLineEdit(this))
    , m_pattern(new QLineEdit(this))
    , m_band(new QComboBox(this))
    , m_security(new QComboBox(this))
    , m_minimumSignal(new QSpinBox(this))
    , m_hideHidden(new QCheckBox(tr("Hide &hidden"), this))
    , m_group(new QCheckBox(tr("&Group by access point"), this))
    , m_columns(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_inspector(new ElementInspector(m_splitter))
{
    m_filter->setSourceModel(m_model);
    buildFilters();

    m_table->setObjectName(QStringLiteral("bsses"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BssModel::Signal, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(BssModel::Signal, new SignalBarDelegate(BssModel::SignalRole, this));
    const QString samples[] = {QStringLiteral("Airport-Free-WiFi-5G"),
                               QStringLiteral("00:00:00:00:00:00"),
                               QStringLiteral("Ubiquiti Inc"),
                               tr("2.4 GHz"),
                               QStringLiteral("1000"),
                               tr("%1 MHz").arg(160),
                               QStringLiteral("-100 dBm  "),
                               QStringLiteral("WPA2/WPA3-Personal"),
                               QStringLiteral("802.11ax (Wi-Fi 6)"),
                               QStringLiteral("100 %"),
                               QStringLiteral("000"),
                               QStringLiteral("00:00:00"),
                               QStringLiteral("00:00:00")};
    for (int column = 0; column < BssModel::ColumnCount; ++column) {
        const int text =
            std::max(fontMetrics().horizontalAdvance(samples[column]),
                     fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()));
        m_table->horizontalHeader()->resizeSection(column, text + fontMetrics().averageCharWidth() * 3);
    }
    // The rarely needed columns start hidden; the column chooser brings them back.
    for (const int column : {BssModel::FirstSeen, BssModel::Vendor}) {
        m_table->setColumnHidden(column, true);
    }
    m_table->viewport()->installEventFilter(this);
    m_empty = new EmptyStateOverlay(m_table);
    buildColumnChooser();

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The table is what people read; the inspector is for those who ask.
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 150, fontMetrics().averageCharWidth() * 70});

    m_header->addWidget(m_columns);
    m_header->addWidget(createExportButton());
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_pattern, 1);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_band, m_security}) {
        filters->addWidget(widget);
    }
    auto *signalLabel = new QLabel(tr("Mi&nimum signal:"), this);
    signalLabel->setBuddy(m_minimumSignal);
    filters->addWidget(signalLabel);
    filters->addWidget(m_minimumSignal);
    filters->addWidget(m_hideHidden);
    filters->addWidget(m_group);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_controls);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScanPage::onSelectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &ScanPage::updateSummary);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ScanPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ScanPage::updateSummary);
    updateSummary();
}

void ScanPage::buildFilters()
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search networks, vendors, security"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(tintedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_pattern->setPlaceholderText(tr("SSID or BSSID regular expression"));
    m_pattern->setClearButtonEnabled(true);
    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_band->addItem(tr("All bands"), QString());
    m_band->addItem(tr("2.4 GHz"), QStringLiteral("2.4GHz"));
    m_band->addItem(tr("5 GHz"), QStringLiteral("5GHz"));
    m_band->addItem(tr("6 GHz"), QStringLiteral("6GHz"));
    m_security->setObjectName(QStringLiteral("securityFilter"));
    using Security = BssFilterModel::SecurityClass;
    const QList<std::pair<Security, QString>> classes = {
        {Security::Any, tr("Any security")},  {Security::Open, tr("Open")},
        {Security::Legacy, tr("WEP or WPA")}, {Security::Wpa2, tr("WPA2")},
        {Security::Wpa3, tr("WPA3")},         {Security::Enterprise, tr("Enterprise")}};
    for (const auto &[security, name] : classes) {
        m_security->addItem(name, int(security));
    }
    m_minimumSignal->setObjectName(QStringLiteral("minimumSignal"));
    m_minimumSignal->setRange(-100, -20);
    m_minimumSignal->setValue(-100);
    m_minimumSignal->setSuffix(tr(" dBm"));
    m_minimumSignal->setSpecialValueText(tr("Any"));
    m_hideHidden->setObjectName(QStringLiteral("hideHidden"));
    m_group->setObjectName(QStringLiteral("groupByAp"));
    m_group->setToolTip(tr("Keep the networks of one physical access point together, strongest first"));

    connect(m_search, &QLineEdit::textChanged, this, &ScanPage::applyFilters);
    connect(m_pattern, &QLineEdit::textChanged, this, &ScanPage::applyFilters);
    connect(m_band, &QComboBox::currentIndexChanged, this, &ScanPage::applyFilters);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ScanPage::applyFilters);
    connect(m_minimumSignal, &QSpinBox::valueChanged, this, &ScanPage::applyFilters);
    connect(m_hideHidden, &QCheckBox::toggled, this, &ScanPage::applyFilters);
    connect(m_group, &QCheckBox::toggled, m_filter, &BssFilterModel::setGrouped);
}

void ScanPage::buildColumnChooser()
{
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns shown"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setAutoRaise(true);
    auto *menu = new QMenu(m_columns);
    for (int column = 0; column < BssModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(column);
        // The SSID is how rows are told apart: it stays.
        action->setEnabled(column != BssModel::Ssid);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        for (QAction *action : menu->actions()) {
            QSignalBlocker blocker(action);
            action->setChecked(!m_table->isColumnHidden(action->data().toInt()));
        }
    });
    m_columns->setMenu(menu);
}

void ScanPage::applyFilters()
{
    m_filter->setText(m_search->text());
    const bool valid = m_filter->setPattern(m_pattern->text());
    m_pattern->setToolTip(valid ? QString() : tr("Not a valid regular expression"));
    // A wrong expression is marked, not silently ignored.
    QPalette palette = m_search->palette();
    if (!valid) {
        palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
    }
    m_pattern->setPalette(palette);
    m_filter->setBand(m_band->currentData().toString());
    m_filter->setSecurity(BssFilterModel::SecurityClass(m_security->currentData().toInt()));
    m_filter->setMinimumSignal(m_minimumSignal->value());
    m_filter->setHideHidden(m_hideHidden->isChecked());
    updateSummary();
}

void ScanPage::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_header->setSubtitle(shown == total ? tr("%n network(s)", nullptr, total)
                                         : tr("%1 of %n network(s) shown", nullptr, total).arg(shown));
    if (total == 0) {
        m_empty->setMessage(tr("No networks heard yet. Scanning needs a station interface that is up."));
    } else {
        m_empty->setMessage(tr("No network matches the filters."));
    }
}

QString ScanPage::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(BssModel::KeyRole).toString();
}

void ScanPage::selectBss(const QString &key)
{
    const int row = m_model->rowOf(key);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ScanPage::onSelectionChanged()
{
    const QString key = selectedKey();
    Q_EMIT bssSelected(key);
    if (key.isEmpty()) {
        m_inspector->showMessage(tr("Select a network to see its elements."));
        return;
    }
    if (key == m_inspector->bssKey()) {
        return;
    }
    m_inspector->showMessage(tr("Reading the elements of %1…").arg(key));
    m_actions->bssDetails(key, m_inspector, [this, key](const Client::BssDetails &details) {
        // An answer for a row no longer selected is old news.
        if (selectedKey() == key) {
            m_inspector->setDetails(details);
        }
    });
}

bool ScanPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::Enter) {
            m_filter->setFrozen(true);
        } else if (event->type() == QEvent::Leave) {
            m_filter->setFrozen(false);
        }
    }
    return Page::eventFilter(watched, event);
}

void ScanPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("grouped"), m_group->isChecked());
    settings.setValue(QStringLiteral("hideHidden"), m_hideHidden->isChecked());
}

void ScanPage::restoreState(QSettings &settings)
{
    if (settings.contains(QStringLiteral("columns"))) {
        m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
    }
    if (settings.contains(QStringLiteral("splitter"))) {
        m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    }
    m_group->setChecked(settings.value(QStringLiteral("grouped"), false).toBool());
    m_hideHidden->setChecked(settings.value(QStringLiteral("hideHidden"), false).toBool());
}

void ScanPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QToolButton *ScanPage::createExportButton()
{
    QToolButton *button = ExportDialog::button(
        this, QStringLiteral("exportTable"),
        tr("Save the table as shown (filtered, sorted, the visible columns) as CSV or JSON"));
    QMenu *menu = button->menu();
    const auto exportAs = [this](const QString &suffix, bool json) {
        ExportDialog::save(this, QStringLiteral("bss"), suffix,
                           [this, json](const QString &path, QString *error) {
                               const QList<int> columns = visibleColumns();
                               const QByteArray bytes =
                                   json ? TableExport::toJson(m_table->model(), columns, BssModel::ExportRole)
                                        : TableExport::toCsv(m_table->model(), columns);
                               return TableExport::write(path, bytes, error);
                           });
    };
    menu->addAction(tr("Table as CSV…"), this, [exportAs] { exportAs(QStringLiteral("csv"), false); });
    menu->addAction(tr("Table as JSON…"), this, [exportAs] { exportAs(QStringLiteral("json"), true); });
    return button;
}

QList<int> ScanPage::visibleColumns() const
{
    // In the order the user arranged them.
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    return columns;
}

} // namespace Airpane
