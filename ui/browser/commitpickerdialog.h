// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lakescope::ui {

class AsyncRunner;

// Picks a commit of a lakeFS repository to browse: the log of a ref (the
// repository's default branch unless the location names one), newest
// first, listed page by page on the runner. Accepting gives
// lakefs://repo/<commit-id>/ through commitChosen() and selectedUrl().
// Open it with open(), never exec(): the log arrives while it is shown.
class CommitPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // `location` is lakefs://repo or lakefs://repo/ref (its connection is
    // kept on the result).
    CommitPickerDialog(AsyncRunner *runner, LakeResolver lake, StoreUrl location, QWidget *parent = nullptr);
    ~CommitPickerDialog() override;

    std::optional<StoreUrl> selectedUrl() const;
    QString ref() const;
    // Show the log of another ref (what the ref field does on Enter).
    void setRef(const QString &ref);
    void loadMore();

    int commitCount() const;
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    QTreeWidget *commitList() const { return m_list; }

signals:
    void commitChosen(const lakescope::StoreUrl &url);
    // A page (or an error) came in; for tests.
    void pageLoaded();

private:
    struct LogPage;
    void requestPage();
    void onPage(quint64 generation, LogPage page);
    void updateState();

    AsyncRunner *m_runner;
    LakeResolver m_lake;
    StoreUrl m_location;
    CancellationSource m_cancel;
    quint64 m_generation = 0;
    std::string m_after;
    bool m_loading = false;
    bool m_hasMore = false;
    std::size_t m_pageSize = 100;

    QLineEdit *m_ref;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_more;
    QDialogButtonBox *m_buttons;
};

} // namespace lakescope::ui
