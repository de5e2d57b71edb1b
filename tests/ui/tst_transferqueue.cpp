// SPDX-License-Identifier: Apache-2.0
// The GUI's transfer queue over local folders and memory stores: a drop of
// files and a folder tree, pause / resume / cancel, retry of failed files
// and the failed-items list, progress batching, moves, an interrupted job
// offered again at the next launch, and the conflict question.
#include "core/backends/memory/memorystore.h"
#include "core/common/bytestream.h"
#include "core/store/storeregistry.h"
#include "tests/support/faultinjectingstore.h"
#include "tests/support/tempdir.h"
#include "ui/session/session.h"
#include "ui/transfers/conflictpolicydialog.h"
#include "ui/transfers/dropcontroller.h"
#include "ui/transfers/failedfilesdialog.h"
#include "ui/transfers/journalstoreopener.h"
#include "ui/transfers/stageddragmime.h"
#include "ui/transfers/transferpanel.h"
#include "ui/transfers/transferqueuemodel.h"
#include "ui/transfers/transferservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <map>
#include <memory>

using namespace lakescope;
using namespace lakescope::ui;
using lakescope::testing::FaultInjectingStore;
using lakescope::testing::FaultOperation;
using lakescope::testing::FaultRule;
using lakescope::testing::TempDir;

namespace {

constexpr int kSlowMs = 30000;

// Opens every URL with the built-in stores and no environment, except
// memory stores the test put in `overrides` (fault-injecting wrappers).
struct Stores
{
    std::shared_ptr<StoreRegistry> registry = [] {
        auto made = std::make_shared<StoreRegistry>();
        registerBuiltinStores(*made);
        return made;
    }();
    std::shared_ptr<std::map<std::string, ObjectStorePtr>> overrides =
        std::make_shared<std::map<std::string, ObjectStorePtr>>();

    StoreResolver resolver() const
    {
        return [registry = registry, overrides = overrides](const StoreUrl &url) -> Result<StoreLocation> {
            if (url.scheme == Scheme::Memory) {
                if (auto found = overrides->find(url.bucket); found != overrides->end())
                    return StoreLocation{found->second, url.key(), url};
            }
            const StoreOptions none([](const std::string &) { return std::optional<std::string>(); });
            return registry->open(url, none);
        };
    }
    ObjectStorePtr memory(const std::string &name) const
    {
        auto location = registry->open("memory://" + name + "/", StoreOptions([](const std::string &) {
                                           return std::optional<std::string>();
                                       }));
        return location ? location->store : nullptr;
    }
};

StoreUrl url(const std::string &text)
{
    Result<StoreUrl> parsed = StoreUrl::parse(text);
    return parsed ? *parsed : StoreUrl{};
}

std::string read(ObjectStore &store, const std::string &key)
{
    StringSink sink;
    auto got = store.get(key, sink);
    return got ? sink.take() : "<missing: " + got.error().toString() + ">";
}

EngineConfig engineIn(const TempDir &state)
{
    EngineConfig config;
    config.threads = 4;
    config.stateDirectory = state.filePath("jobs").string();
    return config;
}

TransferState stateOf(const TransferService &service, const QString &id)
{
    const TransferEntry *entry = service.entry(id);
    return entry ? entry->state : TransferState::Cancelled;
}

QString describe(const TransferService &service, const QString &id)
{
    const TransferEntry *entry = service.entry(id);
    if (!entry)
        return QStringLiteral("<no job %1>").arg(id);
    QString text = QStringLiteral("%1: %2 %3").arg(entry->title, QString::fromStdString(std::string(
                                                                       transferStateName(entry->state))), entry->error);
    for (const FileProgress &file : service.failedFiles(id))
        text += QStringLiteral("\n  %1: %2").arg(QString::fromStdString(file.sourceKey),
                                                QString::fromStdString(file.message));
    return text;
}

std::string bigBytes(std::size_t size)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 4099) & 0xff);
    return bytes;
}

// Stands in for the browser's views: accepts every drag.
class DropTarget : public QWidget
{
public:
    DropTarget() { setAcceptDrops(true); }
    bool dropped = false;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override { event->acceptProposedAction(); }
    void dropEvent(QDropEvent *event) override
    {
        dropped = true;
        event->acceptProposedAction();
    }
};

} // namespace

class TstTransferQueue : public QObject
{
    Q_OBJECT

private slots:
    void init() { QCoreApplication::setApplicationName(QStringLiteral("tst_transferqueue")); }

    void dropUploadsFilesAndAFolderTree();
    void pauseResumeCancelThroughThePanel();
    void retryFailedShowsTheErrors();
    void clearedFailedJobIsNotOfferedAgain();
    void progressArrivesInBatches();
    void journalsReopenWithTheirConnection();
    void moveDeletesTheSourceOnlyAfterTheCopy();
    void interruptedJobResumesAtTheNextLaunch();
    void discardForgetsAnInterruptedJob();
    void conflictQuestionRemembersTheChoice();
    void stagedDragDownloadsThroughTheQueue();
};

void TstTransferQueue::dropUploadsFilesAndAFolderTree()
{
    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("a.txt", "alpha"));
    QVERIFY(dir.writeFile("b b.csv", "x,y\n1,2\n"));
    QVERIFY(dir.writeFile("tree/one.txt", "one"));
    QVERIFY(dir.writeFile("tree/sub/two.bin", bigBytes(300000)));
    Stores stores;
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    TransferPanel panel(&service);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    DropController drops(&service);
    drops.setFixedPolicy(ConflictPolicy::Overwrite);
    QSignalSpy started(&drops, &DropController::transfersStarted);
    QSignalSpy finished(&service, &TransferService::jobFinished);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(dir.filePath("a.txt").string())),
                  QUrl::fromLocalFile(QString::fromStdString(dir.filePath("b b.csv").string())),
                  QUrl::fromLocalFile(QString::fromStdString(dir.filePath("tree").string()))});
    QVERIFY(DropController::canDecode(&mime));
    QVERIFY(drops.handleMimeData(&mime, url("memory://dropped/in/"), Qt::CopyAction, nullptr));
    QCOMPARE(started.size(), 1);
    const QString id = started.front().front().toStringList().front();
    QCOMPARE(service.entry(id)->title, QStringLiteral("Upload 3 items to memory://dropped/in/"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QVERIFY2(stateOf(service, id) == TransferState::Done, qPrintable(describe(service, id)));
    QCOMPARE(finished.front().at(0).toString(), id);

    ObjectStorePtr dropped = stores.memory("dropped");
    QCOMPARE(read(*dropped, "in/a.txt"), std::string("alpha"));
    QCOMPARE(read(*dropped, "in/b b.csv"), std::string("x,y\n1,2\n"));
    QCOMPARE(read(*dropped, "in/tree/one.txt"), std::string("one"));
    QCOMPARE(read(*dropped, "in/tree/sub/two.bin"), bigBytes(300000));

    // The job row expands into its files, fetched only when asked for.
    TransferQueueModel lazy(&service);
    const QModelIndex job = lazy.indexOfJob(id);
    QVERIFY(lazy.hasChildren(job));
    QCOMPARE(lazy.rowCount(job), 0);
    QVERIFY(lazy.canFetchMore(job));
    lazy.fetchMore(job);
    QCOMPARE(lazy.rowCount(job), 4);
    QVERIFY(!lazy.canFetchMore(job));
    QCOMPARE(lazy.index(0, TransferQueueModel::StateColumn, job).data().toString(), QStringLiteral("Done"));
    QCOMPARE(job.data(TransferQueueModel::PercentRole).toInt(), 100);
    QVERIFY(job.siblingAtColumn(TransferQueueModel::BytesColumn).data().toString().contains(QStringLiteral(" of ")));

    // Clear finished removes the row.
    QVERIFY(panel.clearFinishedAction()->isEnabled());
    panel.clearFinishedAction()->trigger();
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TstTransferQueue::pauseResumeCancelThroughThePanel()
{
    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("big.bin", bigBytes(12 * 1024 * 1024)));
    Stores stores;
    auto gated = std::make_shared<FaultInjectingStore>(std::make_shared<MemoryStore>("gated"));
    (*stores.overrides)["gated"] = gated;
    auto gate = gated->gate(FaultOperation::PutPart, {}, 1);
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    TransferPanel panel(&service);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    TransferOptions options;
    options.partSize = 1024 * 1024;
    const QString id = service.copyWith({url(dir.filePath("big.bin").string())}, url("memory://gated/"), options);
    QCOMPARE(service.entry(id)->title, QStringLiteral("Upload big.bin to memory://gated/"));
    panel.selectJob(id);
    const QModelIndex row = panel.model()->indexOfJob(id, TransferQueueModel::StateColumn);
    QTRY_VERIFY_WITH_TIMEOUT(gate.blocked() >= 1, kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(row.data().toString(), QStringLiteral("Running"), kSlowMs);
    QVERIFY(panel.pauseAction()->isEnabled());
    QVERIFY(!panel.resumeAction()->isEnabled());

    panel.pauseAction()->trigger();
    QTRY_COMPARE(row.data().toString(), QStringLiteral("Paused"));
    QVERIFY(panel.resumeAction()->isEnabled());
    QVERIFY(!panel.pauseAction()->isEnabled());
    QCOMPARE(service.totals().activeJobs, 1);
    // The held requests return once the pause cancelled them. (Resuming
    // before the engine has seen them return would race its pause handling.)
    QTRY_COMPARE_WITH_TIMEOUT(gate.blocked(), 0, kSlowMs);

    panel.resumeAction()->trigger();
    QTRY_COMPARE(row.data().toString(), QStringLiteral("Running"));
    QTRY_VERIFY2_WITH_TIMEOUT(gate.blocked() >= 1,
                              qPrintable(QStringLiteral("arrived %1, state %2, bytes %3")
                                             .arg(gate.arrived())
                                             .arg(row.data().toString())
                                             .arg(service.entry(id)->progress.bytesDone)),
                              kSlowMs);

    QSignalSpy finished(&service, &TransferService::jobFinished);
    panel.cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QVERIFY2(row.data().toString() == QStringLiteral("Cancelled"), qPrintable(describe(service, id)));
    QCOMPARE(finished.front().at(1).value<TransferState>(), TransferState::Cancelled);
    gate.release();
    // Nothing half-written is visible, and cancel aborted the upload.
    QVERIFY(!gated->inner()->head("big.bin"));
    QVERIFY(gated->calls(FaultOperation::Abort) >= 1);
    QCOMPARE(service.totals().activeJobs, 0);
    QVERIFY(!panel.cancelAction()->isEnabled());
}

void TstTransferQueue::retryFailedShowsTheErrors()
{
    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("up/good.txt", "good"));
    QVERIFY(dir.writeFile("up/bad.txt", "bad"));
    Stores stores;
    auto faulty = std::make_shared<FaultInjectingStore>(std::make_shared<MemoryStore>("faulty"));
    (*stores.overrides)["faulty"] = faulty;
    FaultRule rule;
    rule.operation = FaultOperation::Put;
    rule.key = "up/bad.txt";
    rule.errorCode = ErrorCode::PermissionDenied;
    faulty->addRule(rule);
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    TransferPanel panel(&service);
    QSignalSpy finished(&service, &TransferService::jobFinished);

    const QString id = service.copy({url(dir.filePath("up").string())}, url("memory://faulty/"),
                                    ConflictPolicy::Overwrite);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QVERIFY2(stateOf(service, id) == TransferState::Failed, qPrintable(describe(service, id)));
    QCOMPARE(service.entry(id)->progress.filesFailed, std::uint64_t{1});
    const QModelIndex row = panel.model()->indexOfJob(id, TransferQueueModel::StateColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("Failed (1 failed)"));

    panel.selectJob(id);
    QVERIFY(panel.showFailedAction()->isEnabled());
    QVERIFY(panel.retryAction()->isEnabled());
    panel.showFailedAction()->trigger();
    QVERIFY(panel.failedFilesDialog());
    const QString listed = panel.failedFilesDialog()->text();
    QVERIFY2(listed.startsWith(QStringLiteral("up/bad.txt \u2014 ")), qPrintable(listed));
    QVERIFY2(!listed.contains(QStringLiteral("good.txt")), qPrintable(listed));
    panel.failedFilesDialog()->close();

    // The file row carries its error too.
    const QModelIndex job = panel.model()->indexOfJob(id);
    panel.view()->expand(job);
    QTRY_COMPARE(panel.model()->rowCount(job), 2);
    bool errorShown = false;
    for (int i = 0; i < 2; ++i) {
        const QModelIndex file = panel.model()->index(i, TransferQueueModel::StateColumn, job);
        errorShown = errorShown || (file.data().toString().startsWith(QStringLiteral("Failed: "))
                                    && !file.data(TransferQueueModel::MessageRole).toString().isEmpty());
    }
    QVERIFY(errorShown);

    faulty->clearRules();
    panel.retryAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kSlowMs);
    QVERIFY2(stateOf(service, id) == TransferState::Done, qPrintable(describe(service, id)));
    QCOMPARE(read(*faulty, "up/bad.txt"), std::string("bad"));
    QCOMPARE(read(*faulty, "up/good.txt"), std::string("good"));
}

void TstTransferQueue::clearedFailedJobIsNotOfferedAgain()
{
    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("doomed.txt", "x"));
    Stores stores;
    auto faulty = std::make_shared<FaultInjectingStore>(std::make_shared<MemoryStore>("doomed"));
    (*stores.overrides)["doomed"] = faulty;
    FaultRule rule;
    rule.operation = FaultOperation::Put;
    rule.errorCode = ErrorCode::PermissionDenied;
    faulty->addRule(rule);
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    QSignalSpy finished(&service, &TransferService::jobFinished);
    const QString id = service.copy({url(dir.filePath("doomed.txt").string())}, url("memory://doomed/"),
                                    ConflictPolicy::Overwrite);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QCOMPARE(stateOf(service, id), TransferState::Failed);
    const std::string journals = engineIn(state).stateDirectory;
    QCOMPARE(TransferJournal::list(journals).size(), std::size_t{1}); // kept for a resume
    service.clearFinished();
    QVERIFY(!service.entry(id));
    QTRY_COMPARE(TransferJournal::list(journals).size(), std::size_t{0});
}

void TstTransferQueue::progressArrivesInBatches()
{
    TempDir dir;
    TempDir state;
    constexpr int kFiles = 1200;
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(dir.writeFile("many/f" + std::to_string(i) + ".txt", std::string(1000 + i, 'x')));
    Stores stores;
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    TransferQueueModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int topLevelChanges = 0;
    int batches = 0;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
        topLevelChanges += from.parent().isValid() ? 0 : 1;
    });
    connect(&service, &TransferService::jobsChanged, this, [&] { ++batches; });
    QSignalSpy finished(&service, &TransferService::jobFinished);
    const QString id = service.copy({url(dir.filePath("many").string())}, url("memory://batched/"),
                                    ConflictPolicy::Overwrite);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QVERIFY2(stateOf(service, id) == TransferState::Done, qPrintable(describe(service, id)));
    // One dataChanged per batch (poll or drained events), never one per file
    // or chunk: 1200 files make thousands of engine file events.
    QVERIFY(batches >= 1);
    QCOMPARE(topLevelChanges, batches);
    QVERIFY2(batches < kFiles / 4, qPrintable(QString::number(batches)));
    QVERIFY(service.drainedBatches() <= batches);
    QCOMPARE(service.entry(id)->progress.filesDone, std::uint64_t{kFiles});

    // A big job's files come a page at a time (the tester above fetches
    // everything, so a fresh model shows the paging).
    TransferQueueModel paged(&service);
    const QModelIndex job = paged.indexOfJob(id);
    QVERIFY(paged.canFetchMore(job));
    paged.fetchMore(job);
    QCOMPARE(paged.rowCount(job), TransferQueueModel::kFilePage);
    paged.fetchMore(job);
    paged.fetchMore(job);
    QCOMPARE(paged.rowCount(job), kFiles);
    QVERIFY(!paged.canFetchMore(job));
}

void TstTransferQueue::journalsReopenWithTheirConnection()
{
    Connection s3a{QStringLiteral("a"), QStringLiteral("A"), *StoreUrl::parseAccount("s3://"),
                   Connection::Kind::Remote, false};
    Connection s3b{QStringLiteral("b"), QStringLiteral("B"), *StoreUrl::parseAccount("s3://"),
                   Connection::Kind::Remote, false};
    const QList<Connection> connections{s3a, s3b};
    StoreUrl bucket = url("s3://bucket/key");
    bucket.connection = "b";
    const std::vector<std::string> recorded{TransferPlanner::connectionOption(bucket)};
    // Recorded by this application: the same connection again.
    QCOMPARE(JournalStoreOpener::connectionFor("s3://bucket", connections, recorded, Scheme::S3), std::string("b"));
    // Written by the CLI (nothing recorded) or by a connection since removed:
    // the first connection serving the scheme.
    QCOMPARE(JournalStoreOpener::connectionFor("s3://bucket", connections, {}, Scheme::S3), std::string("a"));
    QCOMPARE(JournalStoreOpener::connectionFor("s3://bucket", {s3a}, recorded, Scheme::S3), std::string("a"));
    // Local stores need none.
    QCOMPARE(JournalStoreOpener::connectionFor("file:///", connections, {}, Scheme::File), std::string());
}

void TstTransferQueue::moveDeletesTheSourceOnlyAfterTheCopy()
{
    TempDir state;
    Stores stores;
    ObjectStorePtr from = stores.memory("movefrom");
    ObjectStorePtr to = stores.memory("moveto");
    StringSource one("first");
    QVERIFY(from->put("folder/a.txt", one).ok());
    StringSource two("second");
    QVERIFY(from->put("folder/sub/b.txt", two).ok());
    StringSource three("third");
    QVERIFY(from->put("single.txt", three).ok());
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    QSignalSpy finished(&service, &TransferService::jobFinished);

    const QString folder = service.moveTo(url("memory://movefrom/folder/"), url("memory://moveto/renamed/"));
    const QString single = service.moveTo(url("memory://movefrom/single.txt"), url("memory://movefrom/other.txt"));
    QCOMPARE(service.entry(single)->title, QStringLiteral("Rename single.txt \u2192 other.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kSlowMs);
    QVERIFY2(stateOf(service, folder) == TransferState::Done, qPrintable(describe(service, folder)));
    QVERIFY2(stateOf(service, single) == TransferState::Done, qPrintable(describe(service, single)));
    QCOMPARE(read(*to, "renamed/a.txt"), std::string("first"));
    QCOMPARE(read(*to, "renamed/sub/b.txt"), std::string("second"));
    QVERIFY(!from->head("folder/a.txt"));
    QVERIFY(!from->head("folder/sub/b.txt"));
    QCOMPARE(read(*from, "other.txt"), std::string("third"));
    QVERIFY(!from->head("single.txt"));
}

void TstTransferQueue::interruptedJobResumesAtTheNextLaunch()
{
    TempDir dir;
    TempDir state;
    const std::string bytes = bigBytes(6 * 1024 * 1024);
    QVERIFY(dir.writeFile("src/big.bin", bytes));
    QVERIFY(dir.makeDir("dst"));
    Stores stores;
    Session session(stores.resolver(), {});
    QString journal;
    {
        TransferService first(&session, engineIn(state));
        TransferOptions slow;
        slow.bandwidthLimit = 2 * 1024 * 1024;
        slow.partSize = 1024 * 1024;
        const QString id = first.copyWith({url(dir.filePath("src/big.bin").string())},
                                          url(dir.filePath("dst").string() + "/"), slow);
        QTRY_VERIFY_WITH_TIMEOUT(first.entry(id)->progress.bytesDone > 0, kSlowMs);
        QCOMPARE(first.entry(id)->state, TransferState::Running);
        journal = QString::fromStdString(first.entry(id)->jobs.front()->id());
        // Quitting: the job is interrupted, not cancelled.
    }
    QVERIFY(!dir.exists("dst/big.bin"));

    TransferService second(&session, engineIn(state));
    TransferPanel panel(&second);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&second, &TransferService::interruptedLoaded);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.front().front().toInt(), 1);
    QCOMPARE(second.jobIds().size(), 1);
    const QString id = second.jobIds().front();
    QCOMPARE(QString::fromStdString(second.entry(id)->journalId), journal);
    const QModelIndex row = panel.model()->indexOfJob(id, TransferQueueModel::StateColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("Interrupted"));
    QCOMPARE(panel.model()->indexOfJob(id).data().toString(), QStringLiteral("Copy big.bin to file://%1/")
                                                                  .arg(QString::fromStdString(dir.filePath("dst").string())));
    panel.selectJob(id);
    QVERIFY(panel.resumeAction()->isEnabled());
    QVERIFY(panel.discardAction()->isEnabled());
    QVERIFY(!panel.cancelAction()->isEnabled());

    QSignalSpy finished(&second, &TransferService::jobFinished);
    panel.resumeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QVERIFY2(stateOf(second, id) == TransferState::Done, qPrintable(describe(second, id)));
    QVERIFY(dir.readFile("dst/big.bin") == bytes);
    QVERIFY(!second.canResume(id));
}

void TstTransferQueue::discardForgetsAnInterruptedJob()
{
    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("src/big.bin", bigBytes(6 * 1024 * 1024)));
    Stores stores;
    Session session(stores.resolver(), {});
    {
        TransferService first(&session, engineIn(state));
        TransferOptions slow;
        slow.bandwidthLimit = 2 * 1024 * 1024;
        slow.partSize = 1024 * 1024;
        const QString id = first.copyWith({url(dir.filePath("src/big.bin").string())}, url("memory://discarded/"), slow);
        QTRY_VERIFY_WITH_TIMEOUT(first.entry(id)->progress.bytesDone > 0, kSlowMs);
        QCOMPARE(first.entry(id)->state, TransferState::Running);
    }
    const std::string journals = engineIn(state).stateDirectory;
    QCOMPARE(TransferJournal::list(journals).size(), std::size_t{1});

    TransferService second(&session, engineIn(state));
    TransferPanel panel(&second);
    QSignalSpy loaded(&second, &TransferService::interruptedLoaded);
    QTRY_COMPARE(loaded.size(), 1);
    const QString id = second.jobIds().front();
    panel.selectJob(id);
    QVERIFY(panel.discardAction()->isEnabled());
    QSignalSpy removed(&second, &TransferService::jobRemoved);
    panel.discardAction()->trigger();
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(second.jobIds().isEmpty());
    QCOMPARE(TransferJournal::list(journals).size(), std::size_t{0});
    QVERIFY(!stores.memory("discarded")->head("big.bin"));
}

void TstTransferQueue::conflictQuestionRemembersTheChoice()
{
    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("note.txt", "new"));
    Stores stores;
    ObjectStorePtr asked = stores.memory("asked");
    StringSource old("old");
    QVERIFY(asked->put("note.txt", old).ok());
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    DropController drops(&service);
    QSignalSpy started(&drops, &DropController::transfersStarted);
    QSignalSpy finished(&service, &TransferService::jobFinished);
    ConflictPolicyDialog::rememberPolicy(ConflictPolicy::Skip);

    drops.handleDrop({QUrl::fromLocalFile(QString::fromStdString(dir.filePath("note.txt").string()))}, {},
                     url("memory://asked/"), Qt::CopyAction, nullptr);
    QVERIFY(drops.pendingDialog());
    QCOMPARE(drops.pendingDialog()->policy(), ConflictPolicy::Skip);
    QCOMPARE(started.size(), 0); // nothing starts before the answer
    drops.pendingDialog()->setPolicy(ConflictPolicy::Rename);
    QTest::keyClick(drops.pendingDialog(), Qt::Key_Return);
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QCOMPARE(read(*asked, "note.txt"), std::string("old"));
    QCOMPARE(read(*asked, "note (1).txt"), std::string("new"));
    QCOMPARE(ConflictPolicyDialog::rememberedPolicy(), ConflictPolicy::Rename);

    // Next time Enter repeats the last choice; Escape starts nothing.
    drops.handleDrop({QUrl::fromLocalFile(QString::fromStdString(dir.filePath("note.txt").string()))}, {},
                     url("memory://asked/"), Qt::CopyAction, nullptr);
    QVERIFY(drops.pendingDialog());
    QCOMPARE(drops.pendingDialog()->policy(), ConflictPolicy::Rename);
    QTest::keyClick(drops.pendingDialog(), Qt::Key_Escape);
    QCOMPARE(started.size(), 1);
}

void TstTransferQueue::stagedDragDownloadsThroughTheQueue()
{
    TempDir state;
    Stores stores;
    ObjectStorePtr remote = stores.memory("outward");
    StringSource body(bigBytes(2 * 1024 * 1024));
    QVERIFY(remote->put("reports/report.csv", body).ok());
    Session session(stores.resolver(), {});
    TransferService service(&session, engineIn(state));
    QSignalSpy finished(&service, &TransferService::jobFinished);
    QMimeData mime;
    StagedDragMime::factory(&service)(&mime, {url("memory://outward/reports/report.csv")});
    QCOMPARE(mime.urls().size(), 1);
    const QString staged = mime.urls().front().toLocalFile();
    QVERIFY(staged.startsWith(StagedDragMime::stagingRoot() + QLatin1Char('/')));
    QVERIFY(staged.endsWith(QStringLiteral("/report.csv")));
    QCOMPARE(service.jobIds().size(), 1);
    QCOMPARE(service.entry(service.jobIds().front())->title, QStringLiteral("Download report.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QFile file(staged);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().toStdString(), bigBytes(2 * 1024 * 1024));

    // Dropped inside the application (folder to folder): the browser reads
    // the store URLs, so the staged download leaves the queue.
    QMimeData internal;
    StagedDragMime::factory(&service)(&internal, {url("memory://outward/reports/report.csv")});
    QCOMPARE(service.jobIds().size(), 2);
    QSignalSpy removed(&service, &TransferService::jobRemoved);
    DropTarget target;
    target.show();
    QVERIFY(QTest::qWaitForWindowExposed(&target));
    QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &internal, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    QDropEvent drop(QPointF(1, 1), Qt::CopyAction, &internal, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &drop);
    QVERIFY(target.dropped);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kSlowMs);
    QCOMPARE(service.jobIds().size(), 1);
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(TstTransferQueue)
#include "tst_transferqueue.moc"
