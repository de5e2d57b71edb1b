// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/tree/lakeentry.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

// Trees written as text keep the test tables readable: "a=x dir/b=yy c=-"
// is three entries; the text after '=' is the content (checksum = content,
// size = its length) and "-" is a staged tombstone.
namespace lakescope::lakefs::treetest {

inline LakeEntry entry(const std::string &path, const std::string &content)
{
    LakeEntry result;
    result.path = path;
    if (content == "-") {
        result.tombstone = true;
        return result;
    }
    result.checksum = content;
    result.size = content.size();
    result.contentType = "application/octet-stream";
    result.address = "blob:" + path + ":" + content;
    result.mtime = 1700000000;
    return result;
}

inline EntryList tree(const QString &spec)
{
    EntryList entries;
    const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const auto at = item.indexOf(QLatin1Char('='));
        entries.push_back(entry(item.left(at).toStdString(), item.mid(at + 1).toStdString()));
    }
    return entries;
}

inline QString describe(const EntryList &entries)
{
    QStringList parts;
    for (const LakeEntry &e : entries)
        parts << QString::fromStdString(e.path + "=" + (e.tombstone ? std::string("-") : e.checksum));
    return parts.join(QLatin1Char(' '));
}

inline QString describe(const std::vector<DiffEntry> &diff)
{
    QStringList parts;
    for (const DiffEntry &d : diff) {
        QString part = QString::fromStdString(std::string(diffTypeName(d.type)) + " " + d.path);
        if (d.sizeBytes)
            part += QStringLiteral(" %1").arg(*d.sizeBytes);
        if (d.pathType == PathType::CommonPrefix)
            part += QStringLiteral(" (prefix)");
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

inline QString describe(const std::vector<std::string> &paths)
{
    QStringList parts;
    for (const std::string &p : paths)
        parts << QString::fromStdString(p);
    return parts.join(QLatin1Char(' '));
}

} // namespace lakescope::lakefs::treetest
