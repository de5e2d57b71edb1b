// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/jobplanner.h"

#include "core/store/objectstore.h"
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
    const TransferRequest &request = job.request();
    m_needExisting = request.options.sync || request.options.ifExists != ConflictPolicy::Overwrite;
    if (request.kind == TransferKind::Object) {
        m_objects.emplace_back(request.source.key, request.destination.key);
    } else if (request.kind == TransferKind::Objects) {
        for (const std::string &key : request.keys) {
            const std::string relative = key.starts_with(request.source.key) ? key.substr(request.source.key.size())
                                                                             : std::string(baseName(key));
            m_objects.emplace_back(key, request.destination.key + relative);
        }
    } else {
        m_destination.options.prefix = request.destination.key;
        m_source.options.prefix = request.source.key;
    }
}

JobPlanner::~JobPlanner() = default;

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

bool JobPlanner::run()
{
    m_token = m_job.stopToken();
    const Status planned = m_job.request().kind == TransferKind::Tree ? planTree() : planObjects();
    flush();
    if (!planned) {
        // Decided by the token the requests ran with, as FileMover does: a
        // pause may have been lifted already when a cut-off request returns.
        switch (m_job.stoppedBy(m_token)) {
        case JobRunner::Stop::None:
            m_job.planFailed(planned.error());
            return true;
        case JobRunner::Stop::Pause:
            return false;
        case JobRunner::Stop::Cancel:
        case JobRunner::Stop::Interrupt:
            // Not a failure, and not a complete plan: the journal of an
            // interrupted job must not claim one, or a resume would take
            // the files listed so far for all of them.
            return true;
        }
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
    return true;
}

Status JobPlanner::planObjects()
{
    const TransferRequest &request = m_job.request();
    for (; m_objectsDone < m_objects.size(); ++m_objectsDone) {
        const auto &[sourceKey, destinationKey] = m_objects[m_objectsDone];
        // Both lookups are made again after a pause: only a planned file counts as done.
        auto source = request.source.store->head(sourceKey, m_token);
        if (!source)
            return source.error();
        if (m_needExisting) {
            auto existing = request.destination.store->head(destinationKey, m_token);
            if (existing)
                m_existing.emplace(destinationKey, *existing);
            else if (existing.error().code != ErrorCode::NotFound)
                return existing.error();
        }
        if (auto considered = consider(*source, destinationKey); !considered)
            return considered;
    }
    return {};
}

Status JobPlanner::planTree()
{
    const TransferRequest &request = m_job.request();
    const TransferOptions &options = request.options;
    const std::string &fromPrefix = request.source.key;
    const std::string &toPrefix = request.destination.key;
    if (m_needExisting && !m_destination.finished) {
        const Status loaded = list(*request.destination.store, m_destination, [&](const ObjectInfo &info) -> Status {
            if (passesFilters(options, std::string_view(info.key).substr(toPrefix.size())))
                m_existing.emplace(info.key, info);
            return {};
        });
        if (!loaded && loaded.error().code != ErrorCode::NotFound)
            return loaded;
        m_destination.finished = true;
    }
    return list(*request.source.store, m_source, [&](const ObjectInfo &info) -> Status {
        const std::string_view relative = std::string_view(info.key).substr(fromPrefix.size());
        if (relative.empty() || !passesFilters(options, relative))
            return {}; // the folder's own marker, or filtered out
        return consider(info, toPrefix + std::string(relative));
    });
}

// storeops::walk, with its position kept in `listing` so that a stop
// anywhere leaves it ready to go on: an object counts as visited only once
// `visit` succeeded, a page token is replaced only by the page it asked for.
Status JobPlanner::list(ObjectStore &store, Listing &listing, const std::function<Status(const ObjectInfo &)> &visit)
{
    for (;;) {
        for (; listing.visited < listing.page.size(); ++listing.visited) {
            if (auto visited = visit(listing.page[listing.visited]); !visited)
                return visited;
        }
        if (listing.finished)
            return {};
        if (m_token.isCancelled())
            return Error::cancelled();
        auto page = store.list(listing.options, m_token);
        if (!page)
            return page.error();
        // A store that hands back the same token would loop forever.
        if (!page->nextPageToken.empty() && page->nextPageToken == listing.options.pageToken)
            return Error::fatal(store.displayName() + " repeated a page token while listing " + listing.options.prefix);
        listing.page = std::move(page->objects);
        listing.visited = 0;
        listing.finished = page->nextPageToken.empty();
        listing.options.pageToken = std::move(page->nextPageToken);
    }
}

Status JobPlanner::consider(const ObjectInfo &source, const std::string &destinationKey)
{
    const TransferOptions &options = m_job.request().options;
    auto slot = std::make_unique<FileSlot>();
    slot->plan = JournalFile{source.key, destinationKey, source.size, source.etag, unixTime(source.modified)};
    slot->modified = source.modified;
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
            // Before anything is recorded: a pause cutting the lookups
            // short has this file considered again from the start.
            auto renamed = freeName(destinationKey);
            if (!renamed)
                return renamed.error();
            slot->plan.destinationKey = std::move(*renamed);
            slot->existing.reset();
        }
    }
    m_seen.push_back(destinationKey);
    if (slot->plan.destinationKey != destinationKey)
        m_seen.push_back(slot->plan.destinationKey);
    m_pending.push_back(std::move(slot));
    if (m_pending.size() >= kJournalBatch)
        flush();
    return {};
}

// "name (1).ext", "name (2).ext", ... the first the destination lacks.
Result<std::string> JobPlanner::freeName(const std::string &key)
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
        auto there = m_job.request().destination.store->head(candidate, m_token);
        if (!there && there.error().code == ErrorCode::NotFound)
            return candidate;
        // A lookup the job stopped says nothing about the name; without
        // this a pause would walk through every candidate to the fallback.
        if (!there && m_token.isCancelled())
            return there.error();
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
