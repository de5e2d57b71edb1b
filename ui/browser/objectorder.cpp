// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/objectorder.h"

#include "ui/browser/naturalsortkey.h"

namespace lakescope::ui {

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareNames(const ObjectRow &a, const ObjectRow &b)
{
    return NaturalSortKey::compare(a.sortKey, a.name, b.sortKey, b.name);
}

} // namespace

int ObjectOrder::compareColumn(const ObjectRow &a, const ObjectRow &b) const
{
    switch (m_column) {
    case Size:
        // Folders have no size of their own; they keep name order.
        return a.folder ? 0 : threeWay(a.size, b.size);
    case Modified:
        return threeWay(a.modified, b.modified);
    case Type:
        return a.type.compare(b.type, Qt::CaseInsensitive);
    default:
        return 0;
    }
}

bool ObjectOrder::lessThan(const ObjectRow &a, const ObjectRow &b) const
{
    if (a.folder != b.folder)
        return a.folder;
    int c = compareColumn(a, b);
    if (c == 0)
        c = compareNames(a, b);
    return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
}

} // namespace lakescope::ui
