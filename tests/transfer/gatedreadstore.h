// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace lakescope::testing {

// Forwards every call to another store, except that get() waits until
// release(), deaf to its token meanwhile, and only then answers
// Error::cancelled() if that token was cancelled. Unlike
// FaultInjectingStore's gates, which give up as soon as the token is
// cancelled, this keeps a request surely in flight across a pause *and* the
// resume after it: the race a real, slow request runs. Calls after
// release() pass straight through. Thread-safe.
class GatedReadStore final : public ObjectStore
{
public:
    explicit GatedReadStore(ObjectStorePtr inner);

    // True once `count` gets are held at the same time.
    bool waitForHeld(int count, std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;
    void release();
    // Held gets that came back cancelled after release().
    int cancelledOnRelease() const;

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
    ObjectStorePtr m_inner;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    bool m_released = false;
    int m_held = 0;
    int m_cancelledOnRelease = 0;
};

} // namespace lakescope::testing
