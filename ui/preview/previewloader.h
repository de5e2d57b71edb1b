// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "ui/preview/previewcontent.h"

#include <QObject>

#include <cstdint>
#include <memory>

namespace lakescope::ui {

class Session;

// Reads the first bytes of one object on the session's runner (a ranged
// GET) and builds its preview there. A new load() cancels the previous one
// and its result is dropped even if it already arrived at the queue, so a
// fast-moving selection never shows a stale preview.
class PreviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit PreviewLoader(Session *session, QObject *parent = nullptr);
    ~PreviewLoader() override;

    // Text and tables read this much at most; images this much whole, else
    // only a summary.
    void setLimits(std::uint64_t textBytes, std::uint64_t imageBytes);
    std::uint64_t textLimit() const { return m_textLimit; }
    std::uint64_t imageLimit() const { return m_imageLimit; }

    void load(const StoreUrl &url, bool isFolder);
    void cancel();
    bool isLoading() const { return m_loading; }
    quint64 generation() const { return m_generation; }

signals:
    void started(const lakescope::StoreUrl &url);
    void loaded(const lakescope::ui::PreviewContent &content);

private:
    Session *m_session;
    std::shared_ptr<CancellationSource> m_cancel;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::uint64_t m_textLimit = 1024 * 1024;
    std::uint64_t m_imageLimit = 20 * 1024 * 1024;
};

} // namespace lakescope::ui
