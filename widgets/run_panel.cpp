#include "run_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dnas::widgets {

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->addItem(tr("DNAS"), QStringLiteral("dnas"));
    m_method->addItem(tr("SemiNAS-style (β = 0, no dense sampling)"), QStringLiteral("semi"));
    m_method->addItem(tr("Regularized evolution"), QStringLiteral("re"));
    m_method->addItem(tr("Random search"), QStringLiteral("random"));
    m_method->addItem(tr("Local search"), QStringLiteral("ls"));
    m_method->setToolTip(tr(
        "The search method; the baselines run in the same engine with the same query accounting."));
    m_form->addRow(tr("&Method:"), m_method);
    m_budget = intField(tr("&Budget:"), 2, 100000,
                        tr("Queries: distinct cells evaluated on the table."));
    m_seed = new QLineEdit(QStringLiteral("0"), this);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed, settings and table give the same queries."));
    m_form->addRow(tr("S&eed:"), m_seed);
    m_flops = doubleField(
        tr("&FLOPS limit (M):"), 0, 1e6, 1, 10,
        tr("The best cell must stay within this many million FLOPS; 0: no limit."));
    m_initial = intField(tr("&Initial cells:"), 1, 100000,
                         tr("Random labelled cells before the first DNAS iteration."));
    m_iterations = intField(tr("I&terations:"), 1, 10000,
                            tr("L: the rest of the budget is spread over this many iterations."));
    m_alpha = doubleField(QStringLiteral("α:"), 0, 100, 2, 0.1,
                          tr("Weight of the accuracy loss (Eqn 5)."));
    m_lambda = doubleField(QStringLiteral("λ:"), 0, 100, 2, 0.1,
                           tr("Weight of the FLOPS loss (Eqn 5)."));
    m_mu = doubleField(QStringLiteral("μ:"), 0, 100, 2, 0.1,
                       tr("Weight of the reconstruction loss (Eqn 5)."));
    m_beta = doubleField(
        QStringLiteral("β:"), 0, 100, 3, 0.01,
        tr("Weight of the KL term: larger disentangles more, 0 is the entangled control."));
    m_topK = intField(QStringLiteral("k:"), 1, 1000,
                      tr("Promising regions come from the top-k cells (Eqn 4)."));
    m_sigma = doubleField(QStringLiteral("σ:"), 0, 10, 3, 0.01,
                          tr("Half-width of each promising interval (Eqn 4)."));
    m_eps1 = doubleField(QStringLiteral("ε1:"), 0, 1, 3, 0.01,
                         tr("Share of the pool sampled in promising regions."));
    m_eps2 = doubleField(QStringLiteral("ε2:"), 0, 1, 3, 0.01,
                         tr("Share of the pool sampled at the FLOPS edge (with a limit only)."));
    m_pool = intField(tr("&Pool:"), 0, 1000000,
                      tr("Unlabelled cells sampled and ranked per iteration."));
    m_topP = intField(QStringLiteral("P:"), 1, 100000,
                      tr("Seeds of the gradient step in z (Eqn 7)."));
    m_eta1 = doubleField(QStringLiteral("η1:"), 0, 100, 3, 0.01,
                         tr("Step along the accuracy gradient (Eqn 7)."));
    m_eta2 = doubleField(QStringLiteral("η2:"), 0, 100, 3, 0.01,
                         tr("Step against the FLOPS gradient (Eqn 7)."));
    m_dense = new QCheckBox(tr("Dense sampling"), this);
    m_dense->setToolTip(
        tr("Sample in promising regions and at the FLOPS edge (the ablation switch)."));
    m_form->addRow(QString(), m_dense);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_start->setToolTip(tr("Start a search with these settings (Ctrl+R)."));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stop->setToolTip(tr("Stop the search (Ctrl+.); it can be resumed from its last step."));
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startRequested);
    connect(m_pause, &QPushButton::clicked, this,
            [this] { Q_EMIT(m_paused ? resumeRequested() : pauseRequested()); });
    connect(m_stop, &QPushButton::clicked, this, &RunPanel::stopRequested);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v / %m queries"));
    m_phase = new QLabel(this);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_phase);
    layout->addWidget(m_log, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &RunPanel::onMethodChanged);
    connect(m_budget, &QSpinBox::valueChanged, this,
            [this](int budget) { m_initial->setValue(std::max(1, budget / 3)); });
    connect(m_seed, &QLineEdit::textChanged, this, &RunPanel::validate);
    setConfig(SearchConfig::defaults(m_benchmark, SearchMethod::Dnas, 300));
    setRunning(false);
}

QSpinBox *RunPanel::intField(const QString &label, int lo, int hi, const QString &tip)
{
    auto *box = new QSpinBox(this);
    box->setRange(lo, hi);
    box->setToolTip(tip);
    connect(box, &QSpinBox::valueChanged, this, &RunPanel::validate);
    m_form->addRow(label, box);
    return box;
}

QDoubleSpinBox *RunPanel::doubleField(const QString &label, double lo, double hi, int decimals,
                                      double step, const QString &tip)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setToolTip(tip);
    connect(box, &QDoubleSpinBox::valueChanged, this, &RunPanel::validate);
    m_form->addRow(label, box);
    return box;
}

void RunPanel::setBenchmark(BenchmarkId id)
{
    m_benchmark = id;
    validate();
}

SearchConfig RunPanel::config() const
{
    const auto method = searchMethodFromKey(m_method->currentData().toString())
                            .value_or(SearchMethod::Dnas);
    // Settings without a field in the form (epochs, pseudo-labels, …) come
    // from the last setConfig() of the same method and benchmark.
    SearchConfig c = m_base && m_base->method == method && m_base->benchmark == m_benchmark
        ? *m_base
        : SearchConfig::defaults(m_benchmark, method, m_budget->value());
    c.benchmark = m_benchmark;
    c.budget = m_budget->value();
    c.seed = m_seed->text().toULongLong();
    c.flopsMax.reset();
    if (m_flops->value() > 0)
        c.flopsMax = m_flops->value() * 1e6;
    c.initial = m_initial->value();
    c.iterations = m_iterations->value();
    c.alpha = m_alpha->value();
    c.lambda = m_lambda->value();
    c.mu = m_mu->value();
    c.beta = m_beta->value();
    c.topK = m_topK->value();
    c.sigma = m_sigma->value();
    c.eps1 = m_eps1->value();
    c.eps2 = m_eps2->value();
    c.pool = m_pool->value();
    c.topP = m_topP->value();
    c.eta1 = m_eta1->value();
    c.eta2 = m_eta2->value();
    c.denseSampling = m_dense->isChecked();
    return c;
}

void RunPanel::setConfig(const SearchConfig &c)
{
    m_base = c;
    m_benchmark = c.benchmark;
    const QSignalBlocker block(m_method);
    m_method->setCurrentIndex(m_method->findData(searchMethodKey(c.method)));
    m_budget->setValue(c.budget);
    m_seed->setText(QString::number(c.seed));
    m_flops->setValue(c.flopsMax ? *c.flopsMax / 1e6 : 0.0);
    m_initial->setValue(c.initial);
    m_iterations->setValue(c.iterations);
    m_alpha->setValue(c.alpha);
    m_lambda->setValue(c.lambda);
    m_mu->setValue(c.mu);
    m_beta->setValue(c.beta);
    m_topK->setValue(c.topK);
    m_sigma->setValue(c.sigma);
    m_eps1->setValue(c.eps1);
    m_eps2->setValue(c.eps2);
    m_pool->setValue(c.pool);
    m_topP->setValue(c.topP);
    m_eta1->setValue(c.eta1);
    m_eta2->setValue(c.eta2);
    m_dense->setChecked(c.denseSampling);
    onMethodChanged();
}

void RunPanel::onMethodChanged()
{
    const QString key = m_method->currentData().toString();
    const bool learned = key == QLatin1String("dnas") || key == QLatin1String("semi");
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_initial, m_iterations, m_alpha, m_lambda, m_mu, m_beta, m_topK, m_sigma, m_eps1,
             m_eps2, m_pool, m_topP, m_eta1, m_eta2, m_dense}) {
        w->setEnabled(learned && !m_running);
    }
    if (key == QLatin1String("semi")) {
        m_beta->setValue(0);
        m_dense->setChecked(false);
    }
    validate();
}

QString RunPanel::problem() const
{
    if (m_seed->text().isEmpty())
        return tr("The seed must be a non-negative integer.");
    return config().problem();
}

void RunPanel::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_start->setEnabled(p.isEmpty() && !m_running);
}

void RunPanel::setRunning(bool running)
{
    m_running = running;
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_method->setEnabled(!running);
    m_budget->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_flops->setEnabled(!running);
    if (running) {
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
    } else {
        setPaused(false);
    }
    onMethodChanged();
}

void RunPanel::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(paused ? tr("Resume the search (Ctrl+P).")
                               : tr("Pause the search (Ctrl+P)."));
}

void RunPanel::setProgress(int queries, int budget, int iteration, const QString &phase)
{
    m_progress->setRange(0, std::max(1, budget));
    m_progress->setValue(queries);
    QString left;
    if (m_running && queries > 0 && queries < budget) {
        const double elapsed = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
        const int seconds = int(elapsed / queries * (budget - queries));
        left = tr(", about %1 s left").arg(seconds);
    }
    m_phase->setText(tr("Iteration %1, %2%3").arg(iteration).arg(phase, left));
}

void RunPanel::log(const QString &line, bool error)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendHtml(error ? QStringLiteral("<span style='color:#c0392b'>%1 %2</span>")
                                  .arg(stamp, line.toHtmlEscaped())
                            : QStringLiteral("%1 %2").arg(stamp, line.toHtmlEscaped()));
}

} // namespace dnas::widgets
