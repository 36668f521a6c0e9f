#include "traversal_strip.h"

#include "cell_graph_view.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace dnas::widgets {

/** The op legend of one search space under the strip. */
class OpLegend : public QWidget
{
public:
    explicit OpLegend(QWidget *parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setSpace(bool nb101, bool withHighlight)
    {
        m_nb101 = nb101;
        m_highlight = withHighlight;
        updateGeometry();
        update();
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        return int(std::ceil(CellGraphView::legendHeight(m_nb101, m_highlight, width, font())));
    }
    QSize sizeHint() const override { return QSize(320, heightForWidth(320)); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        CellGraphView::paintLegend(&p, rect(), m_nb101, m_highlight, palette(), font());
    }

private:
    bool m_nb101 = true;
    bool m_highlight = false;
};

TraversalStrip::TraversalStrip(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("traversalTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setVisible(false);
    layout->addWidget(m_title);

    m_row = new QHBoxLayout;
    m_row->setSpacing(6);
    layout->addLayout(m_row, 1);

    m_legend = new OpLegend(this);
    m_legend->setVisible(false);
    layout->addWidget(m_legend);
    retranslate();
}

TraversalStrip::~TraversalStrip() = default;

void TraversalStrip::setCells(int dim, const std::vector<double> &values,
                              const std::vector<std::optional<Cell>> &cells,
                              const std::optional<Cell> &reference)
{
    if (values.size() != cells.size())
        qWarning("TraversalStrip::setCells: %d values but %d cells", int(values.size()),
                 int(cells.size()));
    clear();
    m_dim = dim;
    const std::size_t count = std::min(values.size(), cells.size());
    std::optional<bool> nb101;
    if (reference)
        nb101 = std::holds_alternative<Nb101Cell>(*reference);
    for (std::size_t i = 0; i < count; ++i) {
        Item item;
        item.value = values[i];
        item.card = new QWidget(this);
        item.card->setObjectName(QStringLiteral("traversalCard%1").arg(i));
        item.card->setCursor(Qt::PointingHandCursor);
        item.card->installEventFilter(this);
        auto *cardLayout = new QVBoxLayout(item.card);
        cardLayout->setContentsMargins(4, 4, 4, 4);
        cardLayout->setSpacing(2);

        item.view = new CellGraphView(item.card);
        item.view->setCompact(true);
        item.view->setCell(cells[i]);
        item.view->setReference(reference);
        cardLayout->addWidget(item.view, 1);

        item.caption = new QLabel(valueCaption(dim, values[i]), item.card);
        item.caption->setAlignment(Qt::AlignCenter);
        cardLayout->addWidget(item.caption);

        item.card->setAccessibleName(item.caption->text() + QStringLiteral(": ")
                                     + item.view->accessibleName());
        item.card->setToolTip(item.card->accessibleName());
        if (!nb101 && cells[i])
            nb101 = std::holds_alternative<Nb101Cell>(*cells[i]);
        m_row->addWidget(item.card, 1);
        // A visible strip would show new cards only from the event loop.
        item.card->show();
        m_items.push_back(item);
    }
    m_legend->setSpace(nb101.value_or(true), reference.has_value());
    m_legend->setVisible(nb101.has_value());
    layout()->activate();
    update();
}

void TraversalStrip::clear()
{
    for (Item &item : m_items)
        delete item.card;
    m_items.clear();
    m_current = -1;
    m_hovered = -1;
    m_pressed = -1;
    m_legend->setVisible(false);
    update();
}

void TraversalStrip::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    retranslate();
}

QString TraversalStrip::title() const
{
    return m_title->text();
}

double TraversalStrip::value(int index) const
{
    return m_items.at(index).value;
}

QString TraversalStrip::valueText(int index) const
{
    return m_items.at(index).caption->text();
}

CellGraphView *TraversalStrip::cellView(int index) const
{
    return index >= 0 && index < count() ? m_items[index].view : nullptr;
}

void TraversalStrip::setCurrentIndex(int index)
{
    index = count() ? std::clamp(index, 0, count() - 1) : -1;
    if (index == m_current)
        return;
    m_current = index;
    update();
}

QString TraversalStrip::valueCaption(int dim, double value)
{
    QString number = QLocale().toString(std::abs(value), 'f', 2);
    // −0.00 reads as zero.
    if (value < 0 && number != QLocale().toString(0.0, 'f', 2))
        number.prepend(QChar(0x2212));
    return QStringLiteral("z%1 = %2").arg(dim).arg(number);
}

int TraversalStrip::itemAt(const QPoint &pos) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_items[i].card->geometry().contains(pos))
            return i;
    }
    return -1;
}

void TraversalStrip::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    update();
}

void TraversalStrip::paintEvent(QPaintEvent *)
{
    // Each cell on a card; the children paint over the card's inside.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    for (int i = 0; i < count(); ++i) {
        const QRectF r = QRectF(m_items[i].card->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPen pen(pal.color(QPalette::Mid), 1);
        if (i == m_current && hasFocus()) {
            pen = QPen(pal.color(QPalette::Highlight), 2);
        } else if (i == m_hovered) {
            QColor c = pal.color(QPalette::Highlight);
            c.setAlphaF(0.6);
            pen = QPen(c, 1.5);
        }
        p.setPen(pen);
        p.setBrush(pal.brush(QPalette::Base));
        p.drawRoundedRect(r, 5, 5);
    }
}

void TraversalStrip::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? itemAt(event->position().toPoint()) : -1;
    if (m_pressed < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
}

void TraversalStrip::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = itemAt(event->position().toPoint());
    const int pressed = m_pressed;
    m_pressed = -1;
    if (event->button() != Qt::LeftButton || index < 0 || index != pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    setCurrentIndex(index);
    Q_EMIT cellClicked(index, m_items[index].value);
}

void TraversalStrip::keyPressEvent(QKeyEvent *event)
{
    if (!count()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentIndex(std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
        setCurrentIndex(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(count() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current < 0)
            setCurrentIndex(0);
        Q_EMIT cellClicked(m_current, m_items[m_current].value);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TraversalStrip::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_current < 0 && count())
        m_current = 0;
    update();
}

void TraversalStrip::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TraversalStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool TraversalStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter || event->type() == QEvent::Leave) {
        int index = -1;
        for (int i = 0; i < count(); ++i) {
            if (m_items[i].card == watched)
                index = i;
        }
        if (event->type() == QEvent::Enter)
            setHovered(index);
        else if (m_hovered == index)
            setHovered(-1);
    }
    return QWidget::eventFilter(watched, event);
}

void TraversalStrip::retranslate()
{
    setAccessibleName(m_title->text().isEmpty() ? tr("Latent traversal") : m_title->text());
}

} // namespace dnas::widgets
