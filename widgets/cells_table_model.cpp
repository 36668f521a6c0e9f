#include "cells_table_model.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace dnas::widgets {

QString cellSourceTitle(CellSource source)
{
    switch (source) {
    case CellSource::Initial:
        return CellsTableModel::tr("initial");
    case CellSource::Region:
        return CellsTableModel::tr("region");
    case CellSource::UserRegion:
        return CellsTableModel::tr("user region");
    case CellSource::FlopsEdge:
        return CellsTableModel::tr("FLOPS edge");
    case CellSource::WholeSpace:
        return CellsTableModel::tr("whole space");
    case CellSource::GradientStep:
        return CellsTableModel::tr("gradient step");
    case CellSource::Mutation:
        return CellsTableModel::tr("mutation");
    case CellSource::Neighbour:
        return CellsTableModel::tr("neighbour");
    case CellSource::User:
        return CellsTableModel::tr("asked by you");
    }
    return {};
}

CellsTableModel::CellsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CellsTableModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

void CellsTableModel::append(const QueryRecord &query)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.push_back(query);
    endInsertRows();
}

void CellsTableModel::setRecords(std::vector<QueryRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int CellsTableModel::rowOfTableRow(int tableRow) const
{
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        if (m_records[i].metrics.row == tableRow)
            return int(i);
    }
    return -1;
}

int CellsTableModel::bestRow() const
{
    int best = -1;
    for (int i = 0; i < int(m_records.size()); ++i) {
        if (best < 0
            || m_records[std::size_t(i)].metrics.searchAccuracy
                > m_records[std::size_t(best)].metrics.searchAccuracy)
            best = i;
    }
    return best;
}

int CellsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CellsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const QueryRecord &q = m_records[std::size_t(index.row())];
    if (role == SourceRole)
        return int(q.source);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Source ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Order:
        return q.order + 1;
    case Source:
        return cellSourceTitle(q.source);
    case Accuracy:
        return sort ? QVariant(q.metrics.reportedAccuracy)
                    : QVariant(QString::number(q.metrics.reportedAccuracy * 100, 'f', 2));
    case SearchAccuracy:
        return sort ? QVariant(q.metrics.searchAccuracy)
                    : QVariant(QString::number(q.metrics.searchAccuracy * 100, 'f', 2));
    case Flops:
        return sort ? QVariant(q.metrics.flops)
                    : QVariant(QString::number(q.metrics.flops / 1e6, 'f', 1));
    case Params:
        return sort ? QVariant(double(q.metrics.params))
                    : QVariant(QString::number(double(q.metrics.params) / 1e6, 'f', 2));
    case Predicted:
        if (!q.predicted)
            return sort ? QVariant(-1.0) : QVariant(QStringLiteral("–"));
        return sort ? QVariant(q.predicted->accuracy)
                    : QVariant(QString::number(q.predicted->accuracy * 100, 'f', 2));
    case Iteration:
        return q.iteration;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CellsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Accuracy:
            return tr(
                "Reported accuracy (NB-101: the measured test accuracy; NB-201: test accuracy)");
        case SearchAccuracy:
            return tr("The accuracy the search sees (NB-201: validation accuracy)");
        case Predicted:
            return tr("What the controller predicted before the query");
        case Source:
            return tr("Which part of the search proposed the cell");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Order:
        return tr("#");
    case Source:
        return tr("Source");
    case Accuracy:
        return tr("Accuracy %");
    case SearchAccuracy:
        return tr("Search acc. %");
    case Flops:
        return tr("FLOPS (M)");
    case Params:
        return tr("Params (M)");
    case Predicted:
        return tr("Predicted %");
    case Iteration:
        return tr("Iteration");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray CellsTableModel::toCsv() const
{
    QByteArray csv("order,source,reported_accuracy,search_accuracy,flops,params,predicted_accuracy,"
                   "iteration,row,cell\n");
    for (const QueryRecord &q : m_records) {
        QString cell = cellToText(q.cell);
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,\"%10\"\n")
                   .arg(q.order + 1)
                   .arg(cellSourceKey(q.source))
                   .arg(q.metrics.reportedAccuracy, 0, 'g', 10)
                   .arg(q.metrics.searchAccuracy, 0, 'g', 10)
                   .arg(q.metrics.flops, 0, 'f', 0)
                   .arg(q.metrics.params)
                   .arg(q.predicted ? QString::number(q.predicted->accuracy, 'g', 10) : QString())
                   .arg(q.iteration)
                   .arg(q.metrics.row)
                   .arg(cell)
                   .toUtf8();
    }
    return csv;
}

} // namespace dnas::widgets
