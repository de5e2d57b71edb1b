// SPDX-License-Identifier: Apache-2.0
#include "app/cli/output.h"

#include <cerrno>

#include <poll.h>
#include <unistd.h>

namespace lakescope::cli {

Output::Output(int fd, std::size_t capacity)
    : m_fd(fd)
    , m_capacity(capacity)
{
    m_buffer.reserve(capacity + 4096);
}

Output::~Output()
{
    flush();
}

bool Output::flush()
{
    std::string_view pending = m_buffer;
    while (!pending.empty() && !m_broken && !m_failed) {
        const ssize_t n = ::write(m_fd, pending.data(), pending.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            if (errno == EPIPE || readerGone(m_fd))
                m_broken = true;
            else
                m_failed = true;
            break;
        }
        pending.remove_prefix(static_cast<std::size_t>(n));
    }
    m_buffer.clear();
    return !m_broken && !m_failed;
}

bool Output::readerGone(int fd)
{
    // A pipe whose reader closed polls as POLLERR on the write end.
    pollfd entry { fd, POLLOUT, 0 };
    if (::poll(&entry, 1, 0) < 0)
        return false;
    return (entry.revents & (POLLERR | POLLHUP)) != 0;
}

} // namespace lakescope::cli
