// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferjournal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>

#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lakescope {

using json = nlohmann::json;

namespace {

constexpr int kFormatVersion = 1;
constexpr const char *kSuffix = ".journal";

Error errnoError(int err, const std::string &what, const std::string &path)
{
    std::string message = what + " " + path + ": " + std::strerror(err);
    switch (err) {
    case ENOENT: return Error::notFound(std::move(message));
    case EEXIST: return Error::alreadyExists(std::move(message));
    case EACCES:
    case EPERM: return Error::permissionDenied(std::move(message));
    default: return Error::fatal(std::move(message));
    }
}

// Ids become file names, so anything that could name another file ("..",
// "a/b", a hidden file) is refused before it reaches the file system.
Status checkId(const std::string &id)
{
    const bool charsOk = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    });
    if (id.empty() || id.front() == '.' || !charsOk || id.size() > 200)
        return Error::invalidInput("invalid transfer job id \"" + id + "\"");
    return {};
}

std::string journalPath(const std::string &directory, const std::string &id)
{
    std::string path = directory;
    if (!path.empty() && path.back() != '/')
        path += '/';
    return path + id + kSuffix;
}

Status makeDirectories(const std::string &directory)
{
    if (directory.empty())
        return Error::invalidInput("no transfer journal directory");
    for (std::size_t pos = 1; pos <= directory.size(); ++pos) {
        if (pos < directory.size() && directory[pos] != '/')
            continue;
        // Failures other than EEXIST surface in the stat() below.
        ::mkdir(directory.substr(0, pos).c_str(), 0700);
    }
    struct stat st = {};
    if (::stat(directory.c_str(), &st) != 0)
        return errnoError(errno, "cannot create transfer journal directory", directory);
    if (!S_ISDIR(st.st_mode))
        return Error::alreadyExists("transfer journal directory " + directory + " is not a directory");
    return {};
}

// An empty line tells append() that the record had non-UTF-8 text, which
// nlohmann refuses to dump (and would throw out of the core).
std::string toLine(const json &record)
{
    try {
        return record.dump() + '\n';
    } catch (const json::exception &) {
        return {};
    }
}

std::string fileLine(const char *type, std::size_t file, json fields = json::object())
{
    fields["t"] = type;
    fields["f"] = file;
    return toLine(fields);
}

json headerRecord(const JournalHeader &h)
{
    return {{"t", "header"}, {"v", kFormatVersion}, {"id", h.id}, {"kind", h.kind}, {"src", h.sourceUrl},
        {"dst", h.destinationUrl}, {"sk", h.sourceKey}, {"dk", h.destinationKey}, {"so", h.storeOptions}, {"opt", h.options}, {"ct", h.createdUnix}};
}

Result<std::string> readAll(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, "cannot open transfer journal", path);
    std::string data;
    char buffer[65536];
    ssize_t got = 0;
    while ((got = ::read(fd, buffer, sizeof buffer)) != 0) {
        if (got < 0 && errno != EINTR) {
            const int err = errno;
            ::close(fd);
            return errnoError(err, "cannot read transfer journal", path);
        }
        data.append(buffer, std::size_t(std::max<ssize_t>(got, 0)));
    }
    ::close(fd);
    return data;
}

// A crash mid-record leaves a torn last line; appending after it would turn
// it into a corrupt middle line, so it is cut off (or terminated, when the
// record is complete and only its '\n' is missing) before the job resumes.
Status repairTail(int fd, const std::string &path)
{
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return errnoError(errno, "cannot read transfer journal", path);
    if (!S_ISREG(st.st_mode) || st.st_size == 0)
        return {}; // nothing torn to cut, and a device is never read to its end
    const auto data = readAll(path);
    if (!data)
        return data.error();
    const std::string &text = *data;
    const bool terminated = text.empty() || text.back() == '\n';
    const std::size_t end = terminated && !text.empty() ? text.size() - 1 : text.size();
    const std::size_t newline = end == 0 ? std::string::npos : text.rfind('\n', end - 1);
    const std::size_t start = newline == std::string::npos ? 0 : newline + 1;
    if (start >= end)
        return {};
    const bool complete = json::parse(text.substr(start, end - start), nullptr, false).is_object();
    if (!complete && ::ftruncate(fd, off_t(start)) != 0)
        return errnoError(errno, "cannot repair transfer journal", path);
    if (complete && !terminated && ::write(fd, "\n", 1) != 1)
        return errnoError(errno, "cannot repair transfer journal", path);
    return {};
}

template<typename T>
void putSorted(std::vector<T> &items, T item, int (*key)(const T &))
{
    const auto at
        = std::lower_bound(items.begin(), items.end(), key(item), [key](const T &a, int k) { return key(a) < k; });
    if (at != items.end() && key(*at) == key(item))
        *at = std::move(item); // a part sent twice: the store kept the latest
    else
        items.insert(at, std::move(item));
}

// Applies one record; false when the record is structurally wrong. Throws
// json::exception on wrong field types (caught by the caller).
Result<bool> applyRecord(const json &r, JournalState &state, bool first)
{
    const std::string type = r.at("t").get<std::string>();
    if (first != (type == "header"))
        return false;
    if (type == "header") {
        if (r.at("v").get<int>() > kFormatVersion)
            return Error::notSupported("written by a newer Lakescope");
        JournalHeader &h = state.header;
        h.id = r.at("id").get<std::string>();
        h.kind = r.value("kind", "");
        h.sourceUrl = r.value("src", "");
        h.destinationUrl = r.value("dst", "");
        h.sourceKey = r.value("sk", "");
        h.destinationKey = r.value("dk", "");
        h.storeOptions = r.value("so", std::vector<std::string>{});
        h.options = r.value("opt", "");
        h.createdUnix = r.value("ct", std::int64_t(0));
        return true;
    }
    if (type == "files") {
        for (const json &f : r.at("l")) {
            state.files.push_back({f.at("s").get<std::string>(), f.at("d").get<std::string>(),
                f.at("n").get<std::uint64_t>(), f.value("e", ""), f.value("m", std::int64_t(0))});
        }
        state.states.resize(state.files.size());
        return true;
    }
    if (type == "planned") {
        state.planned = true;
        return true;
    }
    static const char *const kFileTypes[]
        = {"upload", "part", "download", "range", "reset", "done", "skipped", "failed"};
    if (std::find(std::begin(kFileTypes), std::end(kFileTypes), type) == std::end(kFileTypes))
        return true; // a newer writer's record: ignore it, the rest still resumes
    const std::size_t index = r.at("f").get<std::size_t>();
    if (index >= state.files.size())
        return Error::invalidInput(
            "file " + std::to_string(index) + " is beyond the plan (" + std::to_string(state.files.size()) + " files)");
    JournalFileState &s = state.states[index];
    // A failed file keeps its upload and parts, so a retry continues them;
    // once retried it follows its latest record.
    if (s.status == JournalFileState::Status::Failed)
        s.status = JournalFileState::Status::Pending;
    if (type == "reset") {
        s = JournalFileState{};
    } else if (type == "upload") {
        std::string uploadId = r.at("u").get<std::string>();
        if (uploadId != s.uploadId)
            s.parts.clear(); // parts of another upload are gone with it
        s.uploadId = std::move(uploadId);
        s.partSize = r.at("ps").get<std::uint64_t>();
    } else if (type == "part") {
        PartInfo part{r.at("n").get<int>(), r.value("e", ""), r.value("sz", std::uint64_t(0)), r.value("md5", "")};
        putSorted<PartInfo>(s.parts, std::move(part), [](const PartInfo &p) { return p.partNumber; });
    } else if (type == "download") {
        std::string tempPath = r.at("tmp").get<std::string>();
        if (tempPath != s.tempPath)
            s.rangesDone.clear();
        s.tempPath = std::move(tempPath);
        s.partSize = r.at("ps").get<std::uint64_t>();
    } else if (type == "range") {
        putSorted<int>(s.rangesDone, r.at("r").get<int>(), [](const int &range) { return range; });
    } else if (type == "done") {
        s.status = JournalFileState::Status::Done;
        s.message.clear();
    } else if (type == "skipped" || type == "failed") {
        s.status = type == "skipped" ? JournalFileState::Status::Skipped : JournalFileState::Status::Failed;
        s.message = r.value("msg", "");
    }
    return true;
}

} // namespace

TransferJournal::TransferJournal(std::string path, std::string id, int fd)
    : m_path(std::move(path)), m_id(std::move(id)), m_fd(fd)
{}

TransferJournal::~TransferJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string TransferJournal::defaultDirectory()
{
    const char *state = std::getenv("XDG_STATE_HOME");
    if (state && state[0] == '/')
        return std::string(state) + "/lakescope/jobs";
    std::string home;
    if (const char *env = std::getenv("HOME"); env && env[0] != '\0')
        home = env;
    else if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_dir)
        home = pw->pw_dir;
    if (home.empty())
        return {}; // nowhere to keep journals: jobs run without one
    return home + "/.local/state/lakescope/jobs";
}

std::string TransferJournal::newId()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &utc);
    std::random_device random;
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "%06x", unsigned(random() & 0xffffffu));
    return std::string(stamp) + '-' + suffix;
}

Result<std::unique_ptr<TransferJournal>> TransferJournal::create(
    const std::string &directory, const JournalHeader &header)
{
    if (auto valid = checkId(header.id); !valid)
        return valid.error();
    if (auto made = makeDirectories(directory); !made)
        return made.error();
    const std::string path = journalPath(directory, header.id);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Error::alreadyExists("transfer job " + header.id + " already has a journal: " + path);
        return errnoError(errno, "cannot create transfer journal", path);
    }
    std::unique_ptr<TransferJournal> journal(new TransferJournal(path, header.id, fd));
    if (auto written = journal->append(toLine(headerRecord(header))); !written) {
        ::unlink(path.c_str()); // a journal without its header could never be resumed
        return written.error();
    }
    return journal;
}

Result<std::unique_ptr<TransferJournal>> TransferJournal::reopen(const std::string &directory, const std::string &id)
{
    if (auto valid = checkId(id); !valid)
        return valid.error();
    const std::string path = journalPath(directory, id);
    const int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return Error::notFound("no transfer job " + id + " (" + path + ")");
        return errnoError(errno, "cannot open transfer journal", path);
    }
    std::unique_ptr<TransferJournal> journal(new TransferJournal(path, id, fd));
    if (auto repaired = repairTail(fd, path); !repaired)
        return repaired.error();
    return journal;
}

Result<JournalState> TransferJournal::load(const std::string &directory, const std::string &id)
{
    if (auto valid = checkId(id); !valid)
        return valid.error();
    const std::string path = journalPath(directory, id);
    auto data = readAll(path);
    if (!data) {
        if (data.error().code == ErrorCode::NotFound)
            return Error::notFound("no transfer job " + id + " (" + path + ")");
        return data.error();
    }
    const std::string &text = *data;
    JournalState state;
    std::size_t lineNumber = 0;
    bool haveHeader = false;
    const auto where = [&] { return "transfer journal " + path + " line " + std::to_string(lineNumber) + ": "; };
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t newline = text.find('\n', pos);
        const std::size_t end = newline == std::string::npos ? text.size() : newline;
        const bool lastLine = end + 1 >= text.size();
        const std::string_view line(text.data() + pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.empty())
            continue;
        const json record = json::parse(line, nullptr, false);
        if (!record.is_object()) {
            if (lastLine)
                break; // torn by a crash mid-write: that record never happened
            return Error::invalidInput(where() + "unreadable record");
        }
        Result<bool> applied = false;
        try {
            applied = applyRecord(record, state, !haveHeader);
        } catch (const json::exception &) {
            applied = false;
        }
        if (!applied)
            return Error{applied.error().code, where() + applied.error().message};
        if (!*applied)
            return Error::invalidInput(where() + (haveHeader ? "malformed record" : "no journal header"));
        haveHeader = true;
    }
    if (!haveHeader)
        return Error::invalidInput("transfer journal " + path + " has no header");
    return state;
}

std::vector<JournalSummary> TransferJournal::list(const std::string &directory)
{
    std::vector<std::string> ids;
    if (DIR *dir = ::opendir(directory.c_str())) {
        const std::string suffix(kSuffix);
        while (const dirent *entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
                ids.push_back(name.substr(0, name.size() - suffix.size()));
        }
        ::closedir(dir);
    }
    std::sort(ids.begin(), ids.end()); // ids start with their UTC creation time
    std::vector<JournalSummary> summaries;
    for (const std::string &id : ids) {
        auto state = load(directory, id);
        if (!state)
            continue;
        JournalSummary summary{id, journalPath(directory, id), state->header};
        summary.files = state->files.size();
        for (std::size_t i = 0; i < state->files.size(); ++i) {
            const std::uint64_t size = state->files[i].size;
            const JournalFileState &s = state->states[i];
            summary.bytesTotal += size;
            if (s.status == JournalFileState::Status::Done || s.status == JournalFileState::Status::Skipped) {
                ++summary.filesDone;
                summary.bytesDone += size;
                continue;
            }
            if (s.status == JournalFileState::Status::Failed)
                ++summary.filesFailed;
            std::uint64_t partial = 0;
            for (const PartInfo &part : s.parts)
                partial += part.size;
            for (int range : s.rangesDone) {
                const std::uint64_t from = std::uint64_t(std::max(range, 0)) * s.partSize;
                partial += from < size ? std::min(s.partSize, size - from) : 0;
            }
            summary.bytesDone += std::min(partial, size);
        }
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

Status TransferJournal::remove(const std::string &directory, const std::string &id)
{
    if (auto valid = checkId(id); !valid)
        return valid.error();
    const std::string path = journalPath(directory, id);
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
        return errnoError(errno, "cannot remove transfer journal", path);
    return {};
}

Status TransferJournal::addFiles(std::span<const JournalFile> files)
{
    json list = json::array();
    for (const JournalFile &f : files)
        list.push_back({{"s", f.sourceKey}, {"d", f.destinationKey}, {"n", f.size}, {"e", f.etag},
            {"m", f.modifiedUnix}});
    return append(toLine({{"t", "files"}, {"l", std::move(list)}}));
}

Status TransferJournal::planComplete()
{
    return append(toLine({{"t", "planned"}}));
}

Status TransferJournal::uploadStarted(std::size_t file, const std::string &uploadId, std::uint64_t partSize)
{
    return append(fileLine("upload", file, {{"u", uploadId}, {"ps", partSize}}));
}

Status TransferJournal::partDone(std::size_t file, const PartInfo &part)
{
    return append(fileLine(
        "part", file, {{"n", part.partNumber}, {"e", part.etag}, {"sz", part.size}, {"md5", part.md5}}));
}

Status TransferJournal::downloadStarted(std::size_t file, const std::string &tempPath, std::uint64_t partSize)
{
    return append(fileLine("download", file, {{"tmp", tempPath}, {"ps", partSize}}));
}

Status TransferJournal::rangeDone(std::size_t file, int range)
{
    return append(fileLine("range", file, {{"r", range}}));
}

Status TransferJournal::fileReset(std::size_t file)
{
    return append(fileLine("reset", file));
}

Status TransferJournal::fileDone(std::size_t file)
{
    return append(fileLine("done", file));
}

Status TransferJournal::fileSkipped(std::size_t file, const std::string &reason)
{
    return append(fileLine("skipped", file, {{"msg", reason}}));
}

Status TransferJournal::fileFailed(std::size_t file, const std::string &error)
{
    return append(fileLine("failed", file, {{"msg", error}}));
}

Status TransferJournal::append(const std::string &line)
{
    // One write(2) per record keeps records whole under O_APPEND; the mutex
    // keeps a rare partial write's remainder next to its beginning.
    if (line.empty())
        return Error::invalidInput("cannot record non-UTF-8 text in transfer journal " + m_path);
    std::lock_guard lock(m_mutex);
    std::size_t written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(m_fd, line.data() + written, line.size() - written);
        if (n > 0) {
            written += std::size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        const int err = n < 0 ? errno : EIO;
        // Half a record in the middle would make the whole journal unreadable
        // once later records follow it, so it is taken back.
        if (written > 0) {
            const off_t end = ::lseek(m_fd, 0, SEEK_CUR);
            // Best effort: if this fails too, reopen() cuts the torn tail.
            [[maybe_unused]] const int ignored = end < off_t(written) ? -1 : ::ftruncate(m_fd, end - off_t(written));
        }
        return errnoError(err, "cannot write transfer journal", m_path);
    }
    return {};
}

} // namespace lakescope
