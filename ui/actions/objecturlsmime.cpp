// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/objecturlsmime.h"

#include "ui/browser/urlmime.h"

#include <QMimeData>
#include <QUrl>

namespace lakescope::ui {

namespace {

QString textOf(const StoreUrl &url)
{
    return QString::fromStdString(url.toString());
}

} // namespace

QMimeData *ObjectUrlsMime::toMimeData(const QList<StoreUrl> &urls)
{
    auto *mime = new QMimeData;
    UrlMime::encode(mime, urls);
    QStringList lines;
    QList<QUrl> localFiles;
    for (const StoreUrl &url : urls) {
        lines.append(textOf(url));
        if (url.scheme == Scheme::File)
            localFiles.append(QUrl::fromLocalFile(QString::fromStdString(url.path)));
    }
    mime->setText(lines.join(QLatin1Char('\n')));
    if (!localFiles.isEmpty())
        mime->setUrls(localFiles);
    return mime;
}

QList<StoreUrl> ObjectUrlsMime::fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (UrlMime::has(mime))
        return UrlMime::decode(mime);
    QList<StoreUrl> urls;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (!url.isLocalFile())
                continue;
            if (auto parsed = StoreUrl::parse(url.toLocalFile().toStdString()))
                urls.append(parsed.value());
        }
        return urls;
    }
    // Only absolute locations: a sentence copied from a document is not a URL.
    const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.contains(QLatin1String("://")) && !line.startsWith(QLatin1Char('/')))
            return {};
        auto parsed = StoreUrl::parse(line.toStdString());
        if (!parsed)
            return {};
        urls.append(parsed.value());
    }
    return urls;
}

} // namespace lakescope::ui
