// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/containerservice.h"
#include "core/store/objectinfo.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The S3 wire types: parsing of every XML response the S3 backend reads and
// the few request bodies it writes. Elements are matched by local name only
// (AWS, s3rver and Swift use different namespaces, some servers prefixes),
// and a malformed or truncated document is a Fatal error that names the
// operation, never a crash or a half-filled result.
namespace lakescope::s3xml {

// <Error><Code/><Message/>...</Error>, as in non-2xx responses and, for
// CompleteMultipartUpload and CopyObject, sometimes in a 200.
struct ErrorDocument
{
    std::string code;
    std::string message;
    std::string resource;
    std::string requestId;
    std::string bucketName;
    std::string key;
    std::string endpoint;   // PermanentRedirect: where the bucket lives
    std::string region;     // AuthorizationHeaderMalformed / redirects
};

// An <Error> document, or nothing when `xml` is something else (another
// result, HTML, empty, malformed).
std::optional<ErrorDocument> parseError(std::string_view xml);

// ListObjectsV2 (and V1) <ListBucketResult>. With <EncodingType>url</...>
// keys and prefixes are decoded ('+' is a space, as AWS encodes it).
struct ObjectListing
{
    std::vector<ObjectInfo> objects;          // in document order
    std::vector<std::string> commonPrefixes;  // in document order
    bool truncated = false;
    std::string nextContinuationToken;
    std::string nextMarker;                   // V1 only
};
Result<ObjectListing> parseListObjects(std::string_view xml);

// ListBuckets <ListAllMyBucketsResult>; AWS pages it since 2024.
struct BucketListing
{
    std::vector<ContainerInfo> buckets;
    std::string continuationToken;
};
Result<BucketListing> parseListBuckets(std::string_view xml);

// CreateMultipartUpload: the upload id.
Result<std::string> parseInitiateMultipartUpload(std::string_view xml);

// CompleteMultipartUpload: the new object's ETag (quotes stripped).
struct CompleteResult
{
    std::string etag;
    std::string location;
};
Result<CompleteResult> parseCompleteMultipartUpload(std::string_view xml);

// CopyObject <CopyObjectResult> and UploadPartCopy <CopyPartResult>.
struct CopyResult
{
    std::string etag;
    std::optional<Timestamp> modified;
};
Result<CopyResult> parseCopyObject(std::string_view xml);
Result<CopyResult> parseCopyPart(std::string_view xml);

// DeleteObjects <DeleteResult>: which keys went, which failed and why.
struct DeleteFailure
{
    std::string key;
    std::string code;
    std::string message;
};
struct DeleteResult
{
    std::vector<std::string> deleted;
    std::vector<DeleteFailure> failed;
};
Result<DeleteResult> parseDeleteResult(std::string_view xml);

// ListMultipartUploads <ListMultipartUploadsResult>.
struct Upload
{
    std::string key;
    std::string uploadId;
    std::optional<Timestamp> initiated;
};
struct UploadListing
{
    std::vector<Upload> uploads;
    std::vector<std::string> commonPrefixes;
    bool truncated = false;
    std::string nextKeyMarker;
    std::string nextUploadIdMarker;
};
Result<UploadListing> parseListMultipartUploads(std::string_view xml);

// ListParts <ListPartsResult>.
struct PartListing
{
    std::vector<PartInfo> parts;
    bool truncated = false;
    int nextPartNumberMarker = 0;
};
Result<PartListing> parseListParts(std::string_view xml);

// Request bodies (UTF-8, escaped by the XML writer).
std::string completeMultipartUploadBody(const std::vector<PartInfo> &parts);
std::string deleteObjectsBody(const std::vector<std::string> &keys);
// Empty for us-east-1, which takes no LocationConstraint.
std::string createBucketBody(std::string_view region);

// Small helpers shared with the store: ISO 8601 times as S3 writes them
// ("2009-10-12T17:50:30.000Z"), ETags without their quotes, and the
// decoding of EncodingType=url values.
std::optional<Timestamp> parseIsoTime(std::string_view text);
std::string stripQuotes(std::string_view etag);
std::optional<std::string> decodeUrlValue(std::string_view text);

} // namespace lakescope::s3xml
