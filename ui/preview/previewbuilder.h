// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectinfo.h"
#include "ui/preview/previewcontent.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lakescope::ui {

// Decides how to show an object from its name, content type and first
// bytes, and builds that (decoded text, parsed table, decoded image).
// Pure and thread-safe: runs on the worker that read the bytes.
class PreviewBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PreviewBuilder)

public:
    enum class Format { Text, Markdown, Csv, Tsv, Json, JsonLines, Image, Binary };

    static constexpr int kMaxRows = 1000;

    // From the name first (users name files for what they are), then the
    // content type; Text when neither says.
    static Format guessFormat(const QString &name, const QString &contentType);

    // `bytes` are the object's first bytes; `truncated` when there are more.
    static PreviewContent build(const StoreUrl &url, const ObjectInfo &info, const QByteArray &bytes,
                                bool truncated);
    // Facts only, with `reason` saying why there is no preview.
    static PreviewContent summary(const StoreUrl &url, const ObjectInfo &info, const QString &reason);

    static QString nameOf(const StoreUrl &url);
};

} // namespace lakescope::ui
