#pragma once

#include "search/search_events.h"

#include <QAbstractTableModel>

#include <vector>

namespace dnas::widgets {

/**
 * Every queried cell of a run, in query order: order, source, reported and
 * search accuracy, FLOPS, params, predicted accuracy, iteration. Sorting
 * (Qt::UserRole gives numbers) and filtering go through a
 * QSortFilterProxyModel; record(row) maps back to the query.
 */
class CellsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Order,
        Source,
        Accuracy,
        SearchAccuracy,
        Flops,
        Params,
        Predicted,
        Iteration,
        ColumnCount
    };
    /** The role that gives each cell's sortable value (numbers as numbers). */
    static constexpr int SortRole = Qt::UserRole;
    /** The role that gives the CellSource of a row (as int). */
    static constexpr int SourceRole = Qt::UserRole + 1;

    explicit CellsTableModel(QObject *parent = nullptr);

    void clear();
    void append(const QueryRecord &query);
    void setRecords(std::vector<QueryRecord> records);
    const QueryRecord &record(int row) const { return m_records[std::size_t(row)]; }
    const std::vector<QueryRecord> &records() const { return m_records; }
    /** The row of a table row id (CellMetrics::row), −1 when absent. */
    int rowOfTableRow(int tableRow) const;
    /** The best cell's row by search accuracy, the first reached on ties
     *  (as the engine picks it); −1 when empty. */
    int bestRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The cells as CSV (header + one line per query, accuracies as fractions). */
    QByteArray toCsv() const;

private:
    std::vector<QueryRecord> m_records;
};

/** A translated, human name of a cell source ("user region"). */
QString cellSourceTitle(CellSource source);

} // namespace dnas::widgets
