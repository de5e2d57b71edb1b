// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace lakescope::ui {

// A byte string whose plain byte order is the order people expect for file
// names: case and accents ignored, digit runs compared by value ("file9"
// before "file10"), punctuation before digits before letters.
//
// Keys are made once per row on the worker that converts a listing page, so
// sorting 100,000 rows on the GUI thread is memcmp-cheap; calling
// QCollator::compare per comparison costs ~1 us and would stall the GUI for
// seconds on large folders.
class NaturalSortKey
{
public:
    static QByteArray make(QStringView name);
    // Full order: key first, then the raw name so that distinct names that
    // fold to the same key ("File", "file") keep a stable order.
    static int compare(const QByteArray &keyA, QStringView nameA, const QByteArray &keyB, QStringView nameB);
};

} // namespace lakescope::ui
