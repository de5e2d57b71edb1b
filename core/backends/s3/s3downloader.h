// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/common/byterange.h"
#include "core/store/objectinfo.h"

#include <memory>
#include <string>

namespace lakescope {

// GetObject into a caller's sink, with ranges and conditions.
//
// The first 8 MiB of every answer are held back. A body that ends within
// them is checked against the object's MD5 ETag (single-part, unencrypted
// objects) and handed over only when whole and right; a broken or
// mismatching read is repeated (up to 6 attempts, with backoff) without
// the caller ever seeing a byte of it: a connection that breaks mid-body
// or an object replaced mid-read costs a retry, not a corrupt read. Larger bodies stream on after the first 8 MiB, and
// every write checks the cancellation token.
class S3Downloader
{
public:
    S3Downloader(std::shared_ptr<S3Client> client, std::string bucket);

    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range, const GetOptions &options,
                           CancellationToken cancel);

private:
    s3errors::Context context(const std::string &key) const { return {"GetObject", m_bucket, key}; }

    std::shared_ptr<S3Client> m_client;
    std::string m_bucket;
};

} // namespace lakescope
