// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/refstore.h"

#include "core/lakefs/local/diskio.h"

namespace lakescope::lakefs {

namespace {

constexpr std::string_view kSuffix = ".json";

// The ref name a file stands for, or nothing for a stray file.
std::optional<std::string> refName(const std::string &fileName)
{
    if (fileName.size() <= kSuffix.size() || !fileName.ends_with(kSuffix))
        return std::nullopt;
    return diskio::decodeName(std::string_view(fileName).substr(0, fileName.size() - kSuffix.size()));
}

} // namespace

RefStore::RefStore(std::string repoDir, std::string tmpDir)
    : m_branchDir(repoDir + "/branches"), m_tagDir(repoDir + "/tags"), m_tmpDir(std::move(tmpDir))
{}

Status RefStore::load()
{
    for (const std::string &file : diskio::listNames(m_branchDir)) {
        const auto name = refName(file);
        if (!name)
            continue;
        auto text = diskio::readFile(m_branchDir + "/" + file);
        if (!text)
            return text.error();
        auto record = lakejson::decodeBranch(*text);
        if (!record)
            return Error::fatal("branch " + *name + ": " + record.error().message);
        m_branches[*name] = std::move(record).value();
    }
    for (const std::string &file : diskio::listNames(m_tagDir)) {
        const auto name = refName(file);
        if (!name)
            continue;
        auto text = diskio::readFile(m_tagDir + "/" + file);
        if (!text)
            return text.error();
        auto tag = lakejson::decodeTag(*text);
        if (!tag)
            return Error::fatal("tag " + *name + ": " + tag.error().message);
        m_tags[*name] = tag->commitId;
    }
    return {};
}

const BranchRecord *RefStore::branch(const std::string &name) const
{
    auto found = m_branches.find(name);
    return found == m_branches.end() ? nullptr : &found->second;
}

const std::string *RefStore::tag(const std::string &name) const
{
    auto found = m_tags.find(name);
    return found == m_tags.end() ? nullptr : &found->second;
}

Status RefStore::putBranch(const std::string &name, const BranchRecord &record)
{
    if (auto written = diskio::writeFileAtomic(m_tmpDir, branchPath(name), lakejson::encodeBranch(record)); !written)
        return written;
    m_branches[name] = record;
    return {};
}

Status RefStore::removeBranch(const std::string &name)
{
    if (auto removed = diskio::removeFile(branchPath(name)); !removed)
        return removed;
    m_branches.erase(name);
    return diskio::syncDirectory(m_branchDir);
}

Status RefStore::putTag(const std::string &name, const std::string &commitId)
{
    if (auto written = diskio::writeFileAtomic(m_tmpDir, tagPath(name), lakejson::encodeTag({name, commitId}));
        !written)
        return written;
    m_tags[name] = commitId;
    return {};
}

Status RefStore::removeTag(const std::string &name)
{
    if (auto removed = diskio::removeFile(tagPath(name)); !removed)
        return removed;
    m_tags.erase(name);
    return diskio::syncDirectory(m_tagDir);
}

std::string RefStore::branchPath(const std::string &name) const
{
    return m_branchDir + "/" + diskio::encodeName(name) + std::string(kSuffix);
}

std::string RefStore::tagPath(const std::string &name) const
{
    return m_tagDir + "/" + diskio::encodeName(name) + std::string(kSuffix);
}

} // namespace lakescope::lakefs
