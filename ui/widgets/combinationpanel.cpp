// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationpanel.h"

#include "client/clientstate.h"
#include "decode/combinationsolver.h"
#include "decode/wifinames.h"
#include "models/combinationmatrixmodel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Airpane {

CombinationPanel::CombinationPanel(ClientState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new CombinationMatrixModel(state, this))
    , m_answerIcon(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_matrix(new QTableView(this))
    , m_question(new QWidget(this))
    , m_body(new QHBoxLayout)
{
    auto *question = new QLabel(tr("Can this radio run at once:"), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    auto *counts = new QHBoxLayout(m_question);
    counts->setContentsMargins(0, 0, 0, 0);
    m_stations = addCount(tr("Stations"), 1);
    m_accessPoints = addCount(tr("Access points"), 1);
    m_p2pGroups = addCount(tr("P2P groups"), 1);
    m_meshPoints = addCount(tr("Mesh points"), 0);
    m_p2pDevice = new QCheckBox(tr("a P2P device"), m_question);
    m_p2pDevice->setChecked(true);
    m_p2pDevice->setToolTip(tr("Wi-Fi Direct discovery runs on a P2P device next to the group."));
    counts->addWidget(m_p2pDevice);
    counts->addStretch(1);
    connect(m_p2pDevice, &QCheckBox::toggled, this, &CombinationPanel::updateAnswer);

    m_answer->setObjectName(QStringLiteral("combinationAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_answerIcon, 0, Qt::AlignTop);
    answer->addWidget(m_answer, 1);

    m_matrix->setObjectName(QStringLiteral("combinationMatrix"));
    m_matrix->setModel(m_model);
    m_matrix->setAlternatingRowColors(true);
    m_matrix->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrix->setFocusPolicy(Qt::NoFocus);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 16);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_matrix->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // As large as its cells, no larger: the matrix is read at a glance.
    m_matrix->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_matrix->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_matrix->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *matrixColumn = new QVBoxLayout;
    matrixColumn->addWidget(m_matrix);
    matrixColumn->addStretch(1);
    m_body->addLayout(matrixColumn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_question);
    layout->addLayout(answer);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(m_body, 1);

    connect(state, &ClientState::radioChanged, this, [this](uint radio) {
        if (radio == m_radio) {
            updateAnswer();
        }
    });
    updateAnswer();
}

QSpinBox *CombinationPanel::addCount(const QString &label, int value)
{
    auto *spin = new QSpinBox(m_question);
    spin->setRange(0, 16);
    spin->setValue(value);
    auto *text = new QLabel(label, m_question);
    text->setBuddy(spin);
    auto *layout = static_cast<QHBoxLayout *>(m_question->layout());
    layout->addWidget(spin);
    layout->addWidget(text);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    connect(spin, &QSpinBox::valueChanged, this, &CombinationPanel::updateAnswer);
    return spin;
}

void CombinationPanel::addBeside(QWidget *widget)
{
    m_body->addWidget(widget, 1);
}

void CombinationPanel::setRadio(std::optional<uint> radio)
{
    m_radio = radio;
    m_model->setRadio(radio);
    updateAnswer();
}

void CombinationPanel::ask(int stations, int accessPoints, int p2pGroups, bool p2pDevice, int meshPoints)
{
    m_stations->setValue(stations);
    m_accessPoints->setValue(accessPoints);
    m_p2pGroups->setValue(p2pGroups);
    m_p2pDevice->setChecked(p2pDevice);
    m_meshPoints->setValue(meshPoints);
    updateAnswer();
}

QString CombinationPanel::answer() const
{
    return m_answer->text();
}

void CombinationPanel::updateAnswer()
{
    const Client::Radio *radio = m_radio ? m_state->radio(*m_radio) : nullptr;
    if (!radio) {
        m_answerIcon->clear();
        m_answer->setText(tr("Choose a radio."));
        return;
    }
    const InterfaceCounts counts{{QStringLiteral("station"), m_stations->value()},
                                 {QStringLiteral("ap"), m_accessPoints->value()},
                                 {QStringLiteral("p2p-group"), m_p2pGroups->value()},
                                 {QStringLiteral("p2p-device"), m_p2pDevice->isChecked() ? 1 : 0},
                                 {QStringLiteral("mesh-point"), m_meshPoints->value()}};
    const CombinationSolver::Answer answer = CombinationSolver::answer(*radio, counts);
    QString text;
    if (answer.possible) {
        if (radio->combinations.isEmpty()) {
            text = tr("Yes. The radio runs one interface at a time, and that is enough.");
        } else if (answer.channels <= 1) {
            text = tr("Yes. Combination %1 allows it; all of them share one channel.")
                       .arg(answer.combination + 1);
        } else {
            text = tr("Yes. Combination %1 allows it, on up to %n different channel(s).", nullptr,
                      answer.channels)
                       .arg(answer.combination + 1);
        }
        const int groups = m_p2pGroups->value();
        const int owners = answer.counts.value(QStringLiteral("p2p-go"));
        if (groups > 0 && owners == 0) {
            text += QLatin1Char(' ') + tr("The P2P groups can only join others, as clients.");
        } else if (owners < groups) {
            text += QLatin1Char(' ') + tr("Only %1 of the P2P groups can be group owner.").arg(owners);
        }
    } else {
        QStringList missing;
        for (const auto &[type, count] : counts.asKeyValueRange()) {
            const bool wanted = count > 0;
            if (type == QLatin1String("p2p-group")) {
                if (wanted && !radio->supports(QStringLiteral("p2p-go")) &&
                    !radio->supports(QStringLiteral("p2p-client"))) {
                    missing.append(tr("P2P groups"));
                }
            } else if (wanted && !radio->supports(type)) {
                missing.append(WifiNames::interfaceType(type));
            }
        }
        text = missing.isEmpty()
                   ? tr("No. None of the radio's interface combinations allows these interfaces at "
                        "once.")
                   : tr("No. The radio has no %1 at all.").arg(missing.join(QStringLiteral(", ")));
    }
    const int size = fontMetrics().height();
    m_answerIcon->setPixmap(QIcon(answer.possible ? QStringLiteral(":/icons/status-good.svg")
                                                  : QStringLiteral(":/icons/status-problem.svg"))
                                .pixmap(QSize(size, size), devicePixelRatioF()));
    m_answer->setText(text);
}

} // namespace Airpane
