// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/memory/memorystore.h"
#include "core/common/bytestream.h"
#include "core/store/storeoptions.h"
#include "core/store/storeregistry.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "tests/ui/teststore.h"
#include "tests/ui/tst_objectactions_launcher.h"
#include "ui/actions/objectactions.h"
#include "ui/actions/objecturlsmime.h"
#include "ui/actions/writepolicy.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/session/session.h"
#include "ui/transfers/transferservice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace lakescope::testing {

inline StoreUrl url(const std::string &text)
{
    auto parsed = StoreUrl::parse(text);
    if (!parsed)
        qFatal("test URL does not parse: %s", text.c_str());
    return parsed.value();
}

inline void put(ObjectStore &store, const std::string &key, std::string body = "x")
{
    StringSource source(std::move(body));
    if (!store.put(key, source))
        qFatal("could not put %s", key.c_str());
}

inline bool exists(ObjectStore &store, const std::string &key)
{
    return bool(store.head(key));
}

inline std::vector<std::string> allKeys(ObjectStore &store)
{
    std::vector<std::string> keys;
    ListOptions options;
    do {
        auto page = store.list(options);
        if (!page)
            return keys;
        for (const ObjectInfo &object : page.value().objects)
            keys.push_back(object.key);
        options.pageToken = page.value().nextPageToken;
    } while (!options.pageToken.empty());
    return keys;
}

// What the object action tests share: a memory store "t" (and local files
// through the built-in registry), a session, a recording launcher and
// prompts answered at once, so no dialog ever waits for a click.
class ObjectActionsFixture : public QObject
{
protected:
    void setUp();
    void tearDown();
    void makeActions(ui::StoreResolver resolver);
    void select(std::optional<StoreUrl> folder, QList<ui::ActionEntry> selection);
    void answerDelete(bool yes);

    std::shared_ptr<MemoryStore> m_store;
    std::shared_ptr<StoreRegistry> m_registry;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<CopyDeleteTestLauncher> m_launcher;
    std::unique_ptr<QWidget> m_window;
    ui::ObjectActions *m_actions = nullptr;
    ui::ActionContext m_context;
    QStringList m_questions;
    QStringList m_messages;
    QStringList m_errors;
};

inline void ObjectActionsFixture::setUp()
{
    m_store = std::make_shared<MemoryStore>("t");
    m_registry = std::make_shared<StoreRegistry>();
    registerBuiltinStores(*m_registry);
    auto store = m_store;
    auto registry = m_registry;
    makeActions([store, registry](const StoreUrl &where) -> Result<StoreLocation> {
        if (where.scheme == Scheme::Memory)
            return StoreLocation{store, where.key(), where};
        return registry->open(where, StoreOptions([](const std::string &) { return std::optional<std::string>(); }));
    });
}

inline void ObjectActionsFixture::makeActions(ui::StoreResolver resolver)
{
    m_actions = nullptr;
    m_window.reset();
    m_session = std::make_unique<ui::Session>(resolver, QList<ui::Connection>{});
    m_launcher = std::make_unique<CopyDeleteTestLauncher>(resolver);
    m_window = std::make_unique<QWidget>();
    m_actions = new ui::ObjectActions(m_session.get(), m_window.get(), m_window.get());
    m_actions->setContextProvider([this]() { return m_context; });
    m_actions->setTransferLauncher(m_launcher.get());
    m_questions.clear();
    m_messages.clear();
    m_errors.clear();
    connect(m_actions, &ui::ObjectActions::messageRequested, this, [this](const QString &text, bool isError) {
        (isError ? m_errors : m_messages).append(text);
    });
    answerDelete(true);
}

inline void ObjectActionsFixture::tearDown()
{
    m_session->runner()->waitForDone();
    m_window.reset();
    m_session.reset();
}

inline void ObjectActionsFixture::select(std::optional<StoreUrl> folder, QList<ui::ActionEntry> selection)
{
    m_context = ui::ActionContext{std::move(folder), std::move(selection)};
    m_actions->updateActions();
}

inline void ObjectActionsFixture::answerDelete(bool yes)
{
    ui::ObjectActions::Prompts prompts;
    prompts.confirm = [this, yes](const QString &, const QString &text, std::function<void(bool)> answer) {
        m_questions.append(text);
        answer(yes);
    };
    m_actions->setPrompts(prompts);
}

} // namespace lakescope::testing
