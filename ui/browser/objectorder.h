// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/browser/objectrow.h"

#include <Qt>

namespace lakescope::ui {

// The order of a folder view: folders always first (in both directions, as
// every file manager does), then by one column, ties broken by name.
class ObjectOrder
{
public:
    enum Column { Name = 0, Size = 1, Modified = 2, Type = 3 };

    ObjectOrder() = default;
    ObjectOrder(int column, Qt::SortOrder order) : m_column(column), m_order(order) {}

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }

    // Strict weak order over rows.
    bool lessThan(const ObjectRow &a, const ObjectRow &b) const;
    bool operator()(const ObjectRow &a, const ObjectRow &b) const { return lessThan(a, b); }

    bool operator==(const ObjectOrder &) const = default;

private:
    int compareColumn(const ObjectRow &a, const ObjectRow &b) const;

    int m_column = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace lakescope::ui
