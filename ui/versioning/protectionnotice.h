// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QLabel>

namespace lakescope::ui {

class AsyncRunner;

// A line above a branch's panel saying which protection rules cover it and
// what lakeFS then refuses. The rules are read on the runner; the notice is
// hidden for unprotected branches, for tags and commits, and when the rules
// cannot be read (nothing to warn about then).
class ProtectionNotice : public QLabel
{
    Q_OBJECT

public:
    ProtectionNotice(AsyncRunner *runner, LakeResolver lake, QWidget *parent = nullptr);

    // lakefs://repo/ref/; a ref that is no branch simply matches no rule.
    void setRef(const StoreUrl &ref);
    bool isProtected() const { return !text().isEmpty(); }

signals:
    // The rules arrived (or were cleared for a new ref).
    void protectionChanged(bool isProtected);

private:
    AsyncRunner *m_runner;
    LakeResolver m_lake;
    quint64 m_generation = 0;
};

} // namespace lakescope::ui
