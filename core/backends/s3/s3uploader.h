// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/store/objectinfo.h"

#include <memory>
#include <string>

namespace lakescope {

// Writes whole objects. Up to 16 MiB the source is read whole first, then
// sent in one PutObject with Content-MD5: a failing source sends nothing,
// and the server can refuse a damaged body. Larger objects go to AWS as one
// streamed PutObject (up to S3's 5 GiB), to other servers in buffered parts
// of 16 MiB or more (some keep a half-received PUT in place of the old
// object). A source of unknown length fills a first 16 MiB buffer: one PUT
// when it ends inside it, parts otherwise. A body already in memory
// (ByteSource::contiguous) takes the same route without being copied: it
// is hashed and sent from where it is, its parts are slices of it, and
// every PUT of it carries Content-MD5. A failed multipart upload is
// aborted, so nothing half-written stays visible.
class S3Uploader
{
public:
    S3Uploader(std::shared_ptr<S3Client> client, std::string bucket);

    // The caller has validated the key and, for servers that may ignore
    // If-None-Match, checked that the key is free.
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options,
                           bool conditionalPutHonoured, CancellationToken cancel = {});

    // Content-Type and x-amz-meta-* for PutObject and CreateMultipartUpload;
    // InvalidInput for metadata S3 cannot carry.
    static Status applyPutOptions(HttpHeaders &headers, const PutOptions &options);

private:
    s3errors::Context context(std::string operation, const std::string &key) const
    {
        return {std::move(operation), m_bucket, key};
    }
    std::string describe(const std::string &key) const { return "s3://" + m_bucket + "/" + key; }
    // `request` carries the body (streamed or small) and its Content-MD5
    // when `md5` (hex) is given; the rest is set here.
    Result<ObjectInfo> putSingle(const std::string &key, S3Request request, std::uint64_t size,
                                 const PutOptions &options, bool conditionalPutHonoured, const std::string &md5,
                                 CancellationToken cancel);
    // partSize 0: growing parts for a stream of unknown length.
    Result<ObjectInfo> putInParts(const std::string &key, ByteSource &data, const PutOptions &options,
                                  std::uint64_t partSize, CancellationToken cancel);

    std::shared_ptr<S3Client> m_client;
    std::string m_bucket;
};

} // namespace lakescope
