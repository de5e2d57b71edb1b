// SPDX-License-Identifier: Apache-2.0
//
// How the GUI copes with one huge local folder: creates N empty files
// (default 100,000) in a temp folder, opens the main window there
// (offscreen unless QT_QPA_PLATFORM says otherwise) and measures, per run:
//   first rows  - navigation until the first rows are in the view's model
//   first paint - navigation until the table has painted with rows
//   max stall   - the longest gap between ticks of a 5 ms GUI-thread timer
//                 while pages arrive (what a user feels as a freeze)
//   total       - navigation until the last page is merged
//   sort        - re-sorting all rows by size, then by name (header clicks)
// and prints medians. Budgets (issue "walking skeleton"): first rows
// <= 300 ms, max stall <= 50 ms. --check turns a miss into exit code 1.
//
// usage: bench_gui_listing [--files N] [--runs R] [--padded] [--dir PATH] [--check]
#include "ui/browser/browserpanel.h"
#include "ui/browser/objectfilterproxy.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/mainwindow.h"
#include "ui/session/session.h"
#include "ui/uiresources.h"

#include "median.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lakescope::ui;

namespace {

constexpr double kFirstRowsBudgetMs = 300;
constexpr double kStallBudgetMs = 50;
constexpr int kHeartbeatMs = 5;

struct Sample
{
    double firstRows = -1;
    double firstPaint = -1;
    double maxStall = 0;
    double stallAt = 0; // when the longest stall ended, since navigation
    double total = -1;
    double sortBySize = -1;
    double sortByName = -1;
    int rows = 0;
    int pages = 0;
};

bool createFiles(const QString &dir, int count, bool padded)
{
    const QByteArray base = QFile::encodeName(dir);
    for (int i = 0; i < count; ++i) {
        const QByteArray name = padded ? QByteArray(QByteArray("part-") + QByteArray::number(i).rightJustified(6, '0') + ".parquet")
                                       : QByteArray(QByteArray("file") + QByteArray::number(i) + ".dat");
        const QByteArray path = base + '/' + name;
        const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        ::close(fd);
    }
    return true;
}

// Watches the table's viewport for its first paint with rows in it.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *viewport, QAbstractItemModel *model, std::function<void()> onPaint)
        : m_model(model), m_onPaint(std::move(onPaint))
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_onPaint && m_model->rowCount() > 0) {
            auto notify = std::move(m_onPaint);
            m_onPaint = nullptr;
            notify();
        }
        return false;
    }

private:
    QAbstractItemModel *m_model;
    std::function<void()> m_onPaint;
};

Sample runOnce(const QString &dir, int expectedRows)
{
    Session session;
    MainWindow window(&session);
    window.setSettingsEnabled(false);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    BrowserPanel *browser = window.browser();
    ObjectTableModel *model = browser->model();
    QAbstractItemModel *view = browser->tableView()->model();
    Sample sample;
    QElapsedTimer clock;
    QEventLoop loop;

    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
        if (gap > sample.maxStall) {
            sample.maxStall = gap;
            sample.stallAt = double(clock.nsecsElapsed()) / 1e6;
        }
        sinceTick.start();
    });

    QObject::connect(view, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (sample.firstRows < 0)
            sample.firstRows = double(clock.nsecsElapsed()) / 1e6;
    });
    PaintWatch paint(browser->tableView()->viewport(), view,
                     [&] { sample.firstPaint = double(clock.nsecsElapsed()) / 1e6; });
    QObject::connect(model, &ObjectTableModel::stateChanged, &loop, [&](ObjectTableModel::State state) {
        if (state == ObjectTableModel::State::Complete || state == ObjectTableModel::State::Failed) {
            sample.total = double(clock.nsecsElapsed()) / 1e6;
            // Let the last page paint before stopping the heartbeat.
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
        }
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(120000);

    sinceTick.start();
    heartbeat.start();
    clock.start();
    window.openLocation(dir);
    loop.exec();
    heartbeat.stop();

    sample.rows = model->rowCount();
    sample.pages = model->pagesLoaded();
    if (sample.rows != expectedRows)
        std::fprintf(stderr, "warning: %d rows listed, %d expected\n", sample.rows, expectedRows);

    QElapsedTimer sortClock;
    sortClock.start();
    browser->tableView()->sortByColumn(ObjectTableModel::SizeColumn, Qt::DescendingOrder);
    sample.sortBySize = double(sortClock.nsecsElapsed()) / 1e6;
    sortClock.start();
    browser->tableView()->sortByColumn(ObjectTableModel::NameColumn, Qt::AscendingOrder);
    sample.sortByName = double(sortClock.nsecsElapsed()) / 1e6;

    window.close();
    return sample;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LakescopeBench"));
    QApplication::setApplicationName(QStringLiteral("LakescopeBench"));
    QStandardPaths::setTestModeEnabled(true);
    UiResources::init();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption filesOption(QStringLiteral("files"), QStringLiteral("Files to create."), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption paddedOption(QStringLiteral("padded"),
                                          QStringLiteral("Zero-padded names (part-000001.parquet): byte order is display "
                                                         "order. The default, file1.dat ... file100000.dat, is not, "
                                                         "so every page is merged into place."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Use this folder instead of creating one."),
                                       QStringLiteral("path"));
    const QCommandLineOption checkOption(QStringLiteral("check"), QStringLiteral("Exit 1 when a budget is missed."));
    parser.addOptions({filesOption, runsOption, paddedOption, dirOption, checkOption});
    parser.process(app);

    const int files = parser.value(filesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temp;
    QString dir = parser.value(dirOption);
    int expected = files;
    if (dir.isEmpty()) {
        dir = temp.path();
        std::printf("creating %d files in %s ...\n", files, qPrintable(dir));
        std::fflush(stdout);
        if (!createFiles(dir, files, parser.isSet(paddedOption))) {
            std::fprintf(stderr, "could not create the files\n");
            return 2;
        }
    } else {
        expected = int(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).size());
    }

    std::printf("%-4s %12s %12s %12s %10s %12s %10s %10s %8s %6s\n", "run", "first rows", "first paint", "max stall",
                "(at)", "total", "sort size", "sort name", "rows", "pages");
    std::vector<double> firstRows, firstPaint, stalls, totals, sortSize, sortName;
    for (int run = 1; run <= runs; ++run) {
        const Sample s = runOnce(dir, expected);
        std::printf("%-4d %9.1f ms %9.1f ms %9.1f ms %7.0f ms %9.1f ms %7.1f ms %7.1f ms %8d %6d\n", run, s.firstRows,
                    s.firstPaint, s.maxStall, s.stallAt, s.total, s.sortBySize, s.sortByName, s.rows, s.pages);
        std::fflush(stdout);
        firstRows.push_back(s.firstRows);
        firstPaint.push_back(s.firstPaint);
        stalls.push_back(s.maxStall);
        totals.push_back(s.total);
        sortSize.push_back(s.sortBySize);
        sortName.push_back(s.sortByName);
    }
    const double medFirst = lakescope::bench::median(firstRows);
    const double medStall = lakescope::bench::median(stalls);
    std::printf("%-4s %9.1f ms %9.1f ms %9.1f ms %10s %9.1f ms %7.1f ms %7.1f ms\n", "med", medFirst, lakescope::bench::median(firstPaint),
                medStall, "", lakescope::bench::median(totals), lakescope::bench::median(sortSize), lakescope::bench::median(sortName));
    const bool ok = medFirst <= kFirstRowsBudgetMs && medStall <= kStallBudgetMs;
    std::printf("budget: first rows <= %.0f ms, max stall <= %.0f ms (heartbeat %d ms): %s\n", kFirstRowsBudgetMs,
                kStallBudgetMs, kHeartbeatMs, ok ? "met" : "MISSED");
    return parser.isSet(checkOption) && !ok ? 1 : 0;
}
