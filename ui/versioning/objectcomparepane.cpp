// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/objectcomparepane.h"

#include "core/common/cancellation.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/scaledimageview.h"
#include "ui/versioning/sidebysidetextview.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <chrono>

namespace lakescope::ui {

namespace {

enum Page { MessagePage, TextPage, ImagePage, SummaryPage };

QString sizeText(std::uint64_t bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return ObjectComparePane::tr("%L1 bytes").arg(bytes);
    return ObjectComparePane::tr("%1 (%L2 bytes)").arg(locale.formattedDataSize(qint64(bytes))).arg(bytes);
}

// "256 KiB", "1 MiB": a limit is a round number and reads best as one.
QString limitText(std::uint64_t bytes)
{
    const bool round = bytes % 1024 == 0 && (bytes < 1024 * 1024 || bytes % (1024 * 1024) == 0);
    return QLocale().formattedDataSize(qint64(bytes), round ? 0 : 1);
}

QString lineCount(int count, bool added)
{
    if (added)
        return count == 1 ? ObjectComparePane::tr("1 line added") : ObjectComparePane::tr("%L1 lines added").arg(count);
    return count == 1 ? ObjectComparePane::tr("1 line removed") : ObjectComparePane::tr("%L1 lines removed").arg(count);
}

QString summaryOf(const std::optional<ObjectInfo> &info, const QString &title)
{
    if (!info)
        return ObjectComparePane::tr("Not in %1").arg(title);
    QStringList lines;
    lines << ObjectComparePane::tr("Size: %1").arg(sizeText(info->size));
    if (!info->checksum.empty())
        lines << ObjectComparePane::tr("Checksum: %1").arg(QString::fromStdString(info->checksum));
    // lakeFS and S3 ETags of simple uploads are the MD5: say it once.
    if (!info->etag.empty() && info->checksum.find(info->etag) == std::string::npos)
        lines << ObjectComparePane::tr("ETag: %1").arg(QString::fromStdString(info->etag));
    if (!info->contentType.empty())
        lines << ObjectComparePane::tr("Content type: %1").arg(QString::fromStdString(info->contentType));
    if (info->modified) {
        const auto msecs = std::chrono::duration_cast<std::chrono::milliseconds>(info->modified->time_since_epoch());
        lines << ObjectComparePane::tr("Modified: %1")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs.count()), QLocale::ShortFormat));
    }
    return lines.join(QLatin1Char('\n'));
}

QLabel *sideLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

ObjectComparePane::ObjectComparePane(StoreAccess access, AsyncRunner *runner, QWidget *parent)
    : QWidget(parent), m_access(std::move(access)), m_runner(runner),
      m_cancel(std::make_shared<CancellationSource>())
{
    setAccessibleName(tr("Object comparison"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *titles = new QHBoxLayout;
    m_leftTitle = sideLabel(QStringLiteral("leftTitle"), tr("Left side"), this);
    m_rightTitle = sideLabel(QStringLiteral("rightTitle"), tr("Right side"), this);
    for (QLabel *title : {m_leftTitle, m_rightTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setContentsMargins(4, 2, 4, 0);
        titles->addWidget(title, 1);
    }
    layout->addLayout(titles);

    m_pages = new QStackedWidget(this);
    m_message = new QLabel(m_pages);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pages->insertWidget(MessagePage, m_message);

    m_text = new SideBySideTextView(m_pages);
    m_text->setObjectName(QStringLiteral("textComparison"));
    m_text->setAccessibleName(tr("Line changes"));
    m_pages->insertWidget(TextPage, m_text);

    auto *images = new QWidget(m_pages);
    auto *imageGrid = new QGridLayout(images);
    imageGrid->setContentsMargins(0, 0, 0, 0);
    m_leftImage = new ScaledImageView(images);
    m_rightImage = new ScaledImageView(images);
    m_leftImage->setObjectName(QStringLiteral("leftImage"));
    m_rightImage->setObjectName(QStringLiteral("rightImage"));
    m_leftImage->setAccessibleName(tr("Left image"));
    m_rightImage->setAccessibleName(tr("Right image"));
    m_leftCaption = sideLabel(QStringLiteral("leftCaption"), tr("Left image details"), images);
    m_rightCaption = sideLabel(QStringLiteral("rightCaption"), tr("Right image details"), images);
    m_leftCaption->setAlignment(Qt::AlignHCenter);
    m_rightCaption->setAlignment(Qt::AlignHCenter);
    imageGrid->addWidget(m_leftImage, 0, 0);
    imageGrid->addWidget(m_rightImage, 0, 1);
    imageGrid->addWidget(m_leftCaption, 1, 0);
    imageGrid->addWidget(m_rightCaption, 1, 1);
    imageGrid->setRowStretch(0, 1);
    m_pages->insertWidget(ImagePage, images);

    auto *summaries = new QWidget(m_pages);
    auto *summaryLayout = new QHBoxLayout(summaries);
    summaryLayout->setContentsMargins(4, 4, 4, 4);
    m_leftSummary = sideLabel(QStringLiteral("leftSummary"), tr("Left side details"), summaries);
    m_rightSummary = sideLabel(QStringLiteral("rightSummary"), tr("Right side details"), summaries);
    for (QLabel *summary : {m_leftSummary, m_rightSummary}) {
        summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        summary->setFocusPolicy(Qt::StrongFocus);
        summaryLayout->addWidget(summary, 1);
    }
    m_pages->insertWidget(SummaryPage, summaries);
    layout->addWidget(m_pages, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setAccessibleName(tr("Comparison summary"));
    m_statusLabel->setContentsMargins(4, 0, 4, 2);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_statusLabel);

    clear();
}

ObjectComparePane::~ObjectComparePane()
{
    m_cancel->cancel();
}

void ObjectComparePane::abandon()
{
    m_cancel->cancel();
    m_cancel = std::make_shared<CancellationSource>();
    ++m_generation;
}

void ObjectComparePane::compare(const StoreUrl &left, const StoreUrl &right, const QString &leftTitle,
                                const QString &rightTitle)
{
    abandon();
    const quint64 generation = m_generation;
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    m_text->clear();
    m_added = 0;
    m_removed = 0;
    showMessage(Mode::Loading, tr("Reading both sides…"));

    CompareSides::Limits limits;
    limits.textBytes = m_textLimit;
    auto cancel = m_cancel->token();
    m_runner->run(
        this,
        [resolver = m_access.objects, left, right, leftTitle, rightTitle, limits, cancel]() {
            return CompareSides::read(resolver, left, right, leftTitle, rightTitle, limits, cancel);
        },
        [this, generation, leftTitle, rightTitle](CompareSides::Outcome outcome) {
            // A newer compare() or clear() happened meanwhile: this one is stale.
            if (generation != m_generation)
                return;
            present(outcome, leftTitle, rightTitle);
            emit loaded();
        });
}

void ObjectComparePane::clear()
{
    abandon();
    m_leftTitle->clear();
    m_rightTitle->clear();
    m_text->clear();
    m_leftImage->setImage({});
    m_rightImage->setImage({});
    m_added = 0;
    m_removed = 0;
    showMessage(Mode::Empty, tr("Select a changed object to compare its two sides."));
    m_status.clear();
    m_statusLabel->clear();
}

void ObjectComparePane::setTextLimit(std::uint64_t bytes)
{
    m_textLimit = bytes;
}

ObjectComparePane::Mode ObjectComparePane::mode() const
{
    return m_mode;
}

QString ObjectComparePane::statusText() const
{
    return m_status;
}

int ObjectComparePane::addedLines() const
{
    return m_added;
}

int ObjectComparePane::removedLines() const
{
    return m_removed;
}

void ObjectComparePane::showMessage(Mode mode, const QString &message)
{
    m_mode = mode;
    m_message->setText(message);
    m_pages->setCurrentIndex(MessagePage);
    m_status = mode == Mode::Error ? message : QString();
    m_statusLabel->setText(m_status);
}

void ObjectComparePane::present(const CompareSides::Outcome &outcome, const QString &leftTitle,
                                const QString &rightTitle)
{
    m_leftTitle->setText(outcome.left.info || outcome.kind == CompareSides::Kind::Error
                             ? leftTitle : tr("Not in %1").arg(leftTitle));
    m_rightTitle->setText(outcome.right.info || outcome.kind == CompareSides::Kind::Error
                              ? rightTitle : tr("Not in %1").arg(rightTitle));
    switch (outcome.kind) {
    case CompareSides::Kind::Error:
        showMessage(Mode::Error, outcome.error);
        return;
    case CompareSides::Kind::Text:
        presentText(outcome, leftTitle, rightTitle);
        break;
    case CompareSides::Kind::Image:
        presentImages(outcome, leftTitle, rightTitle);
        break;
    case CompareSides::Kind::Summary:
        presentSummary(outcome, leftTitle, rightTitle);
        break;
    }
    m_statusLabel->setText(m_status);
}

void ObjectComparePane::presentText(const CompareSides::Outcome &outcome, const QString &leftTitle,
                                    const QString &rightTitle)
{
    const CompareSides::Side &left = outcome.left;
    const CompareSides::Side &right = outcome.right;
    QStringList parts;
    if (!left.info)
        parts << tr("Not in %1").arg(leftTitle);
    if (!right.info)
        parts << tr("Not in %1").arg(rightTitle);
    QString counts;

    if (outcome.diff.gaveUp) {
        // Side by side without marks still lets the user read both.
        std::vector<DiffRow> rows;
        const qsizetype count = std::max(left.lines.size(), right.lines.size());
        for (qsizetype i = 0; i < count; ++i) {
            DiffRow row;
            if (i < left.lines.size())
                row.left = std::size_t(i);
            if (i < right.lines.size())
                row.right = std::size_t(i);
            rows.push_back(row);
        }
        m_text->setContent(left.lines, right.lines, std::move(rows));
        parts << tr("Too different to compare line by line");
    } else {
        m_text->setContent(left.lines, right.lines, outcome.diff.rows);
        m_added = int(outcome.diff.added);
        m_removed = int(outcome.diff.removed);
        if (m_added > 0 && m_removed > 0)
            counts = tr("%1, %2 removed").arg(lineCount(m_added, true)).arg(m_removed);
        else if (m_added > 0)
            counts = lineCount(m_added, true);
        else if (m_removed > 0)
            counts = lineCount(m_removed, false);
        if (!counts.isEmpty())
            parts << counts;
        else if (left.info && right.info && left.crlf != right.crlf)
            parts << tr("Only the line endings differ");
        else if (left.info && right.info && left.finalNewline != right.finalNewline && !left.truncated
                 && !right.truncated)
            parts << tr("Only the newline at the end differs");
        else if (left.info && right.info)
            parts << tr("No line changes");
    }
    if (left.truncated || right.truncated)
        parts << tr("Only the first %1 of each side are compared").arg(limitText(m_textLimit));
    m_status = parts.join(QStringLiteral(". "));
    m_text->setFinalNewlines(left.finalNewline, right.finalNewline);
    // The columns are painted, so a screen reader hears a summary from the
    // view (it counts the lines itself) with what only the pane knows.
    if (!counts.isEmpty())
        parts.removeOne(counts);
    m_text->setNote(parts.join(QStringLiteral(". ")));
    m_mode = Mode::Text;
    m_pages->setCurrentIndex(TextPage);
}

void ObjectComparePane::presentImages(const CompareSides::Outcome &outcome, const QString &leftTitle,
                                      const QString &rightTitle)
{
    const CompareSides::Side *sides[2] = {&outcome.left, &outcome.right};
    ScaledImageView *views[2] = {m_leftImage, m_rightImage};
    QLabel *captions[2] = {m_leftCaption, m_rightCaption};
    const QString titles[2] = {leftTitle, rightTitle};
    QStringList parts;
    for (int i = 0; i < 2; ++i) {
        const CompareSides::Side &side = *sides[i];
        if (!side.info) {
            views[i]->setPlaceholder(tr("Not in %1").arg(titles[i]));
            captions[i]->clear();
            parts << tr("Not in %1").arg(titles[i]);
            continue;
        }
        views[i]->setImage(side.image);
        captions[i]->setText(tr("%1 image, %2 × %3, %4")
                                 .arg(side.imageFormat)
                                 .arg(side.image.width())
                                 .arg(side.image.height())
                                 .arg(sizeText(side.info->size)));
    }
    if (outcome.left.info && outcome.right.info) {
        if (outcome.left.image == outcome.right.image)
            parts << tr("The images look the same");
        else if (outcome.left.image.size() != outcome.right.image.size())
            parts << tr("The image changed from %1 × %2 to %3 × %4")
                         .arg(outcome.left.image.width())
                         .arg(outcome.left.image.height())
                         .arg(outcome.right.image.width())
                         .arg(outcome.right.image.height());
        else
            parts << tr("The images differ");
    }
    m_status = parts.join(QStringLiteral(". "));
    m_mode = Mode::Image;
    m_pages->setCurrentIndex(ImagePage);
}

void ObjectComparePane::presentSummary(const CompareSides::Outcome &outcome, const QString &leftTitle,
                                       const QString &rightTitle)
{
    m_leftSummary->setText(summaryOf(outcome.left.info, leftTitle));
    m_rightSummary->setText(summaryOf(outcome.right.info, rightTitle));
    QStringList parts;
    if (!outcome.left.info)
        parts << tr("Not in %1").arg(leftTitle);
    if (!outcome.right.info)
        parts << tr("Not in %1").arg(rightTitle);
    if (!outcome.note.isEmpty())
        parts << outcome.note.chopped(outcome.note.endsWith(QLatin1Char('.')) ? 1 : 0);
    if (outcome.left.info && outcome.right.info) {
        const ObjectInfo &left = *outcome.left.info;
        const ObjectInfo &right = *outcome.right.info;
        const bool sameChecksum = !left.checksum.empty() && left.checksum == right.checksum;
        const bool sameEtag = !left.etag.empty() && left.etag == right.etag;
        if (left.size == right.size && (sameChecksum || sameEtag))
            parts << tr("Both sides have the same content");
        else if (left.size != right.size)
            parts << tr("The size changed from %1 to %2").arg(sizeText(left.size), sizeText(right.size));
    }
    m_status = parts.join(QStringLiteral(". "));
    m_mode = Mode::Summary;
    m_pages->setCurrentIndex(SummaryPage);
}

} // namespace lakescope::ui
