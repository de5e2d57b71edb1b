// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/backends/s3/s3xml.h"
#include "core/store/objectinfo.h"

#include <memory>
#include <string>
#include <vector>

namespace lakescope {

// Listing of one bucket: ListObjectsV2 pages made to keep the ObjectStore
// contract, and ListMultipartUploads.
//
// The page token is the last entry (key or common prefix) the caller saw,
// and the next page starts after it (start-after). AWS pages exactly, so
// its pages are asked for at the caller's size. S3-compatible servers
// differ: s3rver counts only objects against max-keys and walks keys in
// directory order, not byte order ("a/b" before "a-c"). For them whole
// server pages of 1,000 are asked for, then sorted, merged and cut here, so
// every page still holds at most maxKeys objects + prefixes in byte order.
// s3rver also never folds keys on a delimiter other than '/' when they sit
// in its directories ("2024-01/a" on "-"), and older MinIO supports only
// '/': on other servers, other delimiters are folded here from a plain
// listing, skipping past each folded prefix.
class S3Lister
{
public:
    S3Lister(std::shared_ptr<S3Client> client, std::string bucket);

    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {});
    Result<std::vector<s3xml::Upload>> listUploads(const std::string &prefix, CancellationToken cancel = {});

private:
    s3errors::Context context(std::string operation) const { return {std::move(operation), m_bucket, {}}; }
    std::string displayName() const { return "s3://" + m_bucket; }

    std::shared_ptr<S3Client> m_client;
    std::string m_bucket;
};

} // namespace lakescope
