// SPDX-License-Identifier: Apache-2.0
// The versioning steps of the contract test: commits and log, diffs,
// merges, revert, cherry-pick, reset and import. They run after the object
// steps of tst_lakefscontract.cpp, which leave six staged objects on main.
#include "tests/lakefs/contract/contractjson.h"
#include "tests/lakefs/contract/lakefscontracttest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lakescope::testing;
using nlohmann::json;

namespace {

using Paths = std::vector<std::string>;

const Paths stagedOnMain{"data/a.csv", "data/b.json", "data/d.csv", "data/sub/c.txt", "notes/2024/jan.txt",
    "readme.md"};

bool allOfType(const json &page, const std::string &type)
{
    const json &results = field(page, "results");
    return results.is_array()
        && std::all_of(results.begin(), results.end(), [&type](const json &item) { return str(field(item, "type")) == type; });
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

bool TestLakeFsContract::importCompleted(const std::string &id, json *status)
{
    const ApiReply reply = m_session->get(branch("main") + "/import?id=" + encodeComponent(id));
    if (!m_session->expectStatus(reply, 200))
        return true; // nothing to wait for
    *status = reply.json;
    const json &completed = field(reply.json, "completed");
    return (completed.is_boolean() && completed.get<bool>()) || !field(reply.json, "error").is_null();
}

void TestLakeFsContract::commitsAndLog()
{
    ContractSession &s = *m_session;
    const ApiReply uncommitted = s.get(branch("main") + "/diff");
    s.expectStatus(uncommitted, 200);
    s.expect(pagePaths(uncommitted.json) == stagedOnMain && allOfType(uncommitted.json, "added"), uncommitted,
        "the staged objects, all added");
    const ApiReply page = s.get(branch("main") + "/diff?amount=2");
    s.expect(pagePaths(page.json) == Paths{"data/a.csv", "data/b.json"} && hasMore(page.json)
            && nextOffset(page.json) == "data/b.json",
        page, "two a page");
    const ApiReply next = s.get(branch("main") + "/diff?amount=2&after=data%2Fb.json");
    s.expect(pagePaths(next.json) == Paths{"data/d.csv", "data/sub/c.txt"}, next, "page two");
    const ApiReply grouped = s.get(branch("main") + "/diff?delimiter=%2F");
    s.expect(pagePaths(grouped.json) == Paths{"data/", "notes/", "readme.md"}, grouped, "grouped by /");
    s.expectStatus(s.get(branch("main") + "/diff?prefix=data%2Fsub%2F"), 200);
    s.expectStatus(s.get(branch("no-such-branch") + "/diff"), 404);

    const ApiReply created = s.sendJson("POST", branch("main") + "/commits",
        {{"message", "add data"}, {"metadata", {{"source", "contract"}}}});
    REQUIRE_STATUS(created, 201);
    m_dataCommit = created.text("id");
    s.expect(isCommitId(m_dataCommit) && field(created.json, "parents").size() == 1
            && str(field(field(created.json, "metadata"), "source")) == "contract",
        created, "a commit with one parent and its metadata");
    s.expectStatus(s.sendJson("POST", branch("main") + "/commits", {{"message", "again"}}), 400); // no changes
    s.expectStatus(s.sendJson("POST", branch("main") + "/commits", {{"metadata", json::object()}}), 400);
    s.expectStatus(s.sendJson("POST", branch("no-such-branch") + "/commits", {{"message", "m"}}), 404);
    const ApiReply empty = s.sendJson("POST", branch("main") + "/commits", {{"message", "empty"}, {"allow_empty", true}});
    s.expectStatus(empty, 201);
    const std::string emptyCommit = empty.text("id");

    const ApiReply got = s.get(repo() + "/commits/" + m_dataCommit);
    s.expectStatus(got, 200);
    s.expect(got.text("message") == "add data", got, "the commit's message");
    s.expect(s.get(repo() + "/commits/main").text("id") == emptyCommit, got, "a branch name as commit id");
    s.expect(s.get(repo() + "/commits/main~1").text("id") == m_dataCommit, got, "main~1");
    s.expectStatus(s.get(repo() + "/commits/" + std::string(64, '0')), 404);

    const ApiReply log = s.get(ref("main") + "/commits");
    s.expectStatus(log, 200);
    const Paths ids = pageIds(log.json);
    s.expect(ids.size() == 3 && ids[0] == emptyCommit && ids[1] == m_dataCommit, log,
        "newest first: empty, data, the repository's first commit");
    const ApiReply first = s.get(ref("main") + "/commits?amount=1");
    s.expect(pageIds(first.json) == Paths{emptyCommit} && hasMore(first.json) && nextOffset(first.json) == emptyCommit,
        first, "one a page");
    const ApiReply second = s.get(ref("main") + "/commits?amount=1&after=" + emptyCommit);
    s.expect(pageIds(second.json) == Paths{m_dataCommit}, second, "page two");
    const ApiReply byObject = s.get(ref("main") + "/commits?objects=data%2Fa.csv");
    s.expect(pageIds(byObject.json) == Paths{m_dataCommit}, byObject, "the commits that touched data/a.csv");
    const ApiReply byPrefix = s.get(ref("main") + "/commits?prefixes=notes%2F&amount=1");
    s.expect(pageIds(byPrefix.json) == Paths{m_dataCommit}, byPrefix, "the commits under notes/");
    s.expectStatus(s.get(ref("no-such-ref") + "/commits"), 404);
    s.expectStatus(s.get(ref("main@") + "/objects/ls"), 200);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::diffs()
{
    ContractSession &s = *m_session;
    REQUIRE_STATUS(s.sendJson("POST", repo() + "/branches", {{"name", "feature"}, {"source", "main"}}), 201);
    s.expectStatus(upload("feature", "data/new.csv", "n\n1\n", "text/csv"), 201);
    s.expectStatus(upload("feature", "data/new2.csv", "n\n2\n", "text/csv"), 201);
    QVERIFY(!commit("feature", "feature data").empty());
    s.expectStatus(upload("feature", "staged.txt", "staged"), 201);

    const ApiReply staged = s.get(branch("feature") + "/diff");
    s.expect(pagePaths(staged.json) == Paths{"staged.txt"}, staged, "only the uncommitted change");

    const std::string diff = ref("main") + "/diff/feature";
    const ApiReply threeDot = s.get(diff);
    s.expectStatus(threeDot, 200);
    s.expect(pagePaths(threeDot.json) == Paths{"data/new.csv", "data/new2.csv"} && allOfType(threeDot.json, "added"),
        threeDot, "the feature's two committed additions");
    const ApiReply twoDot = s.get(diff + "?type=two_dot");
    s.expect(pagePaths(twoDot.json) == Paths{"data/new.csv", "data/new2.csv"}, twoDot, "two-dot");
    const ApiReply page = s.get(diff + "?amount=1");
    s.expect(pagePaths(page.json) == Paths{"data/new.csv"} && hasMore(page.json) && nextOffset(page.json) == "data/new.csv",
        page, "one a page");
    const ApiReply next = s.get(diff + "?amount=1&after=data%2Fnew.csv");
    s.expect(pagePaths(next.json) == Paths{"data/new2.csv"} && !hasMore(next.json), next, "page two");
    const ApiReply grouped = s.get(diff + "?delimiter=%2F");
    s.expect(pagePaths(grouped.json) == Paths{"data/"} && allOfType(grouped.json, "prefix_changed")
            && str(field(field(field(grouped.json, "results"), 0), "path_type")) == "common_prefix",
        grouped, "one prefix_changed common prefix");
    const ApiReply prefixed = s.get(diff + "?prefix=data%2Fnew2");
    s.expect(pagePaths(prefixed.json) == Paths{"data/new2.csv"}, prefixed, "prefix");
    const ApiReply reverse = s.get(ref("feature") + "/diff/main");
    s.expect(pagePaths(reverse.json).empty(), reverse, "main changed nothing since the merge base");
    s.expectStatus(s.get(ref("main") + "/diff/no-such-ref"), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::merges()
{
    ContractSession &s = *m_session;
    const std::string mainHead = branchHead("main");
    const ApiReply base = s.get(ref("feature") + "/merge/main");
    s.expectStatus(base, 200);
    s.expect(base.text("base_commit_id") == mainHead && base.text("destination_commit_id") == mainHead
            && base.text("source_commit_id") == branchHead("feature"),
        base, "feature branched from main's head");
    s.expectStatus(s.get(ref("no-such-ref") + "/merge/main"), 404);

    const ApiReply merged = s.sendJson("POST", ref("feature") + "/merge/main",
        {{"message", "merge feature"}, {"metadata", {{"reviewed", "yes"}}}});
    REQUIRE_STATUS(merged, 200);
    const std::string mergeCommit = merged.text("reference");
    const ApiReply mergeCommitReply = s.get(repo() + "/commits/" + mergeCommit);
    s.expect(isCommitId(mergeCommit) && field(mergeCommitReply.json, "parents").size() == 2, merged,
        "a merge commit with two parents");
    s.expectStatus(s.sendJson("POST", ref("feature") + "/merge/main", json::object()), 400); // no changes

    // A conflict: both sides change data/a.csv. The odd case: 409 with the
    // MergeResult schema, body exactly {"reference":""}.
    REQUIRE_STATUS(s.sendJson("POST", repo() + "/branches", {{"name", "left"}, {"source", "main"}}), 201);
    s.expectStatus(upload("main", "data/a.csv", "main version\n", "text/csv"), 201);
    QVERIFY(!commit("main", "main changes a.csv").empty());
    s.expectStatus(upload("left", "data/a.csv", "left version\n", "text/csv"), 201);
    QVERIFY(!commit("left", "left changes a.csv").empty());
    const ApiReply conflict = s.sendJson("POST", ref("left") + "/merge/main", json::object());
    s.expectStatus(conflict, 409);
    s.expect(conflict.json == json{{"reference", ""}}, conflict, "lakeFS's conflict body is {\"reference\":\"\"}");
    s.expectStatus(s.sendJson("POST", ref("left") + "/merge/main", {{"strategy", "bogus"}}), 400);
    s.expectStatus(s.sendJson("POST", ref("left") + "/merge/main", {{"strategy", "source-wins"}}), 200);
    s.expect(s.get(ref("main") + "/objects?path=data%2Fa.csv").body() == "left version\n", conflict,
        "source-wins took left's version");

    // A destination with uncommitted changes is dirty: 400.
    s.expectStatus(upload("main", "dirty.txt", "dirty"), 201);
    s.expectStatus(upload("left", "more.txt", "more"), 201);
    QVERIFY(!commit("left", "more").empty());
    s.expectStatus(s.sendJson("POST", ref("left") + "/merge/main", json::object()), 400);
    s.expectStatus(s.sendJson("PUT", branch("main"), {{"type", "object"}, {"path", "dirty.txt"}}), 204);
    s.expectStatus(s.sendJson("POST", ref("no-such-ref") + "/merge/main", json::object()), 404);
    s.expectStatus(s.sendJson("POST", ref("left") + "/merge/no-such-branch", json::object()), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::revertCherryPickAndReset()
{
    ContractSession &s = *m_session;
    s.expectStatus(upload("main", "revert-me.txt", "soon gone"), 201);
    const std::string toRevert = commit("main", "add revert-me.txt");
    QVERIFY(!toRevert.empty());
    const ApiReply reverted = s.sendJson("POST", branch("main") + "/revert", {{"ref", toRevert}, {"parent_number", 0}});
    s.expectStatus(reverted, 204);
    s.expectStatus(s.get(ref("main") + "/objects/stat?path=revert-me.txt"), 404);
    // main~2 is the source-wins merge: reverting a merge commit needs the
    // parent to revert against, 409 without one.
    s.expectStatus(s.sendJson("POST", branch("main") + "/revert", {{"ref", "main~2"}, {"parent_number", 0}}), 409);
    s.expectStatus(s.sendJson("POST", branch("main") + "/revert", {{"ref", "no-such-ref"}, {"parent_number", 0}}), 404);
    s.expectStatus(s.sendJson("POST", branch("main") + "/revert", {{"parent_number", 0}}), 400);

    REQUIRE_STATUS(s.sendJson("POST", repo() + "/branches", {{"name", "pick-src"}, {"source", "main"}}), 201);
    s.expectStatus(upload("pick-src", "picked.txt", "picked"), 201);
    const std::string toPick = commit("pick-src", "add picked.txt");
    QVERIFY(!toPick.empty());
    const std::string before = branchHead("main");
    const ApiReply picked = s.sendJson("POST", branch("main") + "/cherry-pick", {{"ref", toPick}});
    s.expectStatus(picked, 201);
    s.expect(field(picked.json, "parents") == json::array({before}), picked, "picked onto main's head");
    s.expectStatus(s.get(ref("main") + "/objects/stat?path=picked.txt"), 200);
    s.expectStatus(s.sendJson("POST", branch("main") + "/cherry-pick", {{"ref", "no-such-ref"}}), 404);

    for (const char *path : {"staged-a.txt", "tmp/x.txt", "tmp/y.txt"})
        s.expectStatus(upload("main", path, path), 201);
    s.expectStatus(s.sendJson("PUT", branch("main"), {{"type", "object"}, {"path", "staged-a.txt"}}), 204);
    s.expectStatus(s.sendJson("PUT", branch("main"), {{"type", "common_prefix"}, {"path", "tmp/"}}), 204);
    const ApiReply clean = s.get(branch("main") + "/diff");
    s.expect(pagePaths(clean.json).empty(), clean, "nothing left uncommitted");
    s.expectStatus(upload("main", "z.txt", "z"), 201);
    s.expectStatus(s.sendJson("PUT", branch("main"), {{"type", "reset"}}), 204);
    s.expect(pagePaths(s.get(branch("main") + "/diff").json).empty(), clean, "reset drops everything");
    s.expectStatus(s.sendJson("PUT", branch("main"), {{"type", "bogus"}}), 400);
    s.expectStatus(s.sendJson("PUT", branch("no-such-branch"), {{"type", "reset"}}), 404);
    VERIFY_CONTRACT();
}

void TestLakeFsContract::imports()
{
    ContractSession &s = *m_session;
    QTemporaryDir source;
    QVERIFY(source.isValid());
    QVERIFY(writeFile(source.filePath(QStringLiteral("a.txt")), "imported a"));
    QVERIFY(writeFile(source.filePath(QStringLiteral("sub/b.txt")), "imported b"));
    const json location = {{"type", "common_prefix"}, {"path", "local://" + source.path().toStdString() + "/"},
        {"destination", "imported/"}};

    const ApiReply started = s.sendJson("POST", branch("main") + "/import",
        {{"paths", json::array({location})}, {"commit", {{"message", "import data"}}}});
    REQUIRE_STATUS(started, 202);
    const std::string id = started.text("id");
    QVERIFY2(!id.empty(), started.body().c_str());
    json status;
    QTRY_VERIFY_WITH_TIMEOUT(importCompleted(id, &status), 60000);
    s.expect(field(status, "completed") == true && field(status, "error").is_null(), started,
        "the import completed without error: " + status.dump());
    s.expect(field(status, "ingested_objects") == 2 && str(field(field(status, "commit"), "message")) == "import data",
        started, "two objects, one commit: " + status.dump());
    const ApiReply listed = s.get(ref("main") + "/objects/ls?prefix=imported%2F");
    s.expect(pagePaths(listed.json) == Paths{"imported/a.txt", "imported/sub/b.txt"}, listed, "the imported objects");

    s.expectStatus(s.get(branch("main") + "/import?id=no-such-import"), 404);
    s.expectStatus(s.del(branch("main") + "/import?id=" + encodeComponent(id)), 409); // already completed
    s.expectStatus(s.sendJson("POST", branch("main") + "/import", {{"paths", json::array({location})}}), 400);
    s.expectStatus(s.sendJson("POST", branch("no-such-branch") + "/import",
                       {{"paths", json::array({location})}, {"commit", {{"message", "m"}}}}),
        404);
    VERIFY_CONTRACT();
}
