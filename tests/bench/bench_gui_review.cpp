// SPDX-License-Identifier: Apache-2.0
//
// How the compare view copes with a huge review: a local lake whose branch
// `feature` differs from `main` by N changes (default 100,000: a third
// added, a third changed, a third removed, spread over 100 folders) is
// compared three-dot in a CompareView (offscreen unless QT_QPA_PLATFORM says
// otherwise), and per run it measures:
//   first rows  - compare() until the tree has its first rows
//   total       - compare() until the last diff page is merged
//   max stall   - the longest gap between ticks of a 5 ms GUI-thread timer
//                 from compare() until 200 ms after the last page, so the
//                 layout and paint that follow it count (a user's freeze)
//   expand      - expanding the first folder (its few thousand rows) and
//                 selecting its first object, until the content pane has
//                 both sides
//   pane stall  - the longest gap while that happens
// and prints medians. Budget (issue "visual lakeFS review"): max stall
// < 50 ms. --check turns a miss into exit code 1.
//
// usage: bench_gui_review [--changes N] [--runs R] [--dir PATH] [--check]
#include "core/lakefs/client/lakeconnection.h"
#include "core/lakefs/local/locallake.h"
#include "core/store/storeregistry.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/compareview.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/objectcomparepane.h"

#include "median.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

constexpr double kStallBudgetMs = 50;
constexpr int kHeartbeatMs = 5;
constexpr int kSettleMs = 200;
constexpr int kFolders = 100;

struct Sample
{
    double firstRows = -1;
    double total = -1;
    double maxStall = 0;
    double expand = -1;
    double paneStall = 0;
    qint64 changes = 0;
};

std::string pathOf(int i)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "data/part-%03d/file-%06d.csv", i % kFolders, i);
    return buffer;
}

template<typename R>
bool check(const R &result, const char *what)
{
    if (!result)
        std::fprintf(stderr, "%s: %s\n", what, result.error().toString().c_str());
    return bool(result);
}

// main holds 2N/3 objects; feature changes the first N/3 of them, removes
// the next N/3 and adds N/3 new ones, in one commit.
bool seed(lakefs::LocalLake &lake, int changes)
{
    const std::string repo = "review";
    if (!check(lake.createRepository({repo, "local://review"}), "create repository"))
        return false;
    const int third = changes / 3;
    const int extra = changes - 3 * third;
    std::vector<lakefs::SmallObject> base;
    for (int i = 0; i < 2 * third; ++i)
        base.push_back({pathOf(i), "id,value\n" + std::to_string(i) + ",base\n", "text/csv", {}});
    if (!check(lake.uploadSmallObjects(repo, "main", base), "stage main"))
        return false;
    if (!check(lake.commit(repo, "main", {"base objects"}), "commit main"))
        return false;
    if (!check(lake.createBranch(repo, "feature", "main"), "branch"))
        return false;
    std::vector<lakefs::SmallObject> edits;
    for (int i = 0; i < third; ++i)
        edits.push_back({pathOf(i), "id,value\n" + std::to_string(i) + ",feature\nextra,line\n", "text/csv", {}});
    for (int i = 2 * third; i < 3 * third + extra; ++i)
        edits.push_back({pathOf(i), "id,value\n" + std::to_string(i) + ",new\n", "text/csv", {}});
    if (!check(lake.uploadSmallObjects(repo, "feature", edits), "stage feature"))
        return false;
    std::vector<std::string> removals;
    for (int i = third; i < 2 * third; ++i) {
        removals.push_back(pathOf(i));
        if (removals.size() == 1000 || i + 1 == 2 * third) {
            if (!check(lake.deleteObjects(repo, "feature", removals), "remove"))
                return false;
            removals.clear();
        }
    }
    return check(lake.commit(repo, "feature", {"the review"}), "commit feature");
}

Sample runOnce(const StoreAccess &access)
{
    AsyncRunner runner;
    CompareView view(access, &runner);
    view.resize(1280, 600);
    view.show();
    view.setRepository(*StoreUrl::parse("lakefs://review/"));
    QCoreApplication::processEvents();

    Sample sample;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    double *stall = &sample.maxStall;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        *stall = std::max(*stall, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    });

    QEventLoop loop;
    DiffTreeModel *model = view.model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (sample.firstRows < 0)
            sample.firstRows = double(clock.nsecsElapsed()) / 1e6;
    });
    // The stall from the last tick to the last page counts too, and so do
    // the layout and paint that follow it: the loop runs on a while.
    const auto settleThenQuit = [&](QEventLoop &running) {
        *stall = std::max(*stall, double(sinceTick.nsecsElapsed()) / 1e6);
        QTimer::singleShot(kSettleMs, &running, &QEventLoop::quit);
    };
    QObject::connect(model, &DiffTreeModel::loaded, &loop, [&] {
        sample.total = double(clock.nsecsElapsed()) / 1e6;
        settleThenQuit(loop);
    });
    QObject::connect(model, &DiffTreeModel::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "diff failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    clock.start();
    sinceTick.start();
    heartbeat.start();
    view.compare(QStringLiteral("main"), QStringLiteral("feature"));
    loop.exec();
    sample.changes = model->totals().total();

    // Open the first folder down to its objects and select one, as a
    // reviewer would.
    stall = &sample.paneStall;
    QEventLoop paneLoop;
    QObject::connect(view.contentPane(), &ObjectComparePane::loaded, &paneLoop, [&] {
        sample.expand = double(clock.nsecsElapsed()) / 1e6;
        settleThenQuit(paneLoop);
    });
    QTimer::singleShot(30000, &paneLoop, &QEventLoop::quit);
    clock.start();
    sinceTick.start();
    QModelIndex folder = model->index(0, 0);
    while (folder.isValid() && model->isFolder(folder) && model->rowCount(folder) > 0
           && model->isFolder(model->index(0, 0, folder))) {
        view.view()->expand(folder);
        folder = model->index(0, 0, folder);
    }
    view.view()->expand(folder);
    view.view()->setCurrentIndex(model->index(0, 0, folder));
    paneLoop.exec();
    heartbeat.stop();
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare view benchmark: a three-dot diff of N changes"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes between the branches."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the lake (default: a temporary one)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("check"), QStringLiteral("Exit 1 when the stall budget is missed.")});
    parser.process(app);
    const int changes = std::max(3, parser.value(QStringLiteral("changes")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    StoreOptions options;
    (void)options.set("lakefs_endpoint", "file://" + dir.toStdString() + "/lake");
    auto lake = lakefs::connectLake(options);
    auto *local = lake ? dynamic_cast<lakefs::LocalLake *>(lake->get()) : nullptr;
    if (local == nullptr) {
        std::fprintf(stderr, "cannot open a local lake in %s\n", qPrintable(dir));
        return 1;
    }
    std::printf("Compare view benchmark: %d changes (main...feature, three-dot), %d runs, in %s\n", changes, runs,
                qPrintable(dir));
    std::fflush(stdout);
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(*local, changes))
        return 1;
    std::printf("seeded in %.1f s\n", double(seeding.elapsed()) / 1000);

    auto registry = std::make_shared<StoreRegistry>();
    registerBuiltinStores(*registry);
    auto shared = std::make_shared<const StoreOptions>(options);
    StoreAccess access;
    access.objects = [registry, shared](const StoreUrl &url) { return registry->open(url, *shared); };
    access.containers = [registry, shared](const StoreUrl &url) { return registry->openService(url, *shared); };
    access.lake = [shared](const StoreUrl &) { return lakefs::connectLake(*shared); };

    std::printf("%4s %10s %12s %10s %12s %11s %10s\n", "run", "changes", "first rows", "total", "max stall",
                "expand+pane", "pane stall");
    std::vector<double> firstRows, totals, stalls, expands, paneStalls;
    bool complete = true;
    for (int run = 1; run <= runs; ++run) {
        const Sample s = runOnce(access);
        complete = complete && s.changes == changes && s.total >= 0 && s.expand >= 0;
        std::printf("%4d %10lld %9.1f ms %7.0f ms %9.1f ms %8.1f ms %7.1f ms\n", run, static_cast<long long>(s.changes),
                    s.firstRows, s.total, s.maxStall, s.expand, s.paneStall);
        std::fflush(stdout);
        firstRows.push_back(s.firstRows);
        totals.push_back(s.total);
        stalls.push_back(s.maxStall);
        expands.push_back(s.expand);
        paneStalls.push_back(s.paneStall);
    }
    const double stall = lakescope::bench::median(stalls);
    std::printf("median %7s %9.1f ms %7.0f ms %9.1f ms %8.1f ms %7.1f ms\n", "", lakescope::bench::median(firstRows), lakescope::bench::median(totals),
                stall, lakescope::bench::median(expands), lakescope::bench::median(paneStalls));
    std::printf("budget: max stall < %.0f ms: %s\n", kStallBudgetMs, stall < kStallBudgetMs ? "met" : "MISSED");
    if (!complete) {
        std::fprintf(stderr, "a run did not load every change or the content pane\n");
        return 1;
    }
    return parser.isSet(QStringLiteral("check")) && stall >= kStallBudgetMs ? 1 : 0;
}
