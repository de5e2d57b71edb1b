// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/local/locallake.h"
#include "tests/support/tempdir.h"

#include <QTest>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lakescope::testing {

// A LocalLake in a fresh folder for each test, holding one repository
// (storage namespace local://<name>), and the steps LocalLake tests keep
// taking on it. Tests derive from it (after QObject): openLake() in init(),
// closeLake() in cleanup().
class LocalLakeFixture
{
public:
    explicit LocalLakeFixture(std::string repository) : m_repo(std::move(repository)) {}

    // The lake's folder.
    std::string root() const { return m_dir->filePath("lake").string(); }

    // A new folder, the lake in it and the repository.
    Status openLake()
    {
        m_dir = std::make_unique<TempDir>();
        if (!m_dir->isValid())
            return Error::fatal("no temporary folder");
        if (auto opened = reopen(); !opened)
            return opened;
        lakefs::RepositoryCreation creation{m_repo, "local://" + m_repo};
        auto created = m_lake->createRepository(creation);
        return created ? Status{} : Status{created.error()};
    }

    // Opens the lake in root() again, after dropping this handle to it.
    Status reopen()
    {
        m_lake.reset();
        auto lake = lakefs::LocalLake::open(root());
        if (!lake)
            return lake.error();
        m_lake = *lake;
        return {};
    }

    void closeLake()
    {
        m_lake.reset();
        m_dir.reset();
    }

    Result<lakefs::ObjectStats> put(const std::string &branch, const std::string &path, const std::string &content,
                                    const Metadata &metadata = {}, bool force = false)
    {
        lakefs::UploadRequest request;
        request.path = path;
        request.metadata = metadata;
        request.force = force;
        StringSource source(content);
        return m_lake->uploadObject(m_repo, branch, request, source);
    }

    // The object's bytes, or the error in <>.
    std::string read(const std::string &ref, const std::string &path)
    {
        StringSink sink;
        auto stats = m_lake->getObject(m_repo, ref, path, sink);
        return stats ? sink.take() : "<" + stats.error().message + ">";
    }

    // The branch's uncommitted changes, as "<diff type> <path>".
    std::vector<std::string> uncommitted(const std::string &branch)
    {
        auto page = m_lake->diffBranch(m_repo, branch, {});
        std::vector<std::string> result;
        if (page)
            for (const lakefs::DiffEntry &entry : page->results)
                result.push_back(std::string(lakefs::diffTypeName(entry.type)) + " " + entry.path);
        return result;
    }

    // lakeFS's status and words.
    void expectError(const Error &error, int status, const std::string &fragment)
    {
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.find(fragment) != std::string::npos, error.message.c_str());
    }

protected:
    const std::string m_repo;
    std::unique_ptr<TempDir> m_dir;
    std::shared_ptr<lakefs::LocalLake> m_lake;
};

} // namespace lakescope::testing
