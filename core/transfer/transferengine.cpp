// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferengine.h"

#include "core/transfer/jobrunner.h"
#include "core/transfer/transferscheduler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

namespace lakescope {

namespace {

constexpr std::uint64_t kDefaultBudget = std::uint64_t{256} << 20;

std::string_view kindName(TransferKind kind)
{
    return kind == TransferKind::Object ? "object" : kind == TransferKind::Objects ? "objects" : "tree";
}

TransferKind kindFromName(const std::string &name)
{
    return name == "object" ? TransferKind::Object : name == "objects" ? TransferKind::Objects : TransferKind::Tree;
}

// The journal keeps what it takes to rebuild the request; the format is
// the engine's own.
std::string requestToJson(const TransferRequest &request)
{
    const TransferOptions &o = request.options;
    nlohmann::json json{
        {"keys", request.keys},
        {"ifExists", std::string(conflictPolicyName(o.ifExists))},
        {"partSize", o.partSize},
        {"include", o.include},
        {"exclude", o.exclude},
        {"bandwidthLimit", o.bandwidthLimit},
        {"maxAttempts", o.maxAttempts},
        {"sync", o.sync},
        {"deleteExtraneous", o.deleteExtraneous},
    };
    return json.dump();
}

Status requestFromJson(const std::string &text, TransferRequest &request)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return Error::invalidInput("the journal's transfer options are unreadable");
    TransferOptions &o = request.options;
    request.keys = json.value("keys", std::vector<std::string>());
    o.ifExists = parseConflictPolicy(json.value("ifExists", std::string("overwrite"))).value_or(ConflictPolicy::Overwrite);
    o.partSize = json.value("partSize", std::uint64_t{0});
    o.include = json.value("include", std::vector<std::string>());
    o.exclude = json.value("exclude", std::vector<std::string>());
    o.bandwidthLimit = json.value("bandwidthLimit", std::uint64_t{0});
    o.maxAttempts = json.value("maxAttempts", 4);
    o.sync = json.value("sync", false);
    o.deleteExtraneous = json.value("deleteExtraneous", false);
    return {};
}

Status validate(const TransferRequest &request)
{
    if (!request.source.store || !request.destination.store)
        return Error::invalidInput("a transfer needs a source and a destination");
    if (request.kind == TransferKind::Object && (request.source.key.empty() || request.destination.key.empty()))
        return Error::invalidInput("copying one object needs its key and a destination key");
    if (request.kind == TransferKind::Object && request.source.store == request.destination.store
        && request.source.key == request.destination.key)
        return Error::invalidInput("source and destination are the same: " + request.source.key);
    if (request.kind == TransferKind::Tree && request.source.store == request.destination.store
        && request.destination.key.starts_with(request.source.key))
        return Error::invalidInput("cannot copy a folder into itself: " + request.source.url + "/" + request.source.key);
    if (request.options.dryRun && !request.options.sync)
        return Error::invalidInput("--dry-run is for sync");
    return {};
}

} // namespace

TransferEngine::TransferEngine(EngineConfig config)
    : m_config(std::move(config))
{
    if (m_config.threads <= 0) {
        const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        m_config.threads = std::clamp(cores * 16, 16, 64);
    }
    if (m_config.memoryBudget == 0)
        m_config.memoryBudget = kDefaultBudget;
    m_scheduler = std::make_shared<TransferScheduler>(m_config.threads, m_config.memoryBudget);
}

TransferEngine::~TransferEngine()
{
    for (const auto &job : m_scheduler->jobs()) {
        job->interrupt();
        job->wait();
    }
    m_scheduler->stop();
}

int TransferEngine::threads() const { return m_config.threads; }
std::uint64_t TransferEngine::memoryBudget() const { return m_config.memoryBudget; }
const std::string &TransferEngine::stateDirectory() const { return m_config.stateDirectory; }
std::uint64_t TransferEngine::bufferBytesPeak() const { return m_scheduler->buffers().peakAllocated(); }

void TransferEngine::setEventHandler(EventHandler handler)
{
    m_handler = std::move(handler);
}

TransferJobPtr TransferEngine::submit(TransferRequest request)
{
    const std::string id = TransferJournal::newId();
    // Claimed before its journal exists, so interruptedJobs() never offers
    // a running job for resume.
    {
        std::lock_guard lock(m_ownMutex);
        m_own.insert(id);
    }
    const Status valid = validate(request);
    std::unique_ptr<TransferJournal> journal;
    if (valid && !m_config.stateDirectory.empty() && !request.options.dryRun) {
        JournalHeader header;
        header.id = id;
        header.kind = std::string(kindName(request.kind));
        header.sourceUrl = request.source.url;
        header.destinationUrl = request.destination.url;
        header.sourceKey = request.source.key;
        header.destinationKey = request.destination.key;
        header.storeOptions = request.storeOptions;
        header.options = requestToJson(request);
        header.createdUnix = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch()).count();
        // Without a journal the job still runs; it just cannot resume after a crash.
        if (auto created = TransferJournal::create(m_config.stateDirectory, header))
            journal = std::move(*created);
    }
    auto runner = std::make_shared<JobRunner>(id, std::move(request), m_scheduler, std::move(journal), m_handler);
    if (!valid)
        runner->failAtStart(valid.error());
    else
        runner->start();
    return std::make_shared<TransferJob>(runner);
}

Result<TransferJobPtr> TransferEngine::resume(const std::string &jobId, const StoreOpener &open)
{
    if (m_config.stateDirectory.empty())
        return Error::invalidInput("no state directory: there are no jobs to resume");
    auto state = TransferJournal::load(m_config.stateDirectory, jobId);
    if (!state)
        return state.error();
    {
        std::lock_guard lock(m_ownMutex);
        m_own.insert(jobId);
    }
    TransferRequest request;
    request.kind = kindFromName(state->header.kind);
    request.storeOptions = state->header.storeOptions;
    if (auto parsed = requestFromJson(state->header.options, request); !parsed)
        return parsed.error();
    auto source = open(state->header.sourceUrl);
    if (!source)
        return source.error();
    auto destination = open(state->header.destinationUrl);
    if (!destination)
        return destination.error();
    request.source.store = *source;
    request.source.url = state->header.sourceUrl;
    request.source.key = state->header.sourceKey;
    request.destination.key = state->header.destinationKey;
    request.destination.store = *destination;
    request.destination.url = state->header.destinationUrl;

    std::unique_ptr<TransferJournal> journal;
    if (state->planned) {
        auto reopened = TransferJournal::reopen(m_config.stateDirectory, jobId);
        if (!reopened)
            return reopened.error();
        journal = std::move(*reopened);
    } else {
        // The listing never finished: plan again under the same id.
        (void)TransferJournal::remove(m_config.stateDirectory, jobId);
        auto created = TransferJournal::create(m_config.stateDirectory, state->header);
        if (!created)
            return created.error();
        journal = std::move(*created);
    }
    auto runner = std::make_shared<JobRunner>(jobId, std::move(request), m_scheduler, std::move(journal), m_handler);
    if (state->planned)
        runner->restore(*state);
    runner->start();
    return std::make_shared<TransferJob>(runner);
}

Status TransferEngine::discard(const std::string &jobId, const StoreOpener &open)
{
    if (m_config.stateDirectory.empty())
        return Error::invalidInput("no state directory: there are no jobs to discard");
    auto state = TransferJournal::load(m_config.stateDirectory, jobId);
    if (!state)
        return state.error();
    auto destination = open(state->header.destinationUrl);
    for (std::size_t i = 0; i < state->files.size(); ++i) {
        const JournalFileState &file = state->states[i];
        if (file.status == JournalFileState::Status::Done || file.status == JournalFileState::Status::Skipped)
            continue;
        if (!file.uploadId.empty()) {
            if (!destination)
                return Error(destination.error().code,
                             "cannot abort the job's uploads: " + destination.error().message);
            if (auto upload = (*destination)->resumeMultipart(state->files[i].destinationKey, file.uploadId))
                (void)(*upload)->abort();
        }
        if (!file.tempPath.empty())
            std::remove(file.tempPath.c_str());
    }
    return TransferJournal::remove(m_config.stateDirectory, jobId);
}

std::vector<JournalSummary> TransferEngine::interruptedJobs() const
{
    if (m_config.stateDirectory.empty())
        return {};
    std::vector<JournalSummary> journals = TransferJournal::list(m_config.stateDirectory);
    std::lock_guard lock(m_ownMutex);
    std::erase_if(journals, [this](const JournalSummary &journal) { return m_own.contains(journal.id); });
    return journals;
}

} // namespace lakescope
