// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/backends/s3/s3xml.h"
#include "core/store/objectstore.h"

#include <memory>
#include <string>
#include <vector>

namespace lakescope {

class S3MultipartUpload;

// One S3 bucket (AWS or any S3-compatible server) as an ObjectStore. The
// work is shared out: S3Lister pages listings (exact maxKeys pages in byte
// order, even from servers that page differently), S3Downloader reads
// (small objects checked against their MD5 ETag before the caller sees a
// byte), S3Uploader writes (buffered with Content-MD5 up to 16 MiB,
// multipart beyond), S3MultipartUpload does the multipart calls. Copies
// over 5 GiB use UploadPartCopy; deletes go in DeleteObjects batches of
// 1,000. Thread-safe: the state is the shared S3Client.
class S3Store final : public ObjectStore
{
public:
    S3Store(std::shared_ptr<S3Client> client, std::string bucket);

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
    // Checks with one ListParts page that the server still has the upload.
    Result<std::unique_ptr<MultipartUpload>> resumeMultipart(const std::string &key,
                                                             const std::string &uploadId) override;
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override;
    bool canCopyFrom(const ObjectStore &source) const override;
    Result<ObjectInfo> copyFrom(ObjectStore &source, const std::string &from, const std::string &to,
                                CancellationToken cancel = {}) override;
    Result<ObjectInfo> rename(const std::string &from, const std::string &to,
                              CancellationToken cancel = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override;
    Result<std::string> presign(const std::string &key, PresignMethod method,
                                std::chrono::seconds expiry) override;

    // S3 specifics beyond the contract: the uploads left open under a
    // prefix (ListMultipartUploads), to resume or abort them.
    Result<std::vector<s3xml::Upload>> listUploads(const std::string &prefix = {}, CancellationToken cancel = {});

    const std::string &bucket() const { return m_bucket; }
    const std::shared_ptr<S3Client> &client() const { return m_client; }

    // The headers of a HEAD or GET answer as ObjectInfo.
    static ObjectInfo infoFromHeaders(const std::string &key, const HttpHeaders &headers);

private:
    s3errors::Context context(std::string operation, const std::string &key = {}) const;
    // CopyObject (UploadPartCopy beyond the copy threshold) from any bucket
    // this store's credentials can read.
    Result<ObjectInfo> copyAcross(S3Store &sourceStore, const std::string &from, const std::string &to,
                                  const CopyOptions &options, CancellationToken cancel);
    Result<ObjectInfo> copyInParts(const std::string &sourceBucket, const std::string &from, const ObjectInfo &source,
                                   const std::string &to, CancellationToken cancel);
    Result<std::vector<DeleteOutcome>> deleteObjects(const std::vector<std::string> &keys, CancellationToken cancel);
    // HEAD answers carry no body: a failed HEAD is asked again as a GET that
    // cannot download anything, to learn the reason (a wrong secret and a
    // denied key both say 403).
    Error explainHeadFailure(const std::string &key, const HttpResponse &response, CancellationToken cancel);

    std::shared_ptr<S3Client> m_client;
    std::string m_bucket;
};

} // namespace lakescope
