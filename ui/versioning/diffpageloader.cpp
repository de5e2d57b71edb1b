// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/diffpageloader.h"

#include "ui/bridge/asyncrunner.h"

namespace lakescope::ui {

DiffPageLoader::DiffPageLoader(AsyncRunner *runner, QObject *parent) : QObject(parent), m_runner(runner) {}

DiffPageLoader::~DiffPageLoader()
{
    if (m_cancel)
        m_cancel->cancel();
}

void DiffPageLoader::start(DiffPageSource source, int pageSize, PageHandler onPage, ErrorHandler onError)
{
    cancel();
    m_source = std::move(source);
    m_pageSize = lakefs::effectiveAmount(pageSize);
    m_onPage = std::move(onPage);
    m_onError = std::move(onError);
    m_cancel = std::make_shared<CancellationSource>();
    m_loading = true;
    fetch({});
}

void DiffPageLoader::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
    ++m_generation;
    m_loading = false;
}

void DiffPageLoader::fetch(const std::string &after)
{
    lakefs::PageRequest request;
    request.after = after;
    request.amount = m_pageSize;
    const quint64 generation = m_generation;
    CancellationToken token = m_cancel->token();
    m_runner->run(
        this,
        [source = m_source, request, token]() -> Result<lakefs::Page<lakefs::DiffEntry>> {
            if (token.isCancelled())
                return Error::cancelled();
            return source(request);
        },
        [this, generation, after](Result<lakefs::Page<lakefs::DiffEntry>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_loading = false;
                m_onError(result.error());
                return;
            }
            lakefs::Page<lakefs::DiffEntry> page = std::move(result).value();
            std::string next = page.nextOffset;
            if (next.empty() && !page.results.empty())
                next = page.results.back().path;
            // A server that answers the same offset again would loop forever.
            const bool more = page.hasMore && !page.results.empty() && next != after;
            if (more)
                fetch(next);
            else
                m_loading = false;
            m_onPage(std::move(page.results), !more);
        });
}

} // namespace lakescope::ui
