#include "factors_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace dnas::widgets {

FactorsTableModel::FactorsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FactorsTableModel::setReport(const FactorReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int FactorsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.dims.size());
}

int FactorsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactorsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const DimensionFactor &d = m_report.dims[std::size_t(index.row())];
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case Dim:
            return d.dim;
        case Label:
            return d.label;
        case Purity:
            return d.purity;
        case Activity:
            return d.activity;
        case RhoAccuracy:
            return d.rhoAccuracy;
        case RhoFlops:
            return d.rhoFlops;
        case Relevance:
            return d.relevance();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Label) {
        QStringList lines;
        for (const auto &[concept, count] : d.concepts)
            lines << tr("%1: %2 changed decodes").arg(concept).arg(count);
        return lines.isEmpty() ? tr("No traversal step changed the decoded cell.")
                               : lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Dim:
        return QStringLiteral("z%1").arg(d.dim);
    case Label:
        return d.isActive() ? d.label : tr("inactive");
    case Purity:
        return d.isActive() ? locale.toString(d.purity * 100, 'f', 0) + QStringLiteral(" %")
                            : QString();
    case Activity:
        return locale.toString(d.activity * 100, 'f', 0) + QStringLiteral(" %");
    case RhoAccuracy:
        return locale.toString(d.rhoAccuracy, 'f', 2);
    case RhoFlops:
        return locale.toString(d.rhoFlops, 'f', 2);
    case Relevance:
        return locale.toString(d.relevance(), 'f', 3);
    }
    return {};
}

QVariant FactorsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Purity:
            return tr("Share of the dimension's changed decodes whose only change is its label.");
        case Activity:
            return tr("Share of traversal steps (±0.1 … ±0.4) that changed the decoded cell.");
        case RhoAccuracy:
            return tr("Spearman correlation of the dimension's μ with accuracy.");
        case RhoFlops:
            return tr("Spearman correlation of the dimension's μ with FLOPS.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Dim:
        return tr("Dim");
    case Label:
        return tr("Controls");
    case Purity:
        return tr("Purity");
    case Activity:
        return tr("Activity");
    case RhoAccuracy:
        return tr("ρ acc.");
    case RhoFlops:
        return tr("ρ FLOPS");
    case Relevance:
        return tr("Relevance");
    }
    return {};
}

FactorsPanel::FactorsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new FactorsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FactorsTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("factorsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FactorsTableModel::Relevance, Qt::DescendingOrder);
    m_view->setColumnHidden(FactorsTableModel::Relevance, true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_analyse = new QPushButton(tr("&Analyse"), this);
    m_analyse->setObjectName(QStringLiteral("analyseFactors"));
    m_analyse->setToolTip(tr("Traverse every latent dimension of the current controller around "
                             "encoded cells and name what it changes."));
    connect(m_analyse, &QPushButton::clicked, this, &FactorsPanel::analyseRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT dimensionSelected(
                m_model->report().dims[std::size_t(m_proxy->mapToSource(rows.first()).row())].dim);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_analyse, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_summary->setText(tr("Not analysed yet."));
}

void FactorsPanel::setReport(const FactorReport &report, const QString &about)
{
    m_model->setReport(report);
    m_summary->setText(tr("%1: disentanglement score %2 over %3 active dimensions; "
                          "mutual-information gap %4.")
                           .arg(about)
                           .arg(QLocale().toString(report.score, 'f', 2))
                           .arg(report.activeDimensions)
                           .arg(QLocale().toString(report.mig, 'f', 3)));
    setBusy(false);
}

void FactorsPanel::setBusy(bool busy, const QString &message)
{
    m_analyse->setEnabled(!busy);
    if (!message.isEmpty())
        m_summary->setText(message);
}

} // namespace dnas::widgets
