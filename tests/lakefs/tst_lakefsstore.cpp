// SPDX-License-Identifier: Apache-2.0
// The lakefs:// store on a LocalLake, no server in between: the whole store
// conformance suite, then what only a versioned store has (refs that refuse
// writes, reads at tags and commits, copies between branches, MD5
// checksums, spooled multipart uploads).
#include "core/backends/lakefs/lakefsstore.h"
#include "core/common/md5.h"
#include "core/lakefs/local/locallake.h"
#include "tests/support/storeconformance.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include <QTest>

#include <filesystem>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::GeneratedSource;
using lakescope::testing::TempDir;

class TstLakeFsStore final : public testing::StoreConformance
{
    Q_OBJECT

protected:
    ObjectStorePtr createStore() override
    {
        if (!m_lake) {
            auto lake = LocalLake::open(m_dir.filePath("lake").string());
            if (!lake)
                return nullptr;
            m_lake = *lake;
            RepositoryCreation creation;
            creation.name = "conformance";
            creation.storageNamespace = "local://conformance";
            if (!m_lake->createRepository(creation))
                return nullptr;
        }
        return std::make_shared<LakeFsStore>(m_lake, "conformance", "main");
    }

private:
    TempDir m_dir;
    VersionedRepositoryPtr m_lake;

    std::string readAt(const std::string &ref, const std::string &key)
    {
        LakeFsStore at(m_lake, "conformance", ref);
        StringSink sink;
        auto got = at.get(key, sink);
        return got ? sink.take() : "<" + got.error().toString() + ">";
    }

private slots:
    void capabilitiesOfALake()
    {
        const Capabilities caps = store().capabilities();
        QVERIFY(caps.versioned);
        QVERIFY(caps.conditionalPut);
        QVERIFY(caps.serverSideCopy);
        QVERIFY(!caps.presign);
        QCOMPARE(caps.maxDeleteBatch, 1000);
        QCOMPARE(store().displayName(), std::string("lakefs://conformance/main"));
        LS_VERIFY_ERROR(store().presign(key("x"), PresignMethod::Get, std::chrono::seconds(60)), ErrorCode::NotSupported);
        LS_VERIFY_ERROR(store().rename(key("x"), key("y")), ErrorCode::NotSupported);
    }

    void checksumsAreMd5()
    {
        auto put = putString(key("md5.txt"), "checksummed");
        LS_VERIFY_OK(put);
        QCOMPARE(put->checksum, "md5:" + Md5::hex("checksummed"));
        QCOMPARE(put->etag, Md5::hex("checksummed"));
        auto head = store().head(key("md5.txt"));
        LS_VERIFY_OK(head);
        QCOMPARE(head->checksum, put->checksum);
        ListOptions options;
        options.prefix = prefix();
        auto page = store().list(options);
        LS_VERIFY_OK(page);
        QCOMPARE(page->objects.size(), std::size_t{1});
        QCOMPARE(page->objects[0].checksum, put->checksum);
    }

    void tagsCommitsAndExpressionsAreReadOnly()
    {
        LS_VERIFY_OK(putString(key("versioned.txt"), "v1"));
        CommitCreation creation;
        creation.message = "v1";
        auto commit = m_lake->commit("conformance", "main", creation);
        LS_VERIFY_OK(commit);
        const std::string tag = "tag-" + prefix().substr(12, 8);
        LS_VERIFY_OK(m_lake->createTag("conformance", tag, "main"));
        LS_VERIFY_OK(putString(key("versioned.txt"), "v2 (staged)"));

        QCOMPARE(readAt(tag, key("versioned.txt")), std::string("v1"));
        QCOMPARE(readAt(commit->id, key("versioned.txt")), std::string("v1"));
        QCOMPARE(readAt("main@", key("versioned.txt")), std::string("v1"));
        QCOMPARE(readAt("main", key("versioned.txt")), std::string("v2 (staged)"));

        for (const std::string &ref : {tag, commit->id, std::string("main@"), std::string("main~1")}) {
            LakeFsStore readOnly(m_lake, "conformance", ref);
            StringSource bytes("refused");
            auto put = readOnly.put(key("new.txt"), bytes);
            LS_VERIFY_ERROR(put, ErrorCode::InvalidInput);
            QVERIFY2(put.error().message.find("writes need a branch") != std::string::npos,
                     put.error().message.c_str());
            QVERIFY2(put.error().message.find(ref) != std::string::npos, put.error().message.c_str());
        }
        LakeFsStore tagged(m_lake, "conformance", tag);
        StringSource bytes("refused");
        auto put = tagged.put(key("new.txt"), bytes);
        QCOMPARE(put.error().message, "lakefs://conformance/" + tag + " is a tag: writes need a branch");
        // Still refused the second time, without asking again.
        LS_VERIFY_ERROR(tagged.removeBatch({key("versioned.txt")}), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(store().head(key("new.txt")), ErrorCode::NotFound);

        LakeFsStore missing(m_lake, "conformance", "no-such-branch");
        StringSource more("x");
        LS_VERIFY_ERROR(missing.put(key("x.txt"), more), ErrorCode::NotFound);
    }

    void copiesBetweenBranches()
    {
        LS_VERIFY_OK(putString(key("source.txt"), "from main"));
        const std::string branch = "copy-" + prefix().substr(12, 8);
        LS_VERIFY_OK(m_lake->createBranch("conformance", branch, "main"));
        auto other = std::make_shared<LakeFsStore>(m_lake, "conformance", branch);
        QVERIFY(other->canCopyFrom(store()));
        QVERIFY(store().canCopyFrom(*other));
        LakeFsStore otherRepository(m_lake, "elsewhere", "main");
        QVERIFY(!other->canCopyFrom(otherRepository));

        LS_VERIFY_OK(putString(key("later.txt"), "staged on main after the branch"));
        auto copied = other->copyFrom(store(), key("later.txt"), key("copied.txt"));
        LS_VERIFY_OK(copied);
        QCOMPARE(copied->checksum, "md5:" + Md5::hex("staged on main after the branch"));
        QCOMPARE(readAt(branch, key("copied.txt")), std::string("staged on main after the branch"));
        LS_VERIFY_ERROR(store().head(key("copied.txt")), ErrorCode::NotFound);
    }

    void spooledMultipartLeavesNoTemporaryFiles()
    {
        PutOptions options;
        options.contentType = "application/x-parts";
        options.metadata = {{"origin", "parts"}};
        auto upload = store().startMultipart(key("parts.bin"), options);
        LS_VERIFY_OK(upload);
        // The parts wait in a private folder named by the upload id.
        const auto spool = std::filesystem::temp_directory_path() / (*upload)->uploadId();
        QVERIFY((*upload)->uploadId().starts_with("lakescope-lakefs-upload-"));
        QVERIFY(std::filesystem::is_directory(spool));
        GeneratedSource one(300000, 9);
        auto first = (*upload)->putPart(1, one);
        LS_VERIFY_OK(first);
        QCOMPARE(first->md5, GeneratedSource::md5(9, 0, 300000));
        GeneratedSource two(1000, 9, 300000);
        auto second = (*upload)->putPart(2, two);
        LS_VERIFY_OK(second);
        PartInfo wrong = *second;
        wrong.etag = std::string(32, '0');
        LS_VERIFY_ERROR((*upload)->complete({*first, wrong}), ErrorCode::InvalidInput);
        auto done = (*upload)->complete({*second, *first});
        LS_VERIFY_OK(done);
        QCOMPARE(done->checksum, "md5:" + GeneratedSource::md5(9, 0, 301000));
        QCOMPARE(done->contentType, options.contentType);
        QVERIFY(!std::filesystem::exists(spool));
        LS_VERIFY_ERROR(store().resumeMultipart(key("parts.bin"), (*upload)->uploadId()), ErrorCode::NotSupported);
    }
};

QTEST_GUILESS_MAIN(TstLakeFsStore)
#include "tst_lakefsstore.moc"
