// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/backends/s3/s3xml.h"
#include "core/common/byterange.h"
#include "core/store/multipartupload.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace lakescope {

// One S3 multipart upload: UploadPart, UploadPartCopy, ListParts,
// CompleteMultipartUpload and AbortMultipartUpload on its upload id. Parts
// whose bytes are already in memory go with Content-MD5, so the server
// refuses a part damaged on the way instead of assembling it.
//
// Once aborted (or completed) the upload is closed here as well: later
// parts and completes fail at once, whatever the server would say. That
// matters on servers without AbortMultipartUpload (s3rver), where abort()
// reports NotSupported and the server would otherwise keep accepting parts.
class S3MultipartUpload final : public MultipartUpload
{
public:
    S3MultipartUpload(std::shared_ptr<S3Client> client, std::string bucket, std::string key, std::string uploadId);

    // CreateMultipartUpload with the content type and metadata the object
    // will have.
    static Result<std::unique_ptr<S3MultipartUpload>> start(std::shared_ptr<S3Client> client, std::string bucket,
                                                            std::string key, const PutOptions &options);
    // Reattach to an upload by its id, after one ListParts page showed the
    // server still has it: NotFound when it does not (NoSuchUpload),
    // NotSupported from servers without ListParts (s3rver), which cannot
    // tell.
    static Result<std::unique_ptr<S3MultipartUpload>> resume(std::shared_ptr<S3Client> client, std::string bucket,
                                                             std::string key, std::string uploadId);

    const std::string &key() const override { return m_key; }
    const std::string &uploadId() const override { return m_uploadId; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;

    // Part `partNumber` copied server-side from bytes `range` of another
    // object (UploadPartCopy); `sourceEtag`, when given, makes the copy
    // fail if the source changed meanwhile.
    Result<PartInfo> copyPart(int partNumber, const std::string &sourceBucket, const std::string &sourceKey,
                              const ByteRange &range, const std::string &sourceEtag = {},
                              CancellationToken cancel = {});

    // The parts the server holds for this upload (ListParts, every page):
    // what a resumed transfer needs to skip.
    Result<std::vector<PartInfo>> listParts(CancellationToken cancel = {}) override;

private:
    s3errors::Context context(std::string operation) const;
    // One ListParts request; `maxParts` 0 leaves the page size to the server.
    Result<s3xml::PartListing> listPartsPage(int marker, int maxParts, CancellationToken cancel);
    Status checkOpen() const;
    static Status checkPartNumber(int partNumber);

    std::shared_ptr<S3Client> m_client;
    std::string m_bucket;
    std::string m_key;
    std::string m_uploadId;
    std::atomic<bool> m_closed{false};
    std::atomic<bool> m_aborted{false};
};

} // namespace lakescope
