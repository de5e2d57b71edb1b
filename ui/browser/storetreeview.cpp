// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/storetreeview.h"

#include "ui/browser/storetreemodel.h"

#include <QHeaderView>

namespace lakescope::ui {

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
    if (m_following || !current.isValid())
        return;
    m_reveal.reset();
    emit openRequested(m_model->urlOf(current));
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

} // namespace lakescope::ui
