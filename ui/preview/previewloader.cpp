// SPDX-License-Identifier: Apache-2.0
#include "ui/preview/previewloader.h"

#include "core/common/bytestream.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/preview/previewbuilder.h"
#include "ui/session/session.h"

namespace lakescope::ui {

PreviewLoader::PreviewLoader(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_cancel(std::make_shared<CancellationSource>())
{
}

PreviewLoader::~PreviewLoader()
{
    m_cancel->cancel();
}

void PreviewLoader::setLimits(std::uint64_t textBytes, std::uint64_t imageBytes)
{
    m_textLimit = textBytes;
    m_imageLimit = imageBytes;
}

void PreviewLoader::cancel()
{
    m_cancel->cancel();
    m_cancel = std::make_shared<CancellationSource>();
    ++m_generation;
    m_loading = false;
}

void PreviewLoader::load(const StoreUrl &url, bool isFolder)
{
    cancel();
    const quint64 generation = m_generation;
    if (isFolder) {
        PreviewContent content;
        content.kind = PreviewContent::Kind::Summary;
        content.url = url;
        content.name = PreviewBuilder::nameOf(url);
        content.type = tr("Folder");
        content.note = tr("Open the folder to see what it holds.");
        emit loaded(content);
        return;
    }
    m_loading = true;
    emit started(url);

    auto resolver = m_session->resolver();
    auto cancel = m_cancel->token();
    const std::uint64_t textLimit = m_textLimit;
    const std::uint64_t imageLimit = m_imageLimit;
    m_session->runner()->run(
        this,
        [resolver, url, cancel, textLimit, imageLimit]() -> PreviewContent {
            const auto failed = [&url](const Error &error) {
                PreviewContent content;
                content.kind = PreviewContent::Kind::Error;
                content.url = url;
                content.name = PreviewBuilder::nameOf(url);
                content.text = tr("Cannot preview: %1").arg(UiErrors::describe(error));
                return content;
            };
            auto location = resolver(url);
            if (!location)
                return failed(location.error());
            ObjectStore &store = *location.value().store;
            auto info = store.head(location.value().key, cancel);
            if (!info)
                return failed(info.error());
            const ObjectInfo &object = info.value();
            const bool image = PreviewBuilder::guessFormat(PreviewBuilder::nameOf(url),
                                                           QString::fromStdString(object.contentType))
                == PreviewBuilder::Format::Image;
            const std::uint64_t limit = image ? imageLimit : textLimit;
            if (image && object.size > limit)
                return PreviewBuilder::summary(url, object, tr("This image is too large to preview."));
            if (PreviewBuilder::guessFormat(PreviewBuilder::nameOf(url), QString::fromStdString(object.contentType))
                == PreviewBuilder::Format::Binary)
                return PreviewBuilder::summary(url, object, tr("There is no preview for this kind of file."));
            StringSink sink;
            if (object.size > 0) {
                auto read = store.get(location.value().key, sink, ByteRange::span(0, std::min(limit, object.size)),
                                      {}, cancel);
                if (!read)
                    return failed(read.error());
            }
            QByteArray bytes = QByteArray::fromStdString(sink.data());
            const bool truncated = object.size > std::uint64_t(bytes.size());
            return PreviewBuilder::build(url, object, bytes, truncated);
        },
        [this, generation](PreviewContent content) {
            // A newer load (or cancel) happened meanwhile: this one is stale.
            if (generation != m_generation)
                return;
            m_loading = false;
            emit loaded(content);
        });
}

} // namespace lakescope::ui
