// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/stageddragmime.h"

#include "ui/transfers/transferplanner.h"
#include "ui/transfers/transferservice.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>
#include <QUuid>

namespace lakescope::ui {

namespace {

// Lives as long as the drag's data. A drop of that data onto one of this
// application's own widgets (a drag between two folders of the browser)
// reads the store URLs, never the staged files: the download is dropped.
class InternalDropWatch final : public QObject
{
public:
    InternalDropWatch(QMimeData *mime, TransferService *service, QString jobId, QString folder)
        : QObject(mime), m_mime(mime), m_service(service), m_jobId(std::move(jobId)), m_folder(std::move(folder))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Drop && static_cast<QDropEvent *>(event)->mimeData() == m_mime && m_service) {
            m_service->dismiss(m_jobId);
            m_service = nullptr;
            QThreadPool::globalInstance()->start([folder = m_folder] { QDir(folder).removeRecursively(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QMimeData *m_mime;
    QPointer<TransferService> m_service;
    QString m_jobId;
    QString m_folder;
};

} // namespace

QString StagedDragMime::stagingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag-staging");
}

StagedDragMime::Factory StagedDragMime::factory(TransferService *service)
{
    return [service = QPointer<TransferService>(service)](QMimeData *mime, const QList<StoreUrl> &objects) {
        if (service)
            stage(service, mime, objects);
    };
}

QString StagedDragMime::stage(TransferService *service, QMimeData *mime, const QList<StoreUrl> &objects)
{
    if (!mime || objects.isEmpty())
        return {};
    // Only the path is decided here; the download job creates the folder.
    const QString folder = stagingRoot() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<QUrl> urls;
    for (const StoreUrl &object : objects)
        urls.append(QUrl::fromLocalFile(folder + QLatin1Char('/') + TransferPlanner::leafName(object)));
    mime->setUrls(urls);
    Result<StoreUrl> destination = StoreUrl::parse(QString(folder + QLatin1Char('/')).toStdString());
    if (!destination)
        return {};
    const QString id = service->copy(objects, *destination, ConflictPolicy::Overwrite);
    if (!id.isEmpty())
        new InternalDropWatch(mime, service, id, folder);
    return id;
}

void StagedDragMime::purgeStaging()
{
    // Plain disk work with no result anyone waits for.
    QThreadPool::globalInstance()->start([root = stagingRoot()] { QDir(root).removeRecursively(); });
}

} // namespace lakescope::ui
