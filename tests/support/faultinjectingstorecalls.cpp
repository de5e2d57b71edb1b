// SPDX-License-Identifier: Apache-2.0
// FaultInjectingStore's forwarded calls: each enters the fault machinery in
// faultinjectingstore.cpp, then asks the wrapped store, applying any byte
// fault on the way and keeping the upload accounts.
#include "tests/support/faultinjectingstore.h"

#include "tests/support/faultinjectingupload.h"

#include <algorithm>

namespace lakescope::testing {

namespace {

// Stands between the wrapped store's get and the caller's sink, acting as a
// server that cuts the body short or garbles a byte on the wire.
class FaultySink final : public ByteSink
{
public:
    FaultySink(ByteSink &inner, const FaultRule &fault, Error failure)
        : m_inner(inner)
        , m_kind(fault.kind)
        , m_at(fault.bytes)
        , m_failure(std::move(failure))
    {
    }

    Status write(std::span<const char> data) override
    {
        const std::uint64_t start = m_seen;
        m_seen += data.size();
        if (m_kind == FaultKind::CorruptRead) {
            if (m_at < start || m_at >= m_seen)
                return m_inner.write(data);
            m_copy.assign(data.begin(), data.end());
            char &victim = m_copy[m_at - start];
            victim = static_cast<char>(~victim);
            return m_inner.write(m_copy);
        }
        const std::uint64_t keep = start >= m_at ? 0 : std::min<std::uint64_t>(data.size(), m_at - start);
        if (keep > 0) {
            if (auto written = m_inner.write(data.first(keep)); !written)
                return written;
        }
        if (keep == data.size())
            return {};
        m_cut = true;
        if (m_kind == FaultKind::FailReadAfter)
            return m_failure;
        return {};
    }

    bool cut() const { return m_cut; }

private:
    ByteSink &m_inner;
    FaultKind m_kind;
    std::uint64_t m_at;
    Error m_failure;
    std::uint64_t m_seen = 0;
    bool m_cut = false;
    std::string m_copy;
};

// Garbles one byte on its way to the wrapped store, which then stores and
// acknowledges it as if it were what the caller sent.
class CorruptingSource final : public ByteSource
{
public:
    CorruptingSource(ByteSource &inner, std::uint64_t at)
        : m_inner(inner)
        , m_at(at)
    {
    }

    Result<std::size_t> read(std::span<char> buffer) override
    {
        auto count = m_inner.read(buffer);
        if (!count)
            return count;
        if (m_at >= m_position && m_at < m_position + *count) {
            char &victim = buffer[m_at - m_position];
            victim = static_cast<char>(~victim);
        }
        m_position += *count;
        return count;
    }
    std::optional<std::uint64_t> size() const override { return m_inner.size(); }
    bool rewind() override
    {
        if (!m_inner.rewind())
            return false;
        m_position = 0;
        return true;
    }
    // contiguous() stays empty: a store handed the caller's buffer directly
    // would never see the garbled byte.

private:
    ByteSource &m_inner;
    std::uint64_t m_at;
    std::uint64_t m_position = 0;
};

} // namespace

std::string FaultInjectingStore::displayName() const
{
    return m_inner->displayName();
}

Capabilities FaultInjectingStore::capabilities() const
{
    return m_inner->capabilities();
}

Result<ListPage> FaultInjectingStore::list(const ListOptions &options, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::List, { options.prefix }, 0, cancel); !planned)
        return planned.error();
    return m_inner->list(options, cancel);
}

Result<ObjectInfo> FaultInjectingStore::head(const std::string &key, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::Head, { key }, 0, cancel); !planned)
        return planned.error();
    return m_inner->head(key, cancel);
}

Result<ObjectInfo> FaultInjectingStore::get(
    const std::string &key, ByteSink &sink, const ByteRange &range, const GetOptions &options, CancellationToken cancel)
{
    auto planned = enter(FaultOperation::Get, { key }, 0, cancel);
    if (!planned)
        return planned.error();
    if (!planned->byteFault)
        return m_inner->get(key, sink, range, options, cancel);

    const FaultRule &fault = *planned->byteFault;
    FaultySink faulty(sink, fault, planned->byteError);
    auto result = m_inner->get(key, faulty, range, options, cancel);
    // A body shorter than the cut-off still ends in the failure: the rule
    // fired, and a test should not depend on chunk sizes to see it.
    if (fault.kind == FaultKind::FailReadAfter && (faulty.cut() || result.ok()))
        return planned->byteError;
    return result;
}

Result<ObjectInfo> FaultInjectingStore::put(
    const std::string &key, ByteSource &data, const PutOptions &options, CancellationToken cancel)
{
    auto planned = enter(FaultOperation::Put, { key }, 0, cancel);
    if (!planned)
        return planned.error();
    if (!planned->byteFault)
        return m_inner->put(key, data, options, cancel);
    CorruptingSource corrupting(data, planned->byteFault->bytes);
    return m_inner->put(key, corrupting, options, cancel);
}

Result<std::unique_ptr<MultipartUpload>> FaultInjectingStore::startMultipart(
    const std::string &key, const PutOptions &options)
{
    if (auto planned = enter(FaultOperation::StartMultipart, { key }, 0, {}); !planned)
        return planned.error();
    auto upload = m_inner->startMultipart(key, options);
    if (!upload)
        return upload.error();
    {
        std::lock_guard lock(m_mutex);
        ++m_uploadsStarted;
        m_openUploads.insert((*upload)->uploadId());
    }
    return wrapUpload(std::move(upload).value());
}

Result<std::unique_ptr<MultipartUpload>> FaultInjectingStore::resumeMultipart(
    const std::string &key, const std::string &uploadId)
{
    if (auto planned = enter(FaultOperation::ResumeMultipart, { key }, 0, {}); !planned)
        return planned.error();
    auto upload = m_inner->resumeMultipart(key, uploadId);
    if (!upload)
        return upload.error();
    {
        // An upload started by an earlier process is open from now on too.
        std::lock_guard lock(m_mutex);
        m_openUploads.insert((*upload)->uploadId());
    }
    return wrapUpload(std::move(upload).value());
}

Result<std::string> FaultInjectingStore::localPath(const std::string &key) const
{
    if (auto planned = enter(FaultOperation::LocalPath, { key }, 0, {}); !planned)
        return planned.error();
    return m_inner->localPath(key);
}

Result<ObjectInfo> FaultInjectingStore::copy(
    const std::string &from, const std::string &to, const CopyOptions &options, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::Copy, { from, to }, 0, cancel); !planned)
        return planned.error();
    return m_inner->copy(from, to, options, cancel);
}

// Another wrapper stands for its inner store, so two wrappers of one store
// (or of two buckets of one account) copy on the server as their stores do.
static const ObjectStore &unwrapped(const ObjectStore &store)
{
    const auto *wrapper = dynamic_cast<const FaultInjectingStore *>(&store);
    return wrapper ? *wrapper->inner() : store;
}

bool FaultInjectingStore::canCopyFrom(const ObjectStore &source) const
{
    return m_inner->canCopyFrom(unwrapped(source));
}

Result<ObjectInfo> FaultInjectingStore::copyFrom(
    ObjectStore &source, const std::string &from, const std::string &to, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::Copy, { from, to }, 0, cancel); !planned)
        return planned.error();
    return m_inner->copyFrom(const_cast<ObjectStore &>(unwrapped(source)), from, to, cancel);
}

Result<ObjectInfo> FaultInjectingStore::rename(const std::string &from, const std::string &to, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::Rename, { from, to }, 0, cancel); !planned)
        return planned.error();
    return m_inner->rename(from, to, cancel);
}

Result<std::vector<DeleteOutcome>> FaultInjectingStore::removeBatch(
    const std::vector<std::string> &keys, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::Remove, keys, 0, cancel); !planned)
        return planned.error();
    return m_inner->removeBatch(keys, cancel);
}

Result<std::string> FaultInjectingStore::presign(
    const std::string &key, PresignMethod method, std::chrono::seconds expiry)
{
    return m_inner->presign(key, method, expiry);
}

Result<PartInfo> FaultInjectingStore::putPart(
    MultipartUpload &upload, int partNumber, ByteSource &data, CancellationToken cancel)
{
    auto planned = enter(FaultOperation::PutPart, { upload.key() }, partNumber, cancel);
    if (!planned)
        return planned.error();
    std::optional<CorruptingSource> corrupting;
    if (planned->byteFault)
        corrupting.emplace(data, planned->byteFault->bytes);
    auto part = upload.putPart(partNumber, corrupting ? *corrupting : data, cancel);
    if (part) {
        std::lock_guard lock(m_mutex);
        m_partsPut.push_back({ upload.key(), upload.uploadId(), partNumber, part->size });
    }
    return part;
}

Result<ObjectInfo> FaultInjectingStore::complete(MultipartUpload &upload, std::vector<PartInfo> parts)
{
    if (auto planned = enter(FaultOperation::Complete, { upload.key() }, 0, {}); !planned)
        return planned.error();
    auto info = upload.complete(std::move(parts));
    if (info) {
        std::lock_guard lock(m_mutex);
        if (m_openUploads.erase(upload.uploadId()) > 0)
            ++m_uploadsCompleted;
    }
    return info;
}

Status FaultInjectingStore::abort(MultipartUpload &upload)
{
    if (auto planned = enter(FaultOperation::Abort, { upload.key() }, 0, {}); !planned)
        return planned.error();
    auto aborted = upload.abort();
    if (aborted) {
        std::lock_guard lock(m_mutex);
        if (m_openUploads.erase(upload.uploadId()) > 0)
            ++m_uploadsAborted;
    }
    return aborted;
}

Result<std::vector<PartInfo>> FaultInjectingStore::listParts(MultipartUpload &upload, CancellationToken cancel)
{
    if (auto planned = enter(FaultOperation::ListParts, { upload.key() }, 0, cancel); !planned)
        return planned.error();
    return upload.listParts(cancel);
}

} // namespace lakescope::testing
