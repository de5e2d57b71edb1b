// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/actioncontext.h"
#include "ui/preview/previewcontent.h"

#include <optional>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace lakescope::ui {

class PreviewLoader;
class Session;

// A look at the selected object without downloading it: text, tables,
// JSON and images from its first bytes, or a summary with a Download
// button. Meant for a dock beside or below the browser. Never waits: it
// shows "Loading…" while its PreviewLoader reads on a worker.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(Session *session, QWidget *parent = nullptr);
    ~PreviewPanel() override;

    // Preview this entry (cancelling whatever was loading).
    void showUrl(const StoreUrl &url, bool isFolder);
    // Nothing or several selected: say so and stop loading.
    void showNothing(const QString &reason = {});
    // Follow the browser's selection: one entry is previewed, none or
    // several are said so. While the panel is hidden nothing is read; the
    // latest selection loads when it is shown again.
    void showSelection(const QList<ActionEntry> &selection);

    PreviewLoader *loader() const { return m_loader; }
    const PreviewContent &content() const { return m_content; }
    // The page on screen, for tests: "message", "text", "table", "image" or "summary".
    QString currentPage() const;
    QPlainTextEdit *textView() const { return m_text; }
    QTableWidget *tableView() const { return m_table; }
    QLabel *imageView() const { return m_image; }
    QPushButton *downloadButton() const { return m_download; }
    QString messageText() const;

signals:
    // The summary's Download… button: save this object somewhere.
    void downloadRequested(const lakescope::StoreUrl &url);
    // A preview (or an error, or a summary) is on screen.
    void shown();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showContent(const PreviewContent &content);
    void showMessage(const QString &text);
    void updateImage();

    PreviewLoader *m_loader;
    PreviewContent m_content;
    std::optional<ActionEntry> m_pending;
    QLabel *m_title;
    QLabel *m_note;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QTableWidget *m_table;
    QLabel *m_image;
    QWidget *m_summary;
    QLabel *m_summaryText;
    QPushButton *m_download;
};

} // namespace lakescope::ui
