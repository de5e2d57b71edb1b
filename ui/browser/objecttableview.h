// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QPersistentModelIndex>
#include <QTableView>
#include <QUrl>

#include <functional>
#include <optional>

namespace lakescope::ui {

// The folder table: file-manager defaults (whole-row selection, no grid,
// alternating rows, stretching name column) and fixed row heights, which
// keep scrolling and inserts O(visible rows) even with a million rows.
// Shows a placeholder text ("This folder is empty", "Loading…") while it
// has no rows. The header's context menu shows and hides the optional
// columns (checksum, storage class).
//
// Drags start from the model's mimeData(). Drops of desktop files and of
// the application's own drags land on a folder row or, anywhere else, on
// the folder shown; the drop check decides where and may refuse with a
// reason, which is shown at the pointer.
class ObjectTableView : public QTableView
{
    Q_OBJECT

public:
    // Where a drop onto `index` (invalid: the background) goes, or nullopt
    // with the reason why it cannot.
    using DropCheck = std::function<std::optional<StoreUrl>(const QModelIndex &index, QString *reason)>;

    explicit ObjectTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

    // Reasonable widths for everything but the stretching name column.
    void applyDefaultColumnWidths();
    // The menu the header shows: one checkable entry per column but Name.
    QMenu *createColumnMenu(QWidget *parent);

    void setDropCheck(DropCheck check) { m_dropCheck = std::move(check); }
    // The row a drag will drop onto (invalid while over the background).
    QModelIndex dropHighlight() const { return m_dropRow; }
    bool isDropOnBackground() const { return m_dropBackground; }

signals:
    void dropRequested(const QList<QUrl> &localUrls, const QList<lakescope::StoreUrl> &storeUrls,
                       const lakescope::StoreUrl &targetFolder, Qt::DropAction action);
    void dropRefused(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateRowHeight();
    QModelIndex dropRowAt(const QPoint &pos) const;
    void setDropHighlight(const QModelIndex &row, bool background);

    QString m_placeholder;
    DropCheck m_dropCheck;
    QPersistentModelIndex m_dropRow;
    bool m_dropBackground = false;
    QList<StoreUrl> m_dragSources; // decoded once per drag, not per move
};

} // namespace lakescope::ui
