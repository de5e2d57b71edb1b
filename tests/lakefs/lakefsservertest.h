// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefsjson.h"
#include "tests/support/lakefspeer.h"

#include <httplib.h>

#include <QObject>
#include <QtTest>

#include <memory>
#include <string>

namespace lakescope::testing {

using Json = lakefs::Json;

// Raw HTTP against `lakescope-cli serve lakefs`: the exact statuses,
// headers and bodies lakeFS sends, including its odd ones. Split over two
// files (API areas here and in tst_lakefsserver.cpp, objects in
// tst_lakefsserverobjects.cpp); one peer serves every test, each in a
// repository of its own.
class LakeFsServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // tst_lakefsserver.cpp
    void printsOneListeningLineAndHidesTheSecret();
    void refusesToStartWithoutKeys();
    void healthSetupAndConfig();
    void missingOrWrongCredentialsAre401();
    void loginSessionsAuthenticate();
    void unknownRoutesAre404();
    void repositoryLifecycle();
    void createBranchAnswersPlainCommitId();
    void tagsAreImmutable();
    void commitWithNoChangesIs400();
    void resetAndRevertAre204();
    void mergeConflictIs409WithEmptyReference();
    void protectedBranchRefusesWrites();
    void readOnlyRepositoryRefusesWrites();
    void pagingParameters();
    void demoLakeIsSeeded();
    void stopsCleanlyOnSigterm();

    // tst_lakefsserverobjects.cpp
    void pagingAcrossThousandObjects();
    void objectReadHeaders();
    void rangeReads();
    void rawUploadStoresContentTypeAndMetadata();
    void multipartUploadTakesContentPart();
    void ifNoneMatchAndIfMatch();
    void largeUploadStreams();
    void parallelReads();
    void deletes();
    void bulkDelete();
    void copyObject();

private:
    // "/api/v1" + path
    static std::string api(const std::string &path);
    static Json jsonOf(const httplib::Result &result);
    static std::string bodyOf(const httplib::Result &result);
    // A repository (storage namespace local://<name>) with a first commit on main.
    void createRepository(const std::string &name, bool readOnly = false);
    httplib::Result upload(const std::string &repo, const std::string &branch, const std::string &path,
                           const std::string &content, const std::string &contentType = "application/octet-stream",
                           const httplib::Headers &headers = {});
    httplib::Result commit(const std::string &repo, const std::string &branch, const std::string &message);
    httplib::Result postJson(const std::string &path, const Json &body);
    std::unique_ptr<httplib::Client> newClient(bool authenticated = true) const;

    std::unique_ptr<LakeFsPeer> m_peer;
    std::unique_ptr<httplib::Client> m_client;    // with basic auth
    std::unique_ptr<httplib::Client> m_anonymous; // without
};

} // namespace lakescope::testing

// Comparisons on std::string with readable failure output.
#define LAKESCOPE_COMPARE_STR(actual, expected) \
    QCOMPARE(QString::fromStdString(std::string(actual)), QString::fromStdString(std::string(expected)))
