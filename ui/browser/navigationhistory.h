// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <optional>
#include <vector>

namespace lakescope::ui {

// Back and forward stacks of a browser, like a web browser's: visiting a new
// place clears the forward stack. Bounded, so a long session stays small.
class NavigationHistory
{
public:
    explicit NavigationHistory(std::size_t limit = 100) : m_limit(limit) {}

    const std::optional<StoreUrl> &current() const { return m_current; }
    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }

    // A new place: the current one goes on the back stack (unless equal).
    void visit(const StoreUrl &url);
    // Step back or forward; returns the new current place.
    std::optional<StoreUrl> back();
    std::optional<StoreUrl> forward();
    // Undo the step just taken (the target could not be opened).
    void replaceCurrent(const StoreUrl &url) { m_current = url; }

    const std::vector<StoreUrl> &backStack() const { return m_back; }
    const std::vector<StoreUrl> &forwardStack() const { return m_forward; }

private:
    std::size_t m_limit;
    std::optional<StoreUrl> m_current;
    std::vector<StoreUrl> m_back;    // most recent last
    std::vector<StoreUrl> m_forward; // next one last
};

} // namespace lakescope::ui
