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
const std::array<VerbSpec, 10> kVerbs { {
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
