// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/folderlisting.h"

#include "ui/browser/naturalsortkey.h"

#include <QHash>
#include <QMimeDatabase>

#include <chrono>

namespace lakescope::ui {

namespace {

// Decode a leaf; `lossless` tells whether encoding it back gives the bytes.
QString decodeLeaf(std::string_view leaf, bool &lossless)
{
    QString name = QString::fromUtf8(leaf.data(), qsizetype(leaf.size()));
    // A replacement character only appears when decoding failed (or the
    // name really has one); only then pay for the round trip.
    lossless = !name.contains(QChar::ReplacementCharacter)
               || name.toUtf8() == QByteArrayView(leaf.data(), qsizetype(leaf.size()));
    return name;
}

} // namespace

std::string FolderListing::folderPrefix(const std::string &key)
{
    if (key.empty() || key.back() == '/')
        return key;
    return key + '/';
}

QString FolderListing::typeName(const QString &name, bool folder)
{
    if (folder)
        return tr("Folder");
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1)
        return tr("File");
    const QString suffix = name.mid(dot + 1).toLower();

    // Per worker thread: a folder holds few distinct extensions, and the
    // MIME database takes a lock per lookup.
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(suffix); it != cache.cend())
        return *it;

    // Lake formats the desktop MIME database does not know.
    static const QHash<QString, QString> lakeFormats = {
        {QStringLiteral("parquet"), tr("Parquet table")}, {QStringLiteral("avro"), tr("Avro data")},
        {QStringLiteral("orc"), tr("ORC table")},         {QStringLiteral("arrow"), tr("Arrow IPC data")},
        {QStringLiteral("feather"), tr("Feather table")}, {QStringLiteral("ndjson"), tr("JSON lines")},
        {QStringLiteral("jsonl"), tr("JSON lines")},      {QStringLiteral("crc"), tr("Checksum")},
    };
    static const QMimeDatabase database;
    QString type = lakeFormats.value(suffix);
    if (type.isEmpty()) {
        const QMimeType mime = database.mimeTypeForFile(QStringLiteral("x.") + suffix, QMimeDatabase::MatchExtension);
        if (mime.isValid() && !mime.isDefault() && !mime.comment().isEmpty()) {
            type = mime.comment();
            type[0] = type[0].toUpper();
        } else if (suffix.size() <= 8) {
            type = tr("%1 file").arg(suffix.toUpper());
        } else {
            type = tr("File"); // "README.installation-notes" has no type
        }
    }
    cache.insert(suffix, type);
    return type;
}

FolderPage FolderListing::convert(const ListPage &page, const std::string &prefix, Content content)
{
    FolderPage out;
    out.nextPageToken = page.nextPageToken;
    out.rows.reserve(page.commonPrefixes.size() + page.objects.size());
    const QString folderType = typeName({}, true);

    for (const std::string &common : page.commonPrefixes) {
        if (common.size() <= prefix.size() + 1)
            continue; // "prefix/" itself or an empty segment ("a//")
        std::string_view leaf(common);
        leaf.remove_prefix(prefix.size());
        leaf.remove_suffix(1);
        ObjectRow row;
        bool lossless = true;
        row.name = decodeLeaf(leaf, lossless);
        row.sortKey = NaturalSortKey::make(row.name);
        row.type = folderType;
        row.folder = true;
        row.kind = ObjectRow::Kind::Folder;
        if (!lossless) {
            row.rawLeaf = true;
            out.rawLeaves.emplace_back(out.rows.size(), std::string(leaf));
        }
        out.rows.push_back(std::move(row));
    }

    if (content == Content::FoldersOnly)
        return out;
    for (const ObjectInfo &object : page.objects) {
        if (object.key.size() <= prefix.size())
            continue; // the folder's own marker object
        std::string_view leaf(object.key);
        leaf.remove_prefix(prefix.size());
        ObjectRow row;
        bool lossless = true;
        row.name = decodeLeaf(leaf, lossless);
        row.sortKey = NaturalSortKey::make(row.name);
        row.type = typeName(row.name, false);
        row.size = object.size;
        if (!object.etag.empty())
            row.etag = QString::fromStdString(object.etag);
        else if (!object.checksum.empty())
            row.etag = QString::fromStdString(object.checksum);
        if (!object.storageClass.empty())
            row.storageClass = QString::fromStdString(object.storageClass);
        if (object.modified) {
            using namespace std::chrono;
            row.modified = duration_cast<milliseconds>(object.modified->time_since_epoch()).count();
        }
        if (!lossless) {
            row.rawLeaf = true;
            out.rawLeaves.emplace_back(out.rows.size(), std::string(leaf));
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

Result<FolderPage> FolderListing::fetchPage(ObjectStore &store, const std::string &prefix,
                                            const std::string &pageToken, std::size_t pageSize,
                                            CancellationToken cancel, Content content, const std::string &namePrefix)
{
    ListOptions options;
    options.prefix = prefix + namePrefix;
    options.delimiter = "/";
    options.pageToken = pageToken;
    options.maxKeys = pageSize;
    Result<ListPage> page = store.list(options, cancel);
    if (!page)
        return page.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    return convert(*page, prefix, content);
}

} // namespace lakescope::ui
