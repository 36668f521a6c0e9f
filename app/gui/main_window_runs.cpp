// MainWindow: the run database — choosing it, recent files, listing,
// showing, resuming and comparing its runs. Reads happen on the GUI thread
// through a connection of its own: a run's queries and codes are a few
// milliseconds to read, and the worker writes through its own connection
// (WAL lets both work at once).
#include "main_window.h"

#include "search_runner.h"
#include "settings.h"

#include "cells_table_model.h"
#include "convergence_plot.h"
#include "factors_pane.h"
#include "latent_explorer.h"
#include "run_panel.h"
#include "runs_panel.h"
#include "search_text.h"

#include "store/run_store.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace dnas::gui {

namespace {
/** The convergence curve of stored queries: after each, the best reported
 *  accuracy so far (as onQuery() extends it live). Returns that best. */
double bestSoFarCurve(const std::vector<QueryRecord> &queries, QVector<double> *x,
                      QVector<double> *y)
{
    x->clear();
    y->clear();
    double best = 0;
    for (const QueryRecord &q : queries) {
        best = std::max(best, q.metrics.reportedAccuracy);
        x->push_back(q.order + 1);
        y->push_back(best);
    }
    return best;
}
} // namespace

bool MainWindow::setDatabasePath(const QString &path)
{
    if (path.isEmpty())
        return false;
    std::vector<StoredRun> runs;
    try {
        // Checks that it is a run database of a known schema (creates it
        // when missing).
        RunStore store(path);
        runs = store.runs();
    } catch (const Error &e) {
        reportError(tr("Cannot open run database"), e.message());
        return false;
    }
    m_databasePath = QFileInfo(path).absoluteFilePath();
    Settings settings;
    settings.setValue(Settings::Key::Database, m_databasePath);
    QStringList recent = settings.value(Settings::Key::RecentDatabases).toStringList();
    recent.removeAll(m_databasePath);
    recent.prepend(m_databasePath);
    while (recent.size() > Settings::kRecentDatabases)
        recent.removeLast();
    settings.setValue(Settings::Key::RecentDatabases, recent);
    updateRecentMenu();
    m_runsPanel->setRuns(m_databasePath, std::move(runs));
    m_status->setText(
        tr("Searches are stored in %1").arg(QDir::toNativeSeparators(m_databasePath)));
    return true;
}

void MainWindow::openDatabase()
{
    if (m_runner->isRunning()) {
        m_status->setText(tr("Stop the running search before switching databases."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open run database"), QFileInfo(m_databasePath).path(),
        tr("Run databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        setDatabasePath(path);
}

void MainWindow::newDatabase()
{
    if (m_runner->isRunning()) {
        m_status->setText(tr("Stop the running search before switching databases."));
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("New run database"),
                                                QFileInfo(m_databasePath).path(),
                                                tr("Run databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    setDatabasePath(path);
}

void MainWindow::saveDatabaseAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save run database as"),
                                                QFileInfo(m_databasePath).path(),
                                                tr("Run databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    // The dialog asked before replacing a file: the copy goes to a new one.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        reportError(tr("Cannot save the run database"), tr("Cannot replace %1").arg(path));
        return;
    }
    try {
        RunStore(m_databasePath).saveCopy(path);
        m_status->setText(tr("Saved a copy of the runs as %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        reportError(tr("Cannot save the run database"), e.message());
    }
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings().value(Settings::Key::RecentDatabases).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (m_runner->isRunning())
                m_status->setText(tr("Stop the running search before switching databases."));
            else
                setDatabasePath(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::refreshRuns()
{
    try {
        RunStore store(m_databasePath);
        m_runsPanel->setRuns(m_databasePath, store.runs());
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
}

void MainWindow::showRun(qint64 runId)
{
    if (m_runner->isRunning()) {
        m_status->setText(tr("Stop the running search to look at another run."));
        return;
    }
    try {
        RunStore store(m_databasePath);
        const StoredRun stored = store.run(runId);
        if (!m_benchmark || stored.config.benchmark != m_benchmark->id()) {
            m_status->setText(tr("Run %1 searched %2: open that benchmark to show it.")
                                  .arg(runId)
                                  .arg(benchmarkTitle(stored.config.benchmark)));
            return;
        }
        m_runConfig = stored.config;
        m_cells->setRecords(store.queries(runId));
        m_bestSoFar = bestSoFarCurve(m_cells->records(), &m_curveX, &m_curveY);
        redrawConvergence();
        m_autoRegions = {};
        const std::vector<IterationRecord> iterations = store.iterations(runId);
        // A damaged checkpoint does not hide the run: the newest one that
        // loads shows its latent space (as a resume would go on from it).
        QStringList damaged;
        const std::optional<StepRecord> last = store.newestLoadableStep(runId, &damaged);
        if (!damaged.isEmpty())
            m_runPanel->log(tr("Run %1: damaged controller checkpoint, passed over: %2")
                                .arg(runId)
                                .arg(damaged.join(QStringLiteral(", "))),
                            true);
        if (last && !last->controller.isEmpty()) {
            std::shared_ptr<const Controller> controller = Controller::fromBytes(last->controller);
            if (!iterations.empty())
                m_rangeCodes = iterations.back().latents;
            useController(controller);
        }
        if (!iterations.empty()) {
            const IterationRecord &it = iterations.back();
            m_autoRegions = it.regions.automaticOnly();
            showFactors(it.latents, false);
            m_factors->setCaption(tr("Run %1, iteration %2: the %3 labelled cells encoded by "
                                     "the run's controller.")
                                      .arg(runId)
                                      .arg(it.iteration)
                                      .arg(it.latents.size()));
        } else {
            showRegions();
        }
        m_runPanel->log(tr("Showing run %1 (%2, %3 queries)")
                            .arg(runId)
                            .arg(widgets::runStatusTitle(stored.status))
                            .arg(stored.queries));
        selectBestCell();
    } catch (const Error &e) {
        reportError(tr("Cannot show the run"), e.message());
    }
}

void MainWindow::setComparedRuns(const QList<qint64> &runIds)
{
    m_overlays.clear();
    try {
        RunStore store(m_databasePath);
        for (qint64 id : runIds) {
            const StoredRun run = store.run(id);
            if (m_benchmark && run.config.benchmark != m_benchmark->id())
                continue;
            Overlay o;
            o.name = tr("run %1: %2, seed %3")
                         .arg(id)
                         .arg(searchMethodKey(run.config.method))
                         .arg(run.config.seed);
            bestSoFarCurve(store.queries(id), &o.x, &o.y);
            m_overlays << o;
        }
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
    redrawConvergence();
}

void MainWindow::saveRunSettings()
{
    Settings().setValue(
        Settings::Key::RunSettings,
        QJsonDocument(m_runPanel->config().toJson()).toJson(QJsonDocument::Compact));
}

} // namespace dnas::gui
