// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/navigationhistory.h"

namespace lakescope::ui {

void NavigationHistory::visit(const StoreUrl &url)
{
    if (m_current && *m_current == url)
        return;
    if (m_current) {
        m_back.push_back(*m_current);
        if (m_back.size() > m_limit)
            m_back.erase(m_back.begin());
    }
    m_forward.clear();
    m_current = url;
}

std::optional<StoreUrl> NavigationHistory::back()
{
    if (m_back.empty())
        return std::nullopt;
    if (m_current)
        m_forward.push_back(*m_current);
    m_current = m_back.back();
    m_back.pop_back();
    return m_current;
}

std::optional<StoreUrl> NavigationHistory::forward()
{
    if (m_forward.empty())
        return std::nullopt;
    if (m_current)
        m_back.push_back(*m_current);
    m_current = m_forward.back();
    m_forward.pop_back();
    return m_current;
}

} // namespace lakescope::ui
