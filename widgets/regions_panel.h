#pragma once

#include "search/regions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dnas::widgets {

class RegionsModel;

/**
 * The list of promising regions with their weights: user regions first in
 * the accent colour's sense (editable weight, Delete removes the selected
 * ones), automatic ones greyed. userRegionsChanged() carries every user
 * region after an edit, as FactorPlot's signal of the same name does.
 */
class RegionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegionsPanel(QWidget *parent = nullptr);

    /** Every region, automatic and user (emits nothing). */
    void setRegions(const RegionSet &regions);
    RegionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void userRegionsChanged(const dnas::RegionSet &userRegions);

private:
    void updateButtons();
    void deleteSelected();

    RegionsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace dnas::widgets
