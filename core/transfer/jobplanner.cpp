// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/jobplanner.h"

#include "core/store/storeops.h"
#include "core/transfer/contentcheck.h"
#include "core/transfer/jobrunner.h"

#include <algorithm>
#include <unordered_set>

namespace lakescope {

namespace {

constexpr std::size_t kJournalBatch = 256;

std::int64_t unixTime(const std::optional<Timestamp> &time)
{
    return time ? std::chrono::duration_cast<std::chrono::seconds>(time->time_since_epoch()).count() : 0;
}

std::string_view baseName(std::string_view key)
{
    const auto slash = key.rfind('/', key.size() > 1 ? key.size() - 2 : 0);
    return slash == std::string_view::npos ? key : key.substr(slash + 1);
}

} // namespace

JobPlanner::JobPlanner(JobRunner &job)
    : m_job(job)
{
    const TransferOptions &options = job.request().options;
    m_needExisting = options.sync || options.ifExists != ConflictPolicy::Overwrite;
}

bool JobPlanner::passesFilters(const TransferOptions &options, std::string_view relative)
{
    auto matches = [relative](const std::string &pattern) {
        const bool whole = pattern.find('/') != std::string::npos;
        std::string_view subject = relative;
        if (!whole) {
            subject = baseName(relative);
            if (!subject.empty() && subject.back() == '/')
                subject.remove_suffix(1);
        }
        return storeops::globMatch(pattern, subject);
    };
    if (!options.include.empty() && std::none_of(options.include.begin(), options.include.end(), matches))
        return false;
    return std::none_of(options.exclude.begin(), options.exclude.end(), matches);
}

void JobPlanner::run()
{
    const TransferKind kind = m_job.request().kind;
    Status planned = kind == TransferKind::Object ? planObject() : kind == TransferKind::Objects ? planObjects() : planTree();
    flush();
    if (!planned) {
        m_job.planFailed(planned.error());
        return;
    }
    std::vector<std::string> deletions;
    if (m_job.request().options.deleteExtraneous) {
        std::unordered_set<std::string> seen(m_seen.begin(), m_seen.end());
        for (const auto &[key, info] : m_existing) {
            if (!seen.contains(key) && key.back() != '/')
                deletions.push_back(key);
        }
        std::sort(deletions.begin(), deletions.end());
    }
    m_job.planFinished(std::move(deletions));
}

Status JobPlanner::planObject()
{
    const TransferRequest &request = m_job.request();
    auto source = request.source.store->head(request.source.key, m_job.stopToken());
    if (!source)
        return source.error();
    if (m_needExisting) {
        auto existing = request.destination.store->head(request.destination.key, m_job.stopToken());
        if (existing)
            m_existing.emplace(request.destination.key, *existing);
        else if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
    }
    consider(*source, request.destination.key);
    return {};
}

Status JobPlanner::planObjects()
{
    const TransferRequest &request = m_job.request();
    for (const std::string &key : request.keys) {
        auto source = request.source.store->head(key, m_job.stopToken());
        if (!source)
            return source.error();
        const std::string relative = key.starts_with(request.source.key) ? key.substr(request.source.key.size())
                                                                         : std::string(baseName(key));
        const std::string destinationKey = request.destination.key + relative;
        if (m_needExisting) {
            auto existing = request.destination.store->head(destinationKey, m_job.stopToken());
            if (existing)
                m_existing.emplace(destinationKey, *existing);
            else if (existing.error().code != ErrorCode::NotFound)
                return existing.error();
        }
        consider(*source, destinationKey);
    }
    return {};
}

Status JobPlanner::loadDestination(const std::string &prefix)
{
    const TransferOptions &options = m_job.request().options;
    return storeops::walk(
        *m_job.request().destination.store, prefix,
        [&](const ObjectInfo &info) {
            if (passesFilters(options, std::string_view(info.key).substr(prefix.size())))
                m_existing.emplace(info.key, info);
            return true;
        },
        m_job.stopToken());
}

Status JobPlanner::planTree()
{
    const TransferRequest &request = m_job.request();
    const std::string &fromPrefix = request.source.key;
    const std::string &toPrefix = request.destination.key;
    if (m_needExisting) {
        if (auto loaded = loadDestination(toPrefix); !loaded && loaded.error().code != ErrorCode::NotFound)
            return loaded;
    }
    return storeops::walk(
        *request.source.store, fromPrefix,
        [&](const ObjectInfo &info) {
            const std::string_view relative = std::string_view(info.key).substr(fromPrefix.size());
            if (relative.empty() || !passesFilters(request.options, relative))
                return true; // the folder's own marker, or filtered out
            consider(info, toPrefix + std::string(relative));
            return true;
        },
        m_job.stopToken());
}

void JobPlanner::consider(const ObjectInfo &source, const std::string &destinationKey)
{
    const TransferOptions &options = m_job.request().options;
    auto slot = std::make_unique<FileSlot>();
    slot->plan = JournalFile{source.key, destinationKey, source.size, source.etag, unixTime(source.modified)};
    slot->modified = source.modified;
    m_seen.push_back(destinationKey);
    const auto existing = m_existing.find(destinationKey);
    if (existing != m_existing.end()) {
        slot->existing = existing->second;
        const contentcheck::ConflictDecision decision = contentcheck::decideConflict(options, source, existing->second);
        if (decision.action == contentcheck::ConflictDecision::Action::Skip) {
            slot->state = TransferState::Skipped;
            slot->message = decision.reason;
        } else if (decision.action == contentcheck::ConflictDecision::Action::CompareContent) {
            slot->compareContent = true;
        } else if (decision.action == contentcheck::ConflictDecision::Action::Rename) {
            slot->plan.destinationKey = freeName(destinationKey);
            slot->existing.reset();
            m_seen.push_back(slot->plan.destinationKey);
        }
    }
    m_pending.push_back(std::move(slot));
    if (m_pending.size() >= kJournalBatch)
        flush();
}

// "name (1).ext", "name (2).ext", ... the first the destination lacks.
std::string JobPlanner::freeName(const std::string &key)
{
    const std::string_view base = baseName(key);
    const std::string folder = key.substr(0, key.size() - base.size());
    const auto dot = base.rfind('.');
    const std::string stem(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
    const std::string extension(dot == std::string_view::npos || dot == 0 ? std::string_view() : base.substr(dot));
    for (int n = 1; n < 10000; ++n) {
        std::string candidate = folder + stem + " (" + std::to_string(n) + ")" + extension;
        if (m_existing.contains(candidate))
            continue;
        if (std::find(m_seen.begin(), m_seen.end(), candidate) != m_seen.end())
            continue;
        auto there = m_job.request().destination.store->head(candidate, m_job.stopToken());
        if (!there && there.error().code == ErrorCode::NotFound)
            return candidate;
    }
    return key + ".lakescope-copy";
}

void JobPlanner::flush()
{
    if (m_pending.empty())
        return;
    if (TransferJournal *journal = m_job.journal()) {
        std::vector<JournalFile> batch;
        batch.reserve(m_pending.size());
        for (const auto &slot : m_pending)
            batch.push_back(slot->plan);
        if (auto recorded = journal->addFiles(batch); !recorded)
            m_job.recordError(recorded.error());
    }
    const bool dryRun = m_job.request().options.dryRun;
    for (auto &slot : m_pending) {
        const bool skipped = slot->state.load() == TransferState::Skipped;
        const std::string reason = slot->message;
        const std::size_t index = m_job.addFile(std::move(slot), !skipped && !dryRun);
        if (skipped) {
            m_job.slot(index).state = TransferState::Queued;
            m_job.finishFile(index, TransferState::Skipped, reason);
        }
    }
    m_pending.clear();
}

} // namespace lakescope
