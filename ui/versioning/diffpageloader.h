// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lakescope::ui {

class AsyncRunner;

// One page of a diff, fetched on a worker thread: diffBranch for a branch's
// uncommitted changes, diffRefs for a comparison of two refs.
using DiffPageSource = std::function<Result<lakefs::Page<lakefs::DiffEntry>>(const lakefs::PageRequest &)>;

// Walks a DiffPageSource page by page on the runner and hands each page to
// the GUI thread. The next page is asked for before the current one is
// handed over, so fetching and merging overlap. Results of a load that was
// cancelled or restarted are dropped.
class DiffPageLoader : public QObject
{
    Q_OBJECT

public:
    // `last` is true for the final page (which may be empty).
    using PageHandler = std::function<void(std::vector<lakefs::DiffEntry> entries, bool last)>;
    using ErrorHandler = std::function<void(const Error &error)>;

    explicit DiffPageLoader(AsyncRunner *runner, QObject *parent = nullptr);
    ~DiffPageLoader() override;

    // Starts from the first page, abandoning any load under way.
    void start(DiffPageSource source, int pageSize, PageHandler onPage, ErrorHandler onError);
    // Abandons the load under way; no handler runs for it any more.
    void cancel();
    bool isLoading() const { return m_loading; }

private:
    void fetch(const std::string &after);

    AsyncRunner *m_runner;
    DiffPageSource m_source;
    int m_pageSize = lakefs::kMaxPageAmount;
    PageHandler m_onPage;
    ErrorHandler m_onError;
    quint64 m_generation = 0;
    std::shared_ptr<CancellationSource> m_cancel;
    bool m_loading = false;
};

} // namespace lakescope::ui
