// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsview.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Airpane {
namespace {

QString iconFor(P2pDiagnosis::Level level)
{
    switch (level) {
    case P2pDiagnosis::Level::Good:
        return QStringLiteral(":/icons/status-good.svg");
    case P2pDiagnosis::Level::Note:
        return QStringLiteral(":/icons/status-note.svg");
    case P2pDiagnosis::Level::Problem:
        return QStringLiteral(":/icons/status-problem.svg");
    }
    return {};
}

} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QVBoxLayout)
{
    setObjectName(QStringLiteral("findings"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_list->setSpacing(fontMetrics().height() / 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_list);
    layout->addStretch(1);
}

void FindingsView::clear()
{
    qDeleteAll(m_rows);
    m_rows.clear();
}

void FindingsView::setDiagnosis(const QString &title, const QList<P2pDiagnosis::Finding> &findings)
{
    clear();
    m_title->setText(title);
    m_title->setForegroundRole(QPalette::WindowText);
    const int iconSize = fontMetrics().height();
    for (const P2pDiagnosis::Finding &finding : findings) {
        auto *row = new QWidget(this);
        auto *icon = new QLabel(row);
        icon->setPixmap(QIcon(iconFor(finding.level)).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        auto *text = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                    .arg(finding.title.toHtmlEscaped(), finding.detail.toHtmlEscaped()),
                                row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setObjectName(QStringLiteral("finding"));
        text->setProperty("findingTitle", finding.title);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(text, 1);
        m_list->addWidget(row);
        m_rows.append(row);
    }
}

void FindingsView::setPlaceholder(const QString &text)
{
    clear();
    m_title->setText(text);
    m_title->setForegroundRole(QPalette::PlaceholderText);
}

QStringList FindingsView::titles() const
{
    QStringList list;
    for (const QWidget *row : m_rows) {
        if (const auto *text = row->findChild<QLabel *>(QStringLiteral("finding"))) {
            list.append(text->property("findingTitle").toString());
        }
    }
    return list;
}

} // namespace Airpane
