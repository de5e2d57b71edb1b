// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localstore.h"
#include "core/backends/memory/memorystore.h"
#include "core/store/storeregistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace lakescope;

namespace {

StoreOptions noEnv()
{
    return StoreOptions([](const std::string &) { return std::optional<std::string>(); });
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestStoreRegistry : public QObject
{
    Q_OBJECT

private slots:
    void openFile();
    void openMemoryIsCached();
    void separateMemoryStores();
    void unsupportedScheme_data();
    void unsupportedScheme();
    void optionsCheckedFirst();
    void badUrl();
    void customFactory();
    void concurrentOpenSharesOneStore();
};

void TestStoreRegistry::openFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreRegistry registry;
    registerBuiltinStores(registry);
    QVERIFY(registry.supports(Scheme::File));
    QVERIFY(registry.supports(Scheme::Memory));

    const std::string path = dir.path().toStdString() + "/a.txt";
    auto location = registry.open(path, noEnv());
    QVERIFY2(location.ok(), location.ok() ? "" : location.error().toString().c_str());
    auto *local = dynamic_cast<LocalStore *>(location->store.get());
    QVERIFY(local);
    QCOMPARE(q(local->root().generic_string()), QString("/"));
    QCOMPARE(q(location->key), QString::fromStdString(path.substr(1)));
    QCOMPARE(q(location->url.toString()), "file://" + QString::fromStdString(path));

    // Every local path shares the one store rooted at "/".
    auto other = registry.open("file:///tmp", noEnv());
    QVERIFY(other.ok());
    QCOMPARE(other->store.get(), location->store.get());
    QCOMPARE(q(other->key), QString("tmp"));
}

void TestStoreRegistry::openMemoryIsCached()
{
    StoreRegistry registry;
    registerBuiltinStores(registry);
    auto first = registry.open("memory://scratch/a", noEnv());
    auto second = registry.open("memory://scratch/b/c", noEnv());
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(dynamic_cast<MemoryStore *>(first->store.get()));
    QCOMPARE(first->store.get(), second->store.get());
    QCOMPARE(q(first->store->displayName()), QString("memory://scratch"));
    QCOMPARE(q(second->key), QString("b/c"));

    // What one opener puts, the other sees.
    StringSource body("hello");
    QVERIFY(first->store->put(first->key, body).ok());
    auto info = second->store->head("a");
    QVERIFY(info.ok());
    QCOMPARE(info->size, std::uint64_t(5));
}

void TestStoreRegistry::separateMemoryStores()
{
    StoreRegistry registry;
    registerBuiltinStores(registry);
    auto one = registry.open("memory://one", noEnv());
    auto two = registry.open("memory://two", noEnv());
    QVERIFY(one.ok());
    QVERIFY(two.ok());
    QVERIFY(one->store.get() != two->store.get());
    QCOMPARE(q(two->store->displayName()), QString("memory://two"));

    // A second registry is a second world.
    StoreRegistry another;
    registerBuiltinStores(another);
    auto elsewhere = another.open("memory://one", noEnv());
    QVERIFY(elsewhere.ok());
    QVERIFY(elsewhere->store.get() != one->store.get());
}

void TestStoreRegistry::unsupportedScheme_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QTest::newRow("gs") << "gs://bucket/k"
                        << "not supported: no backend for gs:// in this build yet";
    QTest::newRow("abfss") << "abfss://data@acct.dfs.core.windows.net/k"
                           << "not supported: no backend for abfss:// in this build yet";
    QTest::newRow("webhdfs") << "webhdfs://nn:9870/k"
                             << "not supported: no backend for webhdfs:// in this build yet";
    QTest::newRow("adl") << "adl://store/k"
                         << "not supported: no backend for adl:// in this build yet";
}

void TestStoreRegistry::unsupportedScheme()
{
    QFETCH(QString, location);
    QFETCH(QString, message);

    StoreRegistry registry;
    registerBuiltinStores(registry);
    auto opened = registry.open(location.toStdString(), noEnv());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::NotSupported);
    QCOMPARE(q(opened.error().toString()), message);
}

void TestStoreRegistry::optionsCheckedFirst()
{
    StoreRegistry registry;
    registerBuiltinStores(registry);
    auto opened = registry.open("az://container/x", noEnv());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QVERIFY(opened.error().message.starts_with("missing option azure_storage_account_name"));

    auto options = StoreOptions::fromPairs(
        { "account_name=acct" }, [](const std::string &) { return std::optional<std::string>(); });
    QVERIFY(options.ok());
    auto withAccount = registry.open("az://container/x", *options);
    QVERIFY(!withAccount.ok());
    QCOMPARE(q(withAccount.error().toString()), QString("not supported: no backend for az:// in this build yet"));
}

void TestStoreRegistry::badUrl()
{
    StoreRegistry registry;
    registerBuiltinStores(registry);
    auto opened = registry.open("ftp://host/x", noEnv());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QVERIFY(opened.error().message.starts_with("unknown scheme \"ftp\""));
}

void TestStoreRegistry::customFactory()
{
    StoreRegistry registry;
    int calls = 0;
    registry.registerScheme(Scheme::S3, [&calls](const StoreUrl &url, const StoreOptions &) -> Result<ObjectStorePtr> {
        ++calls;
        if (url.bucket == "broken")
            return Error::unauthenticated("no credentials for s3://broken");
        return ObjectStorePtr(std::make_shared<MemoryStore>(url.bucket));
    });
    QVERIFY(registry.supports(Scheme::S3));
    QVERIFY(!registry.supports(Scheme::File));

    QVERIFY(registry.open("s3://bucket/a", noEnv()).ok());
    QVERIFY(registry.open("s3://bucket/b", noEnv()).ok());
    QCOMPARE(calls, 1);
    QVERIFY(registry.open("s3://other/b", noEnv()).ok());
    QCOMPARE(calls, 2);

    // A failed open is not cached: the next attempt asks the factory again.
    auto broken = registry.open("s3://broken/x", noEnv());
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, ErrorCode::Unauthenticated);
    QVERIFY(!registry.open("s3://broken/x", noEnv()).ok());
    QCOMPARE(calls, 4);
}

void TestStoreRegistry::concurrentOpenSharesOneStore()
{
    StoreRegistry registry;
    registerBuiltinStores(registry);
    std::vector<ObjectStore *> seen(8, nullptr);
    std::vector<std::thread> threads;
    std::atomic<int> failures { 0 };
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&, i] {
            for (int round = 0; round < 200; ++round) {
                auto opened = registry.open("memory://shared/k" + std::to_string(round), noEnv());
                if (!opened.ok()) {
                    ++failures;
                    return;
                }
                seen[i] = opened->store.get();
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    for (ObjectStore *store : seen)
        QCOMPARE(store, seen.front());
}

QTEST_APPLESS_MAIN(TestStoreRegistry)
#include "tst_storeregistry.moc"
