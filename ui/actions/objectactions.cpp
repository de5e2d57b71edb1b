// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/objectactions.h"

#include "ui/actions/objecturlsmime.h"
#include "ui/actions/propertiesdialog.h"
#include "ui/actions/writepolicy.h"
#include "ui/session/session.h"
#include "ui/transfers/transferlauncher.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QWidget>

namespace lakescope::ui {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QString &objectName, QList<QKeySequence> keys = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    // Del, Enter, Space and Ctrl+C act on objects only while the object view
    // has focus: in the address bar or the filter they must edit text.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QList<StoreUrl> urlsOf(const QList<ActionEntry> &entries)
{
    QList<StoreUrl> urls;
    for (const ActionEntry &entry : entries)
        urls.append(entry.url);
    return urls;
}

} // namespace

ObjectActions::ObjectActions(Session *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent), m_cancel(std::make_shared<CancellationSource>())
{
    m_prompts = defaultPrompts();
    createActions();
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &ObjectActions::updateActions);
    updateActions();
}

ObjectActions::~ObjectActions()
{
    m_cancel->cancel();
}

void ObjectActions::createActions()
{
    m_open = makeAction(this, tr("&Open"), QStringLiteral("openObject"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_rename = makeAction(this, tr("&Rename…"), QStringLiteral("renameObject"), {QKeySequence(Qt::Key_F2)});
    m_delete = makeAction(this, tr("&Delete…"), QStringLiteral("deleteObjects"), {QKeySequence::Delete});
    m_copy = makeAction(this, tr("&Copy"), QStringLiteral("copyObjects"), {QKeySequence::Copy});
    m_paste = makeAction(this, tr("&Paste"), QStringLiteral("pasteObjects"), {QKeySequence::Paste});
    m_copyUrl = makeAction(this, tr("Copy &URL"), QStringLiteral("copyObjectUrls"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_newFolder = makeAction(this, tr("New &Folder…"), QStringLiteral("newFolder"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_download = makeAction(this, tr("Do&wnload To…"), QStringLiteral("downloadObjects"));
    m_uploadFiles = makeAction(this, tr("Upload &Files…"), QStringLiteral("uploadFiles"));
    m_uploadFolder = makeAction(this, tr("Upload Fol&der…"), QStringLiteral("uploadFolder"));
    m_properties = makeAction(this, tr("P&roperties"), QStringLiteral("objectProperties"),
                              {QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_Enter)});
    m_preview = makeAction(this, tr("&Preview"), QStringLiteral("togglePreview"),
                           {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_F3)});
    m_preview->setCheckable(true);
    m_stop = makeAction(this, tr("Stop Counting or Deleting"), QStringLiteral("stopObjectAction"));
    m_stop->setEnabled(false);

    connect(m_open, &QAction::triggered, this, &ObjectActions::triggerOpen);
    connect(m_rename, &QAction::triggered, this, &ObjectActions::triggerRename);
    connect(m_delete, &QAction::triggered, this, &ObjectActions::triggerDelete);
    connect(m_copy, &QAction::triggered, this, &ObjectActions::triggerCopy);
    connect(m_paste, &QAction::triggered, this, &ObjectActions::triggerPaste);
    connect(m_copyUrl, &QAction::triggered, this, &ObjectActions::triggerCopyUrl);
    connect(m_newFolder, &QAction::triggered, this, &ObjectActions::triggerNewFolder);
    connect(m_download, &QAction::triggered, this, &ObjectActions::triggerDownload);
    connect(m_uploadFiles, &QAction::triggered, this, [this]() { triggerUpload(false); });
    connect(m_uploadFolder, &QAction::triggered, this, [this]() { triggerUpload(true); });
    connect(m_properties, &QAction::triggered, this, &ObjectActions::triggerProperties);
    connect(m_stop, &QAction::triggered, this, &ObjectActions::cancel);
}

QList<QAction *> ObjectActions::actions() const
{
    return {m_open,     m_rename,      m_delete,       m_copy,       m_paste,   m_copyUrl, m_newFolder,
            m_download, m_uploadFiles, m_uploadFolder, m_properties, m_preview, m_stop};
}

void ObjectActions::populateMenu(QMenu *menu) const
{
    menu->addAction(m_open);
    menu->addAction(m_preview);
    menu->addSeparator();
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_copyUrl);
    menu->addSeparator();
    menu->addAction(m_download);
    menu->addAction(m_uploadFiles);
    menu->addAction(m_uploadFolder);
    menu->addSeparator();
    menu->addAction(m_newFolder);
    menu->addAction(m_rename);
    menu->addAction(m_delete);
    if (m_busy)
        menu->addAction(m_stop);
    menu->addSeparator();
    menu->addAction(m_properties);
}

void ObjectActions::setContextProvider(std::function<ActionContext()> provider)
{
    m_provider = std::move(provider);
    updateActions();
}

void ObjectActions::setTransferLauncher(TransferLauncher *launcher)
{
    m_launcher = launcher;
    updateActions();
}

void ObjectActions::setPrompts(const Prompts &prompts)
{
    if (prompts.confirm)
        m_prompts.confirm = prompts.confirm;
    if (prompts.askText)
        m_prompts.askText = prompts.askText;
    if (prompts.chooseFolder)
        m_prompts.chooseFolder = prompts.chooseFolder;
    if (prompts.chooseFiles)
        m_prompts.chooseFiles = prompts.chooseFiles;
}

void ObjectActions::setInlineRenameHandler(std::function<bool(const ActionEntry &)> handler)
{
    m_inlineRename = std::move(handler);
}

ActionContext ObjectActions::context() const
{
    return m_provider ? m_provider() : ActionContext{};
}

void ObjectActions::updateActions()
{
    const ActionContext current = context();
    const qsizetype count = current.selection.size();
    const QString folderRefusal = current.folder ? WritePolicy::refusal(*current.folder) : tr("No folder is open.");
    const bool folderWritable = folderRefusal.isEmpty();
    const bool hasLauncher = m_launcher != nullptr;
    const QMimeData *clipboard = QApplication::clipboard()->mimeData();
    const bool clipboardHasUrls = !ObjectUrlsMime::fromMimeData(clipboard).isEmpty();

    const auto setState = [](QAction *action, bool enabled, const QString &whyNot = {}) {
        action->setEnabled(enabled);
        action->setStatusTip(enabled ? QString() : whyNot);
        action->setToolTip(enabled || whyNot.isEmpty() ? action->text().remove(QLatin1Char('&'))
                                                        : whyNot);
    };
    setState(m_open, count == 1);
    setState(m_rename, count == 1 && folderWritable && !m_busy, folderRefusal);
    setState(m_delete, count > 0 && folderWritable && !m_busy, folderRefusal);
    setState(m_copy, count > 0);
    setState(m_paste, folderWritable && hasLauncher && clipboardHasUrls, folderRefusal);
    setState(m_copyUrl, count > 0 || current.folder.has_value());
    setState(m_newFolder, folderWritable, folderRefusal);
    setState(m_download, count > 0 && hasLauncher);
    setState(m_uploadFiles, folderWritable && hasLauncher, folderRefusal);
    setState(m_uploadFolder, folderWritable && hasLauncher, folderRefusal);
    setState(m_properties, count == 1 || (count == 0 && current.folder.has_value()));
    m_stop->setEnabled(m_busy);
}

bool ObjectActions::refuseWrite(const StoreUrl &url)
{
    const QString refusal = WritePolicy::refusal(url);
    if (refusal.isEmpty())
        return false;
    report(refusal, true);
    return true;
}

void ObjectActions::report(const QString &text, bool isError)
{
    emit messageRequested(text, isError);
}

void ObjectActions::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateActions();
    emit busyChanged(busy);
}

void ObjectActions::cancel()
{
    m_cancel->cancel();
    m_cancel = std::make_shared<CancellationSource>();
}

void ObjectActions::triggerOpen()
{
    const ActionContext current = context();
    if (current.selection.size() == 1)
        emit openRequested(current.selection.front());
}

void ObjectActions::triggerCopy()
{
    const ActionContext current = context();
    if (current.selection.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(ObjectUrlsMime::toMimeData(urlsOf(current.selection)));
    report(tr("Copied %n item(s); paste them into another folder with Ctrl+V.", nullptr,
              int(current.selection.size())),
           false);
}

void ObjectActions::triggerCopyUrl()
{
    const ActionContext current = context();
    QList<StoreUrl> urls = urlsOf(current.selection);
    if (urls.isEmpty() && current.folder)
        urls.append(*current.folder);
    if (urls.isEmpty())
        return;
    QStringList lines;
    for (const StoreUrl &url : urls)
        lines.append(QString::fromStdString(url.toString()));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ObjectActions::triggerPaste()
{
    paste(ObjectUrlsMime::fromMimeData(QApplication::clipboard()->mimeData()));
}

void ObjectActions::paste(const QList<StoreUrl> &sources)
{
    const ActionContext current = context();
    if (!current.folder || sources.isEmpty())
        return;
    if (refuseWrite(*current.folder))
        return;
    if (!m_launcher) {
        report(tr("Copying is not available here."), true);
        return;
    }
    if (!m_launcher->copy(sources, *current.folder, m_policy).isEmpty())
        report(tr("Copying %n item(s); follow the progress in Transfers.", nullptr, int(sources.size())), false);
}

void ObjectActions::triggerDownload()
{
    download(urlsOf(context().selection));
}

void ObjectActions::download(const QList<StoreUrl> &sources)
{
    if (sources.isEmpty())
        return;
    if (!m_launcher) {
        report(tr("Downloading is not available here."), true);
        return;
    }
    QPointer<ObjectActions> self(this);
    m_prompts.chooseFolder(tr("Download To"), [self, sources](const QString &path) {
        if (!self || path.isEmpty() || !self->m_launcher)
            return;
        auto target = StoreUrl::parse((path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/')).toStdString());
        if (!target) {
            self->report(tr("Cannot download to %1.").arg(path), true);
            return;
        }
        if (!self->m_launcher->copy(sources, target.value(), self->m_policy).isEmpty())
            self->report(tr("Downloading %n item(s) to %1.", nullptr, int(sources.size())).arg(path), false);
    });
}

void ObjectActions::triggerUpload(bool folder)
{
    const ActionContext current = context();
    if (!current.folder || !m_launcher || refuseWrite(*current.folder))
        return;
    const StoreUrl destination = *current.folder;
    QPointer<ObjectActions> self(this);
    auto upload = [self, destination](const QStringList &paths) {
        if (!self || paths.isEmpty() || !self->m_launcher)
            return;
        QList<StoreUrl> sources;
        for (const QString &path : paths) {
            if (auto parsed = StoreUrl::parse(path.toStdString()))
                sources.append(parsed.value());
        }
        if (!self->m_launcher->copy(sources, destination, self->m_policy).isEmpty())
            self->report(tr("Uploading %n item(s); follow the progress in Transfers.", nullptr, int(sources.size())),
                         false);
    };
    if (folder) {
        m_prompts.chooseFolder(tr("Upload Folder"), [upload](const QString &path) {
            if (!path.isEmpty())
                upload({path + QLatin1Char('/')});
        });
    } else {
        m_prompts.chooseFiles(tr("Upload Files"), upload);
    }
}

void ObjectActions::triggerProperties()
{
    const ActionContext current = context();
    ActionEntry entry;
    if (current.selection.size() == 1)
        entry = current.selection.front();
    else if (current.selection.isEmpty() && current.folder)
        entry = ActionEntry{*current.folder, true, std::nullopt};
    else
        return;
    auto *dialog = new PropertiesDialog(m_session, entry, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ObjectActions::Prompts ObjectActions::defaultPrompts()
{
    Prompts prompts;
    prompts.confirm = [this](const QString &title, const QString &text, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                    m_dialogParent);
        box->setDefaultButton(QMessageBox::Cancel);
        box->button(QMessageBox::Yes)->setText(title);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setAccessibleName(title);
        connect(box, &QMessageBox::finished, box,
                [box, answer](int) { answer(box->clickedButton() == box->button(QMessageBox::Yes)); });
        box->open();
    };
    prompts.askText = [this](const QString &title, const QString &label, const QString &initial,
                             std::function<void(const QString &)> answer) {
        auto *dialog = new QInputDialog(m_dialogParent);
        dialog->setWindowTitle(title);
        dialog->setLabelText(label);
        dialog->setTextValue(initial);
        dialog->setAccessibleName(title);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QInputDialog::finished, dialog, [dialog, answer](int result) {
            answer(result == QDialog::Accepted ? dialog->textValue().trimmed() : QString());
        });
        dialog->open();
    };
    prompts.chooseFolder = [this](const QString &title, std::function<void(const QString &)> answer) {
        auto *dialog = new QFileDialog(m_dialogParent, title);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::finished, dialog, [dialog, answer](int result) {
            const QStringList chosen = dialog->selectedFiles();
            answer(result == QDialog::Accepted && !chosen.isEmpty() ? chosen.front() : QString());
        });
        dialog->open();
    };
    prompts.chooseFiles = [this](const QString &title, std::function<void(const QStringList &)> answer) {
        auto *dialog = new QFileDialog(m_dialogParent, title);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::finished, dialog, [dialog, answer](int result) {
            answer(result == QDialog::Accepted ? dialog->selectedFiles() : QStringList());
        });
        dialog->open();
    };
    return prompts;
}

} // namespace lakescope::ui
