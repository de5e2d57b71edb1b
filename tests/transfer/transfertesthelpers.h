// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/local/localstore.h"
#include "core/backends/memory/memorystore.h"
#include "core/common/bytestream.h"
#include "core/transfer/transferengine.h"
#include "tests/support/faultinjectingstore.h"

#include <cstdint>
#include <memory>
#include <string>

namespace lakescope::testing {

// Bytes that differ at every offset and between seeds, so a part written at
// the wrong offset or a swapped range shows up in a comparison.
inline std::string patternBytes(std::size_t size, std::uint32_t seed)
{
    std::string bytes(size, '\0');
    std::uint32_t state = seed * 2654435761u + 1;
    for (std::size_t i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes[i] = static_cast<char>(state >> 24);
    }
    return bytes;
}

inline TransferEndpoint endpoint(const ObjectStorePtr &store, std::string key, std::string url = "memory://test")
{
    return TransferEndpoint{store, std::move(url), std::move(key)};
}

inline TransferRequest treeRequest(const ObjectStorePtr &from, std::string fromPrefix, const ObjectStorePtr &to,
                                   std::string toPrefix)
{
    TransferRequest request;
    request.kind = TransferKind::Tree;
    request.source = endpoint(from, std::move(fromPrefix));
    request.destination = endpoint(to, std::move(toPrefix));
    return request;
}

inline std::string readObject(ObjectStore &store, const std::string &key)
{
    StringSink sink;
    auto got = store.get(key, sink);
    return got ? sink.take() : std::string("<missing: ") + got.error().toString() + ">";
}

inline bool putObject(ObjectStore &store, const std::string &key, std::string bytes)
{
    StringSource source(std::move(bytes));
    return store.put(key, source).ok();
}

// Runs `request` until `passFirst` calls of `operation` went through `gated`,
// interrupts the job while the next one is held and returns its id ("" if
// the job never got there or did not stop as interrupted). The engine is
// gone on return, as after a crash; the journal stays.
inline std::string interruptAfter(const EngineConfig &config, TransferRequest request, FaultInjectingStore &gated,
                                  FaultOperation operation, int passFirst)
{
    TransferEngine engine(config);
    auto held = gated.gate(operation, {}, passFirst);
    auto job = engine.submit(std::move(request));
    if (!held.waitForBlocked(1))
        return {};
    job->interrupt();
    const bool interrupted = job->wait() == TransferState::Interrupted;
    held.release();
    return interrupted ? job->id() : std::string();
}

} // namespace lakescope::testing
