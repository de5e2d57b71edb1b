// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"

#include <string>

namespace lakescope::lakefs {

// An object's bytes wrapped as a multipart/form-data body with one part
// named "content", streamed without a copy. lakeFS reads any upload whose
// Content-Type is multipart/form-data as a form, so an object that itself
// has such a type can only travel this way (the part's Content-Type then
// becomes the object's).
class FormDataSource final : public ByteSource
{
public:
    FormDataSource(ByteSource &content, const std::string &fileName, const std::string &contentType);

    // The request's Content-Type, with the boundary.
    std::string requestContentType() const;

    Result<std::size_t> read(std::span<char> buffer) override;
    std::optional<std::uint64_t> size() const override;
    bool rewind() override;

private:
    ByteSource &m_content;
    std::string m_boundary;
    std::string m_head;
    std::string m_tail;
    std::size_t m_headSent = 0;
    std::size_t m_tailSent = 0;
    bool m_contentDone = false;
};

} // namespace lakescope::lakefs
