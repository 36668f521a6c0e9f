#include "latent_explorer.h"

#include "cell_graph_view.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace dnas::widgets {

namespace {
constexpr int kSteps = 1000; // slider resolution
}

LatentExplorer::LatentExplorer(QWidget *parent)
    : QWidget(parent)
{
    m_graph = new CellGraphView(this);
    m_graph->setMinimumHeight(220);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_metrics = new QLabel(this);
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reset = new QPushButton(tr("&Reset"), this);
    m_reset->setToolTip(tr("Move every slider back to the code of the cell you started from."));
    m_query = new QPushButton(tr("&Query this cell"), this);
    m_query->setToolTip(tr("Add the decoded cell to the running search's queries."));
    connect(m_reset, &QPushButton::clicked, this, &LatentExplorer::reset);
    connect(m_query, &QPushButton::clicked, this, [this] {
        if (m_decoded)
            Q_EMIT queryRequested();
    });

    auto *sliders = new QWidget;
    m_grid = new QGridLayout(sliders);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(sliders);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addWidget(m_query);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_graph, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_metrics);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 2);
    decodeAndShow();
}

LatentExplorer::~LatentExplorer() = default;

void LatentExplorer::setController(std::shared_ptr<const Controller> controller)
{
    m_controller = std::move(controller);
    if (!m_controller)
        return;
    const int n = m_controller->latentSize();
    if (int(m_ranges.size()) != n)
        m_ranges.assign(std::size_t(n), {-3.0, 3.0});
    if (m_start) {
        setCell(*m_start);
    } else {
        m_startZ.assign(std::size_t(n), 0.0f);
        m_z = m_startZ;
        rebuildSliders();
        decodeAndShow();
    }
}

void LatentExplorer::setLatentRanges(const std::vector<Latent> &encoded)
{
    if (!m_controller || encoded.empty())
        return;
    const int n = m_controller->latentSize();
    m_ranges.assign(std::size_t(n), {-3.0, 3.0});
    for (int d = 0; d < n; ++d) {
        double sum = 0, sq = 0;
        int count = 0;
        for (const Latent &z : encoded) {
            if (int(z.size()) != n)
                continue;
            sum += z[std::size_t(d)];
            sq += double(z[std::size_t(d)]) * z[std::size_t(d)];
            ++count;
        }
        if (count == 0)
            continue;
        const double mean = sum / count;
        const double sd = std::sqrt(std::max(0.0, sq / count - mean * mean));
        const double half = std::max(3.0 * sd, 1.0);
        m_ranges[std::size_t(d)] = {mean - half, mean + half};
    }
    rebuildSliders();
}

void LatentExplorer::setDimensionLabels(const QStringList &labels)
{
    m_labels = labels;
    for (std::size_t d = 0; d < m_names.size(); ++d) {
        const QString label = int(d) < m_labels.size() ? m_labels.at(int(d)) : QString();
        m_names[d]->setText(label.isEmpty() ? QStringLiteral("z%1").arg(d)
                                            : QStringLiteral("z%1 %2").arg(d).arg(label));
    }
}

void LatentExplorer::setMetricsLookup(MetricsLookup lookup)
{
    m_lookup = std::move(lookup);
    decodeAndShow();
}

void LatentExplorer::setCell(const Cell &cell)
{
    m_start = cell;
    if (!m_controller)
        return;
    const auto codes = m_controller->encode({cell});
    if (codes.empty() || codes.front().empty())
        return;
    m_startZ = codes.front();
    m_z = m_startZ;
    m_graph->setReference(cell);
    rebuildSliders();
    decodeAndShow();
}

void LatentExplorer::setLatent(const Latent &z)
{
    if (!m_controller || int(z.size()) != m_controller->latentSize())
        return;
    m_z = z;
    syncSliders();
    decodeAndShow();
}

void LatentExplorer::reset()
{
    m_z = m_startZ;
    syncSliders();
    decodeAndShow();
}

QSlider *LatentExplorer::slider(int dim) const
{
    return dim >= 0 && dim < int(m_sliders.size()) ? m_sliders[std::size_t(dim)] : nullptr;
}

void LatentExplorer::rebuildSliders()
{
    const int n = m_controller ? m_controller->latentSize() : 0;
    if (int(m_sliders.size()) != n) {
        for (auto *w : m_sliders)
            delete w;
        for (auto *w : m_values)
            delete w;
        for (auto *w : m_names)
            delete w;
        m_sliders.clear();
        m_values.clear();
        m_names.clear();
        for (int d = 0; d < n; ++d) {
            auto *name = new QLabel;
            auto *s = new QSlider(Qt::Horizontal);
            s->setRange(0, kSteps);
            s->setAccessibleName(tr("Latent dimension %1").arg(d));
            auto *value = new QLabel;
            value->setMinimumWidth(
                value->fontMetrics().horizontalAdvance(QStringLiteral("−0.000")));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->addWidget(name, d, 0);
            m_grid->addWidget(s, d, 1);
            m_grid->addWidget(value, d, 2);
            connect(s, &QSlider::valueChanged, this, [this, d](int pos) { onSlider(d, pos); });
            m_names.push_back(name);
            m_sliders.push_back(s);
            m_values.push_back(value);
        }
        setDimensionLabels(m_labels);
    }
    for (int d = 0; d < n; ++d) {
        m_sliders[std::size_t(d)]->setToolTip(
            tr("z%1 from %2 to %3 (the encoded cells' mean ± 3 standard deviations)")
                .arg(d)
                .arg(m_ranges[std::size_t(d)].first, 0, 'f', 2)
                .arg(m_ranges[std::size_t(d)].second, 0, 'f', 2));
    }
    syncSliders();
}

void LatentExplorer::syncSliders()
{
    m_syncing = true;
    for (std::size_t d = 0; d < m_sliders.size() && d < m_z.size(); ++d) {
        m_sliders[d]->setValue(positionOf(int(d), m_z[d]));
        m_values[d]->setText(QString::number(m_z[d], 'f', 3));
    }
    m_syncing = false;
}

double LatentExplorer::valueAt(int dim, int position) const
{
    const auto [lo, hi] = m_ranges[std::size_t(dim)];
    return lo + (hi - lo) * position / kSteps;
}

int LatentExplorer::positionOf(int dim, double value) const
{
    const auto [lo, hi] = m_ranges[std::size_t(dim)];
    return int(std::lround(std::clamp((value - lo) / (hi - lo), 0.0, 1.0) * kSteps));
}

void LatentExplorer::onSlider(int dim, int position)
{
    if (m_syncing || dim >= int(m_z.size()))
        return;
    m_z[std::size_t(dim)] = float(valueAt(dim, position));
    m_values[std::size_t(dim)]->setText(QString::number(m_z[std::size_t(dim)], 'f', 3));
    decodeAndShow();
}

void LatentExplorer::decodeAndShow()
{
    if (!m_controller || m_z.empty()) {
        m_decoded.reset();
        m_graph->setCell(std::nullopt);
        m_status->setText(tr("No controller yet: load a benchmark to explore its latent space."));
        m_metrics->clear();
        m_query->setEnabled(false);
        m_reset->setEnabled(false);
        return;
    }
    m_decoded = m_controller->decode(m_z);
    m_graph->setCell(m_decoded);
    m_reset->setEnabled(m_z != m_startZ);
    m_query->setEnabled(m_decoded.has_value());
    const Prediction p = m_controller->predict(m_z);
    if (!m_decoded) {
        m_status->setText(tr("<b>Invalid decode</b>: this point of the latent space gives no "
                             "valid cell."));
    } else if (m_start && *m_decoded == *m_start) {
        m_status->setText(tr("Decodes to the starting cell."));
    } else {
        m_status->setText(tr("Decoded cell; changes against the starting cell are highlighted."));
    }
    QString text = tr("Predicted accuracy %1 %, FLOPS %2 M")
                       .arg(p.accuracy * 100, 0, 'f', 2)
                       .arg(p.flops / 1e6, 0, 'f', 1);
    if (m_decoded && m_lookup) {
        if (const auto measured = m_lookup(*m_decoded))
            text += tr(" · measured %1 %").arg(measured->reportedAccuracy * 100, 0, 'f', 2);
    }
    m_metrics->setText(text);
    Q_EMIT decodedCellChanged();
}

} // namespace dnas::widgets
