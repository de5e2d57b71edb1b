// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"
#include "ui/versioning/comparesides.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>

class QLabel;
class QStackedWidget;

namespace lakescope {
class CancellationSource;
}

namespace lakescope::ui {

class AsyncRunner;
class ScaledImageView;
class SideBySideTextView;

// One changed object as it is on two refs, side by side: text with its line
// changes marked (each side read up to a cap), images next to each other,
// CSV and JSON as text, anything else the size and checksum of each side. A
// side where the object does not exist says so ("Not in main"). Both sides
// are read on the runner; a new compare() abandons the one under way and its
// result is dropped.
class ObjectComparePane : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Empty, Loading, Text, Image, Summary, Error };

    ObjectComparePane(StoreAccess access, AsyncRunner *runner, QWidget *parent = nullptr);
    ~ObjectComparePane() override;

    // `left` and `right` are full object URLs (lakefs://repo/ref/path);
    // the titles label the sides ("main", "experiment", "merge base").
    void compare(const StoreUrl &left, const StoreUrl &right, const QString &leftTitle, const QString &rightTitle);
    void clear();
    // Bytes read per side for a text comparison; larger objects are compared
    // on their first bytes and say so.
    void setTextLimit(std::uint64_t bytes);

    Mode mode() const;
    // What the pane shows in one line: "2 lines added, 1 removed", "Not in
    // main", "Only the first 256 KiB of each side are compared", the error.
    QString statusText() const;
    // The line changes of the text shown (0 outside Mode::Text).
    int addedLines() const;
    int removedLines() const;

signals:
    // Both sides arrived (or failed) and are shown.
    void loaded();

private:
    void showMessage(Mode mode, const QString &message);
    void present(const CompareSides::Outcome &outcome, const QString &leftTitle, const QString &rightTitle);
    void presentText(const CompareSides::Outcome &outcome, const QString &leftTitle, const QString &rightTitle);
    void presentImages(const CompareSides::Outcome &outcome, const QString &leftTitle, const QString &rightTitle);
    void presentSummary(const CompareSides::Outcome &outcome, const QString &leftTitle, const QString &rightTitle);
    void abandon();

    StoreAccess m_access;
    AsyncRunner *m_runner;
    std::shared_ptr<CancellationSource> m_cancel;
    quint64 m_generation = 0;
    std::uint64_t m_textLimit = 256 * 1024;
    Mode m_mode = Mode::Empty;
    QString m_status;
    int m_added = 0;
    int m_removed = 0;

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QStackedWidget *m_pages;
    QLabel *m_message;
    SideBySideTextView *m_text;
    ScaledImageView *m_leftImage;
    ScaledImageView *m_rightImage;
    QLabel *m_leftCaption;
    QLabel *m_rightCaption;
    QLabel *m_leftSummary;
    QLabel *m_rightSummary;
    QLabel *m_statusLabel;
};

} // namespace lakescope::ui
