#pragma once

#include "space/cell.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QHBoxLayout;

namespace dnas::widgets {

class CellGraphView;
class OpLegend;

/**
 * A latent traversal (the paper's Figure 3): the cells decoded with one
 * latent dimension set to evenly spaced values, side by side as compact
 * CellGraphViews, each with "z3 = −0.40" underneath and highlighted against
 * a reference cell (usually the decode of the unchanged latent). Invalid
 * decodes show the view's "invalid cell" placeholder. An optional title
 * above, a legend of the ops below.
 *
 * The strip does not decode: the caller decodes (Controller::traverse on a
 * snapshot of the controller) and hands over the results.
 *
 * Clicking a cell, or moving to it with the arrow keys (Home/End too) and
 * pressing Enter/Return/Space, emits cellClicked(index, value). GUI thread
 * only.
 */
class TraversalStrip : public QWidget
{
    Q_OBJECT

public:
    explicit TraversalStrip(QWidget *parent = nullptr);
    ~TraversalStrip() override;

    /**
     * Shows cells[i] decoded at values[i] of latent dimension dim (shown as
     * "z<dim>"), each compared against reference (nullopt: no highlights).
     * Sizes that differ: the shorter one counts, with a warning.
     */
    void setCells(int dim, const std::vector<double> &values,
                  const std::vector<std::optional<Cell>> &cells,
                  const std::optional<Cell> &reference);
    /** Removes every cell. */
    void clear();

    /** A bold line above the cells, e.g. "z3: depth"; empty hides it. */
    void setTitle(const QString &title);
    QString title() const;

    int count() const { return int(m_items.size()); }
    int dimension() const { return m_dim; }
    double value(int index) const;
    /** The caption under cell `index`, e.g. "z3 = −0.40". */
    QString valueText(int index) const;
    CellGraphView *cellView(int index) const;

    /** The cell the keyboard is on (−1: none); drawn with a focus frame. */
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    /** "z3 = −0.40": the locale's number with two decimals and a true minus. */
    static QString valueCaption(int dim, double value);

Q_SIGNALS:
    void cellClicked(int index, double value);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Item
    {
        QWidget *card = nullptr;
        CellGraphView *view = nullptr;
        QLabel *caption = nullptr;
        double value = 0;
    };

    int itemAt(const QPoint &pos) const;
    void setHovered(int index);
    void retranslate();

    QLabel *m_title = nullptr;
    QHBoxLayout *m_row = nullptr;
    OpLegend *m_legend = nullptr;
    std::vector<Item> m_items;
    int m_dim = 0;
    int m_current = -1;
    int m_hovered = -1;
    int m_pressed = -1;
};

} // namespace dnas::widgets
