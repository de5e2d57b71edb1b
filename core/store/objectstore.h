// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/byterange.h"
#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/capabilities.h"
#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lakescope {

enum class PresignMethod { Get, Put };

// The minimal contract every backend implements: one bucket, container,
// folder or lakeFS ref, addressed by '/'-separated keys. Convenience
// operations (walk, du, glob, rename) are free functions in storeops.h,
// written once over this contract.
//
// Rules for every implementation:
// - Methods are thread-safe; one store is shared by many workers.
// - Keys are UTF-8, never start with '/', and are passed to the service
//   exactly (spaces, '+', '%', '#' included); a key the backend cannot hold
//   safely (e.g. one escaping a local root) is InvalidInput.
// - A key ending in '/' with an empty body is a folder marker.
// - No exceptions escape; failures come back as Error.
class ObjectStore
{
public:
    virtual ~ObjectStore() = default;

    // Human-readable root, e.g. "file:///home/me" or "s3://bucket".
    virtual std::string displayName() const = 0;
    virtual Capabilities capabilities() const = 0;

    // One page of keys under options.prefix, sorted. With a delimiter, keys
    // containing it after the prefix are folded into commonPrefixes. Pages
    // hold at most options.maxKeys entries (objects + prefixes).
    virtual Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) = 0;

    // Metadata of one object, NotFound when absent.
    virtual Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) = 0;

    // Stream the bytes of `range` into `sink`; returns the object's info.
    // A sink error or cancellation stops the read and is returned.
    virtual Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                                   const GetOptions &options = {}, CancellationToken cancel = {}) = 0;

    // Store the whole of `data` under `key`, replacing any existing object
    // atomically: readers see the old or the new object, never a part.
    virtual Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
                                   CancellationToken cancel = {}) = 0;

    virtual Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &key,
                                                                    const PutOptions &options = {}) = 0;

    // Reattach to an upload started earlier (possibly by a process that
    // crashed), by the id its uploadId() gave; NotFound when the store no
    // longer has it, NotSupported where uploads die with the process.
    virtual Result<std::unique_ptr<MultipartUpload>> resumeMultipart(const std::string &key,
                                                                     const std::string &uploadId)
    {
        (void)key;
        (void)uploadId;
        return Error::notSupported(displayName() + " cannot resume an upload");
    }

    // The file behind `key` when the store is a local folder, so transfers
    // can write a temporary file beside it, copy without a byte through
    // user space and rename into place. InvalidInput for keys escaping the
    // root; NotSupported for every other store.
    virtual Result<std::string> localPath(const std::string &key) const
    {
        (void)key;
        return Error::notSupported(displayName() + " is not a local folder");
    }

    // Copy within this store (server-side where the service allows).
    virtual Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                                    CancellationToken cancel = {}) = 0;

    // Whether copyFrom(source, ...) runs on the server: within one store
    // where it has server-side copy, and between stores of the same service
    // and account where the backend can tell (two buckets of one S3 account).
    virtual bool canCopyFrom(const ObjectStore &source) const
    {
        return &source == this && capabilities().serverSideCopy;
    }

    // Server-side copy from another store's object into `to` here; callers
    // stream the bytes themselves when this says NotSupported or is denied.
    virtual Result<ObjectInfo> copyFrom(ObjectStore &source, const std::string &from, const std::string &to,
                                        CancellationToken cancel = {})
    {
        if (&source == this)
            return copy(from, to, {}, cancel);
        return Error::notSupported(displayName() + " cannot copy from " + source.displayName() + " on the server");
    }

    // Move one object. Backends with a native rename (local files, ADLS,
    // HDFS) do it atomically; others answer NotSupported and callers use
    // storeops rename(), which falls back to copy + delete.
    virtual Result<ObjectInfo> rename(const std::string &from, const std::string &to,
                                      CancellationToken cancel = {}) = 0;

    // Delete up to capabilities().maxDeleteBatch keys; a missing key is not
    // an error. The whole call fails only when the store could not be asked.
    virtual Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                           CancellationToken cancel = {}) = 0;

    // A URL anyone can use until `expiry` from now; NotSupported where the
    // store has no such thing (local, memory).
    virtual Result<std::string> presign(const std::string &key, PresignMethod method,
                                        std::chrono::seconds expiry) = 0;
};

using ObjectStorePtr = std::shared_ptr<ObjectStore>;

} // namespace lakescope
