// SPDX-License-Identifier: Apache-2.0
//
// Whether the GUI stays responsive while transfers run: the main window
// lists a folder of N objects (default 100,000, as bench_gui_listing does)
// while a TransferService uploads M small local files (default 5,000) to
// memory://, with the transfer panel visible in a bottom dock and the job
// row expanded. Per run it measures:
//   max stall  - the longest gap between ticks of a 5 ms GUI-thread timer
//                over the whole run (listing and upload together)
//   listing    - navigation until the last page is merged
//   upload     - copy() until the job finished
//   batches    - jobsChanged signals the queue published (polls + drains)
// and prints medians. Budget: max stall <= 50 ms. --check turns a miss into
// exit code 1.
//
// usage: bench_gui_transfers [--files N] [--uploads M] [--runs R] [--check]
#include "ui/browser/browserpanel.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/mainwindow.h"
#include "ui/session/session.h"
#include "ui/transfers/transferpanel.h"
#include "ui/transfers/transferqueuemodel.h"
#include "ui/transfers/transferservice.h"
#include "ui/uiresources.h"

#include "median.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

constexpr double kStallBudgetMs = 50;
constexpr int kHeartbeatMs = 5;

struct Sample
{
    double maxStall = 0;
    double stallAt = 0;
    double listing = -1;
    double upload = -1;
    int rows = 0;
    int batches = 0;
    int uploaded = 0;
    bool uploadDone = false;
};

bool createFiles(const QString &dir, int count, int bytes)
{
    const QByteArray base = QFile::encodeName(dir);
    const QByteArray body(bytes, 'x');
    for (int i = 0; i < count; ++i) {
        const QByteArray path = base + "/file" + QByteArray::number(i) + ".dat";
        const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        const bool written = bytes == 0 || ::write(fd, body.constData(), std::size_t(body.size())) == body.size();
        ::close(fd);
        if (!written)
            return false;
    }
    return true;
}

Sample runOnce(const QString &listingDir, const QString &uploadDir, int run)
{
    Session session;
    MainWindow window(&session);
    window.setSettingsEnabled(false);
    window.resize(1280, 900);
    QTemporaryDir state;
    EngineConfig config;
    config.stateDirectory = state.path().toStdString();
    TransferService transfers(&session, config);
    auto *dock = new QDockWidget(QStringLiteral("Transfers"), &window);
    auto *panel = new TransferPanel(&transfers, dock);
    dock->setWidget(panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.show();
    QCoreApplication::processEvents();

    ObjectTableModel *model = window.browser()->model();
    Sample sample;
    QElapsedTimer clock;
    QEventLoop loop;
    bool listed = false;
    const auto finishIfDone = [&] {
        if (listed && sample.uploadDone)
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
    };

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
    QObject::connect(model, &ObjectTableModel::stateChanged, &loop, [&](ObjectTableModel::State s) {
        if (!listed && (s == ObjectTableModel::State::Complete || s == ObjectTableModel::State::Failed)) {
            listed = true;
            sample.listing = double(clock.nsecsElapsed()) / 1e6;
            finishIfDone();
        }
    });
    bool expanded = false;
    QObject::connect(&transfers, &TransferService::jobsChanged, &loop, [&](const QStringList &ids) {
        ++sample.batches;
        // Watch the files go by, as a user would.
        if (!expanded && !ids.isEmpty()) {
            const QModelIndex job = panel->model()->indexOfJob(ids.front());
            if (panel->model()->hasChildren(job)) {
                panel->view()->expand(job);
                expanded = true;
            }
        }
    });
    QObject::connect(&transfers, &TransferService::jobFinished, &loop,
                     [&](const QString &id, TransferState finalState, const StoreUrl &) {
                         sample.upload = double(clock.nsecsElapsed()) / 1e6;
                         sample.uploaded = int(transfers.entry(id)->progress.filesDone);
                         if (finalState != TransferState::Done)
                             std::fprintf(stderr, "upload ended %s\n", std::string(transferStateName(finalState)).c_str());
                         sample.uploadDone = true;
                         finishIfDone();
                     });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(300000);

    sinceTick.start();
    heartbeat.start();
    clock.start();
    window.openLocation(listingDir);
    Result<StoreUrl> source = StoreUrl::parse(uploadDir.toStdString());
    Result<StoreUrl> target = StoreUrl::parse("memory://bench-upload-" + std::to_string(run) + "/in/");
    transfers.copy({*source}, *target, ConflictPolicy::Overwrite);
    loop.exec();
    heartbeat.stop();
    sample.rows = model->rowCount();
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
    const QCommandLineOption filesOption(QStringLiteral("files"), QStringLiteral("Files in the listed folder."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption uploadsOption(QStringLiteral("uploads"), QStringLiteral("Small files to upload."),
                                           QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("n"),
                                        QStringLiteral("3"));
    const QCommandLineOption checkOption(QStringLiteral("check"), QStringLiteral("Exit 1 when the budget is missed."));
    parser.addOptions({filesOption, uploadsOption, runsOption, checkOption});
    parser.process(app);
    const int files = parser.value(filesOption).toInt();
    const int uploads = parser.value(uploadsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir listing;
    QTemporaryDir upload;
    std::printf("creating %d files to list and %d files of 2 KiB to upload ...\n", files, uploads);
    std::fflush(stdout);
    if (!createFiles(listing.path(), files, 0) || !createFiles(upload.path(), uploads, 2048)) {
        std::fprintf(stderr, "could not create the files\n");
        return 2;
    }

    std::printf("%-4s %12s %10s %12s %12s %8s %8s %8s\n", "run", "max stall", "(at)", "listing", "upload", "rows",
                "uploaded", "batches");
    std::vector<double> stalls, listings, uploadTimes, batches;
    bool allDone = true;
    for (int run = 1; run <= runs; ++run) {
        const Sample s = runOnce(listing.path(), upload.path(), run);
        std::printf("%-4d %9.1f ms %7.0f ms %9.1f ms %9.1f ms %8d %8d %8d\n", run, s.maxStall, s.stallAt, s.listing,
                    s.upload, s.rows, s.uploaded, s.batches);
        std::fflush(stdout);
        allDone = allDone && s.uploadDone && s.rows == files && s.uploaded == uploads;
        stalls.push_back(s.maxStall);
        listings.push_back(s.listing);
        uploadTimes.push_back(s.upload);
        batches.push_back(s.batches);
    }
    const double medStall = lakescope::bench::median(stalls);
    std::printf("%-4s %9.1f ms %10s %9.1f ms %9.1f ms %8s %8s %8.0f\n", "med", medStall, "", lakescope::bench::median(listings),
                lakescope::bench::median(uploadTimes), "", "", lakescope::bench::median(batches));
    const bool ok = medStall <= kStallBudgetMs && allDone;
    std::printf("budget: max stall <= %.0f ms (heartbeat %d ms) while listing %d files and uploading %d: %s\n",
                kStallBudgetMs, kHeartbeatMs, files, uploads, ok ? "met" : "MISSED");
    return parser.isSet(checkOption) && !ok ? 1 : 0;
}
