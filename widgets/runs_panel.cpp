#include "runs_panel.h"

#include "search_text.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dnas::widgets {

RunsTableModel::RunsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunsTableModel::setRuns(std::vector<StoredRun> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const StoredRun &a, const StoredRun &b) { return a.id > b.id; });
    beginResetModel();
    m_runs = std::move(runs);
    QSet<qint64> kept;
    for (const StoredRun &r : m_runs)
        if (m_checked.contains(r.id))
            kept.insert(r.id);
    const bool changed = kept != m_checked;
    m_checked = kept;
    endResetModel();
    if (changed)
        Q_EMIT checkedRunsChanged();
}

int RunsTableModel::rowOfRun(qint64 id) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == id)
            return int(i);
    return -1;
}

QList<qint64> RunsTableModel::checkedRuns() const
{
    QList<qint64> ids;
    for (const StoredRun &r : m_runs)
        if (m_checked.contains(r.id))
            ids << r.id;
    return ids;
}

int RunsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredRun &r = m_runs[std::size_t(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Id)
        return m_checked.contains(r.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Id)
        return tr("Tick to overlay this run on the convergence plot.");
    if (role == Qt::ToolTipRole && index.column() == Status && !r.error.isEmpty())
        return r.error;
    if (role == Qt::TextAlignmentRole && index.column() != Bench && index.column() != Method
        && index.column() != Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Id:
        return r.id;
    case Bench:
        return benchmarkKey(r.config.benchmark);
    case Method:
        return searchMethodKey(r.config.method);
    case Budget:
        return r.config.budget;
    case Seed:
        return QString::number(r.config.seed);
    case Status:
        return runStatusTitle(r.status);
    case Queries:
        return r.queries;
    case Best: {
        const QJsonValue best = r.result.value(QStringLiteral("best_report"));
        return best.isDouble()
            ? locale.toString(best.toDouble() * 100, 'f', 2) + QStringLiteral(" %")
            : QString();
    }
    case Updated:
        return locale.toString(r.updated.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

bool RunsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != Id)
        return false;
    const qint64 id = m_runs[std::size_t(index.row())].id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedRunsChanged();
    return true;
}

Qt::ItemFlags RunsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Id)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Bench:
        return tr("Benchmark");
    case Method:
        return tr("Method");
    case Budget:
        return tr("Budget");
    case Seed:
        return tr("Seed");
    case Status:
        return tr("Status");
    case Queries:
        return tr("Queries");
    case Best:
        return tr("Best");
    case Updated:
        return tr("Updated");
    }
    return {};
}

RunsPanel::RunsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new RunsTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_path = new QLabel(this);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show = new QPushButton(tr("S&how"), this);
    m_show->setObjectName(QStringLiteral("showRun"));
    m_show->setToolTip(tr("Load the selected run's cells, curve, latent codes and controller "
                          "(or double-click it)."));
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    m_resume->setToolTip(tr("Continue the selected unfinished run from its last stored step."));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setToolTip(tr("Read the database again."));

    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRun())
            Q_EMIT showRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT showRequested(m_model->run(index.row()).id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRun())
            Q_EMIT resumeRequested(id);
    });
    connect(m_refresh, &QPushButton::clicked, this, &RunsPanel::refreshRequested);
    connect(m_model, &RunsTableModel::checkedRunsChanged, this,
            [this] { Q_EMIT compareChanged(m_model->checkedRuns()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPanel::updateButtons);
    connect(m_model, &RunsTableModel::modelReset, this, &RunsPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_path);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void RunsPanel::setRuns(const QString &databasePath, std::vector<StoredRun> runs)
{
    const qint64 selected = selectedRun();
    m_path->setText(tr("%n run(s) in %1", nullptr, int(runs.size()))
                        .arg(QDir::toNativeSeparators(databasePath)));
    m_model->setRuns(std::move(runs));
    selectRun(selected);
}

void RunsPanel::setSearchRunning(bool running)
{
    m_searchRunning = running;
    updateButtons();
}

qint64 RunsPanel::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->run(rows.first().row()).id;
}

void RunsPanel::selectRun(qint64 id)
{
    const int row = m_model->rowOfRun(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void RunsPanel::updateButtons()
{
    const int row = m_model->rowOfRun(selectedRun());
    m_show->setEnabled(row >= 0);
    m_resume->setEnabled(row >= 0 && !m_searchRunning
                         && m_model->run(row).status != RunStatus::Finished);
}

} // namespace dnas::widgets
