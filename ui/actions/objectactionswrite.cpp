// SPDX-License-Identifier: Apache-2.0
// The writing operations of ObjectActions: rename, new folder and delete.
#include "ui/actions/objectactions.h"

#include "core/common/bytestream.h"
#include "ui/actions/batchremoval.h"
#include "ui/actions/folderscan.h"
#include "ui/actions/writepolicy.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/transfers/transferlauncher.h"
#include "ui/widgets/displayformat.h"

#include <QDir>

namespace lakescope::ui {

namespace {

QString validateName(const QString &name)
{
    if (name.isEmpty())
        return ObjectActions::tr("A name cannot be empty.");
    if (name.contains(QLatin1Char('/')))
        return ObjectActions::tr("A name cannot contain “/”.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return ObjectActions::tr("“%1” is not a valid name.").arg(name);
    return {};
}

std::string asFolderKey(std::string key)
{
    if (!key.empty() && key.back() != '/')
        key += '/';
    return key;
}

} // namespace

struct ObjectActions::DeletePlan
{
    struct Group
    {
        ObjectStorePtr store;
        std::vector<std::string> keys;
        std::vector<std::string> folders;
    };
    StoreUrl folder;
    std::vector<Group> groups;
    int selectedObjects = 0;
    int selectedFolders = 0;
    std::uint64_t objects = 0;
    std::uint64_t bytes = 0;
};

// ---- rename ---------------------------------------------------------------

void ObjectActions::triggerRename()
{
    const ActionContext current = context();
    if (current.selection.size() != 1)
        return;
    const ActionEntry entry = current.selection.front();
    if (refuseWrite(entry.url.parent()))
        return;
    if (m_inlineRename && m_inlineRename(entry))
        return;
    QPointer<ObjectActions> self(this);
    m_prompts.askText(tr("Rename"), tr("New name for “%1”:").arg(Locations::leafName(entry.url)), Locations::leafName(entry.url),
                      [self, entry](const QString &name) {
                          if (self && !name.isEmpty())
                              self->rename(entry, name);
                      });
}

void ObjectActions::rename(const ActionEntry &entry, const QString &newName)
{
    const StoreUrl folder = entry.url.parent();
    if (refuseWrite(folder))
        return;
    if (const QString invalid = validateName(newName); !invalid.isEmpty()) {
        report(invalid, true);
        return;
    }
    if (newName == Locations::leafName(entry.url))
        return;
    StoreUrl target = folder.child(newName.toStdString() + (entry.isFolder ? "/" : ""));
    if (entry.isFolder) {
        // Every object below moves: a job with progress, not a silent loop.
        moveWithLauncher(entry.url, target);
        return;
    }

    struct Outcome
    {
        bool renamed = false;
        bool needsCopy = false;
        std::optional<Error> error;
    };
    auto resolver = m_session->resolver();
    auto cancel = m_cancel->token();
    m_session->runner()->run(
        this,
        [resolver, source = entry.url, target, cancel]() {
            Outcome outcome;
            auto from = resolver(source);
            if (!from) {
                outcome.error = from.error();
                return outcome;
            }
            auto to = resolver(target);
            if (!to) {
                outcome.error = to.error();
                return outcome;
            }
            // Renaming onto an existing object would silently replace it.
            if (auto existing = to.value().store->head(to.value().key, cancel); existing) {
                outcome.error = Error::alreadyExists(target.toString() + " already exists");
                return outcome;
            }
            if (from.value().store != to.value().store || !from.value().store->capabilities().atomicRename) {
                outcome.needsCopy = true;
                return outcome;
            }
            auto renamed = from.value().store->rename(from.value().key, to.value().key, cancel);
            if (!renamed && renamed.error().code == ErrorCode::NotSupported)
                outcome.needsCopy = true;
            else if (!renamed)
                outcome.error = renamed.error();
            else
                outcome.renamed = true;
            return outcome;
        },
        [this, source = entry.url, target, folder, newName](Outcome outcome) {
            if (outcome.error) {
                report(tr("Could not rename: %1").arg(UiErrors::describe(*outcome.error)), true);
            } else if (outcome.needsCopy) {
                moveWithLauncher(source, target);
            } else if (outcome.renamed) {
                report(tr("Renamed to “%1”.").arg(newName), false);
                emit changed(folder);
            }
        });
}

void ObjectActions::moveWithLauncher(const StoreUrl &source, const StoreUrl &target)
{
    if (!m_launcher) {
        report(tr("Moving is not available here."), true);
        return;
    }
    if (m_launcher->moveTo(source, target).isEmpty())
        return;
    report(tr("Moving “%1” to “%2”; follow the progress in Transfers.").arg(Locations::leafName(source), Locations::leafName(target)),
           false);
}

// ---- new folder -----------------------------------------------------------

void ObjectActions::triggerNewFolder()
{
    const ActionContext current = context();
    if (!current.folder || refuseWrite(*current.folder))
        return;
    QPointer<ObjectActions> self(this);
    m_prompts.askText(tr("New Folder"), tr("Name of the new folder:"), tr("New folder"), [self](const QString &name) {
        if (self && !name.isEmpty())
            self->createFolder(name);
    });
}

void ObjectActions::createFolder(const QString &name)
{
    const ActionContext current = context();
    if (!current.folder || refuseWrite(*current.folder))
        return;
    if (const QString invalid = validateName(name); !invalid.isEmpty()) {
        report(invalid, true);
        return;
    }
    const StoreUrl folder = *current.folder;
    const StoreUrl created = folder.child(name.toStdString() + "/");
    auto resolver = m_session->resolver();
    m_session->runner()->run(
        this,
        [resolver, created]() -> Status {
            auto location = resolver(created);
            if (!location)
                return location.error();
            ObjectStore &store = *location.value().store;
            if (store.capabilities().readOnly)
                return Error::permissionDenied(store.displayName() + " is read-only");
            const std::string key = asFolderKey(location.value().key);
            if (auto local = store.localPath(key)) {
                QDir directory(QString::fromStdString(local.value()));
                if (directory.exists())
                    return Error::alreadyExists(created.toString() + " already exists");
                if (!QDir().mkpath(directory.path()))
                    return Error::permissionDenied("cannot create " + local.value());
                return {};
            }
            // An object store has no folders, only keys: a folder exists when
            // anything is below it, so an empty one is a zero-byte marker.
            ListOptions probe;
            probe.prefix = key;
            probe.maxKeys = 1;
            probe.keysOnly = true;
            auto below = store.list(probe);
            if (below && !below.value().objects.empty())
                return Error::alreadyExists(created.toString() + " already exists");
            StringSource empty{std::string()};
            PutOptions options;
            options.ifNoneMatch = store.capabilities().conditionalPut;
            auto put = store.put(key, empty, options);
            if (!put)
                return put.error();
            return {};
        },
        [this, folder, name](Status status) {
            if (!status) {
                report(tr("Could not create the folder: %1").arg(UiErrors::describe(status.error())), true);
                return;
            }
            report(tr("Created folder “%1”.").arg(name), false);
            emit changed(folder);
        });
}

// ---- delete ---------------------------------------------------------------

void ObjectActions::triggerDelete()
{
    const ActionContext current = context();
    if (current.selection.isEmpty() || m_busy)
        return;
    const StoreUrl folder = current.folder ? *current.folder : current.selection.front().url.parent();
    if (refuseWrite(folder))
        return;
    const QList<ActionEntry> entries = current.selection;
    setBusy(true);
    int folders = 0;
    for (const ActionEntry &entry : entries)
        folders += entry.isFolder ? 1 : 0;
    if (folders > 0)
        report(tr("Counting what is in %n folder(s)…", nullptr, folders), false);

    auto resolver = m_session->resolver();
    auto cancel = m_cancel->token();
    AsyncRunner *runner = m_session->runner();
    QPointer<ObjectActions> guard(this);
    // Running totals go through the runner (it outlives this object) and are
    // shown only if this object still exists and is still counting.
    const auto progress = [runner, guard, cancel](std::uint64_t objects, std::uint64_t bytes) {
        QMetaObject::invokeMethod(
            runner,
            [guard, cancel, objects, bytes]() {
                if (guard && guard->m_busy && !cancel.isCancelled())
                    guard->report(tr("Counting… %1 objects (%2) so far.")
                                      .arg(DisplayFormat::count(qint64(objects)), DisplayFormat::size(bytes)),
                                  false);
            },
            Qt::QueuedConnection);
    };
    runner->run(
        this,
        [resolver, entries, folder, cancel, progress]() -> Result<std::shared_ptr<DeletePlan>> {
            auto plan = std::make_shared<DeletePlan>();
            plan->folder = folder;
            for (const ActionEntry &entry : entries) {
                auto location = resolver(entry.url);
                if (!location)
                    return location.error();
                const ObjectStorePtr &store = location.value().store;
                if (store->capabilities().readOnly)
                    return Error::permissionDenied(store->displayName() + " is read-only");
                auto group = std::find_if(plan->groups.begin(), plan->groups.end(),
                                          [&](const DeletePlan::Group &g) { return g.store == store; });
                if (group == plan->groups.end()) {
                    plan->groups.push_back({store, {}, {}});
                    group = plan->groups.end() - 1;
                }
                if (!entry.isFolder) {
                    ++plan->selectedObjects;
                    ++plan->objects;
                    plan->bytes += entry.size.value_or(0);
                    group->keys.push_back(location.value().key);
                    continue;
                }
                ++plan->selectedFolders;
                const std::string prefix = asFolderKey(location.value().key);
                const std::uint64_t before = plan->objects;
                const std::uint64_t bytesBefore = plan->bytes;
                auto tally = FolderScan::scan(*store, prefix, true, cancel,
                                              [&](std::uint64_t objects, std::uint64_t bytes) {
                                                  progress(before + objects, bytesBefore + bytes);
                                              });
                if (!tally)
                    return tally.error();
                plan->objects += tally.value().objects;
                plan->bytes += tally.value().bytes;
                group->folders.push_back(prefix);
                group->keys.insert(group->keys.end(), tally.value().keys.begin(), tally.value().keys.end());
            }
            return plan;
        },
        [this](Result<std::shared_ptr<DeletePlan>> plan) {
            if (!plan) {
                setBusy(false);
                if (plan.error().code == ErrorCode::Cancelled)
                    report(tr("Delete stopped; nothing was deleted."), false);
                else
                    report(tr("Could not delete: %1").arg(UiErrors::describe(plan.error())), true);
                return;
            }
            confirmDelete(plan.value());
        });
}

void ObjectActions::confirmDelete(std::shared_ptr<DeletePlan> plan)
{
    const QString where = QString::fromStdString(plan->folder.toString());
    // Spelled out rather than %n: the question must read right even where
    // no translation with plural forms is installed.
    const QString objects = plan->selectedObjects == 1
        ? tr("1 object")
        : tr("%1 objects").arg(DisplayFormat::count(plan->selectedObjects));
    const QString folders = plan->selectedFolders == 1
        ? tr("1 folder")
        : tr("%1 folders").arg(DisplayFormat::count(plan->selectedFolders));
    const QString contents = (plan->objects == 1 ? tr("1 object") : tr("%1 objects").arg(DisplayFormat::count(qint64(plan->objects))))
        + QStringLiteral(", ") + DisplayFormat::size(plan->bytes);
    QString question;
    if (plan->selectedFolders == 0)
        question = tr("Delete %1 (%2) from %3?").arg(objects, DisplayFormat::size(plan->bytes), where);
    else if (plan->selectedObjects == 0)
        question = tr("Delete %1 (%2) from %3?").arg(folders, contents, where);
    else
        question = tr("Delete %1 and %2 (%3) from %4?").arg(objects, folders, contents, where);
    const bool lakeBranch = plan->folder.scheme == Scheme::LakeFs;
    const QString consequence = lakeBranch
        ? tr("Earlier commits keep them: until you commit, resetting the branch brings them back.")
        : tr("This cannot be undone.");

    QPointer<ObjectActions> self(this);
    m_prompts.confirm(tr("Delete"), question + QLatin1Char(' ') + consequence, [self, plan](bool yes) {
        if (!self)
            return;
        if (!yes) {
            self->setBusy(false);
            return;
        }
        self->runDelete(plan);
    });
}

void ObjectActions::runDelete(std::shared_ptr<DeletePlan> plan)
{
    auto cancel = m_cancel->token();
    struct Totals
    {
        std::uint64_t removed = 0;
        std::vector<DeleteOutcome> failures;
        std::optional<Error> error;
    };
    m_session->runner()->run(
        this,
        [plan, cancel]() {
            Totals totals;
            for (DeletePlan::Group &group : plan->groups) {
                auto outcome = BatchRemoval::remove(*group.store, std::move(group.keys), group.folders, cancel);
                if (!outcome) {
                    totals.error = outcome.error();
                    break;
                }
                totals.removed += outcome.value().removed;
                totals.failures.insert(totals.failures.end(), outcome.value().failures.begin(),
                                       outcome.value().failures.end());
            }
            return totals;
        },
        [this, folder = plan->folder](Totals totals) {
            setBusy(false);
            emit changed(folder);
            if (totals.error) {
                const QString done = tr("%n object(s) were deleted before that.", nullptr, int(totals.removed));
                report(totals.error->code == ErrorCode::Cancelled
                           ? tr("Delete stopped.") + QLatin1Char(' ') + done
                           : tr("Could not delete: %1").arg(UiErrors::describe(*totals.error)) + QLatin1Char(' ') + done,
                       true);
            } else if (!totals.failures.empty()) {
                report(tr("%n object(s) could not be deleted, e.g. %1: %2", nullptr, int(totals.failures.size()))
                           .arg(QString::fromStdString(totals.failures.front().key),
                                QString::fromStdString(totals.failures.front().error)),
                       true);
            } else {
                report(tr("Deleted %n object(s).", nullptr, int(totals.removed)), false);
            }
        });
}

} // namespace lakescope::ui
