// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/urlmime.h"

#include "ui/browser/locationlevels.h"
#include "ui/session/locations.h"

#include <QMimeData>

namespace lakescope::ui {

QByteArray UrlMime::encode(const QList<StoreUrl> &urls)
{
    QByteArray data;
    for (const StoreUrl &url : urls) {
        data += QByteArray::fromStdString(url.connection);
        data += '\t';
        data += QByteArray::fromStdString(url.toString());
        // StoreUrl drops a folder's trailing '/' at a root; keep "is a folder".
        if (!url.path.empty() && url.path.back() == '/' && !data.endsWith('/'))
            data += '/';
        data += '\n';
    }
    return data;
}

void UrlMime::encode(QMimeData *mime, const QList<StoreUrl> &urls)
{
    mime->setData(mimeType(), encode(urls));
}

QList<StoreUrl> UrlMime::decode(const QByteArray &data)
{
    QList<StoreUrl> urls;
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        const std::string connection = tab < 0 ? std::string() : line.left(tab).toStdString();
        const std::string text = (tab < 0 ? line : line.mid(tab + 1)).toStdString();
        std::optional<StoreUrl> url = StoreUrl::parseAccount(text);
        if (!url) {
            Result<StoreUrl> parsed = StoreUrl::parse(text);
            if (!parsed)
                continue;
            url = *parsed;
        }
        url->connection = connection;
        urls.append(*url);
    }
    return urls;
}

QList<StoreUrl> UrlMime::decode(const QMimeData *mime)
{
    return mime ? decode(mime->data(mimeType())) : QList<StoreUrl>();
}

bool UrlMime::has(const QMimeData *mime)
{
    return mime && mime->hasFormat(mimeType());
}

QString UrlMime::dropConflict(const QList<StoreUrl> &sources, const StoreUrl &target)
{
    if (sources.isEmpty())
        return {};
    const QString into = Locations::text(Locations::folder(target)) + QLatin1Char('/');
    bool allHere = true;
    for (const StoreUrl &source : sources) {
        if (source.connection != target.connection) {
            allHere = false;
            continue;
        }
        const StoreUrl folder = Locations::folder(source);
        const QString text = Locations::text(folder) + QLatin1Char('/');
        if (into.startsWith(text))
            return tr("%1 cannot go into itself.").arg(LocationLevels::label(folder));
        if (!(LocationLevels::up(folder) == Locations::folder(target)))
            allHere = false;
    }
    return allHere ? tr("Already in this folder.") : QString();
}

} // namespace lakescope::ui
