// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <limits>

namespace lakescope::ui {

// One entry of a folder listing as the views need it. Built on the worker
// that fetched the page, so the GUI thread only moves these around.
// Kept small: a folder may hold a million of them.
struct ObjectRow
{
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    // What a row opens into. Everything but Object is shown as a folder.
    enum class Kind : quint8 { Object, Folder, Bucket, Repository, Branch, Tag };

    QString name;          // leaf name, no trailing '/'
    QByteArray sortKey;    // NaturalSortKey of name
    QString type;          // "Folder", "PNG image", ... (shared between rows)
    QString etag;          // ETag or checksum as the store reports it; often empty
    QString storageClass;  // S3 storage class; often empty
    std::uint64_t size = 0;
    qint64 modified = kNoTime; // ms since the epoch, UTC
    bool folder = false;
    bool rawLeaf = false;  // name is not valid UTF-8; the exact bytes are kept aside
    Kind kind = Kind::Object;
};

} // namespace lakescope::ui
