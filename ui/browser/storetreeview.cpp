// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/storetreeview.h"

#include "ui/browser/storetreemodel.h"
#include "ui/browser/urlmime.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

namespace lakescope::ui {

namespace {

bool carriesLocations(const QMimeData *mime)
{
    return mime && (UrlMime::has(mime) || mime->hasUrls());
}

QList<QUrl> localUrls(const QMimeData *mime)
{
    QList<QUrl> local;
    if (UrlMime::has(mime))
        return local; // our own drag: the store URLs say it all
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            local.append(url);
    }
    return local;
}

} // namespace

StoreTreeView::StoreTreeView(QWidget *parent) : QTreeView(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAnimated(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(18, 18));
    setExpandsOnDoubleClick(true);
    header()->setStretchLastSection(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // we paint the whole target row instead
    setDragDropMode(QAbstractItemView::DropOnly);
    setAccessibleName(tr("Locations"));
    // Hovering a drag over a closed node opens it, as file managers do.
    setAutoExpandDelay(700);
}

void StoreTreeView::setStoreModel(StoreTreeModel *model)
{
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_reveal)
            reveal();
    });
    connect(model, &StoreTreeModel::fetchFinished, this, [this] {
        if (m_reveal)
            reveal();
    });
    connect(model, &StoreTreeModel::fetchFailed, this, [this] {
        if (m_reveal)
            reveal();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_reveal.reset(); });
}

void StoreTreeView::onCurrentChanged(const QModelIndex &current)
{
    if (m_following || !current.isValid() || m_model->isRemovingPlaceholder())
        return;
    m_reveal.reset();
    choose(current);
}

void StoreTreeView::choose(const QModelIndex &index)
{
    switch (m_model->kindOf(index)) {
    case StoreTreeModel::NodeKind::LoadMore:
        m_model->loadMore(index);
        return;
    case StoreTreeModel::NodeKind::CommitPicker:
        emit commitPickerRequested(m_model->urlOf(index));
        return;
    default:
        emit openRequested(m_model->urlOf(index));
    }
}

void StoreTreeView::focusInEvent(QFocusEvent *event)
{
    // Qt makes the first row current when a view without one gains focus;
    // that must not open the home folder over what the browser shows.
    const bool following = m_following;
    m_following = true;
    QTreeView::focusInEvent(event);
    m_following = following;
}

void StoreTreeView::keyPressEvent(QKeyEvent *event)
{
    // Enter on "Commit…" or "Load more…" again, after it was already current.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        const StoreTreeModel::NodeKind kind = m_model->kindOf(currentIndex());
        if (kind == StoreTreeModel::NodeKind::LoadMore || kind == StoreTreeModel::NodeKind::CommitPicker) {
            choose(currentIndex());
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

void StoreTreeView::showLocation(const StoreUrl &url)
{
    if (!m_model)
        return;
    if (currentIndex().isValid() && m_model->urlOf(currentIndex()) == url) {
        m_reveal.reset();
        return;
    }
    m_reveal = url;
    reveal();
}

void StoreTreeView::reveal()
{
    const QModelIndex closest = m_model->closestNode(*m_reveal);
    if (closest.isValid() && m_model->urlOf(closest) == *m_reveal) {
        select(closest);
        m_reveal.reset();
        emit revealFinished();
        return;
    }
    select({});
    if (!closest.isValid() || m_model->isListed(closest)) {
        // Outside every connection, or a folder the tree cannot show.
        m_reveal.reset();
        emit revealFinished();
        return;
    }
    // Expanding lists the folder; rowsInserted/fetchFinished bring us back.
    for (QModelIndex up = closest; up.isValid(); up = up.parent())
        expand(up);
    if (m_model->canFetchMore(closest))
        m_model->fetchMore(closest);
}

void StoreTreeView::select(const QModelIndex &index)
{
    m_following = true;
    if (index.isValid()) {
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            expand(up);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        selectionModel()->clearSelection();
        selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_following = false;
}

void StoreTreeView::setDropTarget(const QModelIndex &index, const QString &refusal)
{
    if (m_dropTarget != QPersistentModelIndex(index) || m_refusal != refusal) {
        m_dropTarget = index;
        m_refusal = refusal;
        viewport()->update();
    }
}

void StoreTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_model || !carriesLocations(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dragSources = UrlMime::decode(event->mimeData());
    event->acceptProposedAction();
}

void StoreTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    QString reason;
    const std::optional<StoreUrl> target = index.isValid() ? m_model->dropTarget(index, &reason) : std::nullopt;
    if (target)
        reason = UrlMime::dropConflict(m_dragSources, *target);
    if (!target || !reason.isEmpty()) {
        if (!index.isValid())
            reason = tr("Drop onto a folder, bucket or branch.");
        setDropTarget({}, reason);
        QToolTip::showText(mapToGlobal(event->position().toPoint()), reason, this);
        event->ignore(visualRect(index));
        return;
    }
    QToolTip::hideText();
    setDropTarget(index, {});
    event->setDropAction(event->proposedAction() == Qt::MoveAction ? Qt::MoveAction : Qt::CopyAction);
    event->accept(visualRect(index));
}

void StoreTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget({}, {});
    QToolTip::hideText();
    QTreeView::dragLeaveEvent(event);
}

void StoreTreeView::dropEvent(QDropEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    setDropTarget({}, {});
    QString reason;
    const std::optional<StoreUrl> target = index.isValid() ? m_model->dropTarget(index, &reason) : std::nullopt;
    if (target)
        reason = UrlMime::dropConflict(UrlMime::decode(event->mimeData()), *target);
    if (!target || !reason.isEmpty()) {
        emit dropRefused(reason.isEmpty() ? tr("Drop onto a folder, bucket or branch.") : reason);
        event->ignore();
        return;
    }
    const Qt::DropAction action = event->proposedAction() == Qt::MoveAction ? Qt::MoveAction : Qt::CopyAction;
    event->setDropAction(action);
    event->accept();
    emit dropRequested(localUrls(event->mimeData()), UrlMime::decode(event->mimeData()), *target, action);
}

void StoreTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropTarget.isValid())
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 2));
    color.setAlpha(40);
    painter.setBrush(color);
    const QRect row = visualRect(m_dropTarget);
    painter.drawRoundedRect(QRect(0, row.top(), viewport()->width() - 1, row.height() - 1).adjusted(1, 1, -1, -1), 3, 3);
}

} // namespace lakescope::ui
