// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QComboBox>
#include <QSet>
#include <QString>

#include <memory>

namespace lakescope::ui {

class AsyncRunner;

// An editable list of a repository's branches and tags, loaded on the
// runner. Any ref expression may be typed instead (a commit id or a prefix
// of one, "main~2", "v1.0", "main@"): the lake judges it when it is used,
// so the picker never refuses text. Enter in the field emits refEntered, as
// does choosing an entry from the list.
class RefPicker : public QComboBox
{
    Q_OBJECT

public:
    RefPicker(StoreAccess access, AsyncRunner *runner, QWidget *parent = nullptr);
    ~RefPicker() override;

    // lakefs://repo/ (ref and path are ignored); lists its branches and tags.
    // What is typed stays.
    void setRepository(const StoreUrl &repository);
    const StoreUrl &repository() const { return m_repository; }

    // The text in the field, trimmed.
    QString ref() const;
    void setRef(const QString &ref);

    // Whether `name` is one of the branches listed (not a tag, commit or
    // expression): only a branch can receive a merge.
    bool isBranch(const QString &name) const { return m_branches.contains(name); }
    bool isLoading() const { return m_loading; }
    // Why the list could not be loaded, in words; empty when it was.
    QString loadError() const { return m_loadError; }

signals:
    // Enter was pressed in the field, or an entry was chosen.
    void refEntered(const QString &ref);
    // The branches and tags arrived (or failed to; see loadError()).
    void refsLoaded();

private:
    struct Listing;
    void fill(const Listing &listing);
    void announceEntry();

    StoreAccess m_access;
    AsyncRunner *m_runner;
    StoreUrl m_repository;
    QSet<QString> m_branches;
    QString m_loadError;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_entryPending = false;
};

} // namespace lakescope::ui
