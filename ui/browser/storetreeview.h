// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QTreeView>

#include <optional>

namespace lakescope::ui {

class StoreTreeModel;

// The left-hand tree. Selecting a node asks to open it. When the browser
// moves elsewhere, the tree follows: it selects the matching node, expanding
// (and so listing, in the background) the folders on the way down. Following
// never re-opens anything.
class StoreTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit StoreTreeView(QWidget *parent = nullptr);

    void setStoreModel(StoreTreeModel *model);
    void showLocation(const StoreUrl &url);
    bool isRevealing() const { return m_reveal.has_value(); }

signals:
    void openRequested(const lakescope::StoreUrl &url);
    // The tree shows the location it was asked to, or gave up.
    void revealFinished();

private:
    void onCurrentChanged(const QModelIndex &current);
    void reveal();
    void select(const QModelIndex &index);

    StoreTreeModel *m_model = nullptr;
    std::optional<StoreUrl> m_reveal;
    bool m_following = false;
};

} // namespace lakescope::ui
