// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lakescope::testing {

class FaultInjectingUpload;

// Every call a rule or a gate can intercept. Uploads report PutPart,
// Complete, Abort and ListParts under the key they were started for.
enum class FaultOperation {
    List,
    Head,
    Get,
    Put,
    StartMultipart,
    PutPart,
    Complete,
    Abort,
    Copy,
    Rename,
    Remove,
    ResumeMultipart,
    ListParts,
    LocalPath,
};
inline constexpr std::size_t kFaultOperationCount = static_cast<std::size_t>(FaultOperation::LocalPath) + 1;

enum class FaultKind {
    Error, // fail with errorCode before the wrapped store is asked
    Delay, // wait `delay` (cut short by cancellation), then forward
    TruncateRead, // Get: deliver the first `bytes` bytes, then report success
    FailReadAfter, // Get: deliver at most `bytes` bytes, then fail with errorCode
    CorruptRead, // Get: invert the byte at offset `bytes` of what is delivered
    CorruptWrite, // Put, PutPart: invert the byte at offset `bytes` the store receives
};

// One fault. Designated initialisers read well in tests:
//   store.addRule({.operation = FaultOperation::PutPart, .partNumber = 3,
//                  .errorCode = ErrorCode::Transient, .times = 1});
struct FaultRule
{
    FaultOperation operation = FaultOperation::Get;
    std::string keyGlob; // storeops::globMatch pattern; empty matches any key
    std::string key; // exact key; empty matches any key
    std::optional<int> partNumber; // PutPart only
    FaultKind kind = FaultKind::Error;
    ErrorCode errorCode = ErrorCode::Transient;
    std::chrono::milliseconds delay { 0 };
    std::uint64_t bytes = 0; // cut-off for reads, offset of the inverted byte for corruption
    int times = -1; // fire on this many matching calls, -1 for every one
    int afterCalls = 0; // let this many matching calls through first
};

// A successful putPart, as the wrapped upload acknowledged it.
struct PutPartRecord
{
    std::string key;
    std::string uploadId;
    int partNumber = 0;
    std::uint64_t size = 0;
};

// An ObjectStore for tests that forwards every call to another store, except
// where a rule injects a fault or a gate holds the call, and that records
// what happened so a test can prove a transfer engine retries, carries on
// after a failed file, never finalises corrupt data and leaves no upload
// open. Thread-safe; it must outlive the uploads it hands out, as every
// store must.
//
// localPath() forwards too: an engine that writes beside a local store's
// files bypasses the byte faults, so tests wrapping a LocalStore add an
// Error rule for LocalPath (NotSupported) to force the streaming path.
class FaultInjectingStore final : public ObjectStore
{
    struct GateState;

public:
    using RuleId = std::size_t;

    // Holds calls matching one operation and key glob until release(), so a
    // test can pause or cancel a job at a known moment. A held call returns
    // Error::cancelled() when its own token is cancelled first. Calls made
    // after release() pass straight through.
    class Gate
    {
    public:
        void release();
        // True once `count` calls are held at the same time.
        bool waitForBlocked(int count, std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;
        int blocked() const;
        int arrived() const; // every call that reached the gate, held or not

    private:
        friend class FaultInjectingStore;
        explicit Gate(std::shared_ptr<GateState> state)
            : m_state(std::move(state))
        {
        }
        std::shared_ptr<GateState> m_state;
    };

    explicit FaultInjectingStore(ObjectStorePtr inner);
    ~FaultInjectingStore() override;

    const ObjectStorePtr &inner() const { return m_inner; }

    // Rules are checked in order and each counts the calls it matches, so a
    // later rule's afterCalls is not shifted by an earlier rule firing. When
    // several fire at once their delays add up and the first error wins.
    RuleId addRule(FaultRule rule);
    // Also cuts short every delay in progress.
    void clearRules();
    int fired(RuleId rule) const;

    // `passFirst` matching calls go through before the gate starts holding,
    // e.g. to stop a one-thread upload after exactly that many parts.
    Gate gate(FaultOperation operation, std::string keyGlob = {}, int passFirst = 0);
    // Releases every gate, so no call stays held.
    void releaseGates();

    // Calls made through this wrapper, faulted or not.
    std::uint64_t calls(FaultOperation operation) const;
    std::vector<PutPartRecord> partsPut() const;
    int uploadsStarted() const;
    int uploadsCompleted() const;
    // Uploads that went from open to aborted; aborting twice counts once.
    int uploadsAborted() const;
    // Started or resumed here and neither completed nor aborted, sorted.
    std::vector<std::string> openUploads() const;

    std::string displayName() const override;
    Capabilities capabilities() const override;
    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override;
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override;
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
        const GetOptions &options = {}, CancellationToken cancel = {}) override;
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
        CancellationToken cancel = {}) override;
    Result<std::unique_ptr<MultipartUpload>> startMultipart(
        const std::string &key, const PutOptions &options = {}) override;
    Result<std::unique_ptr<MultipartUpload>> resumeMultipart(
        const std::string &key, const std::string &uploadId) override;
    Result<std::string> localPath(const std::string &key) const override;
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
        CancellationToken cancel = {}) override;
    bool canCopyFrom(const ObjectStore &source) const override;
    Result<ObjectInfo> copyFrom(
        ObjectStore &source, const std::string &from, const std::string &to, CancellationToken cancel = {}) override;
    Result<ObjectInfo> rename(const std::string &from, const std::string &to, CancellationToken cancel = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(
        const std::vector<std::string> &keys, CancellationToken cancel = {}) override;
    Result<std::string> presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry) override;

private:
    friend class FaultInjectingUpload;

    struct RuleEntry
    {
        FaultRule rule;
        RuleId id = 0;
        int matched = 0;
        int fired = 0;
        bool active = true;
    };

    // The faults that fire for one call, decided once when it starts.
    struct Plan
    {
        std::chrono::milliseconds delay { 0 };
        std::uint64_t generation = 0; // of the rules that fired; clearRules() ends their delays
        std::optional<Error> error;
        std::optional<FaultRule> byteFault;
        Error byteError; // what FailReadAfter reports
    };

    // Counts the call, holds it at matching gates, decides and applies delay
    // and error faults; the returned plan carries any byte fault left to do.
    Result<Plan> enter(
        FaultOperation operation, const std::vector<std::string> &keys, int partNumber, CancellationToken cancel) const;
    Status holdAtGates(FaultOperation operation, const std::vector<std::string> &keys, CancellationToken cancel) const;
    Status pause(std::chrono::milliseconds delay, std::uint64_t generation, CancellationToken cancel) const;
    std::unique_ptr<MultipartUpload> wrapUpload(std::unique_ptr<MultipartUpload> upload);

    // The upload's calls, run here so faults and accounting live in one place.
    Result<PartInfo> putPart(MultipartUpload &upload, int partNumber, ByteSource &data, CancellationToken cancel);
    Result<ObjectInfo> complete(MultipartUpload &upload, std::vector<PartInfo> parts);
    Status abort(MultipartUpload &upload);
    Result<std::vector<PartInfo>> listParts(MultipartUpload &upload, CancellationToken cancel);

    ObjectStorePtr m_inner;
    mutable std::array<std::atomic<std::uint64_t>, kFaultOperationCount> m_calls {};

    // Guards rules, gates and upload accounting; m_wake ends delays early.
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    mutable std::vector<RuleEntry> m_rules;
    RuleId m_nextRuleId = 1;
    std::uint64_t m_ruleGeneration = 0;
    std::vector<std::shared_ptr<GateState>> m_gates;
    std::vector<PutPartRecord> m_partsPut;
    std::set<std::string> m_openUploads;
    int m_uploadsStarted = 0;
    int m_uploadsCompleted = 0;
    int m_uploadsAborted = 0;
};

} // namespace lakescope::testing
