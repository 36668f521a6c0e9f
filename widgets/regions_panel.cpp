#include "regions_panel.h"

#include "regions_model.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace dnas::widgets {

namespace {
/** Weights edited in a spin box bounded like RegionsModel::setData(). */
class WeightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(2);
        spin->setRange(0.01, RegionsModel::kMaxWeight);
        spin->setSingleStep(0.5);
        return spin;
    }
};
} // namespace

RegionsPanel::RegionsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new RegionsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("regionsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(RegionsModel::Weight, new WeightDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteRegions"));
    m_delete->setToolTip(tr("Remove the selected user regions (Delete)."));
    m_clear = new QPushButton(tr("Clear &user regions"), this);
    m_clear->setObjectName(QStringLiteral("clearRegions"));
    m_clear->setToolTip(tr("Remove every region you drew; automatic ones stay."));

    auto *remove = new QAction(this);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, this, &RegionsPanel::deleteSelected);
    connect(m_delete, &QPushButton::clicked, this, &RegionsPanel::deleteSelected);
    connect(m_clear, &QPushButton::clicked, m_model, &RegionsModel::clearUser);
    connect(m_model, &RegionsModel::userRegionsChanged, this, &RegionsPanel::userRegionsChanged);
    connect(m_model, &RegionsModel::modelReset, this, &RegionsPanel::updateButtons);
    connect(m_model, &RegionsModel::rowsRemoved, this, &RegionsPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegionsPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void RegionsPanel::setRegions(const RegionSet &regions)
{
    m_model->setRegions(regions);
}

void RegionsPanel::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    m_model->removeUserRows(rows);
}

void RegionsPanel::updateButtons()
{
    const RegionSet user = m_model->userRegions();
    const int userCount = int(user.intervals.size() + user.boxes.size());
    bool userSelected = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        userSelected = userSelected || m_model->isUser(index.row());
    m_delete->setEnabled(userSelected);
    m_clear->setEnabled(userCount > 0);
    m_summary->setText(userCount == 0 && m_model->rowCount() == 0
                           ? tr("No regions yet: drag on a factor plot to draw one.")
                           : tr("%n user region(s)", nullptr, userCount) + QStringLiteral(", ")
                               + tr("%n automatic", nullptr, m_model->rowCount() - userCount));
}

} // namespace dnas::widgets
