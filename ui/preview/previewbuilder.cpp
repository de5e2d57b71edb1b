// SPDX-License-Identifier: Apache-2.0
#include "ui/preview/previewbuilder.h"

#include "ui/preview/delimitedtext.h"
#include "ui/preview/textdecoding.h"
#include "ui/session/locations.h"
#include "ui/widgets/displayformat.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lakescope::ui {

namespace {

qint64 msecsOf(const ObjectInfo &info)
{
    if (!info.modified)
        return 0;
    return std::chrono::duration_cast<std::chrono::milliseconds>(info.modified->time_since_epoch()).count();
}

PreviewContent base(const StoreUrl &url, const ObjectInfo &info)
{
    PreviewContent content;
    content.url = url;
    content.name = PreviewBuilder::nameOf(url);
    content.size = info.size;
    content.modified = msecsOf(info);
    content.type = QString::fromStdString(info.contentType);
    return content;
}

QString prefixNote(qsizetype shown, std::uint64_t total)
{
    return PreviewBuilder::tr("First %1 of %2").arg(DisplayFormat::size(std::uint64_t(shown)), DisplayFormat::size(total));
}

} // namespace

QString PreviewBuilder::nameOf(const StoreUrl &url)
{
    return Locations::leafName(url);
}

PreviewBuilder::Format PreviewBuilder::guessFormat(const QString &name, const QString &contentType)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QStringList images = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                       QStringLiteral("gif"), QStringLiteral("bmp"), QStringLiteral("webp"),
                                       QStringLiteral("ico"), QStringLiteral("tif"), QStringLiteral("tiff"),
                                       QStringLiteral("ppm"), QStringLiteral("pgm")};
    static const QStringList binaries = {QStringLiteral("parquet"), QStringLiteral("avro"), QStringLiteral("orc"),
                                         QStringLiteral("zip"),     QStringLiteral("gz"),   QStringLiteral("bz2"),
                                         QStringLiteral("xz"),      QStringLiteral("zst"),  QStringLiteral("tar"),
                                         QStringLiteral("7z"),      QStringLiteral("pdf"),  QStringLiteral("exe"),
                                         QStringLiteral("so"),      QStringLiteral("dll"),  QStringLiteral("bin"),
                                         QStringLiteral("arrow"),   QStringLiteral("feather"), QStringLiteral("db")};
    if (images.contains(suffix))
        return Format::Image;
    if (binaries.contains(suffix))
        return Format::Binary;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return Format::Tsv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("geojson"))
        return Format::Json;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.startsWith(QLatin1String("image/")) && type != QLatin1String("image/svg+xml"))
        return Format::Image;
    if (type == QLatin1String("text/csv"))
        return Format::Csv;
    if (type == QLatin1String("text/tab-separated-values"))
        return Format::Tsv;
    if (type == QLatin1String("application/json"))
        return Format::Json;
    if (type == QLatin1String("application/x-ndjson"))
        return Format::JsonLines;
    if (type == QLatin1String("text/markdown"))
        return Format::Markdown;
    return Format::Text;
}

PreviewContent PreviewBuilder::summary(const StoreUrl &url, const ObjectInfo &info, const QString &reason)
{
    PreviewContent content = base(url, info);
    content.kind = PreviewContent::Kind::Summary;
    if (content.type.isEmpty())
        content.type = tr("Unknown type");
    content.note = reason;
    return content;
}

PreviewContent PreviewBuilder::build(const StoreUrl &url, const ObjectInfo &info, const QByteArray &bytes,
                                     bool truncated)
{
    const QString name = nameOf(url);
    const Format format = guessFormat(name, QString::fromStdString(info.contentType));
    PreviewContent content = base(url, info);
    if (truncated)
        content.note = prefixNote(bytes.size(), info.size);

    if (format == Format::Image) {
        if (truncated)
            return summary(url, info, tr("This image is too large to preview."));
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        QImage image = reader.read();
        if (image.isNull())
            return summary(url, info, tr("This image cannot be shown: %1").arg(reader.errorString()));
        content.kind = PreviewContent::Kind::Image;
        content.type = tr("%1 image, %2 × %3")
                           .arg(QString::fromLatin1(reader.format()).toUpper())
                           .arg(image.width())
                           .arg(image.height());
        content.image = std::move(image);
        return content;
    }
    if (format == Format::Binary || TextDecoding::looksBinary(bytes))
        return summary(url, info, tr("There is no preview for binary files."));

    const TextDecoding::Decoded decoded = TextDecoding::decode(bytes, truncated);
    content.kind = PreviewContent::Kind::Text;
    content.text = decoded.text;
    content.type = tr("Text (%1)").arg(decoded.encoding);

    switch (format) {
    case Format::Csv:
    case Format::Tsv: {
        const QChar delimiter = format == Format::Tsv ? QLatin1Char('\t') : DelimitedText::sniff(decoded.text);
        QList<QStringList> rows = DelimitedText::parse(decoded.text, delimiter, kMaxRows + 1, !truncated);
        if (rows.isEmpty())
            break;
        content.kind = PreviewContent::Kind::Table;
        content.header = rows.takeFirst();
        content.rows = std::move(rows);
        content.text.clear();
        content.type = format == Format::Tsv ? tr("Tab-separated table") : tr("CSV table");
        if (content.rows.size() >= kMaxRows || truncated)
            content.note = tr("First %n row(s)", nullptr, int(content.rows.size()))
                + (truncated ? QStringLiteral(" · ") + prefixNote(bytes.size(), info.size) : QString());
        break;
    }
    case Format::Json: {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(decoded.text.toUtf8(), &error);
        content.type = tr("JSON");
        if (!document.isNull()) {
            content.text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        } else if (!truncated) {
            content.note = tr("Not valid JSON (%1); shown as text.").arg(error.errorString());
        }
        break;
    }
    case Format::JsonLines: {
        QStringList pretty;
        const QStringList lines = decoded.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype usable = truncated ? lines.size() - 1 : lines.size();
        for (qsizetype i = 0; i < usable && i < kMaxRows; ++i) {
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i).toUtf8());
            pretty.append(document.isNull() ? lines.at(i)
                                            : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
        }
        content.text = pretty.join(QLatin1Char('\n'));
        content.type = tr("JSON Lines");
        if (usable > kMaxRows || truncated)
            content.note = tr("First %n line(s)", nullptr, int(std::min<qsizetype>(usable, kMaxRows)));
        break;
    }
    case Format::Markdown:
        content.type = tr("Markdown (%1)").arg(decoded.encoding);
        break;
    default:
        break;
    }
    return content;
}

} // namespace lakescope::ui
