// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/objecttableview.h"

#include "ui/browser/objecttablemodel.h"
#include "ui/browser/urlmime.h"

#include <QDragEnterEvent>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

namespace lakescope::ui {

ObjectTableView::ObjectTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setSortingEnabled(false); // enabled in setModel, once there is a model to sort
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setIconSize(QSize(16, 16));

    verticalHeader()->hide();
    // Fixed sections: the header never asks the model for size hints.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(8);
    updateRowHeight();

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(ObjectTableModel::NameColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });

    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setDropIndicatorShown(false); // we paint the whole target instead
    setAccessibleName(tr("Folder contents"));
}

QMenu *ObjectTableView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(tr("Columns"));
    if (!model())
        return menu;
    for (int column = ObjectTableModel::NameColumn + 1; column < model()->columnCount(); ++column) {
        QAction *toggle = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            if (shown && horizontalHeader()->sectionSize(column) < 40)
                applyDefaultColumnWidths();
        });
    }
    return menu;
}

void ObjectTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    horizontalHeader()->setSectionResizeMode(ObjectTableModel::NameColumn, QHeaderView::Stretch);
    applyDefaultColumnWidths();
    if (model && model->columnCount() == ObjectTableModel::ColumnCount) {
        setColumnHidden(ObjectTableModel::ChangeColumn, true);
        setColumnHidden(ObjectTableModel::ChecksumColumn, true);
        setColumnHidden(ObjectTableModel::StorageClassColumn, true);
    }
    setSortingEnabled(true);
}

void ObjectTableView::applyDefaultColumnWidths()
{
    const QFontMetrics metrics(font());
    QHeaderView *header = horizontalHeader();
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Name")) + 32);
    header->resizeSection(ObjectTableModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("1023.9 MiB")) + 28);
    header->resizeSection(ObjectTableModel::ModifiedColumn,
                          metrics.horizontalAdvance(QStringLiteral("2000-00-00 00:00")) + 28);
    header->resizeSection(ObjectTableModel::TypeColumn, metrics.horizontalAdvance(QStringLiteral("Plain text document")) + 24);
    if (header->count() > ObjectTableModel::StorageClassColumn) {
        header->resizeSection(ObjectTableModel::ChangeColumn, metrics.horizontalAdvance(QStringLiteral("Modified")) + 28);
        header->resizeSection(ObjectTableModel::ChecksumColumn, metrics.horizontalAdvance(QStringLiteral("0123456789abcdef01234567")) + 24);
        header->resizeSection(ObjectTableModel::StorageClassColumn,
                              metrics.horizontalAdvance(QStringLiteral("STANDARD_IA")) + 28);
    }
}

void ObjectTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void ObjectTableView::updateRowHeight()
{
    const int height = std::max(fontMetrics().height(), iconSize().height()) + 8;
    verticalHeader()->setDefaultSectionSize(height);
}

void ObjectTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
}

QModelIndex ObjectTableView::dropRowAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    // Only folders take drops; anywhere else means the folder shown.
    if (index.isValid() && index.data(ObjectTableModel::IsFolderRole).toBool())
        return index.siblingAtColumn(ObjectTableModel::NameColumn);
    return {};
}

void ObjectTableView::setDropHighlight(const QModelIndex &row, bool background)
{
    if (m_dropRow != QPersistentModelIndex(row) || m_dropBackground != background) {
        m_dropRow = row;
        m_dropBackground = background;
        viewport()->update();
    }
}

void ObjectTableView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_dropCheck || !mime || !(UrlMime::has(mime) || mime->hasUrls())) {
        event->ignore();
        return;
    }
    m_dragSources = UrlMime::decode(mime);
    event->acceptProposedAction();
}

void ObjectTableView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex row = dropRowAt(pos);
    QString reason;
    std::optional<StoreUrl> target = m_dropCheck ? m_dropCheck(row, &reason) : std::nullopt;
    if (target)
        reason = UrlMime::dropConflict(m_dragSources, *target);
    if (!target || !reason.isEmpty()) {
        setDropHighlight({}, false);
        QToolTip::showText(viewport()->mapToGlobal(pos), reason, this);
        event->ignore();
        return;
    }
    QToolTip::hideText();
    setDropHighlight(row, !row.isValid());
    event->setDropAction(event->proposedAction() == Qt::MoveAction ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
}

void ObjectTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight({}, false);
    QToolTip::hideText();
    QTableView::dragLeaveEvent(event);
}

void ObjectTableView::dropEvent(QDropEvent *event)
{
    const QModelIndex row = dropRowAt(event->position().toPoint());
    setDropHighlight({}, false);
    QString reason;
    const std::optional<StoreUrl> target = m_dropCheck ? m_dropCheck(row, &reason) : std::nullopt;
    const QMimeData *mime = event->mimeData();
    if (target)
        reason = UrlMime::dropConflict(UrlMime::decode(mime), *target);
    if (!target || !reason.isEmpty()) {
        emit dropRefused(reason);
        event->ignore();
        return;
    }
    QList<QUrl> local;
    if (!UrlMime::has(mime)) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                local.append(url);
        }
    }
    const Qt::DropAction action = event->proposedAction() == Qt::MoveAction ? Qt::MoveAction : Qt::CopyAction;
    event->setDropAction(action);
    event->accept();
    emit dropRequested(local, UrlMime::decode(mime), *target, action);
}

void ObjectTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_dropRow.isValid() || m_dropBackground) {
        QPainter painter(viewport());
        QColor color = palette().color(QPalette::Highlight);
        painter.setPen(QPen(color, 2));
        color.setAlpha(m_dropBackground ? 20 : 45);
        painter.setBrush(color);
        QRect area = viewport()->rect();
        if (m_dropRow.isValid()) {
            const QRect cell = visualRect(m_dropRow);
            area = QRect(0, cell.top(), viewport()->width(), cell.height());
        }
        painter.drawRoundedRect(area.adjusted(1, 1, -2, -2), 3, 3);
    }
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::PlaceholderText);
    painter.setPen(color);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QRect area = viewport()->rect().adjusted(24, 48, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace lakescope::ui
