// SPDX-License-Identifier: Apache-2.0
// The lakeFS verbs for repositories, branches and tags, in lakectl's shape:
// repo list|create|delete, branch list|create|delete, tag list|create|delete.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/lakefsprinter.h"
#include "app/cli/lakefssupport.h"

#include <initializer_list>

namespace lakescope::cli {

namespace {

using lakefs::Json;
using Shape = LakeUri::Shape;

int wrongCount(std::string_view verb, std::string_view subcommand)
{
    return lakefsverbs::usageError(
        verb, std::string(verb) + " " + std::string(subcommand) + ": wrong number of arguments");
}

// "Deleted branch 'x'." and its JSON twin: lakeFS answers a delete with no
// body, so the document names what went.
int reportDeleted(CliContext &context, std::string_view kind, const std::string &id)
{
    if (context.json())
        return lakefsverbs::printJson(context, Json { { "id", id }, { "deleted", true } });
    context.out().line("Deleted " + std::string(kind) + " '" + format::printable(id) + "'.");
    return context.finish();
}

int printRefs(CliContext &context, const lakefs::Page<lakefs::Ref> &refs, std::string_view heading)
{
    if (context.json())
        return lakefsverbs::printJson(context, Json(refs));
    std::vector<std::vector<std::string>> rows;
    for (const lakefs::Ref &ref : refs.results)
        rows.push_back({ ref.id, ref.commitId });
    context.out().write(lakefsprint::table({ std::string(heading), "COMMIT ID" }, rows));
    return context.finish();
}

// --- repo

int repoList(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &)
{
    auto repositories = lakefsverbs::fetchAll<lakefs::Repository>([&](const std::string &after, int amount) {
        return lake.listRepositories({ {}, after, amount });
    });
    if (!repositories)
        return context.fail(repositories.error());
    if (context.json())
        return lakefsverbs::printJson(context, Json(*repositories));
    std::vector<std::vector<std::string>> rows;
    for (const lakefs::Repository &repo : repositories->results)
        rows.push_back({ repo.id, lakefsprint::date(repo.creationDate), repo.defaultBranch, repo.storageNamespace });
    context.out().write(
        lakefsprint::table({ "REPOSITORY", "CREATION DATE", "DEFAULT REF NAME", "STORAGE NAMESPACE" }, rows));
    return context.finish();
}

int repoCreate(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Repository);
    if (!uri)
        return context.fail(uri.error());
    lakefs::RepositoryCreation creation;
    creation.name = uri->repo;
    creation.storageNamespace = args.operands()[2];
    creation.defaultBranch = args.value("default-branch").value_or("main");
    auto created = lake.createRepository(creation);
    if (!created)
        return context.fail(created.error());
    if (context.json())
        return lakefsverbs::printJson(context, Json(*created));
    Output &out = context.out();
    out.line("Repository: " + format::printable(uri->refUri()));
    out.line("Repository '" + format::printable(created->id) + "' created:");
    out.line("storage namespace: " + format::printable(created->storageNamespace));
    out.line("default branch: " + format::printable(created->defaultBranch));
    out.line("timestamp: " + std::to_string(created->creationDate));
    return context.finish();
}

int repoDelete(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Repository);
    if (!uri)
        return context.fail(uri.error());
    if (auto deleted = lake.deleteRepository(uri->repo); !deleted)
        return context.fail(deleted.error());
    if (!context.json())
        context.out().line("Repository: " + format::printable(uri->refUri()));
    return reportDeleted(context, "repository", uri->repo);
}

// --- branch

int branchList(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Repository);
    if (!uri)
        return context.fail(uri.error());
    auto branches = lakefsverbs::fetchAll<lakefs::Ref>([&](const std::string &after, int amount) {
        return lake.listBranches(uri->repo, { {}, after, amount });
    });
    if (!branches)
        return context.fail(branches.error());
    return printRefs(context, *branches, "BRANCH");
}

int branchCreate(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Ref);
    if (!uri)
        return context.fail(uri.error());
    LakeUri source;
    if (const auto given = args.value("source")) {
        auto parsed = LakeUri::parse(*given, Shape::Ref);
        if (!parsed)
            return context.fail(parsed.error());
        if (auto same = lakefsverbs::sameRepository(*uri, *parsed); !same)
            return context.fail(same.error());
        source = std::move(*parsed);
    } else {
        // lakectl insists on --source; the repository's default branch is
        // what nearly everyone passes.
        auto repo = lake.getRepository(uri->repo);
        if (!repo)
            return context.fail(repo.error());
        source = { uri->repo, repo->defaultBranch, {} };
    }
    auto commitId = lake.createBranch(uri->repo, uri->ref, source.ref);
    if (!commitId)
        return context.fail(commitId.error());
    if (context.json())
        return lakefsverbs::printJson(context, Json(lakefs::Ref { uri->ref, *commitId }));
    context.out().line("Source ref: " + format::printable(source.refUri()));
    context.out().line("created branch '" + format::printable(uri->ref) + "' " + format::printable(*commitId));
    return context.finish();
}

int branchDelete(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Ref);
    if (!uri)
        return context.fail(uri.error());
    if (auto deleted = lake.deleteBranch(uri->repo, uri->ref); !deleted)
        return context.fail(lakefsverbs::explainNotBranch(lake, *uri, deleted.error()));
    if (!context.json())
        context.out().line("Branch: " + format::printable(uri->refUri()));
    return reportDeleted(context, "branch", uri->ref);
}

// --- tag

int tagList(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Repository);
    if (!uri)
        return context.fail(uri.error());
    auto tags = lakefsverbs::fetchAll<lakefs::Ref>([&](const std::string &after, int amount) {
        return lake.listTags(uri->repo, { {}, after, amount });
    });
    if (!tags)
        return context.fail(tags.error());
    return printRefs(context, *tags, "TAG");
}

int tagCreate(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto tag = LakeUri::parse(args.operands()[1], Shape::Ref);
    if (!tag)
        return context.fail(tag.error());
    auto target = LakeUri::parse(args.operands()[2], Shape::Ref);
    if (!target)
        return context.fail(target.error());
    if (auto same = lakefsverbs::sameRepository(*tag, *target); !same)
        return context.fail(same.error());
    auto created = lake.createTag(tag->repo, tag->ref, target->ref);
    if (!created)
        return context.fail(created.error());
    if (context.json())
        return lakefsverbs::printJson(context, Json(*created));
    context.out().line(
        "Created tag '" + format::printable(created->id) + "' (" + format::printable(created->commitId) + ")");
    return context.finish();
}

int tagDelete(CliContext &context, lakefs::VersionedRepository &lake, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[1], Shape::Ref);
    if (!uri)
        return context.fail(uri.error());
    if (auto deleted = lake.deleteTag(uri->repo, uri->ref); !deleted)
        return context.fail(deleted.error());
    if (!context.json())
        context.out().line("Tag: " + format::printable(uri->refUri()));
    return reportDeleted(context, "tag", uri->ref);
}

// The subcommands of one verb: name, operand count (with the subcommand)
// and what runs it.
struct Subcommand
{
    std::string_view name;
    std::size_t operands;
    int (*run)(CliContext &, lakefs::VersionedRepository &, const CliArgs &);
};

int dispatch(
    CliContext &context, const CliArgs &args, std::string_view verb, std::initializer_list<Subcommand> subcommands)
{
    const std::string &name = args.operands().front();
    std::string known;
    for (const Subcommand &subcommand : subcommands) {
        known += (known.empty() ? "" : ", ") + std::string(subcommand.name);
        if (subcommand.name != name)
            continue;
        if (args.operands().size() != subcommand.operands)
            return wrongCount(verb, name);
        auto lake = lakefsverbs::connect(context);
        if (!lake)
            return context.fail(lake.error());
        return subcommand.run(context, **lake, args);
    }
    return lakefsverbs::usageError(
        verb, std::string(verb) + ": unknown subcommand \"" + format::printable(name) + "\" (" + known + ")");
}

} // namespace

int runRepo(CliContext &context, const CliArgs &args)
{
    return dispatch(
        context, args, "repo", { { "list", 1, repoList }, { "create", 3, repoCreate }, { "delete", 2, repoDelete } });
}

int runBranch(CliContext &context, const CliArgs &args)
{
    return dispatch(context, args, "branch",
        { { "list", 2, branchList }, { "create", 2, branchCreate }, { "delete", 2, branchDelete } });
}

int runTag(CliContext &context, const CliArgs &args)
{
    return dispatch(
        context, args, "tag", { { "list", 2, tagList }, { "create", 3, tagCreate }, { "delete", 2, tagDelete } });
}

} // namespace lakescope::cli
