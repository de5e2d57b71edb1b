// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <curl/curl.h>

#include <array>
#include <mutex>
#include <vector>

namespace lakescope {

// What one HttpClient keeps between requests: a pool of libcurl handle
// pairs (an easy handle and the multi handle it runs in) and a share handle
// for the DNS cache and TLS sessions.
//
// Why a pool and not one shared connection cache: libcurl keeps idle
// connections in the multi handle, and a connection cache shared through
// CURLSH is documented as unsupported across concurrent threads. So every
// sender borrows a whole pair for one attempt and gives it back; the next
// request on any thread gets the most recently used pair, whose idle
// keep-alive connection libcurl then reuses. N sequential requests from one
// thread use one connection; W concurrent workers settle on W pairs. DNS
// answers and TLS session tickets are cheap to share safely, so they are,
// under one mutex per kind of data as CURLSHOPT_LOCKFUNC asks.
class CurlSession
{
    struct Handles
    {
        CURL *easy = nullptr;
        CURLM *multi = nullptr;
    };

public:
    // A borrowed pair; back to the pool when the lease ends.
    class Lease
    {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        ~Lease();

        explicit operator bool() const { return m_handles.easy && m_handles.multi; }
        CURL *easy() const { return m_handles.easy; }
        CURLM *multi() const { return m_handles.multi; }

    private:
        friend class CurlSession;
        Lease(CurlSession *session, Handles handles)
            : m_session(session)
            , m_handles(handles)
        {}

        CurlSession *m_session;
        Handles m_handles;
    };

    CurlSession();
    ~CurlSession();
    CurlSession(const CurlSession &) = delete;
    CurlSession &operator=(const CurlSession &) = delete;

    // False when libcurl could not be initialised (then acquire() fails too).
    bool isValid() const { return m_valid; }

    // A pair ready for curl_easy_reset and a new transfer; an empty lease
    // when libcurl is out of memory.
    Lease acquire();

    // curl_global_init, once per process and thread-safe; false on failure.
    static bool initGlobal();

private:
    void release(Handles handles);
    static void destroy(Handles handles);
    static void lock(CURL *handle, curl_lock_data data, curl_lock_access access, void *session);
    static void unlock(CURL *handle, curl_lock_data data, void *session);

    bool m_valid = false;
    CURLSH *m_share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> m_shareLocks;
    std::mutex m_poolMutex;
    std::vector<Handles> m_idle; // most recently used last
};

} // namespace lakescope
