// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferjournal.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <sys/stat.h>

using namespace lakescope;
using lakescope::testing::TempDir;

namespace {

using FileStatus = JournalFileState::Status;

JournalHeader makeHeader(const std::string &id)
{
    JournalHeader header;
    header.id = id;
    header.kind = "tree";
    header.sourceUrl = "s3://bucket/src/";
    header.destinationUrl = "/tmp/dst/";
    header.storeOptions = {"region=eu-west-1", "endpoint=http://localhost:9000"};
    header.options = "{\"parallel\":4}";
    header.createdUnix = 1700000000;
    return header;
}

JournalFile makeFile(const std::string &name, std::uint64_t size)
{
    return {"src/" + name, "dst/" + name, size, "\"etag-" + name + "\"", 1690000000};
}

void appendRaw(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::app);
    out << text;
}

unsigned modeOf(const std::filesystem::path &path)
{
    struct stat st = {};
    return ::stat(path.c_str(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0u;
}

} // namespace

class TstTransferJournal final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_tmp;
    std::string m_dir;

    // A journal with `count` files of `size` bytes, planned.
    std::unique_ptr<TransferJournal> started(const std::string &id, std::size_t count, std::uint64_t size = 100)
    {
        auto journal = TransferJournal::create(m_dir, makeHeader(id));
        if (!journal)
            return nullptr;
        std::vector<JournalFile> files;
        for (std::size_t i = 0; i < count; ++i)
            files.push_back(makeFile("f" + std::to_string(i), size));
        if (!(*journal)->addFiles(files) || !(*journal)->planComplete())
            return nullptr;
        return std::move(*journal);
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->filePath("state/jobs").string();
    }

    void roundTripOfEveryRecord()
    {
        const JournalHeader header = makeHeader("20240101-120000-abcdef");
        auto created = TransferJournal::create(m_dir, header);
        LS_VERIFY_OK(created);
        TransferJournal &journal = **created;
        QCOMPARE(journal.id(), header.id);
        QCOMPARE(journal.path(), m_dir + "/" + header.id + ".journal");

        // Two batches: indices continue across them.
        const std::vector<JournalFile> first {makeFile("a", 20000000), makeFile("b", 10)};
        const std::vector<JournalFile> second {makeFile("c", 5), makeFile("d", 6), makeFile("e", 7), makeFile("g", 8),
            makeFile("h", 9) };
        LS_VERIFY_OK(journal.addFiles(first));
        LS_VERIFY_OK(journal.addFiles(second));
        LS_VERIFY_OK(journal.planComplete());
        // A new upload id abandons the parts of the previous upload.
        LS_VERIFY_OK(journal.uploadStarted(0, "upload-0", 8 << 20));
        LS_VERIFY_OK(journal.partDone(0, {3, "\"abandoned\"", 8 << 20, ""}));
        LS_VERIFY_OK(journal.uploadStarted(0, "upload-1", 8 << 20));
        LS_VERIFY_OK(journal.partDone(0, {2, "\"e2\"", 8 << 20, "md5-2"}));
        LS_VERIFY_OK(journal.partDone(0, {1, "\"old\"", 8 << 20, "md5-old"}));
        LS_VERIFY_OK(journal.partDone(0, {1, "\"e1\"", 8 << 20, "md5-1"})); // sent again: the latest wins
        LS_VERIFY_OK(journal.downloadStarted(1, "/tmp/dst/.b.part", 4));
        LS_VERIFY_OK(journal.rangeDone(1, 2));
        LS_VERIFY_OK(journal.rangeDone(1, 0));
        LS_VERIFY_OK(journal.fileDone(2));
        LS_VERIFY_OK(journal.fileSkipped(3, "exists with the same size"));
        LS_VERIFY_OK(journal.fileFailed(4, "HTTP 500 from the store"));
        LS_VERIFY_OK(journal.uploadStarted(5, "upload-5", 4));
        LS_VERIFY_OK(journal.partDone(5, {1, "x", 4, ""}));
        LS_VERIFY_OK(journal.fileReset(5));
        LS_VERIFY_OK(journal.fileFailed(6, "timed out"));
        LS_VERIFY_OK(journal.partDone(6, {1, "p1", 9, ""})); // a retry after the failure
        // A record type from a newer version is ignored.
        appendRaw(journal.path(), "{\"t\":\"checksum\",\"f\":0,\"sha\":\"abc\"}\n");

        auto loaded = TransferJournal::load(m_dir, header.id);
        LS_VERIFY_OK(loaded);
        const JournalState &state = *loaded;
        QCOMPARE(state.header.id, header.id);
        QCOMPARE(state.header.kind, header.kind);
        QCOMPARE(state.header.sourceUrl, header.sourceUrl);
        QCOMPARE(state.header.destinationUrl, header.destinationUrl);
        QCOMPARE(state.header.storeOptions, header.storeOptions);
        QCOMPARE(state.header.options, header.options);
        QCOMPARE(state.header.createdUnix, header.createdUnix);
        QVERIFY(state.planned);
        QCOMPARE(state.files.size(), std::size_t(7));
        QCOMPARE(state.states.size(), std::size_t(7));
        QCOMPARE(state.files[2].sourceKey, std::string("src/c"));
        QCOMPARE(state.files[2].destinationKey, std::string("dst/c"));
        QCOMPARE(state.files[0].size, std::uint64_t(20000000));
        QCOMPARE(state.files[2].etag, std::string("\"etag-c\""));
        QCOMPARE(state.files[2].modifiedUnix, std::int64_t(1690000000));

        const JournalFileState &upload = state.states[0];
        QCOMPARE(upload.status, FileStatus::Pending);
        QCOMPARE(upload.uploadId, std::string("upload-1"));
        QCOMPARE(upload.partSize, std::uint64_t(8 << 20));
        QCOMPARE(upload.parts.size(), std::size_t(2));
        QCOMPARE(upload.parts[0].partNumber, 1);
        QCOMPARE(upload.parts[0].etag, std::string("\"e1\""));
        QCOMPARE(upload.parts[0].md5, std::string("md5-1"));
        QCOMPARE(upload.parts[0].size, std::uint64_t(8 << 20));
        QCOMPARE(upload.parts[1].partNumber, 2);

        const JournalFileState &download = state.states[1];
        QCOMPARE(download.tempPath, std::string("/tmp/dst/.b.part"));
        QCOMPARE(download.partSize, std::uint64_t(4));
        QCOMPARE(download.rangesDone, (std::vector<int>{0, 2}));

        QCOMPARE(state.states[2].status, FileStatus::Done);
        QCOMPARE(state.states[3].status, FileStatus::Skipped);
        QCOMPARE(state.states[3].message, std::string("exists with the same size"));
        QCOMPARE(state.states[4].status, FileStatus::Failed);
        QCOMPARE(state.states[4].message, std::string("HTTP 500 from the store"));
        QCOMPARE(state.states[5].status, FileStatus::Pending);
        QVERIFY(state.states[5].uploadId.empty());
        QVERIFY(state.states[5].parts.empty());
        QCOMPARE(state.states[6].status, FileStatus::Pending);
        QCOMPARE(state.states[6].parts.size(), std::size_t(1));
    }

    void tornLastLineIsIgnoredAndCutOnReopen()
    {
        auto journal = started("torn", 1);
        QVERIFY(journal);
        LS_VERIFY_OK(journal->partDone(0, {1, "e1", 10, ""}));
        const std::string path = journal->path();
        journal.reset();
        appendRaw(path, "{\"t\":\"part\",\"f\":0,\"n\":2,\"e\":\"e"); // killed mid-write

        auto loaded = TransferJournal::load(m_dir, "torn");
        LS_VERIFY_OK(loaded);
        QCOMPARE(loaded->states[0].parts.size(), std::size_t(1));

        // Resuming appends after the cut, so the journal stays readable.
        auto reopened = TransferJournal::reopen(m_dir, "torn");
        LS_VERIFY_OK(reopened);
        LS_VERIFY_OK((*reopened)->partDone(0, {3, "e3", 10, ""}));
        loaded = TransferJournal::load(m_dir, "torn");
        LS_VERIFY_OK(loaded);
        QCOMPARE(loaded->states[0].parts.size(), std::size_t(2));
        QCOMPARE(loaded->states[0].parts[1].partNumber, 3);
    }

    void completeRecordWithoutNewlineIsKeptOnReopen()
    {
        auto journal = started("unterminated", 1);
        QVERIFY(journal);
        const std::string path = journal->path();
        journal.reset();
        appendRaw(path, "{\"t\":\"done\",\"f\":0}");
        auto reopened = TransferJournal::reopen(m_dir, "unterminated");
        LS_VERIFY_OK(reopened);
        LS_VERIFY_OK((*reopened)->fileReset(0));
        auto loaded = TransferJournal::load(m_dir, "unterminated");
        LS_VERIFY_OK(loaded);
        QCOMPARE(loaded->states[0].status, FileStatus::Pending);
    }

    void corruptMiddleLineIsInvalidInput()
    {
        auto journal = started("corrupt", 2);
        QVERIFY(journal);
        appendRaw(journal->path(), "{\"t\":\"done\",\"f\n"); // line 4
        LS_VERIFY_OK(journal->fileDone(1));
        auto loaded = TransferJournal::load(m_dir, "corrupt");
        LS_VERIFY_ERROR(loaded, ErrorCode::InvalidInput);
        QVERIFY2(loaded.error().message.find(journal->path() + " line 4") != std::string::npos,
            loaded.error().message.c_str());
    }

    void recordBeyondThePlanIsInvalidInput()
    {
        auto journal = started("beyond", 2);
        QVERIFY(journal);
        LS_VERIFY_OK(journal->fileDone(2));
        LS_VERIFY_ERROR(TransferJournal::load(m_dir, "beyond"), ErrorCode::InvalidInput);
    }

    void missingHeaderIsInvalidInput()
    {
        QVERIFY(m_tmp->writeFile("state/jobs/nohead.journal", "{\"t\":\"planned\"}\n"));
        LS_VERIFY_ERROR(TransferJournal::load(m_dir, "nohead"), ErrorCode::InvalidInput);
    }

    void hostileIdsAreRefused()
    {
        for (const std::string id : { "../x", "a/b", "..", ".hidden", "", "x y", "/etc/passwd" }) {
            LS_VERIFY_ERROR(TransferJournal::create(m_dir, makeHeader(id)), ErrorCode::InvalidInput);
            LS_VERIFY_ERROR(TransferJournal::reopen(m_dir, id), ErrorCode::InvalidInput);
            LS_VERIFY_ERROR(TransferJournal::load(m_dir, id), ErrorCode::InvalidInput);
            LS_VERIFY_ERROR(TransferJournal::remove(m_dir, id), ErrorCode::InvalidInput);
        }
        QCOMPARE(m_tmp->entries(), std::vector<std::string>{}); // nothing created anywhere
        LS_VERIFY_OK(TransferJournal::create(m_dir, makeHeader("Ok_id-1.2")));
    }

    void createTwiceIsAlreadyExists()
    {
        LS_VERIFY_OK(TransferJournal::create(m_dir, makeHeader("twice")));
        LS_VERIFY_ERROR(TransferJournal::create(m_dir, makeHeader("twice")), ErrorCode::AlreadyExists);
        LS_VERIFY_ERROR(TransferJournal::reopen(m_dir, "absent"), ErrorCode::NotFound);
        LS_VERIFY_ERROR(TransferJournal::load(m_dir, "absent"), ErrorCode::NotFound);
    }

    void newJournalsArePrivate()
    {
        const std::string dir = m_tmp->filePath("deep/er/jobs").string();
        auto journal = TransferJournal::create(dir, makeHeader("private"));
        LS_VERIFY_OK(journal);
        QCOMPARE(modeOf((*journal)->path()), 0600u);
        QCOMPARE(modeOf(dir), 0700u);
        QCOMPARE(modeOf(m_tmp->filePath("deep")), 0700u);
    }

    void listSummarisesOldestFirst()
    {
        QVERIFY(TransferJournal::list(m_dir).empty()); // no directory yet

        auto later = started("20250101-000000-000002", 1);
        auto progress = TransferJournal::create(m_dir, makeHeader("20240101-000000-000001"));
        LS_VERIFY_OK(progress);
        QVERIFY(later);
        TransferJournal &job = **progress;
        LS_VERIFY_OK(job.addFiles(std::vector<JournalFile>{makeFile("done", 100), makeFile("skip", 50),
            makeFile("up", 1000), makeFile("down", 10), makeFile("fail", 7) }));
        LS_VERIFY_OK(job.fileDone(0));
        LS_VERIFY_OK(job.fileSkipped(1, "same"));
        LS_VERIFY_OK(job.uploadStarted(2, "u", 400));
        LS_VERIFY_OK(job.partDone(2, {1, "e", 400, ""}));
        LS_VERIFY_OK(job.downloadStarted(3, "/tmp/t", 4));
        LS_VERIFY_OK(job.rangeDone(3, 0));
        LS_VERIFY_OK(job.rangeDone(3, 2)); // the last range holds 2 bytes
        LS_VERIFY_OK(job.fileFailed(4, "boom"));
        QVERIFY(m_tmp->writeFile("state/jobs/20230101-000000-000000.journal", "not json\n"));
        QVERIFY(m_tmp->writeFile("state/jobs/notes.txt", "ignored"));

        const std::vector<JournalSummary> jobs = TransferJournal::list(m_dir);
        QCOMPARE(jobs.size(), std::size_t(2));
        QCOMPARE(jobs[0].id, std::string("20240101-000000-000001"));
        QCOMPARE(jobs[1].id, std::string("20250101-000000-000002"));
        const JournalSummary &s = jobs[0];
        QCOMPARE(s.path, job.path());
        QCOMPARE(s.header.sourceUrl, std::string("s3://bucket/src/"));
        QCOMPARE(s.files, std::size_t(5));
        QCOMPARE(s.filesDone, std::size_t(2));
        QCOMPARE(s.filesFailed, std::size_t(1));
        QCOMPARE(s.bytesTotal, std::uint64_t(100 + 50 + 1000 + 10 + 7));
        QCOMPARE(s.bytesDone, std::uint64_t(100 + 50 + 400 + 4 + 2));
        QCOMPARE(jobs[1].bytesTotal, std::uint64_t(100));
        QCOMPARE(jobs[1].bytesDone, std::uint64_t(0));
    }

    void removeDeletesTheJournal()
    {
        auto journal = started("gone", 1);
        QVERIFY(journal);
        QVERIFY(std::filesystem::exists(journal->path()));
        LS_VERIFY_OK(TransferJournal::remove(m_dir, "gone"));
        QVERIFY(!std::filesystem::exists(journal->path()));
        LS_VERIFY_ERROR(TransferJournal::load(m_dir, "gone"), ErrorCode::NotFound);
        LS_VERIFY_OK(TransferJournal::remove(m_dir, "gone")); // missing is fine
    }

    void writeErrorsNameThePathAndCause()
    {
        QVERIFY(m_tmp->makeDir("state/jobs"));
        const std::string path = m_dir + "/full.journal";
        std::filesystem::create_symlink("/dev/full", path);
        auto journal = TransferJournal::reopen(m_dir, "full");
        LS_VERIFY_OK(journal);
        const Status written = (*journal)->fileDone(0);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().message, "cannot write transfer journal " + path + ": No space left on device");

        QVERIFY(m_tmp->writeFile("plain", "x"));
        const auto blocked = TransferJournal::create(m_tmp->filePath("plain/jobs").string(), makeHeader("x"));
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().message.find(m_tmp->filePath("plain/jobs").string()) != std::string::npos,
            blocked.error().message.c_str());
    }

    void idsAndDirectories()
    {
        const std::string id = TransferJournal::newId();
        QCOMPARE(id.size(), std::size_t(22));
        QCOMPARE(id[8], '-');
        QCOMPARE(id[15], '-');
        QVERIFY(id.substr(0, 2) == "20");
        QVERIFY(id.find_first_not_of("0123456789abcdef", 16) == std::string::npos);
        QVERIFY(TransferJournal::newId() != id); // 24 random bits: a clash is 1 in 16 million
        LS_VERIFY_OK(TransferJournal::create(m_dir, makeHeader(id)));

        const QByteArray savedState = qgetenv("XDG_STATE_HOME");
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", "/home/someone");
        qputenv("XDG_STATE_HOME", "/var/state");
        QCOMPARE(TransferJournal::defaultDirectory(), std::string("/var/state/lakescope/jobs"));
        qputenv("XDG_STATE_HOME", "relative/state");
        QCOMPARE(TransferJournal::defaultDirectory(), std::string("/home/someone/.local/state/lakescope/jobs"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(TransferJournal::defaultDirectory(), std::string("/home/someone/.local/state/lakescope/jobs"));
        qputenv("HOME", savedHome);
        if (savedState.isNull())
            qunsetenv("XDG_STATE_HOME");
        else
            qputenv("XDG_STATE_HOME", savedState);
    }

    void concurrentPartsAreAllKept()
    {
        constexpr int kThreads = 8;
        constexpr int kParts = 500;
        auto shared = started("busy", kThreads);
        QVERIFY(shared);
        // Half the workers share one journal (its mutex), half append through
        // descriptors of their own (O_APPEND alone keeps records whole).
        std::vector<std::unique_ptr<TransferJournal>> own;
        for (int t = kThreads / 2; t < kThreads; ++t) {
            auto reopened = TransferJournal::reopen(m_dir, "busy");
            LS_VERIFY_OK(reopened);
            own.push_back(std::move(*reopened));
        }
        std::vector<int> failures(kThreads, 0);
        std::vector<std::thread> workers;
        for (int t = 0; t < kThreads; ++t) {
            TransferJournal *journal = t < kThreads / 2 ? shared.get() : own[std::size_t(t - kThreads / 2)].get();
            workers.emplace_back([journal, t, &failures] {
                for (int n = 1; n <= kParts; ++n) {
                    const PartInfo part {n, "etag-" + std::to_string(t) + "-" + std::to_string(n), 5u << 20, "md5"};
                    if (!journal->partDone(std::size_t(t), part))
                        ++failures[std::size_t(t)];
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        QCOMPARE(failures, std::vector<int>(kThreads, 0));

        auto loaded = TransferJournal::load(m_dir, "busy");
        LS_VERIFY_OK(loaded);
        std::size_t total = 0;
        for (int t = 0; t < kThreads; ++t) {
            const std::vector<PartInfo> &parts = loaded->states[std::size_t(t)].parts;
            total += parts.size();
            QCOMPARE(parts.size(), std::size_t(kParts));
            QCOMPARE(parts.back().etag, "etag-" + std::to_string(t) + "-" + std::to_string(kParts));
        }
        QCOMPARE(total, std::size_t(kThreads * kParts));
    }
};

QTEST_GUILESS_MAIN(TstTransferJournal)
#include "tst_transferjournal.moc"
