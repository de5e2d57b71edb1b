// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/lakefsservertest.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>

#ifndef LAKESCOPE_CLI_PATH
#error "LAKESCOPE_CLI_PATH must name the lakescope-cli binary (set in tests/lakefs/server.cmake)"
#endif

namespace lakescope::testing {

namespace {

const QString kCli = QStringLiteral(LAKESCOPE_CLI_PATH);

bool isCommitId(const std::string &text)
{
    return QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromStdString(text)).hasMatch();
}

} // namespace

std::string LakeFsServerTest::api(const std::string &path)
{
    return "/api/v1" + path;
}

Json LakeFsServerTest::jsonOf(const httplib::Result &result)
{
    if (!result)
        return Json();
    return Json::parse(result->body, nullptr, false);
}

std::string LakeFsServerTest::bodyOf(const httplib::Result &result)
{
    return result ? result->body : std::string("<no response>");
}

std::unique_ptr<httplib::Client> LakeFsServerTest::newClient(bool authenticated) const
{
    auto client = std::make_unique<httplib::Client>("127.0.0.1", m_peer->port());
    client->set_read_timeout(60, 0);
    client->set_write_timeout(60, 0);
    if (authenticated)
        client->set_basic_auth(m_peer->accessKeyId().toStdString(), m_peer->secretAccessKey().toStdString());
    return client;
}

void LakeFsServerTest::createRepository(const std::string &name, bool readOnly)
{
    const auto created = postJson("/repositories",
                                  { { "name", name }, { "storage_namespace", "local://" + name },
                                    { "read_only", readOnly } });
    QVERIFY(created);
    QVERIFY2(created->status == 201, bodyOf(created).c_str());
}

httplib::Result LakeFsServerTest::upload(const std::string &repo, const std::string &branch, const std::string &path,
                                         const std::string &content, const std::string &contentType,
                                         const httplib::Headers &headers)
{
    return m_client->Post(api("/repositories/" + repo + "/branches/" + branch + "/objects?path=" + path).c_str(),
                          headers, content, contentType.c_str());
}

httplib::Result LakeFsServerTest::commit(const std::string &repo, const std::string &branch,
                                         const std::string &message)
{
    return postJson("/repositories/" + repo + "/branches/" + branch + "/commits", { { "message", message } });
}

httplib::Result LakeFsServerTest::postJson(const std::string &path, const Json &body)
{
    return m_client->Post(api(path).c_str(), body.dump(), "application/json");
}

void LakeFsServerTest::initTestCase()
{
    QString error;
    m_peer = LakeFsPeer::start(kCli, &error);
    QVERIFY2(m_peer, qPrintable(error));
    m_client = newClient(true);
    m_anonymous = newClient(false);
}

void LakeFsServerTest::cleanupTestCase()
{
    m_client.reset();
    m_anonymous.reset();
    m_peer.reset();
}

void LakeFsServerTest::printsOneListeningLineAndHidesTheSecret()
{
    const QString log = m_peer->log();
    QCOMPARE(log, QStringLiteral("listening on http://127.0.0.1:%1\n").arg(m_peer->port()));
    QVERIFY(!log.contains(m_peer->secretAccessKey()));
    QVERIFY(m_peer->endpoint().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(m_peer->apiUrl(), m_peer->endpoint() + QStringLiteral("/api/v1"));
}

void LakeFsServerTest::refusesToStartWithoutKeys()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LAKECTL_CREDENTIALS_ACCESS_KEY_ID"));
    environment.remove(QStringLiteral("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY"));
    process.setProcessEnvironment(environment);
    process.start(kCli, { QStringLiteral("serve"), QStringLiteral("lakefs"), QStringLiteral("--root"),
                          m_peer->root() + QStringLiteral("-nokeys"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--secret-access-key"),
                          QStringLiteral("hidden-secret") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QString output = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("LAKECTL_CREDENTIALS_ACCESS_KEY_ID")), qPrintable(output));
    QVERIFY(!output.contains(QStringLiteral("hidden-secret")));

    process.start(kCli, { QStringLiteral("serve"), QStringLiteral("s3"), QStringLiteral("--root"), m_peer->root() });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.exitCode() != 0);
}

void LakeFsServerTest::healthSetupAndConfig()
{
    auto health = m_anonymous->Get(api("/healthcheck").c_str());
    QVERIFY(health);
    QCOMPARE(health->status, 204);
    QVERIFY(health->body.empty());

    auto alive = m_anonymous->Get("/_health");
    QVERIFY(alive);
    QCOMPARE(alive->status, 200);
    LAKESCOPE_COMPARE_STR(alive->body, "alive!");

    auto setup = m_anonymous->Get(api("/setup_lakefs").c_str());
    QVERIFY(setup);
    QCOMPARE(setup->status, 200);
    LAKESCOPE_COMPARE_STR(jsonOf(setup).value("state", ""), "initialized");

    auto again = m_anonymous->Post(api("/setup_lakefs").c_str(), R"({"username":"admin"})", "application/json");
    QVERIFY(again);
    QCOMPARE(again->status, 409);
    LAKESCOPE_COMPARE_STR(again->body, "{\"message\":\"lakeFS already initialized\"}\n");

    auto capabilities = m_anonymous->Get(api("/auth/capabilities").c_str());
    QVERIFY(capabilities);
    QCOMPARE(capabilities->status, 200);
    QVERIFY(jsonOf(capabilities).contains("invite_user"));

    auto config = m_client->Get(api("/config").c_str());
    QVERIFY(config);
    QCOMPARE(config->status, 200);
    const Json json = jsonOf(config);
    LAKESCOPE_COMPARE_STR(json["storage_config"].value("blockstore_type", ""), "local");
    QCOMPARE(json["storage_config"].value("pre_sign_support", true), false);
    QVERIFY(!json["version_config"].value("version", "").empty());
    QCOMPARE(m_anonymous->Get(api("/config").c_str())->status, 401);

    auto version = m_client->Get(api("/config/version").c_str());
    QVERIFY(version);
    QCOMPARE(version->status, 200);
    QVERIFY(jsonOf(version).contains("version"));
    auto storage = m_client->Get(api("/config/storage").c_str());
    QVERIFY(storage);
    LAKESCOPE_COMPARE_STR(jsonOf(storage).value("blockstore_type", ""), "local");

    auto user = m_client->Get(api("/user").c_str());
    QVERIFY(user);
    QCOMPARE(user->status, 200);
    QVERIFY(!jsonOf(user)["user"].value("id", "").empty());
}

void LakeFsServerTest::missingOrWrongCredentialsAre401()
{
    const std::string expected = "{\"message\":\"error authenticating request\"}\n";
    auto missing = m_anonymous->Get(api("/repositories").c_str());
    QVERIFY(missing);
    QCOMPARE(missing->status, 401);
    LAKESCOPE_COMPARE_STR(missing->body, expected);
    LAKESCOPE_COMPARE_STR(missing->get_header_value("Content-Type"), "application/json");

    auto wrongSecret = newClient(false);
    wrongSecret->set_basic_auth(m_peer->accessKeyId().toStdString(), "not-the-secret");
    auto refused = wrongSecret->Get(api("/repositories").c_str());
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);
    LAKESCOPE_COMPARE_STR(refused->body, expected);

    auto wrongKey = newClient(false);
    wrongKey->set_basic_auth("AKIAUNKNOWN", m_peer->secretAccessKey().toStdString());
    QCOMPARE(wrongKey->Get(api("/repositories").c_str())->status, 401);

    // A refused upload still reads its body: the connection serves the next request.
    auto upload = m_anonymous->Post(api("/repositories/x/branches/main/objects?path=a").c_str(),
                                    std::string(100000, 'x'), "application/octet-stream");
    QVERIFY(upload);
    QCOMPARE(upload->status, 401);
    QCOMPARE(m_anonymous->Get(api("/healthcheck").c_str())->status, 204);
}

void LakeFsServerTest::loginSessionsAuthenticate()
{
    const Json credentials = { { "access_key_id", m_peer->accessKeyId().toStdString() },
                               { "secret_access_key", m_peer->secretAccessKey().toStdString() } };
    auto login = m_anonymous->Post(api("/auth/login").c_str(), credentials.dump(), "application/json");
    QVERIFY(login);
    QCOMPARE(login->status, 200);
    const std::string token = jsonOf(login).value("token", "");
    QVERIFY(!token.empty());
    QVERIFY(login->get_header_value("Set-Cookie").find("internal_auth_session=" + token) != std::string::npos);

    auto bearer = m_anonymous->Get(api("/repositories").c_str(), { { "Authorization", "Bearer " + token } });
    QVERIFY(bearer);
    QCOMPARE(bearer->status, 200);
    auto cookie = m_anonymous->Get(api("/user").c_str(), { { "Cookie", "a=b; internal_auth_session=" + token } });
    QVERIFY(cookie);
    QCOMPARE(cookie->status, 200);
    QCOMPARE(m_anonymous->Get(api("/user").c_str(), { { "Authorization", "Bearer forged" } })->status, 401);

    Json wrong = credentials;
    wrong["secret_access_key"] = "guess";
    QCOMPARE(m_anonymous->Post(api("/auth/login").c_str(), wrong.dump(), "application/json")->status, 401);
}

void LakeFsServerTest::unknownRoutesAre404()
{
    for (const char *method : { "GET", "POST", "PUT", "DELETE" }) {
        httplib::Request request;
        request.method = method;
        request.path = api("/no/such/endpoint");
        auto reply = m_client->send(request);
        QVERIFY(reply);
        QCOMPARE(reply->status, 404);
        LAKESCOPE_COMPARE_STR(reply->body, "{\"message\":\"invalid API endpoint\"}\n");
    }
    // Unknown routes need no credentials to be told so, as lakeFS.
    QCOMPARE(m_anonymous->Get(api("/nothing-here").c_str())->status, 404);
    auto missing = m_client->Get(api("/repositories/no-such-repo").c_str());
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    LAKESCOPE_COMPARE_STR(missing->get_header_value("Content-Type"), "application/json");
    LAKESCOPE_COMPARE_STR(missing->get_header_value("X-Content-Type-Options"), "nosniff");
    QVERIFY(missing->body.back() == '\n');
    QVERIFY(jsonOf(missing).value("message", "").find("not found") != std::string::npos);
}

void LakeFsServerTest::repositoryLifecycle()
{
    auto created = postJson("/repositories", { { "name", "lifecycle" }, { "storage_namespace", "local://lc" } });
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const Json repository = jsonOf(created);
    LAKESCOPE_COMPARE_STR(repository.value("id", ""), "lifecycle");
    LAKESCOPE_COMPARE_STR(repository.value("default_branch", ""), "main");
    LAKESCOPE_COMPARE_STR(repository.value("storage_namespace", ""), "local://lc");
    QVERIFY(repository.value("creation_date", 0) > 0);

    auto duplicate = postJson("/repositories", { { "name", "lifecycle" }, { "storage_namespace", "local://lc2" } });
    QVERIFY(duplicate);
    QCOMPARE(duplicate->status, 409);
    QVERIFY(jsonOf(duplicate).value("message", "").find("not unique") != std::string::npos);

    QCOMPARE(postJson("/repositories", { { "name", "No_Caps" }, { "storage_namespace", "local://x" } })->status, 400);
    QCOMPARE(postJson("/repositories", { { "name", "fine-name" }, { "storage_namespace", "ftp://x" } })->status, 400);
    QCOMPARE(postJson("/repositories", { { "name", "fine-name" } })->status, 400);

    auto log = m_client->Get(api("/repositories/lifecycle/refs/main/commits").c_str());
    QVERIFY(log);
    QCOMPARE(log->status, 200);
    LAKESCOPE_COMPARE_STR(jsonOf(log)["results"][0].value("message", ""), "Repository created");

    auto searched = m_client->Get(api("/repositories?search=ifecyc").c_str());
    QVERIFY(searched);
    QCOMPARE(jsonOf(searched)["results"].size(), std::size_t(1));

    auto deleted = m_client->Delete(api("/repositories/lifecycle").c_str());
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 204);
    QVERIFY(deleted->body.empty());
    QCOMPARE(m_client->Get(api("/repositories/lifecycle").c_str())->status, 404);
}

void LakeFsServerTest::createBranchAnswersPlainCommitId()
{
    createRepository("branches");
    auto created = postJson("/repositories/branches/branches", { { "name", "feature" }, { "source", "main" } });
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    QVERIFY2(isCommitId(created->body), created->body.c_str());
    QVERIFY(created->get_header_value("Content-Type").rfind("text/plain", 0) == 0);

    auto branch = m_client->Get(api("/repositories/branches/branches/feature").c_str());
    QVERIFY(branch);
    QCOMPARE(branch->status, 200);
    LAKESCOPE_COMPARE_STR(jsonOf(branch).value("commit_id", ""), created->body);

    auto duplicate = postJson("/repositories/branches/branches", { { "name", "feature" }, { "source", "main" } });
    QCOMPARE(duplicate->status, 409);
    auto badSource = postJson("/repositories/branches/branches", { { "name", "other" }, { "source", "nope" } });
    QCOMPARE(badSource->status, 404);

    auto deleted = m_client->Delete(api("/repositories/branches/branches/feature").c_str());
    QCOMPARE(deleted->status, 204);
    QVERIFY(deleted->body.empty());
    QCOMPARE(m_client->Delete(api("/repositories/branches/branches/main").c_str())->status, 403);
}

void LakeFsServerTest::tagsAreImmutable()
{
    createRepository("tags");
    auto tag = postJson("/repositories/tags/tags", { { "id", "v1" }, { "ref", "main" } });
    QVERIFY(tag);
    QCOMPARE(tag->status, 201);
    QVERIFY(isCommitId(jsonOf(tag).value("commit_id", "")));
    auto again = postJson("/repositories/tags/tags", { { "id", "v1" }, { "ref", "main" }, { "force", true } });
    QCOMPARE(again->status, 409);
    QCOMPARE(m_client->Get(api("/repositories/tags/tags/v1").c_str())->status, 200);
    QCOMPARE(m_client->Delete(api("/repositories/tags/tags/v1").c_str())->status, 204);
    QCOMPARE(m_client->Get(api("/repositories/tags/tags/v1").c_str())->status, 404);
}

void LakeFsServerTest::commitWithNoChangesIs400()
{
    createRepository("commits");
    auto empty = commit("commits", "main", "nothing");
    QVERIFY(empty);
    QCOMPARE(empty->status, 400);
    LAKESCOPE_COMPARE_STR(empty->body, "{\"message\":\"commit: no changes\"}\n");

    QCOMPARE(upload("commits", "main", "a.txt", "a")->status, 201);
    auto made = postJson("/repositories/commits/branches/main/commits",
                         { { "message", "add a" }, { "metadata", { { "k", "v" } } } });
    QVERIFY(made);
    QCOMPARE(made->status, 201);
    const Json json = jsonOf(made);
    QVERIFY(isCommitId(json.value("id", "")));
    LAKESCOPE_COMPARE_STR(json.value("message", ""), "add a");
    LAKESCOPE_COMPARE_STR(json["metadata"].value("k", ""), "v");
    QCOMPARE(json["parents"].size(), std::size_t(1));

    auto byRef = m_client->Get(api("/repositories/commits/commits/main").c_str());
    QVERIFY(byRef);
    LAKESCOPE_COMPARE_STR(jsonOf(byRef).value("id", ""), json.value("id", ""));
    QCOMPARE(postJson("/repositories/commits/branches/main/commits", Json::object())->status, 400);
}

void LakeFsServerTest::resetAndRevertAre204()
{
    createRepository("undo");
    QCOMPARE(upload("undo", "main", "keep.txt", "1")->status, 201);
    QCOMPARE(commit("undo", "main", "keep")->status, 201);
    QCOMPARE(upload("undo", "main", "drop.txt", "2")->status, 201);

    auto reset = m_client->Put(api("/repositories/undo/branches/main").c_str(), R"({"type":"reset"})",
                               "application/json");
    QVERIFY(reset);
    QCOMPARE(reset->status, 204);
    QVERIFY(reset->body.empty());
    QCOMPARE(jsonOf(m_client->Get(api("/repositories/undo/branches/main/diff").c_str()))["results"].size(),
             std::size_t(0));
    QCOMPARE(m_client->Put(api("/repositories/undo/branches/main").c_str(), R"({"type":"bogus"})",
                           "application/json")->status, 400);

    auto revert = postJson("/repositories/undo/branches/main/revert", { { "ref", "main" }, { "parent_number", 0 } });
    QVERIFY(revert);
    QCOMPARE(revert->status, 204);
    QVERIFY(revert->body.empty());
    auto gone = m_client->Get(api("/repositories/undo/refs/main/objects/stat?path=keep.txt").c_str());
    QCOMPARE(gone->status, 404);
}

void LakeFsServerTest::mergeConflictIs409WithEmptyReference()
{
    createRepository("merging");
    QCOMPARE(upload("merging", "main", "shared.csv", "base")->status, 201);
    QCOMPARE(commit("merging", "main", "base")->status, 201);
    for (const char *branch : { "left", "right" })
        QCOMPARE(postJson("/repositories/merging/branches", { { "name", branch }, { "source", "main" } })->status, 201);
    QCOMPARE(upload("merging", "left", "shared.csv", "left")->status, 201);
    QCOMPARE(commit("merging", "left", "left edit")->status, 201);
    QCOMPARE(upload("merging", "right", "shared.csv", "right")->status, 201);
    QCOMPARE(commit("merging", "right", "right edit")->status, 201);

    auto merged = postJson("/repositories/merging/refs/left/merge/main", Json::object());
    QVERIFY(merged);
    QCOMPARE(merged->status, 200);
    QVERIFY(isCommitId(jsonOf(merged).value("reference", "")));

    auto conflict = postJson("/repositories/merging/refs/right/merge/main", Json::object());
    QVERIFY(conflict);
    QCOMPARE(conflict->status, 409);
    LAKESCOPE_COMPARE_STR(conflict->body, "{\"reference\":\"\"}\n");

    // No body at all is a merge with defaults.
    auto bodiless = m_client->Post(api("/repositories/merging/refs/right/merge/main").c_str(), "", "application/json");
    QCOMPARE(bodiless->status, 409);
    QCOMPARE(postJson("/repositories/merging/refs/right/merge/main", { { "strategy", "ours" } })->status, 400);

    auto base = m_client->Get(api("/repositories/merging/refs/right/merge/main").c_str());
    QVERIFY(base);
    QCOMPARE(base->status, 200);
    QVERIFY(isCommitId(jsonOf(base).value("base_commit_id", "")));

    auto resolved = postJson("/repositories/merging/refs/right/merge/main", { { "strategy", "source-wins" } });
    QCOMPARE(resolved->status, 200);
    auto content = m_client->Get(api("/repositories/merging/refs/main/objects?path=shared.csv").c_str());
    LAKESCOPE_COMPARE_STR(bodyOf(content), "right");
    auto nothing = postJson("/repositories/merging/refs/right/merge/main", Json::object());
    QCOMPARE(nothing->status, 400);
}

void LakeFsServerTest::protectedBranchRefusesWrites()
{
    createRepository("guarded");
    const std::string rules = api("/repositories/guarded/settings/branch_protection");
    auto set = m_client->Put(rules.c_str(), R"([{"pattern":"main"}])", "application/json");
    QVERIFY(set);
    QCOMPARE(set->status, 204);
    auto read = m_client->Get(rules.c_str());
    QVERIFY(read);
    QCOMPARE(read->status, 200);
    LAKESCOPE_COMPARE_STR(jsonOf(read)[0].value("pattern", ""), "main");
    const std::string etag = read->get_header_value("ETag");
    QVERIFY(!etag.empty());

    auto write = upload("guarded", "main", "x", "x");
    QVERIFY(write);
    QCOMPARE(write->status, 403);
    QVERIFY(jsonOf(write).value("message", "").find("protected branch") != std::string::npos);
    QCOMPARE(commit("guarded", "main", "blocked")->status, 403);

    auto stale = m_client->Put(rules.c_str(), { { "If-Match", "\"0000\"" } }, "[]", "application/json");
    QCOMPARE(stale->status, 412);
    auto cleared = m_client->Put(rules.c_str(), { { "If-Match", etag } }, "[]", "application/json");
    QCOMPARE(cleared->status, 204);
    QCOMPARE(upload("guarded", "main", "x", "x")->status, 201);
}

void LakeFsServerTest::readOnlyRepositoryRefusesWrites()
{
    createRepository("frozen", true);
    auto repository = m_client->Get(api("/repositories/frozen").c_str());
    QCOMPARE(jsonOf(repository).value("read_only", false), true);
    auto write = upload("frozen", "main", "x", "x");
    QVERIFY(write);
    QCOMPARE(write->status, 403);
    LAKESCOPE_COMPARE_STR(jsonOf(write).value("message", ""), "read-only repository");
    QCOMPARE(postJson("/repositories/frozen/branches", { { "name", "b" }, { "source", "main" } })->status, 403);
    // force=true is how lakeFS lets an administrator write anyway.
    auto forced = m_client->Post(api("/repositories/frozen/branches/main/objects?path=x&force=true").c_str(), "x",
                                 "text/plain");
    QVERIFY(forced);
    QCOMPARE(forced->status, 201);
}

void LakeFsServerTest::pagingParameters()
{
    createRepository("paging");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(postJson("/repositories/paging/branches", { { "name", "b" + std::to_string(i) }, { "source", "main" } })
                     ->status,
                 201);
    auto first = m_client->Get(api("/repositories/paging/branches?amount=2").c_str());
    QVERIFY(first);
    const Json page = jsonOf(first);
    QCOMPARE(page["pagination"].value("has_more", false), true);
    QCOMPARE(page["pagination"].value("results", 0), 2);
    QCOMPARE(page["pagination"].value("max_per_page", 0), 1000);
    LAKESCOPE_COMPARE_STR(page["pagination"].value("next_offset", ""), "b1");

    auto rest = m_client->Get(api("/repositories/paging/branches?amount=10&after=b1").c_str());
    const Json last = jsonOf(rest);
    QCOMPARE(last["results"].size(), std::size_t(4)); // b2 b3 b4 main
    QCOMPARE(last["pagination"].value("has_more", true), false);
    LAKESCOPE_COMPARE_STR(last["pagination"].value("next_offset", "x"), "");

    for (const char *amount : { "0", "-1" })
        QCOMPARE(jsonOf(m_client->Get(api(std::string("/repositories/paging/branches?amount=") + amount).c_str()))
                     ["results"].size(),
                 std::size_t(6));
    QCOMPARE(m_client->Get(api("/repositories/paging/branches?amount=1001").c_str())->status, 400);
    QCOMPARE(m_client->Get(api("/repositories/paging/branches?amount=-2").c_str())->status, 400);
    QCOMPARE(m_client->Get(api("/repositories/paging/branches?amount=ten").c_str())->status, 400);
    auto prefixed = m_client->Get(api("/repositories/paging/branches?prefix=m").c_str());
    QCOMPARE(jsonOf(prefixed)["results"].size(), std::size_t(1));
}

void LakeFsServerTest::demoLakeIsSeeded()
{
    LakeFsPeer::Options options;
    options.demo = true;
    QString error;
    auto demo = LakeFsPeer::start(kCli, options, &error);
    QVERIFY2(demo, qPrintable(error));
    httplib::Client client("127.0.0.1", demo->port());
    client.set_basic_auth(demo->accessKeyId().toStdString(), demo->secretAccessKey().toStdString());

    auto repository = client.Get(api("/repositories/demo").c_str());
    QVERIFY(repository);
    QCOMPARE(repository->status, 200);
    LAKESCOPE_COMPARE_STR(jsonOf(repository).value("storage_namespace", ""), "local://demo");
    QCOMPARE(client.Get(api("/repositories/demo/branches/experiment").c_str())->status, 200);
    QCOMPARE(client.Get(api("/repositories/demo/tags/v1.0").c_str())->status, 200);

    auto listing = client.Get(api("/repositories/demo/refs/main/objects/ls?prefix=datasets/taxi/").c_str());
    const Json objects = jsonOf(listing);
    QVERIFY(objects["results"].size() >= 2);
    LAKESCOPE_COMPARE_STR(objects["results"][0].value("content_type", ""), "text/csv");
    QCOMPARE(client.Get(api("/repositories/demo/refs/main/objects/stat?path=README.md").c_str())->status, 200);
    auto stations = client.Get(api("/repositories/demo/refs/main/objects?path=datasets/weather/stations.json").c_str());
    QVERIFY(!Json::parse(bodyOf(stations), nullptr, false).is_discarded());

    auto uncommitted = client.Get(api("/repositories/demo/branches/experiment/diff").c_str());
    QVERIFY(!jsonOf(uncommitted)["results"].empty());
    auto committed = client.Get(api("/repositories/demo/refs/main/diff/experiment").c_str());
    QVERIFY(!jsonOf(committed)["results"].empty());
    auto log = client.Get(api("/repositories/demo/refs/main/commits").c_str());
    QVERIFY(jsonOf(log)["results"].size() >= 3);
}

void LakeFsServerTest::stopsCleanlyOnSigterm()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QProcess process;
    process.start(kCli, { QStringLiteral("serve"), QStringLiteral("lakefs"), QStringLiteral("--root"), root.path(),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--access-key-id"),
                          QStringLiteral("k"), QStringLiteral("--secret-access-key"), QStringLiteral("s") });
    QVERIFY(process.waitForStarted(30000));
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(30000))
        line += process.readAllStandardOutput();
    const QRegularExpressionMatch listening
        = QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\n$")).match(QString::fromUtf8(line));
    QVERIFY2(listening.hasMatch(), line.constData());

    // An idle keep-alive connection must not hold the exit up.
    httplib::Client client("127.0.0.1", listening.captured(1).toInt());
    client.set_basic_auth("k", "s");
    client.set_keep_alive(true);
    QCOMPARE(client.Get(api("/repositories").c_str())->status, 200);
    QElapsedTimer clock;
    clock.start();
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

} // namespace lakescope::testing

QTEST_GUILESS_MAIN(lakescope::testing::LakeFsServerTest)
