// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/memory/memorystore.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/lakefs/demolake.h"
#include "core/store/storeregistry.h"
#include "ui/session/connection.h"

#include <QSemaphore>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <optional>

namespace lakescope::testing {

// A MemoryStore whose listing can be made to fail (from a given page on) or
// held at a gate, so tests can watch loading states, stale results and
// errors. Everything else is forwarded.
class TestStore final : public ObjectStore
{
public:
    explicit TestStore(std::string name = "test") : m_inner(std::make_shared<MemoryStore>(std::move(name))) {}
    ~TestStore() override { openGate(); }

    MemoryStore &inner() { return *m_inner; }

    // list() fails with `error` once `goodPages` pages were served.
    void failListing(Error error, int goodPages = 0)
    {
        m_failure = std::move(error);
        m_goodPages = goodPages;
    }
    // list() waits until release() lets a page through (or cancellation).
    void closeGate() { m_gated = true; }
    void release(int pages = 1) { m_gate.release(pages); }
    void openGate()
    {
        m_gated = false;
        m_gate.release(1000000);
    }
    int listCalls() const { return m_calls; }

    void add(const std::string &key, std::string body = {})
    {
        StringSource source(std::move(body));
        (void)m_inner->put(key, source);
    }

    std::string displayName() const override { return m_inner->displayName(); }
    Capabilities capabilities() const override { return m_inner->capabilities(); }

    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override
    {
        const int call = m_calls++;
        while (m_gated && !m_gate.tryAcquire(1, 10)) {
            if (cancel.isCancelled())
                return Error::cancelled();
        }
        if (m_failure && call >= m_goodPages)
            return *m_failure;
        return m_inner->list(options, cancel);
    }

    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override
    {
        return m_inner->head(key, cancel);
    }
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                           const GetOptions &options = {}, CancellationToken cancel = {}) override
    {
        return m_inner->get(key, sink, range, options, cancel);
    }
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
                           CancellationToken cancel = {}) override
    {
        return m_inner->put(key, data, options, cancel);
    }
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &key,
                                                            const PutOptions &options = {}) override
    {
        return m_inner->startMultipart(key, options);
    }
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override
    {
        return m_inner->copy(from, to, options, cancel);
    }
    Result<ObjectInfo> rename(const std::string &from, const std::string &to, CancellationToken cancel = {}) override
    {
        return m_inner->rename(from, to, cancel);
    }
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override
    {
        return m_inner->removeBatch(keys, cancel);
    }
    Result<std::string> presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry) override
    {
        return m_inner->presign(key, method, expiry);
    }

private:
    std::shared_ptr<MemoryStore> m_inner;
    std::optional<Error> m_failure;
    int m_goodPages = 0;
    std::atomic<bool> m_gated = false;
    std::atomic<int> m_calls = 0;
    QSemaphore m_gate;
};

// Everything a browser reaches through one set of options: a lake (a
// LocalLake in a temporary folder seeded with the demo content, or a
// lakeFS server), S3 when its options are added, memory stores by name.
class TestAccess
{
public:
    // A fresh local demo lake; ok() is false (and error() says why) when it
    // could not be made.
    TestAccess() : m_registry(std::make_shared<StoreRegistry>())
    {
        registerBuiltinStores(*m_registry);
        (void)m_options.set("lakefs_endpoint", "file://" + m_dir.path().toStdString() + "/lake");
        auto lake = lakefs::connectLake(m_options);
        if (!lake) {
            m_error = lake.error().message;
            return;
        }
        if (Status seeded = lakefs::seedDemoLake(**lake); !seeded)
            m_error = seeded.error().message;
    }

    bool ok() const { return m_error.empty(); }
    QString error() const { return QString::fromStdString(m_error); }
    StoreOptions &options() { return m_options; }
    std::shared_ptr<StoreRegistry> registry() const { return m_registry; }

    // Resolvers capture a snapshot of the options: set them first.
    ui::StoreAccess access() const
    {
        auto options = std::make_shared<const StoreOptions>(m_options);
        ui::StoreAccess access;
        access.objects = [registry = m_registry, options](const StoreUrl &url) { return registry->open(url, *options); };
        access.containers = [registry = m_registry, options](const StoreUrl &url) {
            return registry->openService(url, *options);
        };
        access.lake = [options](const StoreUrl &) { return lakefs::connectLake(*options); };
        return access;
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<StoreRegistry> m_registry;
    StoreOptions m_options;
    std::string m_error;
};

} // namespace lakescope::testing
