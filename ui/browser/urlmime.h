// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMimeData;

namespace lakescope::ui {

// Store locations inside the application's own drags: one line per URL,
// "<connection>\t<url>", so a drop knows which connection opens each one
// (two accounts may both hold s3://data/x). Other applications never see
// this format; they get text/uri-list where the rows are local files.
class UrlMime
{
    Q_DECLARE_TR_FUNCTIONS(UrlMime)

public:
    static QString mimeType() { return QStringLiteral("application/x-lakescope-urls"); }

    static QByteArray encode(const QList<StoreUrl> &urls);
    static void encode(QMimeData *mime, const QList<StoreUrl> &urls);
    // Lines that do not parse are skipped.
    static QList<StoreUrl> decode(const QByteArray &data);
    static QList<StoreUrl> decode(const QMimeData *mime);
    static bool has(const QMimeData *mime);

    // Why dropping `sources` onto `target` makes no sense ("" when it does):
    // a folder into itself or below itself, or items onto the folder they
    // are already in.
    static QString dropConflict(const QList<StoreUrl> &sources, const StoreUrl &target);
};

} // namespace lakescope::ui
