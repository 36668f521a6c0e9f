#include "benchmark_summary_view.h"

#include "accuracy_flops_density_plot.h"
#include "accuracy_histogram_plot.h"
#include "provenance_text.h"

#include "bench/nb101_benchmark.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>

namespace dnas::widgets {

namespace {
const QString kNone = QStringLiteral("—");

bool hasThreeRuns(const Benchmark &benchmark)
{
    const auto *nb101 = dynamic_cast<const Nb101Benchmark *>(&benchmark);
    return nb101 && nb101->hasRuns();
}
} // namespace

BenchmarkSummaryView::BenchmarkSummaryView(QWidget *parent)
    : QWidget(parent)
{
    m_box = new QGroupBox(this);
    m_form = new QFormLayout(m_box);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    static const char *const objectNames[kFieldCount] = {
        "benchmarkValue",    "rowsValue",         "bestSearchValue",
        "medianSearchValue", "bestReportedValue", "medianReportedValue",
        "flopsValue",        "paramsValue",       "metricsValue",
    };
    for (int i = 0; i < kFieldCount; ++i) {
        m_names[std::size_t(i)] = new QLabel(m_box);
        auto *label = new QLabel(m_box);
        label->setObjectName(QLatin1String(objectNames[i]));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        m_values[std::size_t(i)] = label;
        if (Field(i) == Field::Metrics) {
            // A sentence, not a figure: it gets the whole width.
            m_form->addRow(m_names[std::size_t(i)]);
            m_form->addRow(label);
        } else {
            m_form->addRow(m_names[std::size_t(i)], label);
        }
    }
    QFont bold = value(Field::Benchmark)->font();
    bold.setBold(true);
    value(Field::Benchmark)->setFont(bold);

    m_sourceBox = new QGroupBox(this);
    m_source = new QLabel(m_sourceBox);
    m_source->setObjectName(QStringLiteral("sourceNotes"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::RichText);
    m_source->setOpenExternalLinks(true);
    m_source->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_source->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *sourceLayout = new QVBoxLayout(m_sourceBox);
    sourceLayout->addWidget(m_source);

    m_histogram = new AccuracyHistogramPlot(this);
    m_histogram->setObjectName(QStringLiteral("accuracyHistogram"));
    m_density = new AccuracyFlopsDensityPlot(this);
    m_density->setObjectName(QStringLiteral("accuracyFlopsDensity"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed, like any placeholder text
    auto *plots = new QSplitter(Qt::Vertical, this);
    plots->setObjectName(QStringLiteral("plotSplitter"));
    plots->setChildrenCollapsible(false);
    plots->addWidget(m_histogram);
    plots->addWidget(m_density);
    m_histogram->setMinimumHeight(200);
    m_density->setMinimumHeight(200);

    auto *left = new QWidget(this);
    // A fixed width: the plots keep their size when another table (with
    // other texts) is shown; long values wrap.
    left->setFixedWidth(fontMetrics().averageCharWidth() * 66);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_box);
    leftLayout->addWidget(m_sourceBox);
    leftLayout->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(left);
    m_plotStack = new QStackedWidget(this);
    m_plotStack->addWidget(m_placeholder);
    m_plotStack->addWidget(plots);
    layout->addWidget(m_plotStack, 1);

    retranslate();
    clear();
}

BenchmarkSummaryView::~BenchmarkSummaryView() = default;

void BenchmarkSummaryView::setBenchmark(std::shared_ptr<const Benchmark> benchmark,
                                        const BenchmarkSummary &summary)
{
    if (!benchmark) {
        clear();
        return;
    }
    const BenchmarkDistribution distribution = distributionOf(*benchmark, summary);
    setBenchmark(std::move(benchmark), summary, distribution);
}

void BenchmarkSummaryView::setBenchmark(std::shared_ptr<const Benchmark> benchmark,
                                        const BenchmarkSummary &summary,
                                        const BenchmarkDistribution &distribution)
{
    if (!benchmark) {
        clear();
        return;
    }
    m_benchmark = std::move(benchmark);
    m_summary = summary;
    m_distribution = distribution;
    const QString metric = reportedMetricName(*m_benchmark);
    m_histogram->setHistogram(m_distribution.accuracy, metric);
    m_density->setDensity(m_distribution.accuracyVsLogMFlops, metric);
    m_plotStack->setCurrentIndex(1);
    updateFields();
}

void BenchmarkSummaryView::clear(const QString &message)
{
    m_placeholder->setText(message.isEmpty() ? tr("No benchmark loaded.") : message);
    m_plotStack->setCurrentIndex(0);
    m_benchmark.reset();
    m_summary = BenchmarkSummary();
    m_distribution = BenchmarkDistribution();
    m_histogram->clear();
    m_density->clear();
    updateFields();
}

QString BenchmarkSummaryView::fieldText(Field field) const
{
    return m_values[std::size_t(field)]->text();
}

QString BenchmarkSummaryView::reportedMetricName(const Benchmark &benchmark)
{
    return hasThreeRuns(benchmark) ? tr("Mean test accuracy") : tr("Test accuracy");
}

QString BenchmarkSummaryView::metricNote(const Benchmark &benchmark)
{
    if (!isNb101(benchmark.id())) {
        return tr("Search: 200-epoch validation accuracy. Reported: 200-epoch test accuracy, "
                  "the mean over the training seeds.");
    }
    if (hasThreeRuns(benchmark)) {
        return tr("Search: the 108-epoch validation accuracy of one of the three training runs, "
                  "drawn at random. Reported: the mean test accuracy of the three runs.");
    }
    return tr("One measured 108-epoch CIFAR-10 test accuracy per cell, used as both the search "
              "and the reported metric (not the mean of the three official runs).");
}

void BenchmarkSummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateFields();
    }
    QWidget::changeEvent(event);
}

void BenchmarkSummaryView::retranslate()
{
    m_box->setTitle(tr("Summary"));
    m_sourceBox->setTitle(tr("Source"));
    const QString names[kFieldCount] = {
        tr("Benchmark:"),
        tr("Cells:"),
        tr("Best search accuracy:"),
        tr("Median search accuracy:"),
        tr("Best reported accuracy:"),
        tr("Median reported accuracy:"),
        tr("FLOPS:"),
        tr("Parameters:"),
        tr("Metrics:"),
    };
    for (int i = 0; i < kFieldCount; ++i)
        m_names[std::size_t(i)]->setText(names[i]);
}

void BenchmarkSummaryView::updateFields()
{
    if (!m_benchmark) {
        for (QLabel *label : m_values)
            label->setText(kNone);
        m_source->setText(kNone);
        return;
    }
    const QLocale locale;
    const auto percent = [&](double fraction) {
        return tr("%1 %").arg(locale.toString(fraction * 100, 'f', 2));
    };
    const BenchmarkSummary &s = m_summary;
    value(Field::Benchmark)->setText(benchmarkTitle(s.id));
    value(Field::Rows)->setText(locale.toString(s.rows));
    value(Field::Metrics)->setText(metricNote(*m_benchmark));
    value(Field::BestSearch)->setText(percent(s.bestSearch));
    value(Field::MedianSearch)->setText(percent(s.medianSearch));
    value(Field::BestReported)->setText(percent(s.bestReported));
    value(Field::MedianReported)->setText(percent(s.medianReported));
    value(Field::Flops)
        ->setText(tr("%1 – %2 MFLOPs")
                      .arg(locale.toString(s.minFlops / 1e6, 'f', 1),
                           locale.toString(s.maxFlops / 1e6, 'f', 1)));
    m_source->setText(ProvenanceText::compactHtml(m_benchmark->provenance()));
    value(Field::Params)
        ->setText(tr("%1 – %2 million")
                      .arg(locale.toString(s.minParams / 1e6, 'f', 2),
                           locale.toString(s.maxParams / 1e6, 'f', 2)));
}

} // namespace dnas::widgets
