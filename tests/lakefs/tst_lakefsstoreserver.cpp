// SPDX-License-Identifier: Apache-2.0
// The lakefs:// store through LakeFsClient and `lakescope-cli serve lakefs`:
// the whole store conformance suite over real HTTP, and the store opened
// from a lakefs:// URL the way the CLI and the GUI open it.
#include "core/backends/lakefs/lakefsstore.h"
#include "core/store/storeregistry.h"
#include "tests/lakefs/lakefsclientfixture.h"
#include "tests/support/storeconformance.h"
#include "tests/support/testassert.h"

#include <QTest>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LakeFsClientFixture;

class TstLakeFsStoreServer final : public testing::StoreConformance
{
    Q_OBJECT

protected:
    ObjectStorePtr createStore() override
    {
        if (!m_ready) {
            if (const std::string failure = m_lake.start(); !failure.empty()) {
                qWarning("%s", failure.c_str());
                return nullptr;
            }
            RepositoryCreation creation;
            creation.name = "conformance";
            creation.storageNamespace = "local://conformance";
            if (!m_lake.client().createRepository(creation))
                return nullptr;
            m_ready = true;
        }
        return std::make_shared<LakeFsStore>(m_lake.sharedClient(), "conformance", "main");
    }

private:
    LakeFsClientFixture m_lake{"conformance"};
    bool m_ready = false; // the peer is up and holds the repository

private slots:
    void openedFromAUrl()
    {
        StoreRegistry registry;
        registerBuiltinStores(registry);
        StoreOptions options([](const std::string &) { return std::optional<std::string>(); });
        LS_VERIFY_OK(options.set("lakefs_endpoint", m_lake.peer().endpoint().toStdString()));
        LS_VERIFY_OK(options.set("lakefs_access_key_id", m_lake.peer().accessKeyId().toStdString()));
        LS_VERIFY_OK(options.set("lakefs_secret_access_key", m_lake.peer().secretAccessKey().toStdString()));
        auto location = registry.open("lakefs://conformance/main/" + key("via url.txt"), options);
        LS_VERIFY_OK(location);
        StringSource bytes("hello");
        LS_VERIFY_OK(location->store->put(location->key, bytes));
        QCOMPARE(getString(key("via url.txt")).valueOr("?"), std::string("hello"));
        auto head = location->store->head(location->key);
        LS_VERIFY_OK(head);
        QCOMPARE(head->checksum, std::string("md5:5d41402abc4b2a76b9719d911017c592"));
    }
};

QTEST_GUILESS_MAIN(TstLakeFsStoreServer)
#include "tst_lakefsstoreserver.moc"
