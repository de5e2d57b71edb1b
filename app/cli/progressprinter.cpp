// SPDX-License-Identifier: Apache-2.0
#include "app/cli/progressprinter.h"

#include "app/cli/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace lakescope::cli {

namespace {

constexpr auto kLineInterval = std::chrono::seconds(1);

std::string percent(const JobProgress &progress, bool last)
{
    if (!progress.planned && !last)
        return "--%";
    std::uint64_t value = 100;
    if (progress.bytesTotal > 0)
        value = progress.bytesDone * 100 / progress.bytesTotal;
    else if (progress.filesTotal > 0)
        value = progress.filesDone * 100 / progress.filesTotal;
    return std::to_string(value) + "%";
}

void writeAll(int fd, const std::string &text)
{
    std::string_view pending = text;
    while (!pending.empty()) {
        const ssize_t n = ::write(fd, pending.data(), pending.size());
        if (n <= 0)
            return; // progress is a courtesy: a closed stderr just ends it
        pending.remove_prefix(static_cast<std::size_t>(n));
    }
}

} // namespace

ProgressPrinter::ProgressPrinter(int fd)
    : m_fd(fd)
    , m_terminal(::isatty(fd) == 1)
    , m_started(std::chrono::steady_clock::now())
    , m_lastLine(m_started)
{
}

void ProgressPrinter::update(const JobProgress &progress)
{
    const auto now = std::chrono::steady_clock::now();
    if (!m_terminal && now - m_lastLine < kLineInterval)
        return;
    m_lastLine = now;
    draw(progress, false);
}

void ProgressPrinter::finish(JobProgress progress)
{
    // The smoothed rate describes the last seconds; a summary wants all of
    // them (and a job shorter than the smoothing window has none).
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    const std::uint64_t moved = progress.bytesDone - std::min(progress.bytesDone, progress.bytesReused);
    progress.rate = seconds > 0 ? static_cast<double>(moved) / seconds : 0;
    draw(progress, true);
}

std::string ProgressPrinter::line(const JobProgress &progress, bool last)
{
    std::string text = percent(progress, last);
    text += "  " + format::humanSize(progress.bytesDone) + "/" + format::humanSize(progress.bytesTotal);
    text += "  " + format::humanSize(static_cast<std::uint64_t>(std::max(0.0, progress.rate))) + "/s";
    if (!last)
        text += "  ETA " + (progress.etaSeconds ? duration(*progress.etaSeconds) : std::string("--"));
    text += "  " + std::to_string(progress.filesDone) + "/" + std::to_string(progress.filesTotal) + " files";
    if (progress.filesFailed > 0)
        text += ", " + std::to_string(progress.filesFailed) + " failed";
    if (progress.filesSkipped > 0)
        text += ", " + std::to_string(progress.filesSkipped) + " skipped";
    return text;
}

std::string ProgressPrinter::duration(double seconds)
{
    const auto total = static_cast<long long>(std::ceil(std::max(0.0, seconds)));
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
    return text;
}

void ProgressPrinter::draw(const JobProgress &progress, bool last)
{
    std::string text = line(progress, last);
    if (!m_terminal) {
        writeAll(m_fd, text + "\n");
        return;
    }
    // A line wider than the terminal wraps, and '\r' would then redraw
    // only its last row.
    winsize size {};
    if (::ioctl(m_fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 1 && text.size() >= size.ws_col)
        text.resize(size.ws_col - 1u);
    writeAll(m_fd, "\r" + text + "\x1b[K" + (last ? "\n" : ""));
}

} // namespace lakescope::cli
