#include "regions_model.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace dnas::widgets {

RegionsModel::RegionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegionsModel::setRegions(const RegionSet &regions)
{
    beginResetModel();
    m_regions = regions;
    endResetModel();
}

RegionSet RegionsModel::userRegions() const
{
    return m_regions.userOnly();
}

bool RegionsModel::isUser(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    return row < intervalCount() ? m_regions.intervals[std::size_t(row)].user
                                 : m_regions.boxes[std::size_t(row - intervalCount())].user;
}

void RegionsModel::removeUserRows(QList<int> rows)
{
    // From the last row up, so the earlier rows keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : rows) {
        if (!isUser(row))
            continue;
        beginRemoveRows({}, row, row);
        if (row < intervalCount())
            m_regions.intervals.erase(m_regions.intervals.begin() + row);
        else
            m_regions.boxes.erase(m_regions.boxes.begin() + (row - intervalCount()));
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT userRegionsChanged(userRegions());
}

void RegionsModel::clearUser()
{
    QList<int> rows;
    for (int r = 0; r < rowCount(); ++r)
        rows << r;
    removeUserRows(rows);
}

int RegionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.intervals.size() + m_regions.boxes.size());
}

int RegionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool interval = row < intervalCount();
    const bool user = isUser(row);
    const QLocale locale;
    const auto number = [&locale](double v) {
        return locale.toString(v, 'f', 3);
    };
    const auto span = [&](double lo, double hi) {
        return QStringLiteral("[%1, %2]").arg(number(lo), number(hi));
    };
    if (role == Qt::ForegroundRole && !user)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole && index.column() == Weight)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return user ? tr("Drawn by you: the search samples cells from it; edit its weight "
                         "or delete it.")
                    : tr("Automatic (Eqn 4): the union of [z − σ, z + σ] over the top-k "
                         "cells; recomputed by every iteration.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (interval) {
        const LatentInterval &i = m_regions.intervals[std::size_t(row)];
        switch (index.column()) {
        case Origin:
            return user ? tr("user") : tr("automatic");
        case Dimensions:
            return QStringLiteral("z%1").arg(i.dim);
        case Range:
            return span(i.lo, i.hi);
        case Weight:
            return role == Qt::EditRole ? QVariant(i.weight) : QVariant(locale.toString(i.weight));
        }
    } else {
        const LatentBox &b = m_regions.boxes[std::size_t(row - intervalCount())];
        switch (index.column()) {
        case Origin:
            return user ? tr("user") : tr("automatic");
        case Dimensions:
            return QStringLiteral("z%1 × z%2").arg(b.dimX).arg(b.dimY);
        case Range:
            return QStringLiteral("%1 × %2").arg(span(b.x0, b.x1), span(b.y0, b.y1));
        case Weight:
            return role == Qt::EditRole ? QVariant(b.weight) : QVariant(locale.toString(b.weight));
        }
    }
    return {};
}

bool RegionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole || index.column() != Weight || !isUser(index.row()))
        return false;
    bool ok = false;
    const double weight = value.toDouble(&ok);
    if (!ok || !std::isfinite(weight) || weight <= 0 || weight > kMaxWeight)
        return false;
    const int row = index.row();
    if (row < intervalCount())
        m_regions.intervals[std::size_t(row)].weight = weight;
    else
        m_regions.boxes[std::size_t(row - intervalCount())].weight = weight;
    Q_EMIT dataChanged(index, index);
    Q_EMIT userRegionsChanged(userRegions());
    return true;
}

Qt::ItemFlags RegionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Weight && isUser(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RegionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Origin:
        return tr("Origin");
    case Dimensions:
        return tr("Dimensions");
    case Range:
        return tr("Range");
    case Weight:
        return tr("Weight");
    }
    return {};
}

} // namespace dnas::widgets
