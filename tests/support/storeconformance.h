// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"

#include <QObject>

#include <string>
#include <string_view>
#include <vector>

namespace lakescope::testing {

// The behaviour every ObjectStore must show, written once and run by every
// backend's test. A backend test derives, implements createStore() and adds
// its own private slots for backend-specific behaviour:
//
//     class TstMemoryStore final : public lakescope::testing::StoreConformance
//     {
//         Q_OBJECT
//     protected:
//         lakescope::ObjectStorePtr createStore() override
//         {
//             return std::make_shared<lakescope::MemoryStore>();
//         }
//     };
//     QTEST_GUILESS_MAIN(TstMemoryStore)
//
// Qt Test runs the inherited private slots as test functions. Before each
// one, init() calls createStore() and picks a fresh prefix; every key the
// suite touches lives under it and cleanup() deletes it, so a backend may
// hand out one shared bucket instead of a fresh store. Subclasses must not
// declare init()/cleanup() slots of their own (they would hide these); use
// createStore() for per-test setup.
//
// What a backend may legitimately lack is read from capabilities()
// (userMetadata, conditionalPut, minPartSize), or from a NotSupported
// answer where the contract allows one (resumeMultipart); nothing is
// skipped.
class StoreConformance : public QObject
{
    Q_OBJECT

public:
    explicit StoreConformance(QObject *parent = nullptr);
    ~StoreConformance() override;

    // Every entry of a listing, gathered page by page. `problem` describes
    // the first broken rule (unsorted, duplicate, page too large, error).
    struct Listing
    {
        std::vector<std::string> objects;
        std::vector<std::string> prefixes;
        std::vector<ObjectInfo> infos;
        int pages = 0;
        std::string problem;
    };

protected:
    // The store for the next test function: fresh and empty, or shared.
    virtual ObjectStorePtr createStore() = 0;

    ObjectStore &store() const { return *m_store; }
    ObjectStorePtr storePtr() const { return m_store; }
    // The unique prefix of the running test function, ending in '/'.
    const std::string &prefix() const { return m_prefix; }
    std::string key(std::string_view relative) const { return m_prefix + std::string(relative); }

    // Small helpers; failures come back as errors to assert on.
    Result<ObjectInfo> putString(const std::string &key, std::string data, const PutOptions &options = {});
    Result<std::string> getString(const std::string &key, const ByteRange &range = {});
    Listing listAll(const std::string &prefix, const std::string &delimiter = {}, std::size_t maxKeys = 1000);

private slots:
    void init();
    void cleanup();

    void emptyPrefixListsNothing();
    void putGetHead();
    void emptyObject();
    void overwrite();
    void missingIsNotFound();
    void listPaging_data();
    void listPaging();
    void listPagingWithDelimiter();
    void listDelimiterNested();
    void listByteOrder();
    void listPrefixMidName();
    void listOtherDelimiter();
    void folderMarker();
    void rangeReads();
    void specialCharacterKeys_data();
    void specialCharacterKeys();
    void largeObjectStreamed();
    void deleteMissingIsOk();
    void batchDelete();
    void contentTypeAndMetadata();
    void conditionalPut();
    void conditionalPutRace();
    void copyWithinStore();
    void renameViaStoreOps();
    void multipartOutOfOrder();
    void multipartAbortLeavesNothing();
    void multipartResumedAfterTheHandleIsGone();
    void multipartResumeOfAFinishedUpload();
    void cancellation();
    void failingSourceKeepsOldVersion();
    void concurrentWritersDistinctKeys();
    void concurrentWritersSameKey();

private:
    ObjectStorePtr m_store;
    std::string m_prefix;
};

} // namespace lakescope::testing
