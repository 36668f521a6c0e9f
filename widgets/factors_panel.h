#pragma once

#include "analysis/factor_analysis.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dnas::widgets {

/** One row per latent dimension of a FactorReport: dimension, label,
 *  purity, activity, ρ with accuracy and with FLOPS. SortRole gives numbers;
 *  the Relevance column (hidden by the panel) sorts by |ρ_acc|. */
class FactorsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dim, Label, Purity, Activity, RhoAccuracy, RhoFlops, Relevance, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit FactorsTableModel(QObject *parent = nullptr);
    void setReport(const FactorReport &report);
    const FactorReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FactorReport m_report;
};

/**
 * The factors dock: what each latent dimension controls, sorted by
 * relevance, with the controller's disentanglement score. "Analyse" asks
 * the window to run the analysis (it runs off the GUI thread); selecting a
 * row emits dimensionSelected().
 */
class FactorsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FactorsPanel(QWidget *parent = nullptr);

    void setReport(const FactorReport &report, const QString &about);
    /** Shows that an analysis runs (disables Analyse) or failed. */
    void setBusy(bool busy, const QString &message = {});
    FactorsTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *analyseButton() const { return m_analyse; }

Q_SIGNALS:
    void analyseRequested();
    void dimensionSelected(int dim);

private:
    FactorsTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_analyse = nullptr;
};

} // namespace dnas::widgets
