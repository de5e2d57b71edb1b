// SPDX-License-Identifier: Apache-2.0
#include "tests/support/faultinjectingstore.h"

#include "core/store/storeops.h"
#include "tests/support/faultinjectingupload.h"

#include <algorithm>
#include <cassert>

namespace lakescope::testing {

namespace {

// A CancellationToken cannot wake a waiting thread, so held and delayed
// calls look at it this often.
constexpr std::chrono::milliseconds kCancelPoll { 5 };

std::string_view operationName(FaultOperation operation)
{
    switch (operation) {
    case FaultOperation::List:
        return "list";
    case FaultOperation::Head:
        return "head";
    case FaultOperation::Get:
        return "get";
    case FaultOperation::Put:
        return "put";
    case FaultOperation::StartMultipart:
        return "startMultipart";
    case FaultOperation::PutPart:
        return "putPart";
    case FaultOperation::Complete:
        return "complete";
    case FaultOperation::Abort:
        return "abort";
    case FaultOperation::Copy:
        return "copy";
    case FaultOperation::Rename:
        return "rename";
    case FaultOperation::Remove:
        return "remove";
    case FaultOperation::ResumeMultipart:
        return "resumeMultipart";
    case FaultOperation::ListParts:
        return "listParts";
    case FaultOperation::LocalPath:
        return "localPath";
    }
    return "?";
}

std::string describe(FaultOperation operation, const std::vector<std::string> &keys)
{
    std::string text(operationName(operation));
    if (!keys.empty())
        text += " " + keys.front();
    if (keys.size() > 1)
        text += " (+" + std::to_string(keys.size() - 1) + " keys)";
    return text;
}

bool keyMatches(const std::string &glob, const std::string &exact, const std::vector<std::string> &keys)
{
    if (glob.empty() && exact.empty())
        return true;
    return std::any_of(keys.begin(), keys.end(), [&](const std::string &key) {
        return (glob.empty() || storeops::globMatch(glob, key)) && (exact.empty() || exact == key);
    });
}

// A byte fault the rule's operation cannot carry would silently never fire.
bool ruleIsCoherent(const FaultRule &rule)
{
    if (rule.partNumber && rule.operation != FaultOperation::PutPart)
        return false;
    switch (rule.kind) {
    case FaultKind::Error:
    case FaultKind::Delay:
        return true;
    case FaultKind::TruncateRead:
    case FaultKind::FailReadAfter:
    case FaultKind::CorruptRead:
        return rule.operation == FaultOperation::Get;
    case FaultKind::CorruptWrite:
        return rule.operation == FaultOperation::Put || rule.operation == FaultOperation::PutPart;
    }
    return false;
}

} // namespace

struct FaultInjectingStore::GateState
{
    FaultOperation operation = FaultOperation::Get;
    std::string keyGlob;
    int passFirst = 0;
    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    bool released = false;
    int blocked = 0;
    int arrived = 0;
};

void FaultInjectingStore::Gate::release()
{
    std::lock_guard lock(m_state->mutex);
    m_state->released = true;
    m_state->changed.notify_all();
}

bool FaultInjectingStore::Gate::waitForBlocked(int count, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_state->mutex);
    return m_state->changed.wait_for(lock, timeout, [&] { return m_state->blocked >= count; });
}

int FaultInjectingStore::Gate::blocked() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->blocked;
}

int FaultInjectingStore::Gate::arrived() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->arrived;
}

FaultInjectingStore::FaultInjectingStore(ObjectStorePtr inner)
    : m_inner(std::move(inner))
{
}

FaultInjectingStore::~FaultInjectingStore()
{
    releaseGates();
}

FaultInjectingStore::RuleId FaultInjectingStore::addRule(FaultRule rule)
{
    assert(ruleIsCoherent(rule) && "fault kind or part number does not fit the rule's operation");
    // Release builds drop the assert; an incoherent rule then never fires.
    const bool coherent = ruleIsCoherent(rule);
    std::lock_guard lock(m_mutex);
    const RuleId id = m_nextRuleId++;
    m_rules.push_back({ std::move(rule), id });
    m_rules.back().active = coherent;
    return id;
}

void FaultInjectingStore::clearRules()
{
    std::lock_guard lock(m_mutex);
    // Kept, inactive, so fired() still answers for them.
    for (auto &entry : m_rules)
        entry.active = false;
    ++m_ruleGeneration;
    m_wake.notify_all();
}

int FaultInjectingStore::fired(RuleId rule) const
{
    std::lock_guard lock(m_mutex);
    for (const auto &entry : m_rules) {
        if (entry.id == rule)
            return entry.fired;
    }
    return 0;
}

FaultInjectingStore::Gate FaultInjectingStore::gate(FaultOperation operation, std::string keyGlob, int passFirst)
{
    auto state = std::make_shared<GateState>();
    state->operation = operation;
    state->keyGlob = std::move(keyGlob);
    state->passFirst = passFirst;
    std::lock_guard lock(m_mutex);
    m_gates.push_back(state);
    return Gate(std::move(state));
}

void FaultInjectingStore::releaseGates()
{
    std::lock_guard lock(m_mutex);
    for (const auto &state : m_gates)
        Gate(state).release();
}

std::uint64_t FaultInjectingStore::calls(FaultOperation operation) const
{
    return m_calls[static_cast<std::size_t>(operation)].load();
}

std::vector<PutPartRecord> FaultInjectingStore::partsPut() const
{
    std::lock_guard lock(m_mutex);
    return m_partsPut;
}

int FaultInjectingStore::uploadsStarted() const
{
    std::lock_guard lock(m_mutex);
    return m_uploadsStarted;
}

int FaultInjectingStore::uploadsCompleted() const
{
    std::lock_guard lock(m_mutex);
    return m_uploadsCompleted;
}

int FaultInjectingStore::uploadsAborted() const
{
    std::lock_guard lock(m_mutex);
    return m_uploadsAborted;
}

std::vector<std::string> FaultInjectingStore::openUploads() const
{
    std::lock_guard lock(m_mutex);
    return { m_openUploads.begin(), m_openUploads.end() };
}

Result<FaultInjectingStore::Plan> FaultInjectingStore::enter(
    FaultOperation operation, const std::vector<std::string> &keys, int partNumber, CancellationToken cancel) const
{
    ++m_calls[static_cast<std::size_t>(operation)];
    if (auto held = holdAtGates(operation, keys, cancel); !held)
        return held.error();

    Plan plan;
    {
        std::lock_guard lock(m_mutex);
        plan.generation = m_ruleGeneration;
        for (auto &entry : m_rules) {
            const FaultRule &rule = entry.rule;
            if (!entry.active || rule.operation != operation || !keyMatches(rule.keyGlob, rule.key, keys))
                continue;
            if (rule.partNumber && *rule.partNumber != partNumber)
                continue;
            const int earlier = entry.matched++;
            if (earlier < rule.afterCalls || (rule.times >= 0 && entry.fired >= rule.times))
                continue;
            ++entry.fired;
            Error injected { rule.errorCode,
                "injected " + std::string(errorCodeName(rule.errorCode)) + " fault: " + describe(operation, keys) };
            if (rule.kind == FaultKind::Error) {
                if (!plan.error)
                    plan.error = std::move(injected);
            } else if (rule.kind == FaultKind::Delay) {
                plan.delay += rule.delay;
            } else if (!plan.byteFault) {
                plan.byteFault = rule;
                plan.byteError = std::move(injected);
            }
        }
    }
    if (plan.delay.count() > 0) {
        if (auto paused = pause(plan.delay, plan.generation, cancel); !paused)
            return paused.error();
    }
    if (plan.error)
        return *plan.error;
    return plan;
}

Status FaultInjectingStore::holdAtGates(
    FaultOperation operation, const std::vector<std::string> &keys, CancellationToken cancel) const
{
    std::vector<std::shared_ptr<GateState>> matching;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &state : m_gates) {
            if (state->operation == operation && keyMatches(state->keyGlob, {}, keys))
                matching.push_back(state);
        }
    }
    for (const auto &state : matching) {
        std::unique_lock lock(state->mutex);
        if (++state->arrived <= state->passFirst || state->released)
            continue;
        ++state->blocked;
        state->changed.notify_all();
        while (!state->released && !cancel.isCancelled())
            state->changed.wait_for(lock, kCancelPoll);
        --state->blocked;
        state->changed.notify_all();
        if (!state->released)
            return Error::cancelled("cancelled while held at a gate: " + describe(operation, keys));
    }
    return {};
}

Status FaultInjectingStore::pause(
    std::chrono::milliseconds delay, std::uint64_t generation, CancellationToken cancel) const
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + delay;
    std::unique_lock lock(m_mutex);
    while (m_ruleGeneration == generation) {
        if (cancel.isCancelled())
            return Error::cancelled("cancelled during an injected delay");
        const auto now = Clock::now();
        if (now >= deadline)
            break;
        m_wake.wait_until(lock, std::min(deadline, now + kCancelPoll));
    }
    return {};
}

std::unique_ptr<MultipartUpload> FaultInjectingStore::wrapUpload(std::unique_ptr<MultipartUpload> upload)
{
    return std::make_unique<FaultInjectingUpload>(*this, std::move(upload));
}

} // namespace lakescope::testing
