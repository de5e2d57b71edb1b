// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace lakescope::cli {

// Buffered standard output. stdio's line or 4 KiB buffering costs a system
// call per few entries; "ls -R" of a big tree wants one per megabyte. A
// reader that went away (EPIPE, e.g. "| head") marks the output broken, so
// commands stop early and exit quietly instead of reporting an error.
class Output
{
public:
    explicit Output(int fd = 1, std::size_t capacity = 1 << 20);
    ~Output();
    Output(const Output &) = delete;
    Output &operator=(const Output &) = delete;

    void write(std::string_view text)
    {
        m_buffer.append(text);
        if (m_buffer.size() >= m_capacity)
            flush();
    }
    void line(std::string_view text)
    {
        m_buffer.append(text);
        m_buffer.push_back('\n');
        if (m_buffer.size() >= m_capacity)
            flush();
    }

    // Returns false when the bytes could not be written.
    bool flush();
    bool broken() const { return m_broken; }
    bool failed() const { return m_failed; }
    int fd() const { return m_fd; }

    // Whether the reader of `fd` has gone away, so a write error there is
    // a closed pipe rather than a real failure.
    static bool readerGone(int fd);

private:
    int m_fd;
    std::size_t m_capacity;
    std::string m_buffer;
    bool m_broken = false;
    bool m_failed = false;
};

} // namespace lakescope::cli
