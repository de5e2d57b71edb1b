// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/objectupload.h"

namespace lakescope::lakefs {

ObjectUpload::ObjectUpload(VersionedRepository &lake, std::string repo, std::string branch, UploadRequest request,
                           std::optional<std::uint64_t> size)
{
    m_pipe.setExpectedSize(size);
    m_thread = std::thread([this, &lake, repo = std::move(repo), branch = std::move(branch),
                            request = std::move(request)] {
        Result<ObjectStats> result = lake.uploadObject(repo, branch, request, m_pipe.source());
        // An upload that gave up early reads no more: release the writer.
        if (!result)
            m_pipe.abandon(result.error());
        m_result.emplace(std::move(result));
    });
}

ObjectUpload::~ObjectUpload()
{
    if (m_thread.joinable())
        abort(Error::cancelled("upload abandoned"));
}

bool ObjectUpload::write(const char *data, std::size_t size)
{
    if (m_failed)
        return false;
    if (!m_pipe.write(std::span<const char>(data, size)))
        m_failed = true;
    return !m_failed;
}

Result<ObjectStats> ObjectUpload::finish()
{
    m_pipe.close();
    join();
    return *m_result;
}

void ObjectUpload::abort(Error error)
{
    m_pipe.fail(std::move(error));
    join();
}

void ObjectUpload::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace lakescope::lakefs
