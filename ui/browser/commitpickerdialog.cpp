// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/commitpickerdialog.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

struct CommitPickerDialog::LogPage
{
    std::string ref; // the ref listed (the default branch when none was given)
    Result<lakefs::Page<lakefs::Commit>> page = lakefs::Page<lakefs::Commit>{};
};

CommitPickerDialog::CommitPickerDialog(AsyncRunner *runner, LakeResolver lake, StoreUrl location, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_lake(std::move(lake)), m_location(std::move(location)),
      m_ref(new QLineEdit(this)), m_list(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_more(new QPushButton(tr("Load more"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Browse a Commit of %1").arg(QString::fromStdString(m_location.bucket)));
    setAccessibleName(windowTitle());
    resize(720, 460);

    m_ref->setText(QString::fromStdString(m_location.ref));
    m_ref->setPlaceholderText(tr("default branch"));
    m_ref->setAccessibleName(tr("Log of ref"));
    m_list->setHeaderLabels({tr("Commit"), tr("Message"), tr("Committer"), tr("Date")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Commits"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    m_list->header()->resizeSection(0, metrics.horizontalAdvance(QStringLiteral("0123456789ab")) + 40);
    m_list->header()->resizeSection(2, metrics.horizontalAdvance(QStringLiteral("committer name")) + 16);
    m_list->header()->resizeSection(3, metrics.horizontalAdvance(QStringLiteral("2000-00-00 00:00")) + 24);
    m_more->setAccessibleName(tr("Load more commits"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Ref:"), m_ref);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addLayout(footer);
    layout->addWidget(m_buttons);

    connect(m_ref, &QLineEdit::returnPressed, this, [this] { setRef(m_ref->text()); });
    connect(m_more, &QPushButton::clicked, this, &CommitPickerDialog::loadMore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CommitPickerDialog::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (selectedUrl())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (selectedUrl())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        if (const auto url = selectedUrl())
            emit commitChosen(*url);
    });

    requestPage();
}

CommitPickerDialog::~CommitPickerDialog()
{
    m_cancel.cancel();
}

QString CommitPickerDialog::ref() const
{
    return m_ref->text();
}

int CommitPickerDialog::commitCount() const
{
    return m_list->topLevelItemCount();
}

std::optional<StoreUrl> CommitPickerDialog::selectedUrl() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    StoreUrl url = m_location;
    url.ref = selected.first()->data(0, kIdRole).toString().toStdString();
    url.path.clear();
    return url;
}

void CommitPickerDialog::setRef(const QString &ref)
{
    m_ref->setText(ref.trimmed());
    m_cancel.cancel();
    m_cancel = CancellationSource();
    ++m_generation;
    m_list->clear();
    m_after.clear();
    m_hasMore = false;
    requestPage();
}

void CommitPickerDialog::loadMore()
{
    if (m_hasMore && !m_loading)
        requestPage();
}

void CommitPickerDialog::requestPage()
{
    m_loading = true;
    updateState();
    m_runner->run(
        this,
        [lake = m_lake, location = m_location, ref = m_ref->text().toStdString(), after = m_after,
         size = m_pageSize]() {
            LogPage result;
            auto opened = lake(location);
            if (!opened) {
                result.page = opened.error();
                return result;
            }
            result.ref = ref;
            if (result.ref.empty()) {
                auto repository = (*opened)->getRepository(location.bucket);
                if (!repository) {
                    result.page = repository.error();
                    return result;
                }
                result.ref = repository->defaultBranch;
            }
            lakefs::LogRequest request;
            request.after = after;
            request.amount = int(size);
            result.page = (*opened)->logCommits(location.bucket, result.ref, request);
            return result;
        },
        [this, generation = m_generation](LogPage page) { onPage(generation, std::move(page)); });
}

void CommitPickerDialog::onPage(quint64 generation, LogPage page)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!page.page) {
        m_hasMore = false;
        m_status->setText(UiErrors::describe(page.page.error()));
        updateState();
        emit pageLoaded();
        return;
    }
    if (m_ref->text().isEmpty())
        m_ref->setText(QString::fromStdString(page.ref));
    QList<QTreeWidgetItem *> items;
    for (const lakefs::Commit &commit : page.page->results) {
        const QString id = QString::fromStdString(commit.id);
        QString message = QString::fromStdString(commit.message);
        message = message.section(QLatin1Char('\n'), 0, 0);
        auto *item = new QTreeWidgetItem({id.left(12), message, QString::fromStdString(commit.committer),
                                          DisplayFormat::dateTime(commit.creationDate * 1000)});
        item->setData(0, kIdRole, id);
        item->setIcon(0, Icons::commit());
        item->setToolTip(0, id);
        item->setToolTip(1, QString::fromStdString(commit.message));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_hasMore = page.page->hasMore && !page.page->results.empty();
    if (m_hasMore)
        m_after = page.page->nextOffset.empty() ? page.page->results.back().id : page.page->nextOffset;
    m_status->clear();
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateState();
    emit pageLoaded();
}

void CommitPickerDialog::updateState()
{
    m_more->setEnabled(m_hasMore && !m_loading);
    m_more->setVisible(m_hasMore || m_loading);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(selectedUrl().has_value());
    if (m_loading)
        m_status->setText(tr("Loading… %Ln commit(s) so far", "", commitCount()));
    else if (m_status->text().isEmpty() || m_status->text().startsWith(tr("Loading…").left(7)))
        m_status->setText(tr("%Ln commit(s)", "", commitCount()) + (m_hasMore ? tr(", more available") : QString()));
}

} // namespace lakescope::ui
