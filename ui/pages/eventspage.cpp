// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventspage.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "decode/wifinames.h"
#include "models/eventfiltermodel.h"
#include "models/eventmodel.h"
#include "models/radiolistmodel.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/emptystateoverlay.h"
#include "widgets/pageheader.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airpane {

EventsPage::EventsPage(HelperClient *client, ActionHandler *actions, QWidget *parent)
    : Page(parent)
    , m_client(client)
    , m_actions(actions)
    , m_model(new EventModel(client->state(), this))
    , m_filter(new EventFilterModel(this))
    , m_radios(new RadioListModel(client->state(), true, this))
    , m_header(new PageHeader(QStringLiteral("events"), tr("Events"), this))
    , m_radioFilter(new QComboBox(this))
    , m_interfaceFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(m_model);

    m_pause = new QAction(tintedIcon(QStringLiteral("pause")), tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseEvents"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pause->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pause->setToolTip(tr("Stop receiving events; the helper sends none until you resume (%1)")
                            .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
    connect(m_pause, &QAction::toggled, actions, &ActionHandler::setEventsPaused);
    connect(actions, &ActionHandler::eventsPausedChanged, m_pause, &QAction::setChecked);
    m_clear = new QAction(tintedIcon(QStringLiteral("clear")), tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearEvents"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_clear->setToolTip(
        tr("Forget the events shown (%1)").arg(m_clear->shortcut().toString(QKeySequence::NativeText)));
    connect(m_clear, &QAction::triggered, m_model, &EventModel::clear);
    for (QAction *action : {m_pause, m_clear}) {
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        m_header->addWidget(button);
    }

    m_radioFilter->setObjectName(QStringLiteral("radioFilter"));
    m_radioFilter->setModel(m_radios);
    m_interfaceFilter->setObjectName(QStringLiteral("interfaceFilter"));
    m_interfaceFilter->setEditable(true);
    m_interfaceFilter->setInsertPolicy(QComboBox::NoInsert);
    m_interfaceFilter->lineEdit()->setPlaceholderText(tr("All interfaces"));
    m_interfaceFilter->setMinimumContentsLength(14);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const char *kind :
         {"radio", "interface", "scan", "regulatory", "connection", "station", "frame", "other"}) {
        m_kindFilter->addItem(WifiNames::eventKind(QLatin1String(kind)), QLatin1String(kind));
    }
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search events"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(tintedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QWidget *widget) {
        auto *text = new QLabel(label, this);
        text->setBuddy(widget);
        filters->addWidget(text);
        filters->addWidget(widget);
        filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    };
    addFilter(tr("&Radio:"), m_radioFilter);
    addFilter(tr("&Interface:"), m_interfaceFilter);
    addFilter(tr("&Kind:"), m_kindFilter);
    filters->addWidget(m_search, 1);

    m_table->setObjectName(QStringLiteral("events"));
    m_table->setModel(m_filter);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for typical values; the summary takes the rest.
    const QString samples[] = {QStringLiteral("00:00:00.000"), tr("Regulatory"), QStringLiteral("phy00"),
                               QStringLiteral("0x100000000"), QStringLiteral("cancel_remain_on_channel")};
    for (int column = 0; column < EventModel::Summary; ++column) {
        const int text =
            std::max(fontMetrics().horizontalAdvance(samples[column]),
                     fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()));
        m_table->horizontalHeader()->resizeSection(column, text + fontMetrics().averageCharWidth() * 4);
    }
    m_empty = new EmptyStateOverlay(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_radioFilter, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_interfaceFilter, &QComboBox::currentTextChanged, this, &EventsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_filter, &EventFilterModel::setText);
    connect(m_search, &QLineEdit::textChanged, this, &EventsPage::updateSummary);
    // Follow the newest event while the user looks at the end of the log.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_atBottom = value >= m_table->verticalScrollBar()->maximum() - 2; });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventsPage::followNewest);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &EventsPage::updateSummary);
    }
    ClientState *state = client->state();
    connect(state, &ClientState::interfaceAdded, this, &EventsPage::updateInterfaces);
    connect(state, &ClientState::interfaceRemoved, this, &EventsPage::updateInterfaces);
    connect(actions, &ActionHandler::eventsPausedChanged, this, &EventsPage::updateSummary);
    updateInterfaces();
    updateSummary();
}

void EventsPage::followNewest()
{
    if (m_atBottom) {
        m_table->scrollToBottom();
    }
}

void EventsPage::updateInterfaces()
{
    const QString current = m_interfaceFilter->currentText();
    QStringList names;
    for (const Client::Interface &interface : m_client->state()->interfaces()) {
        names.append(interface.displayName());
    }
    names.sort();
    const QSignalBlocker blocker(m_interfaceFilter);
    m_interfaceFilter->clear();
    m_interfaceFilter->addItem(QString());
    m_interfaceFilter->addItems(names);
    m_interfaceFilter->setCurrentText(current);
}

void EventsPage::applyFilters()
{
    const qint64 radio = m_radioFilter->currentData(RadioListModel::RadioRole).toLongLong();
    m_filter->setRadio(radio >= 0 && m_radioFilter->currentIndex() >= 0 ? std::optional<uint>(uint(radio))
                                                                        : std::nullopt);
    m_filter->setInterface(m_interfaceFilter->currentText().trimmed());
    m_filter->setKind(m_kindFilter->currentData().toString());
    updateSummary();
}

void EventsPage::setRadioFilter(std::optional<uint> radio)
{
    m_radioFilter->setCurrentIndex(radio ? m_radios->rowOf(*radio) : 0);
}

void EventsPage::setKindFilter(const QString &kind)
{
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
}

void EventsPage::setInterfaceFilter(const QString &interface)
{
    m_interfaceFilter->setCurrentText(interface);
}

void EventsPage::updateSummary()
{
    const QLocale locale;
    QString text = m_filter->isFiltering() ? tr("%1 of %n event(s) shown", nullptr, m_model->rowCount())
                                                 .arg(locale.toString(m_filter->rowCount()))
                                           : tr("%n event(s)", nullptr, m_model->rowCount());
    text += QStringLiteral(" · ") + tr("keeps the newest %1").arg(locale.toString(m_model->capacity()));
    if (m_actions->eventsPaused()) {
        text += QStringLiteral(" · ") + tr("paused");
    }
    m_header->setSubtitle(text);
    m_empty->setMessage(m_model->rowCount() > 0 ? tr("No event matches the filters.")
                        : m_actions->eventsPaused()
                            ? tr("Paused: no events arrive until you resume.")
                            : tr("No events yet. They appear here as the kernel reports them."));
}

void EventsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("kind"), m_kindFilter->currentData().toString());
}

void EventsPage::restoreState(QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    setKindFilter(settings.value(QStringLiteral("kind")).toString());
}

void EventsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Airpane
