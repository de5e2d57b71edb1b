// SPDX-License-Identifier: Apache-2.0
// How a lake is found and reached: options, lakectl's environment variables
// and ~/.lakectl.yaml; endpoints with or without /api/v1; file:// lakes;
// wrong credentials, unreachable servers, TLS, malformed answers and the
// 409 merge answer, against the real server and a scripted one.
#include "core/lakefs/client/lakeconnection.h"
#include "core/lakefs/client/lakectlconfig.h"
#include "core/lakefs/client/lakefsclient.h"
#include "core/store/storeregistry.h"
#include "tests/support/lakefspeer.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <map>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LakeFsPeer;
using lakescope::testing::RecordedRequest;
using lakescope::testing::ScriptedHttpServer;
using lakescope::testing::ScriptedResponse;
using lakescope::testing::TempDir;

namespace {

StoreOptions optionsWith(std::map<std::string, std::string> env, std::map<std::string, std::string> values = {})
{
    StoreOptions options([env](const std::string &name) -> std::optional<std::string> {
        const auto found = env.find(name);
        if (found == env.end())
            return std::nullopt;
        return found->second;
    });
    for (const auto &[key, value] : values)
        (void)options.set(key, value);
    return options;
}

bool mentions(const Error &error, const std::string &text)
{
    return error.message.find(text) != std::string::npos;
}

} // namespace

class TstLakeFsClientConfig final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LakeFsPeer> m_peer;
    TempDir m_dir;

    std::string endpoint() const { return m_peer->endpoint().toStdString(); }
    std::string keyId() const { return m_peer->accessKeyId().toStdString(); }
    std::string secret() const { return m_peer->secretAccessKey().toStdString(); }

    std::shared_ptr<LakeFsClient> clientFor(const std::string &url, const std::string &id, const std::string &key,
                                            HttpClientConfig http = {})
    {
        LakeFsClientConfig config;
        config.endpoint = url;
        config.accessKeyId = id;
        config.secretAccessKey = key;
        config.http = http;
        auto created = LakeFsClient::create(config);
        return created ? *created : nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
        QVERIFY2(m_peer, qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void endpointsAreNormalised_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "http://127.0.0.1:8000" << "http://127.0.0.1:8000";
        QTest::newRow("slash") << "http://127.0.0.1:8000/" << "http://127.0.0.1:8000";
        QTest::newRow("api") << "http://127.0.0.1:8000/api/v1" << "http://127.0.0.1:8000";
        QTest::newRow("api slash") << " https://lake.example.com/api/v1/ " << "https://lake.example.com";
        QTest::newRow("prefix") << "https://example.com/lakefs/api/v1" << "https://example.com/lakefs";
    }

    void endpointsAreNormalised()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        auto normalised = LakeFsClient::normaliseEndpoint(given.toStdString());
        LS_VERIFY_OK(normalised);
        QCOMPARE(*normalised, expected.toStdString());
        LS_VERIFY_ERROR(LakeFsClient::normaliseEndpoint("ftp://x"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(LakeFsClient::normaliseEndpoint("localhost:8000"), ErrorCode::InvalidInput);
    }

    void bothEndpointFormsWork()
    {
        for (const std::string &url : {endpoint(), endpoint() + "/api/v1", endpoint() + "/api/v1/"}) {
            auto client = clientFor(url, keyId(), secret());
            QVERIFY(client);
            LS_VERIFY_OK(client->listRepositories({}));
        }
    }

    void wrongCredentialsAreExplained()
    {
        const std::string wrongSecret = "not-the-secret-9f8e7d";
        auto client = clientFor(endpoint(), keyId(), wrongSecret);
        QVERIFY(client);
        auto refused = client->listRepositories({});
        LS_VERIFY_ERROR(refused, ErrorCode::Unauthenticated);
        QCOMPARE(refused.error().httpStatus, 401);
        QVERIFY2(mentions(refused.error(), "lakeFS rejected the credentials (access key id " + keyId() + ")"),
                 refused.error().message.c_str());
        QVERIFY2(mentions(refused.error(), endpoint()), refused.error().message.c_str());
        QVERIFY2(!mentions(refused.error(), wrongSecret), refused.error().message.c_str());
        QVERIFY2(!mentions(refused.error(), secret()), refused.error().message.c_str());

        auto unknownKey = clientFor(endpoint(), "AKIAUNKNOWN", secret());
        auto alsoRefused = unknownKey->getRepository("demo");
        LS_VERIFY_ERROR(alsoRefused, ErrorCode::Unauthenticated);
        QVERIFY2(!mentions(alsoRefused.error(), secret()), alsoRefused.error().message.c_str());
    }

    void unreachableEndpointIsNamed()
    {
        const int port = ScriptedHttpServer::unusedPort();
        HttpClientConfig quick;
        quick.maxRetries = 1;
        quick.initialBackoff = std::chrono::milliseconds(10);
        auto client = clientFor("http://127.0.0.1:" + std::to_string(port), "id", "secret", quick);
        QVERIFY(client);
        auto failed = client->listRepositories({});
        QVERIFY(!failed.ok());
        QVERIFY2(mentions(failed.error(), "127.0.0.1:" + std::to_string(port)), failed.error().message.c_str());
        QVERIFY(failed.error().code != ErrorCode::Fatal || mentions(failed.error(), "lakeFS"));
    }

    void environmentVariablesAsLakectl()
    {
        auto lake = connectLake(optionsWith({{"LAKECTL_SERVER_ENDPOINT_URL", endpoint() + "/api/v1"},
                                             {"LAKECTL_CREDENTIALS_ACCESS_KEY_ID", keyId()},
                                             {"LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", secret()}}));
        LS_VERIFY_OK(lake);
        QCOMPARE((*lake)->displayName(), "lakefs: " + endpoint());
        LS_VERIFY_OK((*lake)->listRepositories({}));
    }

    void lakectlYamlFile()
    {
        const std::string yaml = "# written by lakectl config\n"
                                 "credentials:\n"
                                 "  access_key_id: " + keyId() + "   # the key\n"
                                 "  secret_access_key: '" + secret() + "'\n"
                                 "metastore:\n"
                                 "  glue:\n"
                                 "    catalog_id: \"\"\n"
                                 "server:\n"
                                 "  retries:\n"
                                 "    enabled: true\n"
                                 "  endpoint_url: \"" + endpoint() + "/api/v1\"\n";
        QVERIFY(m_dir.writeFile("home/.lakectl.yaml", yaml));
        QVERIFY(m_dir.writeFile("elsewhere/lakectl.yaml", yaml));

        auto fromHome = connectLake(optionsWith({{"HOME", m_dir.filePath("home").string()}}));
        LS_VERIFY_OK(fromHome);
        LS_VERIFY_OK((*fromHome)->listRepositories({}));

        auto fromVariable = connectLake(optionsWith({{"HOME", "/nonexistent"},
            {"LAKECTL_CONFIG_FILE", m_dir.filePath("elsewhere/lakectl.yaml").string()}}));
        LS_VERIFY_OK(fromVariable);
        LS_VERIFY_OK((*fromVariable)->listRepositories({}));

        // Options and the environment win over the file, key by key.
        auto overridden = connectLake(optionsWith({{"HOME", m_dir.filePath("home").string()},
                                                   {"LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "wrong-secret"}}));
        LS_VERIFY_OK(overridden);
        LS_VERIFY_ERROR((*overridden)->listRepositories({}), ErrorCode::Unauthenticated);
    }

    void missingSettingsNameTheirOptions()
    {
        auto noEndpoint = connectLake(optionsWith({{"HOME", "/nonexistent"}}));
        LS_VERIFY_ERROR(noEndpoint, ErrorCode::InvalidInput);
        QVERIFY2(mentions(noEndpoint.error(), "lakefs_endpoint"), noEndpoint.error().message.c_str());
        QVERIFY2(mentions(noEndpoint.error(), "LAKECTL_SERVER_ENDPOINT_URL"), noEndpoint.error().message.c_str());

        auto noKey = connectLake(optionsWith({{"HOME", "/nonexistent"}, {"LAKECTL_SERVER_ENDPOINT_URL", endpoint()}}));
        LS_VERIFY_ERROR(noKey, ErrorCode::InvalidInput);
        QVERIFY2(mentions(noKey.error(), "LAKECTL_CREDENTIALS_ACCESS_KEY_ID"), noKey.error().message.c_str());

        auto noSecret = connectLake(optionsWith({{"HOME", "/nonexistent"}}, {{"lakefs_endpoint", endpoint()},
                                                                             {"lakefs_access_key_id", "id"}}));
        LS_VERIFY_ERROR(noSecret, ErrorCode::InvalidInput);
        QVERIFY2(mentions(noSecret.error(), "lakefs_secret_access_key"), noSecret.error().message.c_str());

        auto plainHttp = connectLake(optionsWith({}, {{"lakefs_endpoint", "http://lake.example.com:8000"},
                                                      {"lakefs_access_key_id", "id"},
                                                      {"lakefs_secret_access_key", "s"}}));
        LS_VERIFY_ERROR(plainHttp, ErrorCode::InvalidInput);
        QVERIFY2(mentions(plainHttp.error(), "allow_http"), plainHttp.error().message.c_str());
        QVERIFY2(!mentions(plainHttp.error(), "\"s\""), plainHttp.error().message.c_str());
    }

    void fileEndpointOpensALocalLakeOnce()
    {
        const std::string root = m_dir.filePath("local-lake").string();
        auto first = connectLake(optionsWith({}, {{"lakefs_endpoint", "file://" + root}}));
        LS_VERIFY_OK(first);
        QVERIFY2((*first)->displayName().find("local-lake") != std::string::npos, (*first)->displayName().c_str());
        auto second = connectLake(optionsWith({}, {{"lakefs_endpoint", root + "/"}}));
        LS_VERIFY_OK(second);
        QVERIFY(first->get() == second->get());

        RepositoryCreation creation;
        creation.name = "local-repo";
        creation.storageNamespace = "local://local-repo";
        LS_VERIFY_OK((*first)->createRepository(creation));
        QCOMPARE((*second)->getRepository("local-repo")->id, std::string("local-repo"));
    }

    void registryOpensLakefsUrls()
    {
        auto client = clientFor(endpoint(), keyId(), secret());
        RepositoryCreation creation;
        creation.name = "registry-repo";
        creation.storageNamespace = "local://registry-repo";
        LS_VERIFY_OK(client->createRepository(creation));

        StoreRegistry registry;
        registerBuiltinStores(registry);
        const auto options = optionsWith({}, {{"lakefs_endpoint", endpoint()}, {"lakefs_access_key_id", keyId()},
                                              {"lakefs_secret_access_key", secret()}});
        auto location = registry.open("lakefs://registry-repo/main/some/dir/file.txt", options);
        LS_VERIFY_OK(location);
        QCOMPARE(location->key, std::string("some/dir/file.txt"));
        QCOMPARE(location->store->displayName(), std::string("lakefs://registry-repo/main"));
        StringSource bytes("through the registry");
        LS_VERIFY_OK(location->store->put(location->key, bytes));
        StringSink sink;
        LS_VERIFY_OK(client->getObject("registry-repo", "main", "some/dir/file.txt", sink));
        QCOMPARE(sink.data(), std::string("through the registry"));

        auto again = registry.open("lakefs://registry-repo/main/", options);
        LS_VERIFY_OK(again);
        QVERIFY(again->store == location->store);
        auto otherSecret = optionsWith({}, {{"lakefs_endpoint", endpoint()}, {"lakefs_access_key_id", keyId()},
                                            {"lakefs_secret_access_key", "other"}});
        auto other = registry.open("lakefs://registry-repo/main/", otherSecret);
        LS_VERIFY_OK(other);
        QVERIFY(other->store != location->store);
        LS_VERIFY_ERROR(registry.open("lakefs://registry-repo", options), ErrorCode::InvalidInput);
    }

    void lakectlYamlSubset()
    {
        auto parsed = LakectlConfig::parse("---\n"
                                           "server:\n"
                                           "    endpoint_url: http://h:8000 # comment\n"
                                           "credentials:   # a comment after a map\n"
                                           "    access_key_id: \"AKIA\\u0041\\\"q\\\"\"\n"
                                           "    secret_access_key: 'it''s # not a comment'\n"
                                           "    plain_hash: abc#def\n"
                                           "list:\n"
                                           "  - a: 1\n"
                                           "  - b\n"
                                           "block: |\n"
                                           "  text: not a key\n"
                                           "\"quoted key\": v\n"
                                           "empty:\n"
                                           "after: ~\n");
        LS_VERIFY_OK(parsed);
        QCOMPARE(parsed->get("server.endpoint_url").value_or("?"), std::string("http://h:8000"));
        QCOMPARE(parsed->get("credentials.access_key_id").value_or("?"), std::string("AKIAA\"q\""));
        QCOMPARE(parsed->get("credentials.secret_access_key").value_or("?"), std::string("it's # not a comment"));
        QCOMPARE(parsed->get("credentials.plain_hash").value_or("?"), std::string("abc#def"));
        QCOMPARE(parsed->get("quoted key").value_or("?"), std::string("v"));
        QCOMPARE(parsed->get("after").value_or("?"), std::string());
        QVERIFY(!parsed->get("block.text"));
        QVERIFY(!parsed->get("list.a"));

        auto broken = LakectlConfig::parse("server:\n  endpoint_url: \"unterminated\n");
        LS_VERIFY_ERROR(broken, ErrorCode::InvalidInput);
        QVERIFY2(mentions(broken.error(), "line 2"), broken.error().message.c_str());
        LS_VERIFY_ERROR(LakectlConfig::parse("just text\n"), ErrorCode::InvalidInput);
        auto missing = LakectlConfig::load(m_dir.filePath("no-such.yaml").string());
        LS_VERIFY_OK(missing);
        QVERIFY(!missing->has_value());
    }

    void malformedAnswersAreErrors()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        auto client = clientFor(server.url(), "id", "secret");
        QVERIFY(client);
        server.enqueue(ScriptedResponse::text(200, "{not json", "application/json"));
        auto notJson = client->listRepositories({});
        LS_VERIFY_ERROR(notJson, ErrorCode::Fatal);
        QVERIFY2(mentions(notJson.error(), "malformed"), notJson.error().message.c_str());
        server.enqueue(ScriptedResponse::text(200, R"({"results": "oops", "pagination": 7})", "application/json"));
        LS_VERIFY_ERROR(client->listBranches("r", {}), ErrorCode::Fatal);
        server.enqueue(ScriptedResponse::text(200, "[1, 2]", "application/json"));
        LS_VERIFY_ERROR(client->getCommit("r", "main"), ErrorCode::Fatal);
        server.enqueue(ScriptedResponse::text(200, "", "application/json"));
        LS_VERIFY_ERROR(client->getRepository("r"), ErrorCode::Fatal);
        server.enqueue(ScriptedResponse::text(201, "  \n", "text/html"));
        LS_VERIFY_ERROR(client->createBranch("r", "b", "main"), ErrorCode::Fatal);
        // The plain-text commit id lakeFS answers a branch creation with.
        server.enqueue(ScriptedResponse::text(201, std::string(64, 'a'), "text/html"));
        QCOMPARE(client->createBranch("r", "b", "main").valueOr(""), std::string(64, 'a'));
        // An error page that is not lakeFS's JSON still reads well.
        server.enqueue(ScriptedResponse::text(502, "<html>Bad Gateway</html>", "text/html"));
        HttpClientConfig once;
        once.maxRetries = 0;
        auto noRetry = clientFor(server.url(), "id", "secret", once);
        auto gateway = noRetry->getRepository("r");
        LS_VERIFY_ERROR(gateway, ErrorCode::Transient);
        QCOMPARE(gateway.error().httpStatus, 502);
        QVERIFY2(mentions(gateway.error(), "Bad Gateway"), gateway.error().message.c_str());
    }

    void conflictingMergeListsEveryPage()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        server.setHandler([](const RecordedRequest &request) {
            if (request.method == "POST" && request.path.find("/merge/") != std::string::npos)
                return ScriptedResponse::text(409, R"({"reference":""})", "application/json");
            if (request.path.find("/diff/") != std::string::npos && request.query.find("after=b") == std::string::npos)
                return ScriptedResponse::text(200, R"({"pagination":{"has_more":true,"next_offset":"b","results":2,"max_per_page":1000},
                    "results":[{"type":"conflict","path":"a","path_type":"object"},{"type":"added","path":"b","path_type":"object"}]})",
                                              "application/json");
            if (request.path.find("/diff/") != std::string::npos)
                return ScriptedResponse::text(200, R"({"pagination":{"has_more":false,"next_offset":"","results":1,"max_per_page":1000},
                    "results":[{"type":"conflict","path":"c d","path_type":"object"}]})",
                                              "application/json");
            return ScriptedResponse::text(500, R"({"message":"unexpected"})", "application/json");
        });
        auto client = clientFor(server.url(), "id", "secret");
        auto merged = client->merge("repo", "feature", "main", {});
        LS_VERIFY_OK(merged);
        QVERIFY(merged->conflicted());
        QCOMPARE(merged->conflicts, (std::vector<std::string>{"a", "c d"}));
        const auto requests = server.requests();
        QCOMPARE(requests.size(), std::size_t{3});
        // A three-dot diff of the destination against the source.
        QCOMPARE(requests[1].path, std::string("/api/v1/repositories/repo/refs/main/diff/feature"));
        QVERIFY2(requests[1].query.find("type=three_dot") != std::string::npos, requests[1].query.c_str());
        QVERIFY(requests[1].header("Authorization").value_or("").starts_with("Basic "));
    }

    void pathsAndQueriesAreEncoded()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        server.setHandler([](const RecordedRequest &) {
            return ScriptedResponse::text(200, R"({"path":"x","path_type":"object","checksum":"c","physical_address":"p","mtime":1})",
                                          "application/json");
        });
        auto client = clientFor(server.url(), "id", "secret");
        LS_VERIFY_OK(client->statObject("repo", "v1~1", "a b/#c%d+e\xc3\xa9?.txt"));
        const auto requests = server.requests();
        QCOMPARE(requests.size(), std::size_t{1});
        QCOMPARE(requests[0].path, std::string("/api/v1/repositories/repo/refs/v1~1/objects/stat"));
        QVERIFY2(requests[0].query.find("path=a%20b%2F%23c%25d%2Be%C3%A9%3F.txt") != std::string::npos,
                 requests[0].query.c_str());
    }

    void tlsIsVerifiedByDefault()
    {
        ScriptedHttpServer server(ScriptedHttpServer::Transport::Https);
        QVERIFY(server.isListening());
        server.setHandler([](const RecordedRequest &) {
            return ScriptedResponse::text(200, R"({"pagination":{"has_more":false,"next_offset":"","results":0,"max_per_page":1000},"results":[]})",
                                          "application/json");
        });
        const auto base = std::map<std::string, std::string>{{"lakefs_endpoint", server.url()},
                                                            {"lakefs_access_key_id", "id"},
                                                            {"lakefs_secret_access_key", "tls-secret"}};
        auto untrusted = connectLake(optionsWith({}, base));
        LS_VERIFY_OK(untrusted);
        auto refused = (*untrusted)->listRepositories({});
        QVERIFY(!refused.ok());
        QVERIFY2(!mentions(refused.error(), "tls-secret"), refused.error().message.c_str());
        auto withCa = base;
        withCa["ca_bundle"] = server.caBundle();
        auto trusted = connectLake(optionsWith({}, withCa));
        LS_VERIFY_OK(trusted);
        LS_VERIFY_OK((*trusted)->listRepositories({}));
    }
};

QTEST_GUILESS_MAIN(TstLakeFsClientConfig)
#include "tst_lakefsclientconfig.moc"
