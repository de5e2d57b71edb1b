// SPDX-License-Identifier: Apache-2.0
// The contract test of `lakescope-cli serve lakefs`: setup, authentication,
// repositories, branches, tags, objects and branch protection here; the
// versioning steps in lakefscontractversioning.cpp. See lakefscontracttest.h.
#include "tests/lakefs/contract/contractjson.h"
#include "tests/lakefs/contract/lakefscontracttest.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QStringList>

#include <algorithm>

using namespace lakescope::testing;
using nlohmann::json;
using Auth = ContractSession::Auth;

std::string printedFailures(const std::string &failures)
{
    const QStringList lines = QString::fromStdString(failures).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        qWarning().noquote() << line;
    return QStringLiteral("%1 failure(s), listed above; the first: %2")
        .arg(lines.size())
        .arg(lines.value(0))
        .toStdString();
}

bool isCommitId(const std::string &text)
{
    return text.size() == 64
        && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string md5Hex(const std::string &data)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(data), QCryptographicHash::Md5).toHex().toStdString();
}

void TestLakeFsContract::initTestCase()
{
    std::string error;
    m_spec = OpenApiSpec::load(LAKESCOPE_LAKEFS_SPEC_JSON, &error);
    QVERIFY2(m_spec, error.c_str());
    m_checker = std::make_unique<ContractChecker>(*m_spec);
    // The two Content-Types lakeFS sends against its spec (see the header).
    m_checker->acceptContentType("createBranch", 201, "text/plain");
    m_checker->acceptContentType("getObject", 200, "*");
    m_checker->acceptContentType("getObject", 206, "*");
    m_checker->acceptErrorStatus("internalCreateBranchProtectionRule", 409);

    QString peerError;
    m_peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &peerError);
    QVERIFY2(m_peer, qPrintable(peerError));
    m_session = std::make_unique<ContractSession>(*m_checker, m_peer->port(), m_peer->accessKeyId().toStdString(),
        m_peer->secretAccessKey().toStdString());
}

ApiReply TestLakeFsContract::upload(const std::string &branchName, const std::string &path, const std::string &content,
    const std::string &contentType, const ContractSession::Headers &headers)
{
    return m_session->send("POST", branch(branchName) + "/objects?path=" + encodeComponent(path), content, contentType,
        headers);
}

std::string TestLakeFsContract::commit(const std::string &branchName, const std::string &message)
{
    const ApiReply reply = m_session->sendJson("POST", branch(branchName) + "/commits", {{"message", message}});
    if (!m_session->expectStatus(reply, 201))
        return {};
    const std::string id = reply.text("id");
    m_session->expect(isCommitId(id), reply, "the new commit's id is not 64 hex digits");
    return id;
}

std::string TestLakeFsContract::branchHead(const std::string &branchName)
{
    const ApiReply reply = m_session->get(branch(branchName));
    m_session->expectStatus(reply, 200);
    return reply.text("commit_id");
}

void TestLakeFsContract::setupAndIdentity()
{
    ContractSession &s = *m_session;
    s.expectStatus(s.get("/healthcheck", {}, Auth::None), 204);

    const ApiReply state = s.get("/setup_lakefs", {}, Auth::None);
    s.expectStatus(state, 200);
    s.expect(state.text("state") == "initialized", state, "a server started with keys is initialized");
    // Setup again: 409; without the required username: 400.
    s.expectStatus(s.sendJson("POST", "/setup_lakefs", {{"username", "admin"}}, {}, Auth::None), 409);
    s.expectStatus(s.sendJson("POST", "/setup_lakefs", json::object(), {}, Auth::None), 400);

    const ApiReply user = s.get("/user");
    s.expectStatus(user, 200);
    s.expect(!str(field(field(user.json, "user"), "id")).empty(), user, "user.id is empty");

    const ApiReply config = s.get("/config");
    s.expectStatus(config, 200);
    s.expect(str(field(field(config.json, "storage_config"), "blockstore_type")) == "local", config,
        "a local lake reports blockstore_type local");
    s.expectStatus(s.get("/config/version"), 200);
    s.expectStatus(s.get("/config/storage"), 200);
    s.expectStatus(s.get("/config/garbage-collection"), 200);
    s.expectStatus(s.get("/auth/capabilities", {}, Auth::None), 200);

    // A JWT from /auth/login works as a bearer token.
    const ApiReply login = s.sendJson("POST", "/auth/login",
        {{"access_key_id", m_peer->accessKeyId().toStdString()},
            {"secret_access_key", m_peer->secretAccessKey().toStdString()}},
        {}, Auth::None);
    s.expectStatus(login, 200);
    const std::string token = login.text("token");
    s.expect(!token.empty(), login, "no token");
    s.expectStatus(s.get("/user", {{"Authorization", "Bearer " + token}}, Auth::None), 200);
    s.expectStatus(s.sendJson("POST", "/auth/login",
                       {{"access_key_id", m_peer->accessKeyId().toStdString()}, {"secret_access_key", "wrong"}}, {},
                       Auth::None),
        401);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::authenticationFailures()
{
    ContractSession &s = *m_session;
    for (const Auth auth : {Auth::None, Auth::WrongSecret, Auth::UnknownKey}) {
        const ApiReply reply = s.get("/repositories", {}, auth);
        s.expectStatus(reply, 401);
        s.expect(!reply.text("message").empty(), reply, "a 401 says why");
    }
    s.expectStatus(s.get("/user", {}, Auth::None), 401);
    s.expectStatus(s.get("/config", {}, Auth::WrongSecret), 401);
    s.expectStatus(s.get("/repositories", {{"Authorization", "Bearer not-a-token"}}, Auth::None), 401);
    // A refused write does nothing.
    s.expectStatus(s.sendJson("POST", "/repositories",
                       {{"name", "unauthorized"}, {"storage_namespace", "local://unauthorized"}}, {}, Auth::WrongSecret),
        401);
    s.expectStatus(s.get("/repositories/unauthorized"), 404);
    // Public endpoints ignore credentials, even wrong ones.
    s.expectStatus(s.get("/healthcheck", {}, Auth::WrongSecret), 204);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::repositories()
{
    ContractSession &s = *m_session;
    const json creation
        = {{"name", m_repository}, {"storage_namespace", "local://" + m_repository}, {"default_branch", "main"}};
    const ApiReply created = s.sendJson("POST", "/repositories", creation);
    REQUIRE_STATUS(created, 201);
    s.expect(created.text("id") == m_repository && created.text("default_branch") == "main", created,
        "the repository is not the one asked for");
    s.expectStatus(s.sendJson("POST", "/repositories", creation), 409);
    s.expectStatus(s.sendJson("POST", "/repositories", {{"name", "Bad_Name"}, {"storage_namespace", "local://x"}}), 400);
    s.expectStatus(s.sendJson("POST", "/repositories", {{"name", "no-namespace"}}), 400);
    s.expectStatus(s.send("POST", "/repositories", "{\"name\":", "application/json"), 400);

    for (const std::string name : {"contract-b", "contract-c"})
        s.expectStatus(s.sendJson("POST", "/repositories", {{"name", name}, {"storage_namespace", "local://" + name}}), 201);
    // Three repositories named contract*, one a page.
    const ApiReply first = s.get("/repositories?prefix=contract&amount=1");
    s.expectStatus(first, 200);
    s.expect(pageIds(first.json) == std::vector<std::string>{"contract"} && hasMore(first.json)
            && nextOffset(first.json) == "contract",
        first, "first page: [contract], has_more, next_offset contract");
    const ApiReply second = s.get("/repositories?prefix=contract&amount=1&after=contract");
    s.expect(pageIds(second.json) == std::vector<std::string>{"contract-b"} && hasMore(second.json), second,
        "second page: [contract-b], has_more");
    const ApiReply last = s.get("/repositories?prefix=contract&after=contract-b");
    s.expect(pageIds(last.json) == std::vector<std::string>{"contract-c"} && !hasMore(last.json), last,
        "last page: [contract-c], no more");
    s.expectStatus(s.get("/repositories?amount=-1"), 200);
    s.expectStatus(s.get("/repositories?amount=1001"), 400); // above the spec's maximum

    const ApiReply got = s.get(repo());
    s.expectStatus(got, 200);
    s.expect(got.text("storage_namespace") == "local://" + m_repository, got, "storage_namespace");
    s.expectStatus(s.get("/repositories/no-such-repo"), 404);
    s.expectStatus(s.del("/repositories/contract-c"), 204);
    s.expectStatus(s.del("/repositories/contract-c"), 404);
    s.expectStatus(s.get(repo() + "/metadata"), 200);
    // Writing repository metadata is refused by this server (5xx, "default").
    s.expectStatus(s.sendJson("POST", repo() + "/metadata", {{"metadata", {{"k", "v"}}}}), 501);
    s.expectStatus(s.sendJson("DELETE", repo() + "/metadata", {{"keys", {"k"}}}), 501);
    s.expectStatus(s.get("/repositories/no-such-repo/branches"), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::branches()
{
    ContractSession &s = *m_session;
    const ApiReply list = s.get(repo() + "/branches");
    s.expectStatus(list, 200);
    s.expect(pageIds(list.json) == std::vector<std::string>{"main"}, list, "a new repository has main only");

    // The odd case: 201 with the commit id as a plain-text body.
    const ApiReply created = s.sendJson("POST", repo() + "/branches", {{"name", "scratch"}, {"source", "main"}});
    REQUIRE_STATUS(created, 201);
    s.expect(mediaTypeOf(created.header("Content-Type")) == "text/plain", created,
        "lakeFS answers a created branch with text/plain");
    s.expect(isCommitId(created.body()), created, "the body is the branch's commit id");
    s.expect(branchHead("scratch") == created.body(), created, "the branch points at the commit the body names");

    s.expectStatus(s.sendJson("POST", repo() + "/branches", {{"name", "scratch"}, {"source", "main"}}), 409);
    s.expectStatus(s.sendJson("POST", repo() + "/branches", {{"name", "other"}, {"source", "no-such-ref"}}), 404);
    s.expectStatus(s.sendJson("POST", repo() + "/branches", {{"name", "bad name!"}, {"source", "main"}}), 400);
    s.expectStatus(s.sendJson("POST", repo() + "/branches", {{"name", "no-source"}}), 400);
    s.expectStatus(s.sendJson("POST", "/repositories/no-such-repo/branches", {{"name", "x"}, {"source", "main"}}), 404);

    s.expectStatus(s.sendJson("POST", repo() + "/branches", {{"name", "scratch2"}, {"source", "scratch"}}), 201);
    const ApiReply page = s.get(repo() + "/branches?amount=1&after=main");
    s.expect(pageIds(page.json) == std::vector<std::string>{"scratch"} && hasMore(page.json)
            && nextOffset(page.json) == "scratch",
        page, "after main, one a page: [scratch], has_more");
    const ApiReply prefixed = s.get(repo() + "/branches?prefix=scratch");
    s.expect(pageIds(prefixed.json) == std::vector<std::string>{"scratch", "scratch2"}, prefixed, "prefix scratch");

    s.expectStatus(s.get(branch("no-such-branch")), 404);
    s.expectStatus(s.del(branch("scratch2")), 204);
    s.expectStatus(s.del(branch("scratch2")), 404);
    s.expectStatus(s.del(branch("main")), 403); // the default branch
    // A hard reset is experimental in lakeFS; this server refuses it (5xx, "default").
    s.expectStatus(s.send("PUT", branch("scratch") + "/hard_reset?ref=main"), 501);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::tags()
{
    ContractSession &s = *m_session;
    const ApiReply created = s.sendJson("POST", repo() + "/tags", {{"id", "v1"}, {"ref", "main"}});
    REQUIRE_STATUS(created, 201);
    s.expect(created.text("id") == "v1" && created.text("commit_id") == branchHead("main"), created,
        "the tag points at main's head");
    s.expectStatus(s.sendJson("POST", repo() + "/tags", {{"id", "v1"}, {"ref", "main"}, {"force", true}}), 409);
    s.expectStatus(s.sendJson("POST", repo() + "/tags", {{"id", "v2"}, {"ref", "no-such-ref"}}), 404);
    s.expectStatus(s.sendJson("POST", repo() + "/tags", {{"id", "bad..tag"}, {"ref", "main"}}), 400);
    s.expectStatus(s.sendJson("POST", repo() + "/tags", {{"id", "v2"}, {"ref", "scratch"}}), 201);

    const ApiReply page = s.get(repo() + "/tags?amount=1");
    s.expect(pageIds(page.json) == std::vector<std::string>{"v1"} && hasMore(page.json), page, "[v1], has_more");
    s.expectStatus(s.get(repo() + "/tags/v1"), 200);
    s.expectStatus(s.get(repo() + "/tags/no-such-tag"), 404);
    s.expectStatus(s.del(repo() + "/tags/v2"), 204);
    s.expectStatus(s.del(repo() + "/tags/v2"), 404);
    // A tag is readable as a ref, never writable as a branch.
    s.expectStatus(s.get(ref("v1") + "/objects/ls"), 200);
    s.expectStatus(upload("v1", "x.txt", "x"), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::objectUploads()
{
    ContractSession &s = *m_session;
    const std::string csv = "id,name\n1,alice\n2,bob\n";
    const ApiReply raw = upload("main", "data/a.csv", csv, "text/csv", {{"X-Lakefs-Meta-Owner", "alice"}});
    REQUIRE_STATUS(raw, 201);
    s.expect(raw.text("path") == "data/a.csv" && raw.text("path_type") == "object", raw, "path and path_type");
    s.expect(raw.text("checksum") == md5Hex(csv), raw, "checksum is the hex MD5 of the bytes");
    s.expect(field(raw.json, "size_bytes") == json(csv.size()), raw, "size_bytes");
    s.expect(raw.text("content_type") == "text/csv", raw, "the request's Content-Type is stored");
    s.expect(metadataValue(raw.json, "owner") == "alice", raw, "X-Lakefs-Meta-Owner becomes metadata");

    // multipart/form-data: the part named "content" is the object, its type the object's.
    const std::string document = "{\"rows\": 2}\n";
    const std::string boundary = "contract-boundary-7f3a";
    const std::string form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"b.json\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + document + "\r\n--" + boundary + "--\r\n";
    const ApiReply multipart = s.send("POST", branch("main") + "/objects?path=data%2Fb.json", form,
        "multipart/form-data; boundary=" + boundary);
    s.expectStatus(multipart, 201);
    s.expect(multipart.text("checksum") == md5Hex(document) && multipart.text("content_type") == "application/json",
        multipart, "the content part's bytes and type are stored");

    s.expectStatus(upload("main", "data/sub/c.txt", "see", "text/plain"), 201);
    s.expectStatus(upload("main", "readme.md", "# contract\n", "text/markdown"), 201);
    s.expectStatus(upload("main", "notes/2024/jan.txt", "january"), 201);
    s.expectStatus(upload("main", "data/a.csv", "other", "text/csv", {{"If-None-Match", "*"}}), 412);
    s.expectStatus(upload("main", "data/d.csv", "d\n", "text/csv", {{"If-None-Match", "*"}}), 201);
    s.expectStatus(upload("no-such-branch", "x.txt", "x"), 404);
    s.expectStatus(s.send("POST", "/repositories/no-such-repo/branches/main/objects?path=x", "x", "text/plain"), 404);
    s.expectStatus(s.send("POST", branch("main") + "/objects", "x", "text/plain"), 400); // no path

    s.expectStatus(s.get(branch("main") + "/objects/stage_allowed?path=data%2Fe.csv"), 204);
    // Direct-to-storage staging needs a reachable blockstore: refused, as documented statuses.
    s.expectStatus(s.get(branch("main") + "/staging/backing?path=x&presign=true"), 400);
    s.expectStatus(s.get(branch("main") + "/staging/backing?path=x"), 501);
    s.expectStatus(s.sendJson("PUT", branch("main") + "/staging/backing?path=x",
                       {{"staging", {{"physical_address", "local://x"}}}, {"checksum", "abc"}, {"size_bytes", 1}}),
        501);
    s.expectStatus(s.sendJson("PUT", branch("main") + "/objects/stat/user_metadata?path=data%2Fa.csv",
                       {{"set", {{"k", "v"}}}}),
        501);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::objectReads()
{
    ContractSession &s = *m_session;
    const std::string csv = "id,name\n1,alice\n2,bob\n";
    const std::string size = std::to_string(csv.size());
    const std::string object = ref("main") + "/objects?path=data%2Fa.csv";

    const ApiReply stat = s.get(ref("main") + "/objects/stat?path=data%2Fa.csv");
    s.expectStatus(stat, 200);
    s.expect(stat.text("checksum") == md5Hex(csv) && stat.text("content_type") == "text/csv", stat, "stat");
    s.expect(metadataValue(stat.json, "owner") == "alice", stat, "user metadata");
    s.expectStatus(s.get(ref("main") + "/objects/stat?path=data%2Fa.csv&user_metadata=false"), 200);
    s.expectStatus(s.get(ref("main") + "/objects/stat?path=missing.txt"), 404);
    s.expectStatus(s.get(ref("main") + "/objects/stat?path=data%2Fa.csv&presign=true"), 400);

    // The odd case: the stored Content-Type, not application/octet-stream.
    const ApiReply whole = s.get(object);
    s.expectStatus(whole, 200);
    s.expect(whole.body() == csv, whole, "the object's bytes");
    s.expect(mediaTypeOf(whole.header("Content-Type")) == stat.text("content_type"), whole,
        "Content-Type is the stored type stat reports");
    s.expect(whole.header("ETag") == "\"" + md5Hex(csv) + "\"", whole, "ETag is the quoted checksum");
    s.expect(!whole.header("Last-Modified").empty(), whole, "Last-Modified");

    const ApiReply range = s.get(object, {{"Range", "bytes=0-3"}});
    s.expectStatus(range, 206);
    s.expect(range.body() == csv.substr(0, 4), range, "the first four bytes");
    s.expect(range.header("Content-Range") == "bytes 0-3/" + size, range, "Content-Range bytes 0-3/size");
    const ApiReply suffix = s.get(object, {{"Range", "bytes=-4"}});
    s.expectStatus(suffix, 206);
    s.expect(suffix.body() == csv.substr(csv.size() - 4), suffix, "the last four bytes");
    const ApiReply beyond = s.get(object, {{"Range", "bytes=1000-2000"}});
    s.expectStatus(beyond, 416);
    s.expect(beyond.header("Content-Range") == "bytes */" + size, beyond, "Content-Range bytes */size");
    const ApiReply cached = s.get(object, {{"If-None-Match", "\"" + md5Hex(csv) + "\""}});
    s.expectStatus(cached, 304);
    s.expect(cached.body().empty(), cached, "304 has no body");

    const ApiReply head = s.head(object);
    s.expectStatus(head, 200);
    s.expect(head.header("Content-Length") == size && head.header("ETag") == whole.header("ETag"), head,
        "HEAD: Content-Length and ETag as GET");
    const ApiReply headRange = s.head(object, {{"Range", "bytes=2-5"}});
    s.expectStatus(headRange, 206);
    s.expect(headRange.header("Content-Range") == "bytes 2-5/" + size, headRange, "HEAD range");
    s.expectStatus(s.head(ref("main") + "/objects?path=missing.txt"), 404);
    s.expectStatus(s.get(ref("main") + "/objects?path=missing.txt"), 404);
    s.expectStatus(s.get(ref("no-such-ref") + "/objects?path=data%2Fa.csv"), 404);
    s.expectStatus(s.get(ref("main") + "/objects/underlyingProperties?path=data%2Fa.csv"), 200);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::objectListing()
{
    ContractSession &s = *m_session;
    const std::vector<std::string> all{"data/a.csv", "data/b.json", "data/d.csv", "data/sub/c.txt", "notes/2024/jan.txt",
        "readme.md"};
    const ApiReply recursive = s.get(ref("main") + "/objects/ls");
    s.expectStatus(recursive, 200);
    s.expect(pagePaths(recursive.json) == all, recursive, "every object, sorted, recursive");

    const ApiReply top = s.get(ref("main") + "/objects/ls?delimiter=%2F");
    s.expect(pagePaths(top.json) == std::vector<std::string>{"data/", "notes/", "readme.md"}, top,
        "common prefixes data/ and notes/, then readme.md");
    s.expect(str(field(field(field(top.json, "results"), 0), "path_type")) == "common_prefix", top,
        "data/ is a common prefix");
    const ApiReply data = s.get(ref("main") + "/objects/ls?prefix=data%2F&delimiter=%2F");
    s.expect(pagePaths(data.json) == std::vector<std::string>{"data/a.csv", "data/b.json", "data/d.csv", "data/sub/"},
        data, "under data/");

    const ApiReply first = s.get(ref("main") + "/objects/ls?amount=2");
    s.expect(pagePaths(first.json) == std::vector<std::string>{"data/a.csv", "data/b.json"} && hasMore(first.json)
            && nextOffset(first.json) == "data/b.json",
        first, "two a page, next_offset the last path");
    const ApiReply second = s.get(ref("main") + "/objects/ls?amount=2&after=" + encodeComponent(nextOffset(first.json)));
    s.expect(pagePaths(second.json) == std::vector<std::string>{"data/d.csv", "data/sub/c.txt"}, second, "page two");
    const ApiReply afterPrefix = s.get(ref("main") + "/objects/ls?delimiter=%2F&after=data%2F");
    s.expect(pagePaths(afterPrefix.json) == std::vector<std::string>{"notes/", "readme.md"}, afterPrefix,
        "after a common prefix");
    s.expectStatus(s.get(ref("main") + "/objects/ls?user_metadata=false"), 200);
    s.expectStatus(s.get(ref("no-such-ref") + "/objects/ls"), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::objectDeletesAndCopies()
{
    ContractSession &s = *m_session;
    const ApiReply copy = s.sendJson("POST", branch("main") + "/objects/copy?dest_path=data%2Fa-copy.csv",
        {{"src_path", "data/a.csv"}});
    s.expectStatus(copy, 201);
    s.expect(copy.text("path") == "data/a-copy.csv" && copy.text("checksum") == md5Hex("id,name\n1,alice\n2,bob\n"),
        copy, "the copy has the source's checksum");
    s.expectStatus(s.sendJson("POST", branch("main") + "/objects/copy?dest_path=data%2Fa-copy2.csv",
                       {{"src_path", "data/a.csv"}, {"src_ref", "main"}}),
        201);
    s.expectStatus(s.sendJson("POST", branch("main") + "/objects/copy?dest_path=x", {{"src_path", "missing.txt"}}), 404);
    s.expectStatus(s.sendJson("POST", branch("main") + "/objects/copy?dest_path=x", json::object()), 400);

    s.expectStatus(s.del(branch("main") + "/objects?path=data%2Fa-copy2.csv"), 204);
    s.expectStatus(s.del(branch("main") + "/objects?path=never-existed.txt"), 204); // 204 all the same
    const ApiReply bulk = s.sendJson("POST", branch("main") + "/objects/delete",
        {{"paths", {"data/a-copy.csv", "never-existed.txt"}}});
    s.expectStatus(bulk, 200);
    s.expect(field(bulk.json, "errors") == json::array(), bulk, "missing paths are not errors");
    json tooMany = json::array();
    for (int i = 0; i < 1001; ++i)
        tooMany.push_back("p" + std::to_string(i));
    s.expectStatus(s.sendJson("POST", branch("main") + "/objects/delete", {{"paths", tooMany}}), 400);
    s.expectStatus(s.get(ref("main") + "/objects/stat?path=data%2Fa-copy.csv"), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::branchProtection()
{
    ContractSession &s = *m_session;
    const std::string rules = repo() + "/settings/branch_protection";
    const ApiReply none = s.get(rules);
    s.expectStatus(none, 200);
    s.expect(none.json == json::array() && !none.header("ETag").empty(), none, "no rules, and an ETag");
    s.expectStatus(s.send("PUT", rules, R"([{"pattern":"prod*"}])", "application/json", {{"If-Match", none.header("ETag")}}),
        204);
    s.expectStatus(s.send("PUT", rules, R"([{"pattern":"x*"}])", "application/json", {{"If-Match", none.header("ETag")}}),
        412); // stale ETag
    s.expectStatus(s.send("PUT", rules, R"([{}])", "application/json"), 400);
    const ApiReply one = s.get(rules);
    s.expect(one.json == json::parse(R"([{"pattern":"prod*"}])") && one.header("ETag") != none.header("ETag"), one,
        "the rule, and a new ETag");

    s.expectStatus(s.sendJson("POST", repo() + "/branches", {{"name", "prod-1"}, {"source", "main"}}), 201);
    s.expectStatus(upload("prod-1", "blocked.txt", "no"), 403);
    s.expectStatus(s.sendJson("POST", branch("prod-1") + "/commits", {{"message", "blocked"}, {"allow_empty", true}}), 403);
    s.expectStatus(s.del(branch("prod-1") + "/objects?path=readme.md"), 403);

    // The deprecated one-rule API.
    const std::string legacy = repo() + "/branch_protection";
    s.expectStatus(s.get(legacy), 200);
    s.expectStatus(s.sendJson("POST", legacy, {{"pattern", "release*"}}), 204);
    s.expectStatus(s.sendJson("POST", legacy, {{"pattern", "release*"}}), 409); // exists
    s.expectStatus(s.sendJson("DELETE", legacy, {{"pattern", "release*"}}), 204);
    s.expectStatus(s.sendJson("DELETE", legacy, {{"pattern", "release*"}}), 404);
    s.expectStatus(s.get("/repositories/no-such-repo/settings/branch_protection"), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::everyImplementedOperationExercised()
{
    // Each (operation, status) the script means to reach; a step that stops
    // early or a route that answers otherwise shows up here.
    const std::vector<std::string> expected{"healthCheck 204", "getSetupState 200", "setup 409", "setup 400",
        "getCurrentUser 200", "getCurrentUser 401", "getConfig 200", "getConfig 401", "getLakeFSVersion 200",
        "getStorageConfig 200", "getGarbageCollectionConfig 200", "getAuthCapabilities 200", "login 200", "login 401",
        "listRepositories 200", "listRepositories 400", "listRepositories 401", "createRepository 201", "createRepository 409",
        "createRepository 400", "getRepository 200", "getRepository 404", "deleteRepository 204",
        "deleteRepository 404", "getRepositoryMetadata 200", "listBranches 200", "listBranches 404",
        "createBranch 201", "createBranch 409", "createBranch 404", "createBranch 400", "getBranch 200",
        "getBranch 404", "deleteBranch 204", "deleteBranch 404", "deleteBranch 403", "hardResetBranch 501",
        "resetBranch 204", "resetBranch 400", "resetBranch 404", "listTags 200", "createTag 201", "createTag 409",
        "createTag 404", "createTag 400", "getTag 200", "getTag 404", "deleteTag 204", "deleteTag 404",
        "uploadObject 201", "uploadObject 412", "uploadObject 404", "uploadObject 400", "uploadObject 403",
        "uploadObjectPreflight 204", "getPhysicalAddress 400", "getPhysicalAddress 501", "linkPhysicalAddress 501",
        "updateObjectUserMetadata 501", "setRepositoryMetadata 501", "deleteRepositoryMetadata 501", "statObject 200", "statObject 404", "statObject 400",
        "getObject 200", "getObject 206", "getObject 416", "getObject 304", "getObject 404", "headObject 200",
        "headObject 206", "headObject 404", "getUnderlyingProperties 200", "listObjects 200", "listObjects 404",
        "copyObject 201", "copyObject 404", "copyObject 400", "deleteObject 204", "deleteObject 403",
        "deleteObjects 200", "deleteObjects 400", "getBranchProtectionRules 200", "getBranchProtectionRules 404",
        "setBranchProtectionRules 204", "setBranchProtectionRules 412", "setBranchProtectionRules 400",
        "internalGetBranchProtectionRules 200", "internalCreateBranchProtectionRule 204",
        "internalDeleteBranchProtectionRule 204", "internalDeleteBranchProtectionRule 404", "commit 201", "commit 400",
        "commit 403", "commit 404", "getCommit 200", "getCommit 404", "logCommits 200", "logCommits 404",
        "diffBranch 200", "diffBranch 404", "diffRefs 200", "diffRefs 404", "findMergeBase 200", "findMergeBase 404",
        "mergeIntoBranch 200", "mergeIntoBranch 409", "mergeIntoBranch 400", "mergeIntoBranch 404",
        "revertBranch 204", "revertBranch 409", "revertBranch 404", "revertBranch 400", "cherryPick 201",
        "cherryPick 404", "importStart 202", "importStart 400", "importStart 404", "importStatus 200",
        "importStatus 404", "importCancel 409"};
    QStringList missing;
    for (const std::string &item : expected) {
        if (!m_session->exercised().contains(item))
            missing << QString::fromStdString(item);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("never reached: ") + missing.join(QStringLiteral(", "))));
}

void TestLakeFsContract::wholeRunConforms()
{
    // Every violation of the run in one list (the steps' own failures name them too).
    std::string list;
    for (const ContractViolation &violation : m_session->allViolations())
        list += violation.toString() + "\n";
    QVERIFY2(m_session->exchangeCount() > 200, "the script ran too few exchanges to mean much");
    QVERIFY2(list.empty(), (std::to_string(m_session->exchangeCount()) + " exchanges: " + printedFailures(list)).c_str());
}

QTEST_GUILESS_MAIN(TestLakeFsContract)
