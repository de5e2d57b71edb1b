// SPDX-License-Identifier: Apache-2.0
#include "core/http/curlsession.h"

#include <utility>

namespace lakescope {

namespace {

// Idle pairs beyond this are freed: a burst of 200 workers should not keep
// 200 connections open for the life of the client.
constexpr std::size_t kMaxIdle = 64;

} // namespace

bool CurlSession::initGlobal()
{
    static std::once_flag once;
    static CURLcode result = CURLE_FAILED_INIT;
    std::call_once(once, [] { result = curl_global_init(CURL_GLOBAL_DEFAULT); });
    return result == CURLE_OK;
}

CurlSession::CurlSession()
{
    if (!initGlobal())
        return;
    m_share = curl_share_init();
    if (!m_share)
        return;
    curl_share_setopt(m_share, CURLSHOPT_LOCKFUNC, &CurlSession::lock);
    curl_share_setopt(m_share, CURLSHOPT_UNLOCKFUNC, &CurlSession::unlock);
    curl_share_setopt(m_share, CURLSHOPT_USERDATA, this);
    curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    m_valid = true;
}

CurlSession::~CurlSession()
{
    // Every lease has ended (HttpClient's contract: no send() outlives it),
    // so the pool holds every pair; they must go before the share they use.
    for (Handles handles : m_idle)
        destroy(handles);
    m_idle.clear();
    if (m_share)
        curl_share_cleanup(m_share);
}

CurlSession::Lease CurlSession::acquire()
{
    if (!m_valid)
        return Lease(this, {});
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_idle.empty()) {
            Handles handles = m_idle.back();
            m_idle.pop_back();
            return Lease(this, handles);
        }
    }
    Handles handles{curl_easy_init(), curl_multi_init()};
    if (!handles.easy || !handles.multi) {
        destroy(handles);
        return Lease(this, {});
    }
    // The share survives curl_easy_reset (it is not an option of the
    // transfer but of the handle), so it is attached once here.
    curl_easy_setopt(handles.easy, CURLOPT_SHARE, m_share);
    return Lease(this, handles);
}

void CurlSession::release(Handles handles)
{
    if (!handles.easy && !handles.multi)
        return;
    {
        std::lock_guard lock(m_poolMutex);
        if (m_idle.size() < kMaxIdle) {
            m_idle.push_back(handles);
            return;
        }
    }
    destroy(handles);
}

void CurlSession::destroy(Handles handles)
{
    // The multi handle owns the idle connections; it closes them.
    if (handles.multi)
        curl_multi_cleanup(handles.multi);
    if (handles.easy)
        curl_easy_cleanup(handles.easy);
}

void CurlSession::lock(CURL *, curl_lock_data data, curl_lock_access, void *session)
{
    auto *self = static_cast<CurlSession *>(session);
    if (data >= 0 && static_cast<std::size_t>(data) < self->m_shareLocks.size())
        self->m_shareLocks[static_cast<std::size_t>(data)].lock();
}

void CurlSession::unlock(CURL *, curl_lock_data data, void *session)
{
    auto *self = static_cast<CurlSession *>(session);
    if (data >= 0 && static_cast<std::size_t>(data) < self->m_shareLocks.size())
        self->m_shareLocks[static_cast<std::size_t>(data)].unlock();
}

CurlSession::Lease::Lease(Lease &&other) noexcept
    : m_session(other.m_session)
    , m_handles(std::exchange(other.m_handles, {}))
{}

CurlSession::Lease::~Lease()
{
    if (m_session)
        m_session->release(m_handles);
}

} // namespace lakescope
