// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/comparesides.h"

#include "core/common/bytestream.h"
#include "ui/bridge/uierrors.h"
#include "ui/preview/previewbuilder.h"
#include "ui/preview/textdecoding.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>

namespace lakescope::ui {

namespace {

struct Fetched
{
    std::optional<ObjectInfo> info;
    std::optional<Error> error;
};

Fetched stat(const StoreResolver &resolver, const StoreUrl &url, const CancellationToken &cancel)
{
    auto location = resolver(url);
    if (!location)
        return {std::nullopt, location.error()};
    auto info = location.value().store->head(location.value().key, cancel);
    if (!info) {
        if (info.error().code == ErrorCode::NotFound)
            return {};
        return {std::nullopt, info.error()};
    }
    return {info.value(), std::nullopt};
}

Result<QByteArray> readPrefix(const StoreResolver &resolver, const StoreUrl &url, std::uint64_t bytes,
                              const CancellationToken &cancel)
{
    if (bytes == 0)
        return QByteArray();
    auto location = resolver(url);
    if (!location)
        return location.error();
    StringSink sink;
    auto read = location.value().store->get(location.value().key, sink, ByteRange::span(0, bytes), {}, cancel);
    if (!read)
        return read.error();
    return QByteArray::fromStdString(sink.data());
}

PreviewBuilder::Format formatOf(const StoreUrl &url, const Fetched &side)
{
    return PreviewBuilder::guessFormat(PreviewBuilder::nameOf(url),
                                       side.info ? QString::fromStdString(side.info->contentType) : QString());
}

QStringList toLines(const std::vector<std::string_view> &lines)
{
    QStringList out;
    out.reserve(qsizetype(lines.size()));
    for (std::string_view line : lines)
        out.append(QString::fromUtf8(line.data(), qsizetype(line.size())));
    return out;
}

} // namespace

CompareSides::Outcome CompareSides::read(const StoreResolver &resolver, const StoreUrl &left, const StoreUrl &right,
                                         const QString &leftTitle, const QString &rightTitle, const Limits &limits,
                                         CancellationToken cancel)
{
    Outcome outcome;
    // A window built without object access (a bare lake) can still show the
    // diff; the pane then says why it cannot read the objects.
    if (!resolver) {
        outcome.error = tr("Cannot compare: this connection gives no access to the objects.");
        return outcome;
    }
    const Fetched sides[2] = {stat(resolver, left, cancel), stat(resolver, right, cancel)};
    for (const Fetched &side : sides) {
        if (side.error) {
            outcome.error = tr("Cannot compare: %1").arg(UiErrors::describe(*side.error));
            return outcome;
        }
    }
    if (!sides[0].info && !sides[1].info) {
        outcome.error = tr("The object is neither in %1 nor in %2.").arg(leftTitle, rightTitle);
        return outcome;
    }
    outcome.left.info = sides[0].info;
    outcome.right.info = sides[1].info;
    const StoreUrl urls[2] = {left, right};
    Side *targets[2] = {&outcome.left, &outcome.right};

    // The left side's name and type decide when it exists: that is what the
    // object was, and a changed content type should not hide the change.
    const PreviewBuilder::Format format = formatOf(sides[0].info ? left : right, sides[0].info ? sides[0] : sides[1]);
    if (format == PreviewBuilder::Format::Binary) {
        outcome.kind = Kind::Summary;
        outcome.note = tr("There is no line comparison for this kind of file.");
        return outcome;
    }

    if (format == PreviewBuilder::Format::Image) {
        for (const Fetched &side : sides) {
            if (side.info && side.info->size > limits.imageBytes) {
                outcome.kind = Kind::Summary;
                outcome.note = tr("The image is too large to show.");
                return outcome;
            }
        }
        for (int i = 0; i < 2; ++i) {
            if (!sides[i].info)
                continue;
            auto bytes = readPrefix(resolver, urls[i], sides[i].info->size, cancel);
            if (!bytes) {
                outcome.error = tr("Cannot compare: %1").arg(UiErrors::describe(bytes.error()));
                return outcome;
            }
            QBuffer buffer(&bytes.value());
            buffer.open(QIODevice::ReadOnly);
            // The reader only names a format it was given, so ask the content.
            targets[i]->imageFormat = QString::fromLatin1(QImageReader::imageFormat(&buffer)).toUpper();
            buffer.seek(0);
            QImageReader reader(&buffer);
            targets[i]->image = reader.read();
            if (targets[i]->image.isNull()) {
                outcome.kind = Kind::Summary;
                outcome.note = tr("The image cannot be shown: %1").arg(reader.errorString());
                return outcome;
            }
        }
        outcome.kind = Kind::Image;
        return outcome;
    }

    std::string texts[2];
    for (int i = 0; i < 2; ++i) {
        if (!sides[i].info)
            continue;
        const std::uint64_t size = sides[i].info->size;
        auto bytes = readPrefix(resolver, urls[i], std::min(size, limits.textBytes), cancel);
        if (!bytes) {
            outcome.error = tr("Cannot compare: %1").arg(UiErrors::describe(bytes.error()));
            return outcome;
        }
        const bool truncated = size > std::uint64_t(bytes.value().size());
        if (TextDecoding::looksBinary(bytes.value())) {
            outcome.kind = Kind::Summary;
            outcome.note = tr("The object is not text.");
            return outcome;
        }
        const TextDecoding::Decoded decoded = TextDecoding::decode(bytes.value(), truncated);
        texts[i] = decoded.text.toStdString();
        targets[i]->truncated = truncated;
        targets[i]->encoding = decoded.encoding;
    }
    if (cancel.isCancelled()) {
        outcome.error = tr("Cancelled.");
        return outcome;
    }
    const SplitText split[2] = {splitLines(texts[0]), splitLines(texts[1])};
    for (int i = 0; i < 2; ++i) {
        targets[i]->lines = toLines(split[i].lines);
        targets[i]->finalNewline = split[i].finalNewline;
        targets[i]->crlf = split[i].crlf;
    }
    outcome.diff = diffLines(split[0].lines, split[1].lines, limits.maxEditDistance);
    outcome.kind = Kind::Text;
    return outcome;
}

} // namespace lakescope::ui
