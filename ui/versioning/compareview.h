// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace lakescope::ui {

class AsyncRunner;
class DiffTreeModel;
class ObjectComparePane;
class RefComparison;
class RefPicker;

// Two refs of a repository compared like a pull request: a base and a
// compare ref (branches, tags, commit ids, ref expressions), three-dot by
// default (what compare changed since it split from base: what a merge
// would bring) or two-dot (every difference as they are now). The diff is a
// tree with per-folder counts, paged on the runner; selecting an object
// shows both of its versions side by side in an ObjectComparePane. In
// three-dot mode the left side is the merge base, except for conflicts,
// where it is the base ref (the two versions that disagree).
//
// Keyboard: Alt+B and Alt+C reach the pickers, Enter in either compares,
// Tab runs base, swap, compare, two-dot, tree, content; in the tree arrows
// move and Enter opens a folder or activates an object; F5 refreshes and
// Ctrl+M asks for a merge.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(StoreAccess access, AsyncRunner *runner, QWidget *parent = nullptr);
    ~CompareView() override;

    // lakefs://repo/ (ref and path are ignored): fills the ref pickers and
    // forgets the comparison shown.
    void setRepository(const StoreUrl &repository);
    const StoreUrl &repository() const { return m_repository; }
    // Sets both refs and loads their comparison.
    void compare(const QString &base, const QString &compare);
    void setTwoDot(bool twoDot);
    bool isTwoDot() const;
    // Entries per diff page (lakeFS caps it at 1000).
    void setPageSize(int amount);

    QString baseRef() const;
    QString compareRef() const;
    RefPicker *basePicker() const { return m_basePicker; }
    RefPicker *comparePicker() const { return m_comparePicker; }
    DiffTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ObjectComparePane *contentPane() const { return m_pane; }
    // "1,500 changes: +500 −500 ~500 (loading more…)", or what went wrong.
    QString statusText() const;
    bool isEmptyStateShown() const;
    // The merge base of the comparison shown (three-dot only), full id.
    QString mergeBase() const { return m_mergeBase; }
    // Diff pages fetched for the comparison shown.
    int pagesLoaded() const;

    QAction *swapAction() const { return m_swap; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *mergeAction() const { return m_merge; }

public slots:
    // Compares the refs in the pickers again (branches move).
    void refresh();
    void swap();

signals:
    // Merge… was chosen: the compare ref into the base branch.
    void mergeRequested(const StoreUrl &source, const StoreUrl &destination);
    // Enter or a double-click on an object: its version on the compare ref
    // (for a removed object, the version it had on the left side).
    void objectActivated(const StoreUrl &url);
    // A comparison was resolved and its diff started loading, or it failed.
    void comparisonStarted();

private:
    void buildUi();
    QHBoxLayout *buildToolbar();
    void load();
    void resolved(quint64 generation, const RefComparison &comparison);
    void updateState();
    void updateMerge();
    void showCurrent();
    void activateCurrent();
    void activate(const QModelIndex &index);
    StoreUrl urlAt(const std::string &ref, const QString &path) const;
    // The ref an object's left side is read from: the merge base in
    // three-dot mode, the base for two-dot and for conflicts.
    QString leftRef(const QModelIndex &index) const;

    StoreAccess m_access;
    AsyncRunner *m_runner;
    StoreUrl m_repository;
    DiffTreeModel *m_model = nullptr;
    RefPicker *m_basePicker = nullptr;
    RefPicker *m_comparePicker = nullptr;
    QToolButton *m_swapButton = nullptr;
    QCheckBox *m_twoDot = nullptr;
    QTreeView *m_view = nullptr;
    ObjectComparePane *m_pane = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_stop = nullptr;
    QAction *m_showAdded = nullptr;
    QAction *m_showRemoved = nullptr;
    QAction *m_showChanged = nullptr;
    QAction *m_showConflicts = nullptr;
    QAction *m_swap = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_merge = nullptr;

    // The comparison shown, as resolved when it was loaded.
    QString m_base;
    QString m_compare;
    bool m_shownTwoDot = false;
    bool m_baseIsBranch = false;
    bool m_sameCommit = false;
    bool m_resolving = false;
    QString m_mergeBase;
    QString m_error;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_pages;
};

} // namespace lakescope::ui
