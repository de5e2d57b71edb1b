// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/lakefs/contract/contractchecker.h"
#include "tests/lakefs/contract/contractsession.h"
#include "tests/lakefs/contract/openapispec.h"
#include "tests/support/lakefspeer.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <optional>
#include <string>

// Every exchange of the step must conform to the spec and meet the script's
// expectations. Qt Test cuts long failure messages, so each violation
// (exchange, operation, status, JSON pointer, reason) is printed as a
// warning line first and the failure message counts them.
#define VERIFY_CONTRACT()                                                   \
    do {                                                                    \
        const std::string failures_ = m_session->takeFailures();            \
        QVERIFY2(failures_.empty(), printedFailures(failures_).c_str());    \
    } while (false)

// A status later steps depend on: stop the step here when it differs,
// listing what failed so far.
#define REQUIRE_STATUS(reply, code)                                         \
    do {                                                                    \
        if (!m_session->expectStatus((reply), (code))) {                    \
            const std::string failures_ = m_session->takeFailures();        \
            QFAIL(printedFailures(failures_).c_str());                      \
        }                                                                   \
    } while (false)

// `lakescope-cli serve lakefs` driven through every endpoint it implements
// and the main error paths, with raw HTTP; each response is checked against
// lakefs-swagger.yml by ContractChecker. The steps run in declaration order
// and build on each other (one repository, "contract").
//
// lakeFS deviates from its own spec in a few documented ways; the test
// accepts exactly those and checks each with what lakeFS really does:
// - createBranch 201: the spec says text/html, lakeFS writes the commit id
//   with io.WriteString so Go sniffs "text/plain; charset=utf-8". Accepted:
//   text/plain; checked: the body is the 64-hex commit id the branch then
//   points at (branches()).
// - getObject 200/206: the spec says application/octet-stream, lakeFS sends
//   the object's stored Content-Type. Accepted: any type; checked: it equals
//   the uploaded type and stat's content_type (objectReads()).
// - getObject/headObject 206 Content-Range: the spec's pattern is the Range
//   request syntax; checked against RFC 9110 "bytes a-b/size" instead.
// - mergeIntoBranch 409: not the Error schema but MergeResult
//   {"reference":""} (the spec documents it, deprecated). Checked by the
//   schema as documented, and the body must be exactly {"reference":""}
//   (merges()).
// - internalCreateBranchProtectionRule (the deprecated one-rule API): a
//   duplicate pattern is 409, which the spec does not list. lakeFS's
//   ErrRuleAlreadyExists wraps ErrNotUnique (pkg/graveler/branch/
//   protection_manager.go), which its error handler maps to 409. Accepted:
//   409 with the Error schema (branchProtection()).
// - 401 on operations that need credentials but list no 401 (/user): the
//   security requirement documents it (see ContractChecker).
// Not deviations, though surprising: deleteObject answers 204 for a path
// that never existed, and revert answers 204 with no body; both are what
// the spec lists (objectDeletesAndCopies(), revertCherryPickAndReset()).
class TestLakeFsContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // tst_lakefscontract.cpp
    void setupAndIdentity();
    void authenticationFailures();
    void repositories();
    void branches();
    void tags();
    void objectUploads();
    void objectReads();
    void objectListing();
    void objectDeletesAndCopies();
    void branchProtection();

    // lakefscontractversioning.cpp
    void commitsAndLog();
    void diffs();
    void merges();
    void revertCherryPickAndReset();
    void imports();

    // Last: the script reached what it claims, and the whole run's list.
    void everyImplementedOperationExercised();
    void wholeRunConforms();

private:
    std::string repo() const { return "/repositories/" + m_repository; }
    std::string branch(const std::string &name) const { return repo() + "/branches/" + name; }
    std::string ref(const std::string &name) const { return repo() + "/refs/" + name; }
    lakescope::testing::ApiReply upload(const std::string &branchName, const std::string &path,
        const std::string &content, const std::string &contentType = "application/octet-stream",
        const lakescope::testing::ContractSession::Headers &headers = {});
    // The new commit's id, or "" (with the failure pending) when it fails.
    std::string commit(const std::string &branchName, const std::string &message);
    std::string branchHead(const std::string &branchName);
    bool importCompleted(const std::string &id, nlohmann::json *status);

    std::unique_ptr<lakescope::testing::LakeFsPeer> m_peer;
    std::optional<lakescope::testing::OpenApiSpec> m_spec;
    std::unique_ptr<lakescope::testing::ContractChecker> m_checker;
    std::unique_ptr<lakescope::testing::ContractSession> m_session;
    std::string m_repository = "contract";
    std::string m_dataCommit; // main after the first data commit
};

// Prints each line of `failures` as a warning; returns "N failures, the
// first: ..." for the failure message.
std::string printedFailures(const std::string &failures);
// 64 lowercase hex digits, as lakeFS commit ids are.
bool isCommitId(const std::string &text);
std::string md5Hex(const std::string &data);
