// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace lakescope::testing {

// Forwards every call to another store, except that the gated calls (get()
// by default, or list()) wait until release(), deaf to their token
// meanwhile, and only then answer Error::cancelled() if that token was
// cancelled. Unlike FaultInjectingStore's gates, which give up as soon as
// the token is cancelled, this keeps a request surely in flight across a
// pause *and* the resume after it: the race a real, slow request runs.
// Calls after release() pass straight through. Thread-safe.
class GatedReadStore final : public ObjectStore
{
public:
    enum class Gated { Get, List };
    struct Options
    {
        Gated gated = Gated::Get;
        int passFirst = 0;       // gated calls let through before the gate starts holding
        std::size_t pageSize = 0; // list(): at most this many keys a page (0: the caller's), so few files make pages
    };

    explicit GatedReadStore(ObjectStorePtr inner);
    GatedReadStore(ObjectStorePtr inner, Options options);

    // True once `count` gated calls are held at the same time.
    bool waitForHeld(int count, std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;
    void release();
    // Held calls that came back cancelled after release().
    int cancelledOnRelease() const;
    // The page token of every list() call, held or not, in arrival order.
    std::vector<std::string> pageTokensAsked() const;

    std::string displayName() const override;
    Capabilities capabilities() const override;
    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override;
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override;
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                           const GetOptions &options = {}, CancellationToken cancel = {}) override;
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
                           CancellationToken cancel = {}) override;
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &key,
                                                            const PutOptions &options = {}) override;
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override;
    Result<ObjectInfo> rename(const std::string &from, const std::string &to, CancellationToken cancel = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override;
    Result<std::string> presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry) override;

private:
    // Holds the call if it is gated; an error when it must answer cancelled.
    Status hold(Gated call, const std::string &what, const CancellationToken &cancel);

    ObjectStorePtr m_inner;
    const Options m_options;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    bool m_released = false;
    int m_held = 0;
    int m_cancelledOnRelease = 0;
    int m_passed = 0;
    std::vector<std::string> m_pageTokens;
};

} // namespace lakescope::testing
