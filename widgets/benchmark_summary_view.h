#pragma once

#include "benchmark_distribution.h"

#include "bench/benchmark_summary.h"

#include <QWidget>

#include <array>
#include <memory>

class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;

namespace dnas::widgets {

class AccuracyFlopsDensityPlot;
class AccuracyHistogramPlot;

/**
 * The overview of one benchmark table: a form of its figures (rows, best and
 * median accuracies in percent, FLOPS and parameter ranges, what the metrics
 * mean on this table), where the table comes from, a histogram of the reported accuracy of all rows
 * and a density of accuracy against FLOPS. Numbers follow the default QLocale.
 *
 * GUI thread only. The view keeps the benchmark alive while it shows it.
 */
class BenchmarkSummaryView : public QWidget
{
    Q_OBJECT

public:
    /** The figures of the form, in display order. */
    enum class Field {
        Benchmark,
        Rows,
        BestSearch,
        MedianSearch,
        BestReported,
        MedianReported,
        Flops,
        Params,
        Metrics, ///< a note under the figures, the full width of the form
    };
    static constexpr int kFieldCount = int(Field::Metrics) + 1;

    explicit BenchmarkSummaryView(QWidget *parent = nullptr);
    ~BenchmarkSummaryView() override;

    /** Shows a benchmark; scans its rows once for the plots (NB-101: ~10 ms). */
    void setBenchmark(std::shared_ptr<const Benchmark> benchmark, const BenchmarkSummary &summary);
    /** Shows a benchmark with a distribution computed beforehand (e.g. by
     *  distributionOf() on a worker thread): no per-row work here. */
    void setBenchmark(std::shared_ptr<const Benchmark> benchmark, const BenchmarkSummary &summary,
                      const BenchmarkDistribution &distribution);
    /** Back to the empty state: "—" in the form and, instead of the plots,
     *  `message` (default: "No benchmark loaded."), e.g. "Loading …". */
    void clear(const QString &message = QString());

    std::shared_ptr<const Benchmark> benchmark() const { return m_benchmark; }
    const BenchmarkSummary &summary() const { return m_summary; }
    const BenchmarkDistribution &distribution() const { return m_distribution; }
    /** The text the form shows for a field. */
    QString fieldText(Field field) const;

    AccuracyHistogramPlot *histogramPlot() const { return m_histogram; }
    AccuracyFlopsDensityPlot *densityPlot() const { return m_density; }

    /** "Test accuracy" etc.: the name of the reported metric on `benchmark`. */
    static QString reportedMetricName(const Benchmark &benchmark);
    /** One sentence on what search and reported accuracy are on `benchmark`. */
    static QString metricNote(const Benchmark &benchmark);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFields();
    QLabel *value(Field field) const { return m_values[std::size_t(field)]; }

    std::shared_ptr<const Benchmark> m_benchmark;
    BenchmarkSummary m_summary;
    BenchmarkDistribution m_distribution;

    QGroupBox *m_box = nullptr;
    QGroupBox *m_sourceBox = nullptr;
    QLabel *m_source = nullptr;
    QFormLayout *m_form = nullptr;
    std::array<QLabel *, kFieldCount> m_names {};
    std::array<QLabel *, kFieldCount> m_values {};
    QStackedWidget *m_plotStack = nullptr;
    QLabel *m_placeholder = nullptr;
    AccuracyHistogramPlot *m_histogram = nullptr;
    AccuracyFlopsDensityPlot *m_density = nullptr;
};

} // namespace dnas::widgets
