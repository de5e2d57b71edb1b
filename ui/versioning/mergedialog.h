// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"
#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/mergepreflight.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace lakescope::ui {

class AsyncRunner;
class MergeResultPage;
class MergeStrategyChooser;
class MetadataEditor;
class ObjectComparePane;

// The review of a merge before it happens, like a pull request: the changes
// of `source` that would land on `destination` as a tree (conflicts in red,
// "Show only conflicts"), both versions of a selected object side by side,
// the strategy for conflicts, message and metadata. What would make lakeFS
// refuse (uncommitted changes on the destination, a read-only repository, a
// destination that is not a branch, nothing to merge) is checked on open
// and said in words, with Merge disabled. The merge runs on the runner; a
// result page then shows the merge commit and what landed.
//
// Open it with open(); every lake call runs on the runner. Ctrl+Enter
// merges, Enter on a folder of the tree expands or collapses it, Esc closes.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `source` is lakefs://repo/<any ref>/, `destination` lakefs://repo/<branch>/.
    MergeDialog(StoreAccess access, AsyncRunner *runner, const StoreUrl &source, const StoreUrl &destination,
        QWidget *parent = nullptr);
    ~MergeDialog() override;

    lakefs::MergeStrategy strategy() const;
    void setStrategy(lakefs::MergeStrategy strategy);
    QString message() const;
    void setMessage(const QString &message);
    MetadataEditor *metadataEditor() const { return m_metadata; }
    DiffTreeModel *changesModel() const { return m_model; }
    QTreeView *changesView() const { return m_tree; }
    ObjectComparePane *comparePane() const { return m_compare; }
    QPushButton *mergeButton() const { return m_merge; }
    // Shows only conflicting paths (or everything again).
    void setConflictsOnly(bool only);

    // The checks made on open are done (whatever they found).
    bool isPreflightDone() const { return m_preflightDone; }
    // Why Merge is disabled, one sentence a line; empty when it is enabled.
    QString blockingReason() const;
    // What the strategy means for the conflicts found ("The merge will fail…"), or empty.
    QString conflictWarning() const;
    // The line above the buttons: progress, the refusal or error in words.
    QString statusText() const;
    // Paths lakeFS named when it stopped on conflicts.
    QStringList refusedConflicts() const { return m_refusedConflicts; }
    bool isMerging() const { return m_merging; }
    QString mergeCommitId() const { return m_mergeCommitId; }
    bool isResultShown() const;
    // The result page's counts line ("2 added, 1 removed, 1 changed; …").
    QString resultSummary() const;

    void accept() override;

signals:
    void merged(const QString &commitId);
    // The result page's Show History: the destination branch's log.
    void historyRequested(const lakescope::StoreUrl &destination);

private:
    QWidget *buildReviewPage();
    void startPreflight();
    void finishPreflight(const MergePreflight::Findings &findings);
    void startMerge();
    void finishMerge(const Result<lakefs::MergeResult> &result);
    void showResult();
    void updateState();
    void updateSummary();
    void showSelected();
    QString sourceName() const;
    QString destinationName() const;
    QString repositoryName() const;

    StoreAccess m_access;
    AsyncRunner *m_runner;
    StoreUrl m_source;
    StoreUrl m_destination;
    DiffTreeModel *m_model = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_preflightLabel = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_conflictsOnly = nullptr;
    QTreeView *m_tree = nullptr;
    ObjectComparePane *m_compare = nullptr;
    MergeStrategyChooser *m_strategy = nullptr;
    QLabel *m_warning = nullptr;
    QLineEdit *m_message = nullptr;
    MetadataEditor *m_metadata = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_cancel = nullptr;

    MergeResultPage *m_result = nullptr;

    bool m_preflightDone = false;
    MergePreflight::Findings m_findings;
    QStringList m_preflightReasons;
    bool m_merging = false;
    QString m_failure;
    QStringList m_refusedConflicts;
    QString m_mergeCommitId;
    lakefs::MergeStrategy m_mergedWith = lakefs::MergeStrategy::Default;
};

} // namespace lakescope::ui
