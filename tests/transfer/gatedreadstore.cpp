// SPDX-License-Identifier: Apache-2.0
#include "tests/transfer/gatedreadstore.h"

namespace lakescope::testing {

GatedReadStore::GatedReadStore(ObjectStorePtr inner)
    : GatedReadStore(std::move(inner), Options{})
{}

GatedReadStore::GatedReadStore(ObjectStorePtr inner, Options options)
    : m_inner(std::move(inner))
    , m_options(options)
{}

bool GatedReadStore::waitForHeld(int count, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_held >= count; });
}

void GatedReadStore::release()
{
    std::lock_guard lock(m_mutex);
    m_released = true;
    m_changed.notify_all();
}

int GatedReadStore::cancelledOnRelease() const
{
    std::lock_guard lock(m_mutex);
    return m_cancelledOnRelease;
}

std::vector<std::string> GatedReadStore::pageTokensAsked() const
{
    std::lock_guard lock(m_mutex);
    return m_pageTokens;
}

Status GatedReadStore::hold(Gated call, const std::string &what, const CancellationToken &cancel)
{
    std::unique_lock lock(m_mutex);
    if (call != m_options.gated || m_released)
        return {};
    if (m_passed < m_options.passFirst) {
        ++m_passed;
        return {};
    }
    ++m_held;
    m_changed.notify_all();
    // No wait_for and no token check: the test decides, by release(), when
    // this request comes back.
    m_changed.wait(lock, [&] { return m_released; });
    --m_held;
    if (cancel.isCancelled()) {
        ++m_cancelledOnRelease;
        return Error::cancelled("cancelled while held: " + what);
    }
    return {};
}

std::string GatedReadStore::displayName() const { return m_inner->displayName(); }
Capabilities GatedReadStore::capabilities() const { return m_inner->capabilities(); }

Result<ListPage> GatedReadStore::list(const ListOptions &options, CancellationToken cancel)
{
    {
        std::lock_guard lock(m_mutex);
        m_pageTokens.push_back(options.pageToken);
    }
    if (auto held = hold(Gated::List, "list " + options.prefix + " after '" + options.pageToken + "'", cancel); !held)
        return held.error();
    ListOptions paged = options;
    if (m_options.pageSize > 0 && (paged.maxKeys == 0 || paged.maxKeys > m_options.pageSize))
        paged.maxKeys = m_options.pageSize;
    return m_inner->list(paged, cancel);
}

Result<ObjectInfo> GatedReadStore::head(const std::string &key, CancellationToken cancel)
{
    return m_inner->head(key, cancel);
}

Result<ObjectInfo> GatedReadStore::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                       const GetOptions &options, CancellationToken cancel)
{
    if (auto held = hold(Gated::Get, key, cancel); !held)
        return held.error();
    return m_inner->get(key, sink, range, options, cancel);
}

Result<ObjectInfo> GatedReadStore::put(const std::string &key, ByteSource &data, const PutOptions &options,
                                       CancellationToken cancel)
{
    return m_inner->put(key, data, options, cancel);
}

Result<std::unique_ptr<MultipartUpload>> GatedReadStore::startMultipart(const std::string &key,
                                                                        const PutOptions &options)
{
    return m_inner->startMultipart(key, options);
}

Result<ObjectInfo> GatedReadStore::copy(const std::string &from, const std::string &to, const CopyOptions &options,
                                        CancellationToken cancel)
{
    return m_inner->copy(from, to, options, cancel);
}

Result<ObjectInfo> GatedReadStore::rename(const std::string &from, const std::string &to, CancellationToken cancel)
{
    return m_inner->rename(from, to, cancel);
}

Result<std::vector<DeleteOutcome>> GatedReadStore::removeBatch(const std::vector<std::string> &keys,
                                                               CancellationToken cancel)
{
    return m_inner->removeBatch(keys, cancel);
}

Result<std::string> GatedReadStore::presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry)
{
    return m_inner->presign(key, method, expiry);
}

} // namespace lakescope::testing
