// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace lakescope::ui {

class ObjectTableModel;

// Filters an ObjectTableModel by name: plain text matches anywhere,
// case-insensitively; '*' and '?' make it a wildcard pattern (still
// unanchored, so "*.csv" and "2024*csv" both work as people expect).
//
// Sorting is forwarded to the source model, which keeps its rows ordered:
// this proxy never sorts (see ObjectTableModel for why), so it stays a cheap
// row filter even with 100,000 rows arriving page by page.
class ObjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ObjectFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool isFiltering() const { return !m_text.isEmpty(); }

    ObjectTableModel *objectModel() const { return m_model; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ObjectTableModel *m_model = nullptr;
    QString m_text;
    QRegularExpression m_pattern; // valid only for wildcard filters
    bool m_wildcard = false;
};

} // namespace lakescope::ui
