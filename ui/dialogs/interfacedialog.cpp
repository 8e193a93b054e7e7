// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacedialog.h"

#include "client/actionhandler.h"
#include "client/clientstate.h"
#include "decode/wifinames.h"
#include "style/tintedsvgiconengine.h"

#include "contract.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Airpane {
namespace {

// The types the helper creates (CreateInterface), in the order people look for them.
const QStringList creatableTypes = {
    QStringLiteral("station"),    QStringLiteral("ap"),         QStringLiteral("monitor"),
    QStringLiteral("mesh-point"), QStringLiteral("p2p-device"), QStringLiteral("p2p-client"),
    QStringLiteral("p2p-go"),     QStringLiteral("adhoc"),      QStringLiteral("ocb"),
    QStringLiteral("nan"),
};

QString namePrefix(const QString &type)
{
    if (type == QLatin1String("ap")) {
        return QStringLiteral("ap");
    }
    if (type == QLatin1String("monitor")) {
        return QStringLiteral("mon");
    }
    if (type == QLatin1String("mesh-point")) {
        return QStringLiteral("mesh");
    }
    if (type.startsWith(QLatin1String("p2p"))) {
        return QStringLiteral("p2p");
    }
    return QStringLiteral("wlan");
}

} // namespace

InterfaceDialog::InterfaceDialog(ClientState *state, ActionHandler *actions, Mode mode, uint radio,
                                 const QString &wdev, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_actions(actions)
    , m_mode(mode)
    , m_wdev(wdev)
    , m_radios(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_types(new QComboBox(this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("interfaceDialog"));
    const Client::Interface *interface = state->interface(wdev);
    setWindowTitle(mode == Mode::Create
                       ? tr("New Interface")
                       : tr("Change Type of %1").arg(interface ? interface->displayName() : wdev));
    for (const Client::Radio &each : state->radios()) {
        m_radios->addItem(tintedIcon(QStringLiteral("radio")), each.name, each.index);
    }
    m_radios->setEnabled(mode == Mode::Create);
    m_name->setObjectName(QStringLiteral("interfaceName"));
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,15}")), this));
    m_name->setEnabled(mode == Mode::Create);
    m_name->setText(interface ? interface->displayName() : QString());
    m_types->setObjectName(QStringLiteral("interfaceType"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictIcon->setAlignment(Qt::AlignTop);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Radio:"), m_radios);
    form->addRow(tr("&Type:"), m_types);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(verdictRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::Create ? tr("&Create") : tr("C&hange"));
    // The change asks polkit; say so on the button that starts it.
    if (actions->authorization(Contract::Action::interfaces) ==
        ActionHandler::Authorization::PasswordRequired) {
        ok->setIcon(tintedIcon(QStringLiteral("lock")));
        ok->setToolTip(tr("Asks for an administrator password."));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InterfaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_radios, &QComboBox::currentIndexChanged, this, [this] {
        fillTypes();
        check();
    });
    connect(m_types, &QComboBox::currentIndexChanged, this, [this] {
        if (m_mode == Mode::Create && !m_nameEdited) {
            m_name->setText(suggestedName(type()));
        }
        check();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateButtons();
    });
    setRadio(interface ? interface->radio : radio);
    fillTypes();
    if (mode == Mode::Create) {
        m_name->setText(suggestedName(type()));
    }
    check();
}

std::optional<uint> InterfaceDialog::radio() const
{
    return m_radios->currentIndex() < 0 ? std::nullopt
                                        : std::optional<uint>(m_radios->currentData().toUInt());
}

QString InterfaceDialog::type() const
{
    return m_types->currentData().toString();
}

QString InterfaceDialog::name() const
{
    return m_name->text();
}

QString InterfaceDialog::verdictText() const
{
    return m_verdict->text();
}

QStringList InterfaceDialog::offeredTypes() const
{
    QStringList types;
    for (int row = 0; row < m_types->count(); ++row) {
        types.append(m_types->itemData(row).toString());
    }
    return types;
}

void InterfaceDialog::setRadio(uint radio)
{
    if (const int row = m_radios->findData(radio); row >= 0) {
        m_radios->setCurrentIndex(row);
    }
}

void InterfaceDialog::setType(const QString &type)
{
    if (const int row = m_types->findData(type); row >= 0) {
        m_types->setCurrentIndex(row);
    }
}

void InterfaceDialog::setName(const QString &name)
{
    m_nameEdited = true;
    m_name->setText(name);
    updateButtons();
}

void InterfaceDialog::fillTypes()
{
    const QSignalBlocker blocker(m_types);
    const QString previous = type();
    m_types->clear();
    const std::optional<uint> index = radio();
    const Client::Radio *found = index ? m_state->radio(*index) : nullptr;
    const Client::Interface *interface = m_state->interface(m_wdev);
    for (const QString &key : creatableTypes) {
        if (!found || !found->supports(key) || (interface && interface->type == key)) {
            continue;
        }
        // A P2P device has no network device: it cannot become anything else, nor be made of one.
        if (m_mode == Mode::ChangeType && key == QLatin1String("p2p-device")) {
            continue;
        }
        m_types->addItem(WifiNames::interfaceType(key), key);
        m_types->setItemData(m_types->count() - 1, WifiNames::interfaceTypeExplanation(key), Qt::ToolTipRole);
    }
    setType(previous);
}

void InterfaceDialog::check()
{
    const int generation = ++m_generation;
    m_allowed = false;
    const std::optional<uint> index = radio();
    if (!index || type().isEmpty()) {
        showVerdict(false, tr("This radio offers no interface type Airpane can create."));
        return;
    }
    if (m_mode == Mode::ChangeType) {
        m_allowed = true;
        showVerdict(true, tr("The interface must be down. The helper checks the radio's interface "
                             "combinations when you change it, and says so if they do not allow it."));
        return;
    }
    showVerdict(false, tr("Checking whether %1 has room for one more %2…")
                           .arg(m_state->radioName(*index), WifiNames::interfaceType(type())));
    m_actions->checkInterface(
        *index, type(), this, [this, generation](const Client::InterfaceVerdict &verdict) {
            if (generation != m_generation) {
                return;
            }
            m_allowed = verdict.allowed;
            QString text;
            if (!verdict.error.isEmpty()) {
                text = verdict.error;
            } else if (verdict.allowed) {
                text = verdict.notes.isEmpty() ? tr("The radio's interface combinations allow it.")
                                               : tr("Allowed. %1").arg(verdict.notes.join(QLatin1Char(' ')));
            } else {
                text = verdict.problems.isEmpty()
                           ? tr("The radio's interface combinations do not allow it.")
                           : tr("Not possible now: %1").arg(verdict.problems.join(QStringLiteral("; ")));
            }
            showVerdict(verdict.allowed, text);
            Q_EMIT verdictShown();
        });
}

void InterfaceDialog::showVerdict(bool allowed, const QString &text)
{
    const int size = fontMetrics().height();
    m_verdictIcon->setPixmap(
        QIcon(allowed ? QStringLiteral(":/icons/status-good.svg") : QStringLiteral(":/icons/status-note.svg"))
            .pixmap(QSize(size, size), devicePixelRatioF()));
    m_verdict->setText(text);
    updateButtons();
}

void InterfaceDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && m_allowed && m_name->hasAcceptableInput() && !type().isEmpty());
}

QString InterfaceDialog::suggestedName(const QString &type) const
{
    const QString prefix = namePrefix(type);
    QStringList taken;
    for (const Client::Interface &interface : m_state->interfaces()) {
        taken.append(interface.name);
    }
    for (int number = 0;; ++number) {
        const QString name = prefix + QString::number(number);
        if (!taken.contains(name)) {
            return name;
        }
    }
}

void InterfaceDialog::accept()
{
    const std::optional<uint> index = radio();
    if (m_busy || !index) {
        return;
    }
    m_busy = true;
    updateButtons();
    showVerdict(true, m_mode == Mode::Create ? tr("Creating %1…").arg(name()) : tr("Changing the type…"));
    auto done = [this](const Client::OperationResult &result) {
        m_busy = false;
        if (result.ok) {
            Q_EMIT finished(true);
            QDialog::accept();
            return;
        }
        showVerdict(false, result.error);
        Q_EMIT finished(false);
    };
    if (m_mode == Mode::Create) {
        m_actions->createInterface(*index, name(), type(), this, done);
    } else {
        m_actions->setInterfaceType(m_wdev, type(), this, done);
    }
}

} // namespace Airpane
