// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/refpicker.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/widgets/icons.h"

#include <QCompleter>
#include <QLineEdit>

#include <optional>
#include <vector>

namespace lakescope::ui {

namespace {

// Repositories with more refs than this are still usable: the rest can be typed.
constexpr std::size_t kRefsListed = 5000;

Result<std::vector<std::string>> listAll(
    const std::function<Result<lakefs::Page<lakefs::Ref>>(const lakefs::PageRequest &)> &list)
{
    std::vector<std::string> names;
    lakefs::PageRequest request;
    request.amount = lakefs::kMaxPageAmount;
    for (;;) {
        auto page = list(request);
        if (!page)
            return page.error();
        for (const lakefs::Ref &ref : page->results)
            names.push_back(ref.id);
        if (!page->hasMore || page->nextOffset.empty() || names.size() >= kRefsListed)
            return names;
        request.after = page->nextOffset;
    }
}

} // namespace

struct RefPicker::Listing
{
    std::vector<std::string> branches;
    std::vector<std::string> tags;
    std::optional<Error> error;
};

RefPicker::RefPicker(StoreAccess access, AsyncRunner *runner, QWidget *parent)
    : QComboBox(parent)
    , m_access(std::move(access))
    , m_runner(runner)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    completer()->setCompletionMode(QCompleter::InlineCompletion);
    completer()->setCaseSensitivity(Qt::CaseSensitive);
    lineEdit()->setPlaceholderText(tr("branch, tag or commit"));
    setToolTip(tr("A branch, a tag, a commit id, or an expression such as main~2 or main@ "
                  "(the last commit of main, without its uncommitted changes)"));
    // Enter both emits returnPressed and may activate a matching entry: one
    // request per key press.
    connect(lineEdit(), &QLineEdit::returnPressed, this, &RefPicker::announceEntry);
    connect(this, &QComboBox::activated, this, &RefPicker::announceEntry);
}

RefPicker::~RefPicker() = default;

void RefPicker::setRepository(const StoreUrl &repository)
{
    m_repository = repository;
    m_repository.ref.clear();
    m_repository.path.clear();
    m_branches.clear();
    m_loadError.clear();
    const quint64 generation = ++m_generation;
    if (m_repository.bucket.empty()) {
        fill({});
        return;
    }
    m_loading = true;
    m_runner->run(
        this,
        [access = m_access, url = m_repository]() -> Listing {
            Listing listing;
            auto lake = access.lake(url);
            if (!lake) {
                listing.error = lake.error();
                return listing;
            }
            auto branches
                = listAll([&](const lakefs::PageRequest &page) { return (*lake)->listBranches(url.bucket, page); });
            if (!branches) {
                listing.error = branches.error();
                return listing;
            }
            listing.branches = std::move(*branches);
            auto tags = listAll([&](const lakefs::PageRequest &page) { return (*lake)->listTags(url.bucket, page); });
            if (tags)
                listing.tags = std::move(*tags);
            else
                listing.error = tags.error();
            return listing;
        },
        [this, generation](Listing listing) {
            if (generation != m_generation)
                return;
            m_loading = false;
            fill(listing);
        });
}

void RefPicker::fill(const Listing &listing)
{
    const QString typed = currentText();
    const QSignalBlocker blocker(this);
    clear();
    for (const std::string &name : listing.branches) {
        const QString branch = QString::fromStdString(name);
        m_branches.insert(branch);
        addItem(Icons::branch(), branch);
        setItemData(count() - 1, tr("Branch %1").arg(branch), Qt::ToolTipRole);
    }
    for (const std::string &name : listing.tags) {
        const QString tag = QString::fromStdString(name);
        addItem(Icons::tag(), tag);
        setItemData(count() - 1, tr("Tag %1").arg(tag), Qt::ToolTipRole);
    }
    m_loadError = listing.error ? tr("Could not list the branches and tags: %1").arg(UiErrors::describe(*listing.error))
                                : QString();
    setEditText(typed);
    emit refsLoaded();
}

void RefPicker::announceEntry()
{
    if (m_entryPending)
        return;
    m_entryPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_entryPending = false;
            emit refEntered(ref());
        },
        Qt::QueuedConnection);
}

QString RefPicker::ref() const
{
    return currentText().trimmed();
}

void RefPicker::setRef(const QString &ref)
{
    const int index = findText(ref, Qt::MatchExactly);
    const QSignalBlocker blocker(this);
    if (index >= 0)
        setCurrentIndex(index);
    setEditText(ref);
}

} // namespace lakescope::ui
