// SPDX-License-Identifier: GPL-3.0-or-later
// RadiosPage's interface actions: new, change type, delete, through InterfaceDialog and the action
// handler. Apart from the page's views so that each file stays readable.
#include "radiospage.h"

#include "client/actionhandler.h"
#include "client/helperclient.h"
#include "decode/wifinames.h"
#include "dialogs/interfacedialog.h"
#include "models/radiotreemodel.h"
#include "style/tintedsvgiconengine.h"
#include "widgets/authorizationmarker.h"
#include "widgets/pageheader.h"

#include "contract.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>

namespace Airpane {

void RadiosPage::createActions(AuthorizationMarker *marker)
{
    m_newInterface = new QAction(tr("New Interface…"), this);
    m_newInterface->setObjectName(QStringLiteral("newInterface"));
    m_newInterface->setShortcut(QKeySequence::New);
    m_newInterface->setToolTip(tr("Create an interface on the radio selected (%1)")
                                   .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    marker->mark(m_newInterface, Contract::Action::interfaces, tintedIcon(QStringLiteral("new-interface")));
    m_changeType = new QAction(tr("Change Type…"), this);
    m_changeType->setObjectName(QStringLiteral("changeType"));
    m_changeType->setToolTip(tr("Make the interface selected a station, an access point, a monitor, …"));
    marker->mark(m_changeType, Contract::Action::interfaces, tintedIcon(QStringLiteral("change-type")));
    m_delete = new QAction(tr("Delete Interface"), this);
    m_delete->setObjectName(QStringLiteral("deleteInterface"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the interface selected"));
    marker->mark(m_delete, Contract::Action::interfaces, tintedIcon(QStringLiteral("delete")));
    connect(m_newInterface, &QAction::triggered, this, &RadiosPage::newInterface);
    connect(m_changeType, &QAction::triggered, this, &RadiosPage::changeType);
    connect(m_delete, &QAction::triggered, this, &RadiosPage::deleteInterface);
    for (QAction *action : {m_newInterface, m_changeType, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        m_header->addWidget(button);
    }
}

QString RadiosPage::selectedInterface() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.data(RadioTreeModel::KindRole).toString() == QLatin1String("radio")
               ? QString()
               : current.data(RadioTreeModel::WdevRole).toString();
}

std::optional<uint> RadiosPage::selectedRadio() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? std::optional<uint>(current.data(RadioTreeModel::RadioRole).toUInt())
                             : std::nullopt;
}

void RadiosPage::selectInterface(const QString &wdev)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex radio = m_proxy->index(row, 0);
        for (int child = 0; child < m_proxy->rowCount(radio); ++child) {
            const QModelIndex interface = m_proxy->index(child, 0, radio);
            if (interface.data(RadioTreeModel::WdevRole).toString() == wdev) {
                m_tree->setCurrentIndex(interface);
                return;
            }
        }
    }
}

void RadiosPage::updateActions()
{
    const bool connected = m_client->connection() == HelperClient::Connection::Connected;
    const Client::Interface *interface = m_client->state()->interface(selectedInterface());
    m_newInterface->setEnabled(connected && selectedRadio().has_value());
    // A P2P device has no network device whose type could change.
    m_changeType->setEnabled(connected && interface && interface->ifindex.has_value());
    m_delete->setEnabled(connected && interface);
}

void RadiosPage::newInterface()
{
    const std::optional<uint> radio = selectedRadio();
    if (!radio) {
        return;
    }
    auto *dialog = new InterfaceDialog(m_client->state(), m_actions, InterfaceDialog::Mode::Create, *radio,
                                       QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RadiosPage::changeType()
{
    const QString wdev = selectedInterface();
    const Client::Interface *interface = m_client->state()->interface(wdev);
    if (!interface) {
        return;
    }
    auto *dialog = new InterfaceDialog(m_client->state(), m_actions, InterfaceDialog::Mode::ChangeType,
                                       interface->radio, wdev, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RadiosPage::deleteInterface()
{
    const QString wdev = selectedInterface();
    const Client::Interface *interface = m_client->state()->interface(wdev);
    if (!interface) {
        return;
    }
    const QString name = interface->displayName();
    const auto answer = QMessageBox::question(this, tr("Delete Interface"),
                                              tr("Delete the %1 %2 on %3? Programs using it lose it at once.")
                                                  .arg(WifiNames::interfaceType(interface->type).toLower(),
                                                       name, m_client->state()->radioName(interface->radio)),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    QPointer<RadiosPage> page(this);
    m_actions->deleteInterface(wdev, this, [page, name](const Client::OperationResult &result) {
        if (page && !result.ok) {
            QMessageBox::warning(page, tr("Delete Interface"),
                                 tr("%1 could not be deleted: %2").arg(name, result.error));
        }
    });
}

} // namespace Airpane
