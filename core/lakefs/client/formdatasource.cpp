// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/client/formdatasource.h"

#include <algorithm>
#include <random>

namespace lakescope::lakefs {

namespace {

std::string randomBoundary()
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::random_device random;
    std::string boundary = "lakescope-";
    for (int i = 0; i < 32; ++i)
        boundary += kDigits[random() % 16];
    return boundary;
}

// A header parameter value: quotes and line breaks would end it early.
std::string quotedParameter(const std::string &value)
{
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c != '\r' && c != '\n')
            out += c;
    }
    return out + "\"";
}

std::size_t copyFrom(const std::string &text, std::size_t &sent, std::span<char> buffer)
{
    const std::size_t n = std::min(buffer.size(), text.size() - sent);
    std::copy_n(text.data() + sent, n, buffer.data());
    sent += n;
    return n;
}

} // namespace

FormDataSource::FormDataSource(ByteSource &content, const std::string &fileName, const std::string &contentType)
    : m_content(content)
    , m_boundary(randomBoundary())
{
    m_head = "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename="
             + quotedParameter(fileName) + "\r\nContent-Type: " + contentType + "\r\n\r\n";
    m_tail = "\r\n--" + m_boundary + "--\r\n";
}

std::string FormDataSource::requestContentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

Result<std::size_t> FormDataSource::read(std::span<char> buffer)
{
    if (buffer.empty())
        return std::size_t{0};
    if (m_headSent < m_head.size())
        return copyFrom(m_head, m_headSent, buffer);
    if (!m_contentDone) {
        auto n = m_content.read(buffer);
        if (!n)
            return n.error();
        if (*n > 0)
            return *n;
        m_contentDone = true;
    }
    return copyFrom(m_tail, m_tailSent, buffer);
}

std::optional<std::uint64_t> FormDataSource::size() const
{
    const auto inner = m_content.size();
    if (!inner)
        return std::nullopt;
    return m_head.size() + *inner + m_tail.size();
}

bool FormDataSource::rewind()
{
    if (!m_content.rewind())
        return false;
    m_headSent = 0;
    m_tailSent = 0;
    m_contentDone = false;
    return true;
}

} // namespace lakescope::lakefs
