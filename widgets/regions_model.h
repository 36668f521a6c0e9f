#pragma once

#include "search/regions.h"

#include <QAbstractTableModel>

namespace dnas::widgets {

/**
 * Every region of a RegionSet as one row: the intervals first, then the
 * boxes. Columns: origin (user or automatic), dimension(s), range, weight.
 * Only the weight of a user region is editable (a number > 0 and ≤ 1000);
 * automatic regions (Eqn 4, recomputed by every iteration) are read-only and
 * greyed. Edits and removals emit userRegionsChanged() with the new user
 * regions (automatic ones are never part of it).
 */
class RegionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Origin, Dimensions, Range, Weight, ColumnCount };

    explicit RegionsModel(QObject *parent = nullptr);

    /** Replaces every region (resets the model; emits nothing). */
    void setRegions(const RegionSet &regions);
    const RegionSet &regions() const { return m_regions; }
    RegionSet userRegions() const;

    /** True when `row` is a user region. */
    bool isUser(int row) const;
    /** Removes the user regions among `rows` (others are ignored); emits
     *  userRegionsChanged() when one was removed. */
    void removeUserRows(QList<int> rows);
    /** Removes every user region. */
    void clearUser();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr double kMaxWeight = 1000;

Q_SIGNALS:
    void userRegionsChanged(const dnas::RegionSet &userRegions);

private:
    int intervalCount() const { return int(m_regions.intervals.size()); }
    RegionSet m_regions;
};

} // namespace dnas::widgets
