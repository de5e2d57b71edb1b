// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/stagingarea.h"

#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/entrycodec.h"

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace lakescope::lakefs {

using localfs::errnoError;

namespace {

constexpr char kPut = 'P';
constexpr char kDrop = 'D';
constexpr char kDropPrefix = 'X';

void appendRecord(std::string &out, char op, const std::string &payload)
{
    std::string body;
    body.reserve(payload.size() + 1);
    body.push_back(op);
    body.append(payload);
    entrycodec::putFixed32(out, static_cast<std::uint32_t>(body.size()));
    entrycodec::putFixed32(out, entrycodec::crc32(body));
    out.append(body);
}

std::string entryPayload(const LakeEntry &entry)
{
    std::string payload;
    entrycodec::putEntry(payload, entry, {});
    return payload;
}

} // namespace

StagingArea::StagingArea(std::string logPath) : m_path(std::move(logPath)) {}

StagingArea::~StagingArea() = default;

Result<std::unique_ptr<StagingArea>> StagingArea::open(std::string logPath)
{
    std::unique_ptr<StagingArea> area(new StagingArea(std::move(logPath)));
    if (auto loaded = area->load(); !loaded)
        return loaded.error();
    return area;
}

Status StagingArea::load()
{
    auto data = diskio::readFile(m_path);
    if (!data)
        return data.error().code == ErrorCode::NotFound ? Status{} : Status{data.error()};
    std::string_view in = *data;
    while (!in.empty()) {
        std::string_view record = in;
        std::uint32_t size = 0;
        std::uint32_t crc = 0;
        if (!entrycodec::getFixed32(record, size) || !entrycodec::getFixed32(record, crc) || size == 0
            || size > record.size())
            break;
        const std::string_view body = record.substr(0, size);
        if (entrycodec::crc32(body) != crc)
            break;
        apply(body.front(), body.substr(1));
        in = record.substr(size);
    }
    m_logSize = data->size() - in.size();
    if (!in.empty()) {
        // A torn tail: cut it off so the next record starts on a boundary.
        if (::truncate(m_path.c_str(), static_cast<off_t>(m_logSize)) != 0)
            return errnoError(errno, m_path);
    }
    return {};
}

void StagingArea::apply(char op, std::string_view payload)
{
    m_sorted.reset();
    if (op == kPut) {
        LakeEntry entry;
        if (entrycodec::getEntry(payload, entry, {})) {
            std::string path = entry.path;
            m_entries.insert_or_assign(std::move(path), std::move(entry));
        }
        return;
    }
    std::string text;
    if (!entrycodec::getString(payload, text))
        return;
    if (op == kDrop) {
        if (auto found = m_entries.find(text); found != m_entries.end())
            m_entries.erase(found);
    } else if (op == kDropPrefix) {
        auto first = m_entries.lower_bound(text);
        auto last = first;
        while (last != m_entries.end() && last->first.starts_with(text))
            ++last;
        m_entries.erase(first, last);
    }
}

Status StagingArea::append(const std::string &records)
{
    if (!m_fd.valid()) {
        m_fd.reset(::open(m_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644));
        if (!m_fd.valid())
            return errnoError(errno, m_path);
    }
    std::string_view rest = records;
    while (!rest.empty()) {
        const ssize_t n = ::write(m_fd.get(), rest.data(), rest.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            // Never leave half a record for the next one to follow.
            if (::ftruncate(m_fd.get(), static_cast<off_t>(m_logSize)) != 0) {
                m_fd.reset();
            }
            return errnoError(err, m_path);
        }
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    m_logSize += records.size();
    return {};
}

Status StagingArea::put(const LakeEntry &entry)
{
    std::string record;
    appendRecord(record, kPut, entryPayload(entry));
    if (auto written = append(record); !written)
        return written;
    m_sorted.reset();
    m_entries.insert_or_assign(entry.path, entry);
    return {};
}

Status StagingArea::putMany(const EntryList &entries)
{
    std::string records;
    for (const LakeEntry &entry : entries)
        appendRecord(records, kPut, entryPayload(entry));
    if (auto written = append(records); !written)
        return written;
    m_sorted.reset();
    for (const LakeEntry &entry : entries)
        m_entries.insert_or_assign(entry.path, entry);
    return {};
}

Status StagingArea::drop(std::string_view path)
{
    auto found = m_entries.find(path);
    if (found == m_entries.end())
        return {};
    std::string payload;
    entrycodec::putString(payload, path);
    std::string record;
    appendRecord(record, kDrop, payload);
    if (auto written = append(record); !written)
        return written;
    m_sorted.reset();
    m_entries.erase(found);
    return {};
}

Status StagingArea::dropPrefix(std::string_view prefix)
{
    if (!hasPrefix(prefix))
        return {};
    std::string payload;
    entrycodec::putString(payload, prefix);
    std::string record;
    appendRecord(record, kDropPrefix, payload);
    if (auto written = append(record); !written)
        return written;
    apply(kDropPrefix, payload);
    return {};
}

const LakeEntry *StagingArea::find(std::string_view path) const
{
    auto found = m_entries.find(path);
    return found == m_entries.end() ? nullptr : &found->second;
}

bool StagingArea::hasPrefix(std::string_view prefix) const
{
    auto first = m_entries.lower_bound(prefix);
    return first != m_entries.end() && first->first.starts_with(prefix);
}

std::shared_ptr<const EntryList> StagingArea::entries() const
{
    if (!m_sorted) {
        auto sorted = std::make_shared<EntryList>();
        sorted->reserve(m_entries.size());
        for (const auto &[path, entry] : m_entries)
            sorted->push_back(entry);
        m_sorted = std::move(sorted);
    }
    return m_sorted;
}

void StagingArea::removeLog()
{
    m_fd.reset();
    static_cast<void>(diskio::removeFile(m_path)); // a leftover log is dropped at the next load
}

} // namespace lakescope::lakefs
