// SPDX-License-Identifier: Apache-2.0
#include "ui/preview/previewpanel.h"

#include "ui/preview/previewbuilder.h"
#include "ui/preview/previewloader.h"
#include "ui/widgets/displayformat.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lakescope::ui {

PreviewPanel::PreviewPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_loader(new PreviewLoader(session, this))
{
    setAccessibleName(tr("Preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Previewed object"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Preview details"));
    layout->addWidget(m_title);
    layout->addWidget(m_note);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Preview status"));
    m_pages->addWidget(m_message);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Text preview"));
    m_pages->addWidget(m_text);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Table preview"));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_pages->addWidget(m_table);

    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("image"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(1, 1);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setAccessibleName(tr("Image preview"));
    m_pages->addWidget(m_image);

    m_summary = new QWidget(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *summaryLayout = new QVBoxLayout(m_summary);
    m_summaryText = new QLabel(m_summary);
    m_summaryText->setTextFormat(Qt::PlainText);
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryText->setAccessibleName(tr("Object summary"));
    m_download = new QPushButton(tr("&Download…"), m_summary);
    m_download->setAccessibleName(tr("Download this object"));
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addWidget(m_download, 0, Qt::AlignLeft);
    summaryLayout->addStretch(1);
    m_pages->addWidget(m_summary);
    connect(m_download, &QPushButton::clicked, this, [this]() { emit downloadRequested(m_content.url); });

    connect(m_loader, &PreviewLoader::started, this, [this]() { showMessage(tr("Loading…")); });
    connect(m_loader, &PreviewLoader::loaded, this, &PreviewPanel::showContent);
    showNothing();
}

PreviewPanel::~PreviewPanel() = default;

void PreviewPanel::showUrl(const StoreUrl &url, bool isFolder)
{
    m_content = PreviewContent{};
    m_content.kind = PreviewContent::Kind::Loading;
    m_content.url = url;
    m_title->setText(PreviewBuilder::nameOf(url));
    m_note->clear();
    m_loader->load(url, isFolder);
}

void PreviewPanel::showSelection(const QList<ActionEntry> &selection)
{
    if (selection.size() != 1) {
        m_pending.reset();
        showNothing(selection.isEmpty() ? QString()
                                        : tr("%1 items selected.").arg(DisplayFormat::count(selection.size())));
        return;
    }
    const ActionEntry &entry = selection.front();
    if (!isVisible()) {
        m_loader->cancel();
        m_pending = entry;
        return;
    }
    m_pending.reset();
    const bool sameAsShown = m_content.url == entry.url && m_content.kind != PreviewContent::Kind::Error
        && m_content.kind != PreviewContent::Kind::Empty;
    if (!sameAsShown)
        showUrl(entry.url, entry.isFolder);
}

void PreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        const ActionEntry entry = *m_pending;
        m_pending.reset();
        showUrl(entry.url, entry.isFolder);
    }
}

void PreviewPanel::showNothing(const QString &reason)
{
    m_loader->cancel();
    m_content = PreviewContent{};
    m_title->clear();
    m_note->clear();
    showMessage(reason.isEmpty() ? tr("Select a file to preview it.") : reason);
}

QString PreviewPanel::currentPage() const
{
    return m_pages->currentWidget()->objectName();
}

QString PreviewPanel::messageText() const
{
    return m_message->text();
}

void PreviewPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void PreviewPanel::showContent(const PreviewContent &content)
{
    m_content = content;
    m_title->setText(content.name);
    QStringList details;
    if (!content.type.isEmpty())
        details.append(content.type);
    if (content.kind != PreviewContent::Kind::Error && content.type != tr("Folder"))
        details.append(DisplayFormat::size(content.size));
    if (!content.note.isEmpty() && content.kind != PreviewContent::Kind::Summary)
        details.append(content.note);
    m_note->setText(details.join(QStringLiteral(" · ")));

    switch (content.kind) {
    case PreviewContent::Kind::Text:
        m_text->setPlainText(content.text);
        m_pages->setCurrentWidget(m_text);
        break;
    case PreviewContent::Kind::Table: {
        m_table->clear();
        m_table->setColumnCount(int(content.header.size()));
        m_table->setHorizontalHeaderLabels(content.header);
        m_table->setRowCount(int(content.rows.size()));
        for (int row = 0; row < content.rows.size(); ++row) {
            const QStringList &fields = content.rows.at(row);
            if (fields.size() > m_table->columnCount())
                m_table->setColumnCount(int(fields.size()));
            for (int column = 0; column < fields.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(fields.at(column)));
        }
        // Widths from the first screenful only: measuring 1,000 rows of
        // every column would stall the GUI thread on wide files.
        m_table->horizontalHeader()->setMaximumSectionSize(320);
        m_table->resizeColumnsToContents();
        m_pages->setCurrentWidget(m_table);
        break;
    }
    case PreviewContent::Kind::Image:
        m_pages->setCurrentWidget(m_image);
        updateImage();
        break;
    case PreviewContent::Kind::Summary: {
        QStringList lines{tr("Name: %1").arg(content.name)};
        if (content.type != tr("Folder")) {
            lines.append(tr("Size: %1 (%2)").arg(DisplayFormat::size(content.size),
                                                 DisplayFormat::exactBytes(content.size)));
        }
        lines.append(tr("Type: %1").arg(content.type));
        if (content.modified != 0)
            lines.append(tr("Modified: %1").arg(DisplayFormat::dateTimeLong(content.modified)));
        if (!content.note.isEmpty())
            lines.append(content.note);
        m_summaryText->setText(lines.join(QLatin1Char('\n')));
        m_download->setVisible(content.type != tr("Folder"));
        m_pages->setCurrentWidget(m_summary);
        break;
    }
    case PreviewContent::Kind::Error:
        showMessage(content.text);
        break;
    case PreviewContent::Kind::Loading:
        showMessage(tr("Loading…"));
        break;
    case PreviewContent::Kind::Empty:
        showMessage(tr("Select a file to preview it."));
        break;
    }
    emit shown();
}

void PreviewPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_content.kind == PreviewContent::Kind::Image)
        updateImage();
}

void PreviewPanel::updateImage()
{
    if (m_content.image.isNull())
        return;
    const QSize room = m_image->size().boundedTo(m_content.image.size());
    const QImage fitted = m_content.image.size().width() <= room.width() && m_content.image.height() <= room.height()
        ? m_content.image
        : m_content.image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_image->setPixmap(QPixmap::fromImage(fitted));
}

} // namespace lakescope::ui
