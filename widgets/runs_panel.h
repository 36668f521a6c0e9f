#pragma once

#include "store/run_store.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dnas::widgets {

/**
 * The runs of a run database, newest first: id, benchmark, method, budget,
 * seed, status, queries, best accuracy, last update. The first column is
 * checkable: the checked runs are the ones to compare (overlaid on the
 * convergence plot).
 */
class RunsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Bench, Method, Budget, Seed, Status, Queries, Best, Updated, ColumnCount };

    explicit RunsTableModel(QObject *parent = nullptr);

    /** Replaces the runs; checks of runs still present are kept. */
    void setRuns(std::vector<StoredRun> runs);
    const StoredRun &run(int row) const { return m_runs[std::size_t(row)]; }
    int rowOfRun(qint64 id) const;
    QList<qint64> checkedRuns() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedRunsChanged();

private:
    std::vector<StoredRun> m_runs;
    QSet<qint64> m_checked;
};

/**
 * The runs dock: the runs of the open database with Show (load its cells,
 * curve, latent codes and controller), Resume (an unfinished run) and
 * Refresh; ticking runs overlays them on the convergence plot. Reads nothing
 * itself: the window gives it the runs and acts on its signals.
 */
class RunsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPanel(QWidget *parent = nullptr);

    void setRuns(const QString &databasePath, std::vector<StoredRun> runs);
    /** Disables Resume while a search runs. */
    void setSearchRunning(bool running);
    RunsTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /** The selected run's id, 0 when none. */
    qint64 selectedRun() const;
    void selectRun(qint64 id);

Q_SIGNALS:
    void showRequested(qint64 runId);
    void resumeRequested(qint64 runId);
    void refreshRequested();
    void compareChanged(const QList<qint64> &runIds);

private:
    void updateButtons();

    RunsTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_refresh = nullptr;
    bool m_searchRunning = false;
};

} // namespace dnas::widgets
