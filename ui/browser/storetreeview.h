// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QPersistentModelIndex>
#include <QTreeView>
#include <QUrl>

#include <optional>

namespace lakescope::ui {

class StoreTreeModel;

// The left-hand tree. Selecting a node asks to open it. When the browser
// moves elsewhere, the tree follows: it selects the matching node, expanding
// (and so listing, in the background) the folders on the way down. Following
// never re-opens anything.
//
// Drops of desktop files (text/uri-list) and of the application's own drags
// (UrlMime) onto a node ask for a transfer through dropRequested; nodes that
// cannot take objects (tags, commits, account levels) refuse and say why.
class StoreTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit StoreTreeView(QWidget *parent = nullptr);

    void setStoreModel(StoreTreeModel *model);
    void showLocation(const StoreUrl &url);
    bool isRevealing() const { return m_reveal.has_value(); }
    // The node a drag hovers over and will drop onto, for painting and tests.
    QModelIndex dropHighlight() const { return m_dropTarget; }
    QString dropRefusal() const { return m_refusal; }

signals:
    void openRequested(const lakescope::StoreUrl &url);
    // The tree shows the location it was asked to, or gave up.
    void revealFinished();
    // "Commit…" under a repository was chosen: show a CommitPickerDialog
    // for `repository` (lakefs://repo) and open what it returns.
    void commitPickerRequested(const lakescope::StoreUrl &repository);
    void dropRequested(const QList<QUrl> &localUrls, const QList<lakescope::StoreUrl> &storeUrls,
                       const lakescope::StoreUrl &targetFolder, Qt::DropAction action);
    // A drop was refused; `reason` is for the status bar.
    void dropRefused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void choose(const QModelIndex &index);
    void reveal();
    void select(const QModelIndex &index);
    void setDropTarget(const QModelIndex &index, const QString &refusal);

    StoreTreeModel *m_model = nullptr;
    std::optional<StoreUrl> m_reveal;
    bool m_following = false;
    QPersistentModelIndex m_dropTarget;
    QString m_refusal;
    QList<StoreUrl> m_dragSources; // decoded once per drag, not per move
};

} // namespace lakescope::ui
