// SPDX-License-Identifier: Apache-2.0
// LocalLake at 100,000 objects per commit: staging, commits, diffs,
// listings, merge, log and a cold reopen, each the median of several runs.
//
//   locallake_bench [--objects N] [--runs R] [--uploads N] [--commits N] [--dir PATH]
#include "core/lakefs/local/locallake.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace lakescope;
using namespace lakescope::lakefs;

namespace {

struct Options
{
    int objects = 100000;
    int runs = 5;
    int uploads = 2000; // per run
    int commits = 1000;
    std::string dir;
};

struct Figure
{
    std::string name;
    std::vector<double> ms;
};

std::vector<Figure> g_figures;

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void record(const std::string &name, double ms)
{
    for (Figure &figure : g_figures) {
        if (figure.name == name) {
            figure.ms.push_back(ms);
            return;
        }
    }
    g_figures.push_back({name, {ms}});
}

// Times `body`, which must succeed.
void timed(const std::string &name, const std::function<bool()> &body)
{
    const auto start = std::chrono::steady_clock::now();
    const bool ok = body();
    const double ms = msSince(start);
    if (!ok) {
        std::fprintf(stderr, "FAILED: %s\n", name.c_str());
        std::exit(1);
    }
    record(name, ms);
}

template<typename R>
bool check(const R &result, const char *what)
{
    if (!result)
        std::fprintf(stderr, "%s: %s\n", what, result.error().toString().c_str());
    return bool(result);
}

std::string pathOf(int i)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "data/part-%03d/file-%06d.csv", i % 100, i);
    return buffer;
}

std::vector<SmallObject> objectsFor(int count, int step, const std::string &tag)
{
    std::vector<SmallObject> objects;
    objects.reserve(static_cast<std::size_t>(count / step + 1));
    for (int i = 0; i < count; i += step)
        objects.push_back({pathOf(i), "id,value\n" + std::to_string(i) + "," + tag + "\n", "text/csv", {}});
    return objects;
}

Options parse(int argc, char **argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const char *value = argv[i + 1];
        if (flag == "--objects")
            options.objects = std::atoi(value);
        else if (flag == "--runs")
            options.runs = std::atoi(value);
        else if (flag == "--uploads")
            options.uploads = std::atoi(value);
        else if (flag == "--commits")
            options.commits = std::atoi(value);
        else if (flag == "--dir")
            options.dir = value;
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parse(argc, argv);
    std::string dir = options.dir;
    if (dir.empty()) {
        char pattern[] = "/tmp/locallake-bench-XXXXXX";
        dir = ::mkdtemp(pattern);
    }
    std::printf("LocalLake benchmark: %d objects, %d runs, %d uploads per run, log of %d commits, in %s\n",
                options.objects, options.runs, options.uploads, options.commits, dir.c_str());
    auto opened = LocalLake::open(dir + "/lake");
    if (!check(opened, "open"))
        return 1;
    std::shared_ptr<LocalLake> lake = std::move(opened).value();
    const std::string repo = "bench";
    if (!check(lake->createRepository({repo, "local://bench"}), "create repository"))
        return 1;
    const std::string initial = lake->getBranch(repo, "main")->commitId;
    const int changed = options.objects / 10;

    for (int run = 0; run < options.runs; ++run) {
        const std::string tag = "r" + std::to_string(run);
        const std::string branch = "run-" + std::to_string(run);
        std::printf("run %d/%d\n", run + 1, options.runs);
        std::fflush(stdout);
        check(lake->createBranch(repo, branch, initial), "branch");

        // Real uploads, one object each, every blob synced.
        const std::string uploadBranch = "uploads-" + std::to_string(run);
        check(lake->createBranch(repo, uploadBranch, initial), "branch");
        timed("upload " + std::to_string(options.uploads) + " objects (uploadObject)", [&] {
            for (int i = 0; i < options.uploads; ++i) {
                UploadRequest request;
                request.path = "up/" + std::to_string(i);
                StringSource source("upload " + std::to_string(i) + " " + tag);
                if (!check(lake->uploadObject(repo, uploadBranch, request, source), "upload"))
                    return false;
            }
            return true;
        });

        const auto all = objectsFor(options.objects, 1, tag);
        timed("stage " + std::to_string(options.objects) + " objects (bulk)",
              [&] { return check(lake->uploadSmallObjects(repo, branch, all), "stage"); });
        CommitCreation creation;
        creation.message = "all objects";
        std::string first;
        timed("commit " + std::to_string(options.objects) + " objects", [&] {
            auto made = lake->commit(repo, branch, creation);
            first = made ? made->id : "";
            return check(made, "commit");
        });

        const auto tenth = objectsFor(options.objects, 10, tag + "-changed");
        check(lake->uploadSmallObjects(repo, branch, tenth), "stage changes");
        creation.message = "10% changed";
        std::string second;
        timed("commit changing 10% (" + std::to_string(changed) + ")", [&] {
            auto made = lake->commit(repo, branch, creation);
            second = made ? made->id : "";
            return check(made, "commit");
        });

        timed("diff two commits, all pages (" + std::to_string(changed) + " changes)", [&] {
            DiffRequest request;
            request.amount = 1000;
            request.kind = DiffKind::TwoDot;
            std::size_t seen = 0;
            for (;;) {
                auto page = lake->diffRefs(repo, first, second, request);
                if (!check(page, "diff"))
                    return false;
                seen += page->results.size();
                if (!page->hasMore)
                    break;
                request.after = page->nextOffset;
            }
            return seen == static_cast<std::size_t>(changed);
        });

        auto listPage = [&](const std::string &name, ListObjectsRequest request, std::size_t expected,
                            const std::string &ref) {
            timed(name, [&] {
                auto page = lake->listObjects(repo, ref, request);
                return check(page, "list") && page->results.size() == expected;
            });
        };
        listPage("list first page (1000, recursive)", {{}, {}, {}, 1000, true}, 1000, second);
        listPage("list first page (delimiter /, prefix data/)", {"data/", "/", {}, 1000, true}, 100, second);
        listPage("list page deep in the tree (after a middle key)",
                 {{}, {}, pathOf(options.objects / 2 + 50), 1000, true}, 1000, second);
        // The first listing after a write lays the staging over the tree.
        check(lake->uploadSmallObjects(repo, branch, {{"elsewhere.txt", tag, {}, {}}}), "stage");
        listPage("list first page, branch with 1 staged change", {{}, {}, {}, 1000, true}, 1000, branch);

        // Merge a branch carrying 10k changes into one that moved on.
        const std::string feature = "feature-" + std::to_string(run);
        check(lake->createBranch(repo, feature, branch), "branch");
        check(lake->uploadSmallObjects(repo, feature, objectsFor(options.objects, 10, tag + "-feature")), "stage");
        creation.message = "feature";
        check(lake->commit(repo, feature, creation), "commit feature");
        creation.message = "destination moves";
        check(lake->commit(repo, branch, creation), "commit destination");
        timed("merge a branch with " + std::to_string(changed) + " changes", [&] {
            auto merged = lake->merge(repo, feature, branch, {});
            return check(merged, "merge") && !merged->conflicted();
        });
    }

    // History: many commits on one branch, then the log and a cold reopen.
    std::printf("making %d commits for the log\n", options.commits);
    std::fflush(stdout);
    check(lake->createBranch(repo, "history", "run-0"), "branch");
    for (int i = 0; i < options.commits; ++i) {
        CommitCreation creation;
        creation.message = "commit " + std::to_string(i);
        creation.allowEmpty = true;
        const auto start = std::chrono::steady_clock::now();
        if (!check(lake->commit(repo, "history", creation), "commit"))
            return 1;
        record("empty commit (each)", msSince(start));
    }
    for (int run = 0; run < options.runs; ++run) {
        timed("log of " + std::to_string(options.commits) + " commits (one page)", [&] {
            LogRequest request;
            request.amount = options.commits;
            auto page = lake->logCommits(repo, "history", request);
            return check(page, "log") && page->results.size() == static_cast<std::size_t>(options.commits);
        });
        timed("blame: log amount=1 objects=<path> (through 1,000+ commits)", [&] {
            LogRequest request;
            request.amount = 1;
            request.limit = true;
            request.objects = {pathOf(5)};
            auto page = lake->logCommits(repo, "history", request);
            return check(page, "blame") && page->results.size() == 1;
        });
        timed("reopen the lake + first listing page (cold load)", [&] {
            lake.reset();
            auto again = LocalLake::open(dir + "/lake");
            if (!check(again, "reopen"))
                return false;
            lake = *again;
            ListObjectsRequest request;
            request.amount = 1000;
            auto page = lake->listObjects(repo, "run-0", request);
            return check(page, "list") && page->results.size() == 1000;
        });
    }

    std::printf("\n%-62s %10s %10s %10s %5s\n", "figure", "median ms", "min ms", "max ms", "n");
    for (Figure &figure : g_figures) {
        std::sort(figure.ms.begin(), figure.ms.end());
        const double median = figure.ms[figure.ms.size() / 2];
        std::printf("%-62s %10.1f %10.1f %10.1f %5zu\n", figure.name.c_str(), median, figure.ms.front(),
                    figure.ms.back(), figure.ms.size());
    }
    lake.reset();
    if (options.dir.empty())
        std::filesystem::remove_all(dir);
    return 0;
}
