#pragma once

#include "search/search_config.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QCheckBox;

namespace dnas::widgets {

/**
 * Launch and monitor a search: method, budget, seed, FLOPS limit and every
 * DNAS setting (each with a tooltip saying what it does), checked with
 * SearchConfig::problem() as you type; Start, Pause/Resume, Stop; progress
 * (queries / budget, iteration, phase, time left) and a log. It only edits
 * a config and emits requests: the main window runs the search.
 */
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    void setBenchmark(BenchmarkId id);
    /** The config the form describes (benchmark from setBenchmark). */
    SearchConfig config() const;
    void setConfig(const SearchConfig &config);
    /** Empty when the form is a valid config, else the reason. */
    QString problem() const;

    /** Running / paused / idle: enables the right buttons and the form. */
    void setRunning(bool running);
    void setPaused(bool paused);
    void setProgress(int queries, int budget, int iteration, const QString &phase);
    void log(const QString &line, bool error = false);

    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void startRequested();
    void pauseRequested();
    void resumeRequested();
    void stopRequested();

private:
    void onMethodChanged();
    void validate();
    QSpinBox *intField(const QString &label, int lo, int hi, const QString &tip);
    QDoubleSpinBox *doubleField(const QString &label, double lo, double hi, int decimals,
                                double step, const QString &tip);

    BenchmarkId m_benchmark = BenchmarkId::Nb101;
    QFormLayout *m_form = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_budget = nullptr;
    QLineEdit *m_seed = nullptr;
    QDoubleSpinBox *m_flops = nullptr; // in millions; 0 = no limit
    QSpinBox *m_initial = nullptr;
    QSpinBox *m_iterations = nullptr;
    QDoubleSpinBox *m_alpha = nullptr, *m_lambda = nullptr, *m_mu = nullptr, *m_beta = nullptr;
    QSpinBox *m_topK = nullptr;
    QDoubleSpinBox *m_sigma = nullptr, *m_eps1 = nullptr, *m_eps2 = nullptr;
    QSpinBox *m_pool = nullptr, *m_topP = nullptr;
    QDoubleSpinBox *m_eta1 = nullptr, *m_eta2 = nullptr;
    QCheckBox *m_dense = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<SearchConfig> m_base; ///< the last setConfig()
    QPushButton *m_start = nullptr, *m_pause = nullptr, *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_phase = nullptr;
    QPlainTextEdit *m_log = nullptr;
    qint64 m_startedMs = 0;
    bool m_running = false;
    bool m_paused = false;
};

} // namespace dnas::widgets
