// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands.h"

#include <array>

namespace lakescope::cli {

namespace {

// The transfer options (TransferArgs) of cp and sync; sync has no
// --if-exists, as copying only what differs is its whole rule.
constexpr std::string_view kCpOptions = "threads part-size include exclude if-exists progress resume bwlimit memory "
                                        "state-dir";
constexpr std::string_view kSyncOptions = "threads part-size include exclude progress bwlimit memory state-dir "
                                          "dry-run delete";

// Flag letters: l long, R recursive (r is its alias), h human sizes,
// F --force-root, B --force-bucket, P --put (long only).
const std::array<VerbSpec, 20> kVerbs { {
    { "ls", "lRh", "lRh", 1, 1, "ls [-l] [-R] [-h] URL", "list a folder (folders first), or show one object",
        "  -l, --long            size, modified time (ISO 8601, UTC) and name\n"
        "  -R, --recursive       every object below, as keys relative to URL\n"
        "  -h, --human-readable  sizes as 1.5K, 20M, ... with -l\n"
        "\"ls s3://\" lists the buckets (with -l, their creation time).\n"
        "With --json: {\"url\", \"entries\": [{\"name\", \"key\", \"type\", \"size\", \"modified\", \"etag\"}]};\n"
        "buckets are {\"name\", \"type\": \"bucket\", \"created\"}.",
        runLs },
    { "cat", "", "", 1, 1, "cat URL", "write an object's bytes to standard output", "", runCat },
    { "stat", "", "", 1, 1, "stat URL", "show an object's size, time, etag, checksum, type and metadata",
        "With --json: one object with the same fields.", runStat },
    { "cp", "Rr", "R", 2, 2, "cp [-R] SRC DST [OPTIONS]",
        "copy an object, or a folder tree with -R, between any stores",
        "A DST ending in '/' or naming an existing folder receives SRC under its own name.\n"
        "Large files move in parallel parts, and each file is verified (its size, and a\n"
        "checksum where the stores have one) before it counts as copied. A failed or\n"
        "interrupted job keeps a journal: \"cp --resume JOB\" continues it (see \"jobs\").\n"
        "With --json: {\"job\", \"state\", \"files\", \"filesDone\", \"filesFailed\", \"filesSkipped\",\n"
        "\"bytes\", \"bytesReused\", \"seconds\", \"failures\": [{\"key\", \"error\"}]}.\n"
        "Exit status 1 when a file failed, 130 when interrupted by a signal.\n\n"
        "  -R, -r, --recursive   copy everything below the SRC folder",
        runCp, kCpOptions },
    { "rm", "Rr", "RFB", 1, 1, "rm [-R] [--force-root|--force-bucket] URL",
        "delete an object, everything below a folder with -R, or an empty bucket",
        "  -R, -r, --recursive   delete every object below the folder, then the folder\n"
        "  --force-root          allow -R on a whole bucket or container (never on file:///);\n"
        "                        the bucket itself stays\n"
        "  --force-bucket        with -R on a bucket: delete every object, then the bucket\n"
        "\"rm s3://bucket\" deletes the bucket when it is empty and refuses otherwise.",
        runRm },
    { "mkdir", "", "", 1, 1, "mkdir URL", "create a folder (a local directory, or a \"name/\" marker object)",
        "\"mkdir s3://bucket\" creates the bucket (in the region of aws_region).", runMkdir },
    { "du", "h", "h", 1, 1, "du [-h] URL", "count the objects and bytes below a folder",
        "  -h, --human-readable  bytes as 1.5K, 20M, ...\n"
        "With --json: {\"url\", \"objects\", \"bytes\"}.",
        runDu },
    { "presign", "", "P", 1, 1, "presign [--put] [--expires DURATION] URL",
        "print a URL that reads (or with --put, writes) one object without credentials",
        "  --expires DURATION    how long the URL works: 3600 (seconds), 90s, 30m, 1h, 7d;\n"
        "                        1h when not given, at most 7 days\n"
        "  --put                 a URL for uploading the object with HTTP PUT\n"
        "With --json: {\"url\", \"method\", \"expires\", \"source\"}.",
        runPresign },
    { "sync", "", "", 2, 2, "sync SRC DST [--dry-run] [--delete] [OPTIONS]",
        "make the DST folder match the SRC folder, copying only what differs",
        "DST receives the contents of SRC (not a folder named after it). Files are compared\n"
        "by size, then checksum (the modified time where no checksum compares); unchanged\n"
        "ones stay. With --dry-run, standard output lists the plan, one line each:\n"
        "\"copy PATH\" and \"delete PATH\", paths relative to SRC and DST.\n"
        "With --json: the summary of cp plus \"deleted\"; with --dry-run also \"copy\" and\n"
        "\"delete\", the planned paths.\n",
        runSync, kSyncOptions },
    { "jobs", "", "", 0, 0, "jobs [--discard JOB]", "list the transfers that can resume, or discard one",
        "One line per job: JOB  STATE PERCENT  DONE/FILES files  BYTES/TOTAL  SRC -> DST.\n"
        "\"cp --resume JOB\" continues a job; --discard forgets it after aborting its\n"
        "uploads and deleting its temporary files.\n"
        "With --json: [{\"job\", \"state\", \"kind\", \"source\", \"destination\", \"created\",\n"
        "\"files\", \"filesDone\", \"filesFailed\", \"bytes\", \"bytesDone\"}].\n",
        runJobs, "discard state-dir" },
    { "serve", "", "", 1, 1,
        "serve lakefs --root DIR [OPTIONS]",
        "run a lakeFS-compatible server (REST API at /api/v1) on a local lake",
        "  --root DIR                the lake's folder, created when missing\n"
        "  --listen HOST:PORT        where to listen (127.0.0.1:8000; port 0 picks a free one)\n"
        "  --access-key-id ID        the key clients authenticate with (HTTP basic auth);\n"
        "  --secret-access-key KEY   both default to LAKECTL_CREDENTIALS_ACCESS_KEY_ID/_SECRET_ACCESS_KEY\n"
        "  --demo                    add the demo repository, unless the lake has one\n"
        "Prints \"listening on http://HOST:PORT\" once it accepts requests; stops on Ctrl-C.",
        runServe, {}, "root listen access-key-id secret-access-key", "demo" },
    // The lakeFS verbs, in lakectl's shape. -y / --yes are accepted for
    // lakectl's scripts; nothing here asks for confirmation.
    { "repo", "y", "", 1, 3,
        "repo list | repo create lakefs://REPO STORAGE_NAMESPACE [--default-branch B] | repo delete lakefs://REPO",
        "list, create or delete lakeFS repositories",
        "  --default-branch B    the first branch of a new repository (main)\n"
        "The storage namespace is where the data lives: s3://bucket/prefix, local://name, ...\n"
        "With --json: the lakeFS Repository (id, creation_date, default_branch,\n"
        "storage_namespace, read_only); repo list gives {\"pagination\", \"results\"}.",
        runRepo, {}, "default-branch", "yes", true },
    { "branch", "y", "", 2, 2,
        "branch list lakefs://REPO | branch create lakefs://REPO/BRANCH [--source lakefs://REPO/REF] | "
        "branch delete lakefs://REPO/BRANCH",
        "list, create or delete branches",
        "  -s, --source REF      what the new branch starts from (the repository's\n"
        "                        default branch when not given)\n"
        "With --json: lakeFS Refs ({\"id\", \"commit_id\"}); branch list gives every page\n"
        "as {\"pagination\", \"results\"}.",
        runBranch, {}, "source:s", "yes", true },
    { "tag", "y", "", 2, 3,
        "tag create lakefs://REPO/TAG lakefs://REPO/REF | tag list lakefs://REPO | tag delete lakefs://REPO/TAG",
        "create, list or delete tags (a tag never moves)",
        "With --json: lakeFS Refs ({\"id\", \"commit_id\"}).", runTag, {}, {}, "yes", true },
    { "commit", "", "", 1, 1, "commit lakefs://REPO/BRANCH -m MSG [--meta KEY=VALUE]...",
        "commit a branch's uncommitted changes",
        "  -m, --message MSG         the commit message (required)\n"
        "  --meta KEY=VALUE          commit metadata, repeatable\n"
        "  --allow-empty-message     commit without a message\n"
        "  --allow-empty             commit even when nothing changed\n"
        "With --json: the lakeFS Commit (id, parents, committer, message, creation_date,\n"
        "meta_range_id, metadata, generation, version).",
        runCommit, {}, "message:m meta", "allow-empty-message allow-empty", true },
    { "diff", "", "", 1, 2,
        "diff lakefs://REPO/BRANCH | diff lakefs://REPO/LEFT lakefs://REPO/RIGHT [--two-way] [--prefix P]",
        "show a branch's uncommitted changes, or what RIGHT changed compared to LEFT",
        "  --two-way             compare the two refs directly (two-dot); without it, what\n"
        "                        RIGHT changed since it parted from LEFT (three-dot)\n"
        "  --prefix P            only paths below P\n"
        "Lines: \"+ added PATH\", \"- removed PATH\", \"~ changed PATH\", \"* conflict PATH\".\n"
        "With --json: every page as lakeFS's DiffList {\"pagination\", \"results\": [{\"type\",\n"
        "\"path\", \"path_type\", \"size_bytes\"}]}.",
        runDiff, {}, "prefix", "two-way", true },
    { "merge", "", "", 2, 2,
        "merge lakefs://REPO/SOURCE lakefs://REPO/DEST [--strategy dest-wins|source-wins] [-m MSG]",
        "merge a ref into a branch",
        "  --strategy S          on a conflict keep the destination's side (dest-wins) or\n"
        "                        the source's (source-wins); without it a conflict stops\n"
        "                        the merge, lists the paths and exits 1\n"
        "  -m, --message MSG     the merge commit's message\n"
        "  --meta KEY=VALUE      merge commit metadata, repeatable\n"
        "  --squash              one ordinary commit instead of a merge commit\n"
        "  --allow-empty         merge even when nothing differs\n"
        "With --json: lakeFS's MergeResult {\"reference\"}; on a conflict \"reference\" is\n"
        "\"\" and \"conflicts\" lists the paths.",
        runMerge, {}, "strategy message:m meta", "squash allow-empty", true },
    { "log", "", "", 1, 1, "log lakefs://REPO/REF [--amount N] [--objects PATH]...",
        "show the commits reachable from a ref, newest first",
        "  --amount N            at most N commits (all of them when not given)\n"
        "  --objects PATH        only commits that changed PATH, repeatable\n"
        "  --prefixes P          only commits that changed something below P, repeatable\n"
        "  --first-parent        follow only the first parent of merges\n"
        "With --json: lakeFS's CommitList {\"pagination\", \"results\"}.",
        runLog, {}, "amount objects prefixes", "first-parent", true },
    { "revert", "", "", 2, 2, "revert lakefs://REPO/BRANCH COMMIT [--parent-number N]",
        "undo a commit with a new commit on a branch",
        "COMMIT is a commit id (or a unique prefix) or any ref expression (main~1).\n"
        "  -m, --parent-number N the parent to diff against when COMMIT is a merge\n"
        "  --allow-empty         revert even when it changes nothing\n"
        "With --json: the lakeFS Commit the revert made.",
        runRevert, {}, "parent-number:m", "allow-empty", true },
    { "reset", "y", "", 1, 1, "reset lakefs://REPO/BRANCH[/PATH]",
        "drop uncommitted changes: of one object, below a prefix (PATH ending in '/'), or all",
        "With --json: lakeFS's ResetCreation {\"type\": \"object\"|\"common_prefix\"|\"reset\", \"path\"}.",
        runReset, {}, {}, "yes", true },
} };

} // namespace

std::span<const VerbSpec> verbs()
{
    return kVerbs;
}

const VerbSpec *findVerb(std::string_view name)
{
    for (const auto &verb : kVerbs) {
        if (verb.name == name)
            return &verb;
    }
    return nullptr;
}

} // namespace lakescope::cli
