// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/client/lakefsclient.h"
#include "tests/support/lakefspeer.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace lakescope::testing {

// One `lakescope-cli serve lakefs` for a whole test case with a LakeFsClient
// on it, and the steps client tests keep taking: a fresh repository, an
// upload, a read, a commit. Tests derive from it (after QObject) or own one.
class LakeFsClientFixture
{
public:
    // Repositories are named "<repositoryPrefix>-1", "-2", ... Uploads
    // without a content type of their own are sent as `uploadContentType`
    // ("" leaves it to the client: application/octet-stream).
    explicit LakeFsClientFixture(std::string repositoryPrefix, std::string uploadContentType = "text/plain")
        : m_repositoryPrefix(std::move(repositoryPrefix)), m_uploadContentType(std::move(uploadContentType))
    {}

    // Starts the peer (LAKESCOPE_CLI_PATH, which client tests define), then
    // the client with the peer's endpoint and keys; `configure` may change
    // that configuration first. "" when both are up, else why not (the
    // peer's output when it does not start).
    std::string start(const std::function<void(lakefs::LakeFsClientConfig &)> &configure = {})
    {
        QString error;
        m_peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
        if (!m_peer)
            return error.toStdString();
        lakefs::LakeFsClientConfig config;
        config.endpoint = m_peer->endpoint().toStdString();
        config.accessKeyId = m_peer->accessKeyId().toStdString();
        config.secretAccessKey = m_peer->secretAccessKey().toStdString();
        if (configure)
            configure(config);
        auto created = lakefs::LakeFsClient::create(config);
        if (!created)
            return created.error().toString();
        m_client = *created;
        return {};
    }

    // Drops the client and stops the peer, for cleanupTestCase.
    void stop()
    {
        m_client.reset();
        if (m_peer)
            m_peer->stop();
    }

    LakeFsPeer &peer() { return *m_peer; }
    lakefs::LakeFsClient &client() { return *m_client; }
    const std::shared_ptr<lakefs::LakeFsClient> &sharedClient() const { return m_client; }

    // A fresh repository per test, so tests never see each other's data.
    std::string newRepository(bool readOnly = false)
    {
        lakefs::RepositoryCreation creation;
        creation.name = m_repositoryPrefix + "-" + std::to_string(++m_repositories) + (readOnly ? "-ro" : "");
        creation.storageNamespace = "local://" + creation.name;
        creation.readOnly = readOnly;
        auto created = client().createRepository(creation);
        return created ? created->id : "<failed: " + created.error().toString() + ">";
    }

    Result<lakefs::ObjectStats> upload(const std::string &repo, const std::string &branch, const std::string &path,
                                       const std::string &text, lakefs::UploadRequest request = {})
    {
        request.path = path;
        if (request.contentType.empty())
            request.contentType = m_uploadContentType;
        StringSource source(text);
        return client().uploadObject(repo, branch, request, source);
    }

    // The object's bytes, or the error in <>.
    std::string read(const std::string &repo, const std::string &ref, const std::string &path,
                     const ByteRange &range = {})
    {
        StringSink sink;
        auto got = client().getObject(repo, ref, path, sink, range);
        return got ? sink.take() : "<" + got.error().toString() + ">";
    }

    Result<lakefs::Commit> commitAll(const std::string &repo, const std::string &branch, const std::string &message)
    {
        lakefs::CommitCreation creation;
        creation.message = message;
        return client().commit(repo, branch, creation);
    }

private:
    const std::string m_repositoryPrefix;
    const std::string m_uploadContentType;
    std::unique_ptr<LakeFsPeer> m_peer;
    std::shared_ptr<lakefs::LakeFsClient> m_client;
    int m_repositories = 0;
};

} // namespace lakescope::testing
