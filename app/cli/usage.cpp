// SPDX-License-Identifier: Apache-2.0
#include "app/cli/usage.h"

#include "app/cli/commands.h"
#include "app/cli/transferargs.h"
#include "core/store/optionkeys.h"

namespace lakescope::cli::usage {

namespace {

constexpr std::string_view kUrls = R"(Locations:
  /abs/path, rel/path, ~/path, C:\x\y     local files (also file:///abs/path)
  memory://name/key                       an in-process store (empty at start)
  s3://bucket/key                         Amazon S3 and S3-compatible services
  s3://                                   the buckets themselves (ls, mkdir, rm)
  gs://bucket/key                         Google Cloud Storage
  az://container/key                      Azure Blob Storage (account from options)
  abfss://container@account.dfs.core.windows.net/key    ADLS Gen2
  adl://store/key                         Azure Data Lake Store Gen1
  webhdfs://host:port/path                HDFS over WebHDFS
  lakefs://repo/ref/key                   lakeFS (ref: branch, tag or commit)
A trailing '/' names a folder. In URLs, %XX escapes are decoded ('+' stays '+');
local paths are taken literally.
S3 connections come from --option aws_* (endpoint, region, keys, profile), the
AWS_* environment variables and ~/.aws profiles, as the AWS CLI reads them.
)";

} // namespace

std::string version()
{
    return std::string("lakescope-cli ") + LAKESCOPE_VERSION + "\n";
}

std::string overview()
{
    std::string text = "usage: lakescope-cli [--option KEY=VALUE]... [--json] COMMAND [FLAGS] ARGS\n\n"
                       "Browse and move data in local folders and data lakes.\n\nCommands:\n";
    const auto listVerbs = [&text](bool lakeFs) {
        for (const auto &verb : verbs()) {
            if (verb.lakeFs != lakeFs)
                continue;
            // The lakeFS verbs' usages hold their subcommands; those read
            // better with the summary on a line of its own.
            std::string line = "  " + std::string(lakeFs ? verb.name : verb.usage);
            line.resize(std::max<std::size_t>(line.size() + 2, lakeFs ? 10 : 34), ' ');
            text += line + std::string(verb.summary) + "\n";
        }
    };
    listVerbs(false);
    text += "  help [COMMAND|options|urls]     more about a command, the options or locations\n\n"
            "lakeFS commands, as lakectl has them (\"help COMMAND\" for their arguments;\n"
            "the server from --option lakefs_endpoint, LAKECTL_* or ~/.lakectl.yaml):\n";
    listVerbs(true);
    text += "\n"
            "Global flags:\n"
            "  -o, --option KEY=VALUE  a connection option, repeatable (see \"help options\");\n"
            "                          the usual environment variables are read too\n"
            "  --json                  one JSON document from ls, stat, du, presign, cp, sync, jobs\n"
            "                          and the lakeFS commands (lakeFS's field names)\n"
            "  -v, --verbose           each HTTP request and response on stderr (secrets redacted)\n"
            "  --help, --version\n"
            "Transfer options (--threads, --include, --if-exists, --progress, ...): \"help cp\".\n\n";
    text += kUrls;
    text += "\nExit status: 0 on success, 1 on failure, 2 on a usage error, 130 when a transfer\n"
            "was interrupted (it can resume).\n";
    return text;
}

std::string topic(std::string_view name)
{
    if (name.empty())
        return overview();
    if (name == "urls" || name == "locations")
        return std::string(kUrls);
    if (name == "options") {
        std::string text = "Options (--option KEY=VALUE; aliases in brackets; environment variables after '<'):\n";
        for (const auto &key : knownOptionKeys()) {
            std::string line = "  " + std::string(key.name);
            std::string aliases;
            for (const auto alias : key.aliases) {
                if (!alias.empty())
                    aliases += (aliases.empty() ? "" : ", ") + std::string(alias);
            }
            if (!aliases.empty())
                line += " [" + aliases + "]";
            std::string env;
            for (const auto var : key.envVars) {
                if (!var.empty())
                    env += (env.empty() ? "" : ", ") + std::string(var);
            }
            if (!env.empty())
                line += " < " + env;
            text += line + "\n      " + std::string(key.description) + "\n";
        }
        return text;
    }
    const VerbSpec *verb = findVerb(name);
    if (!verb)
        return {};
    std::string text = "usage: lakescope-cli " + std::string(verb->usage) + "\n\n" + std::string(verb->summary) + ".\n";
    if (!verb->details.empty())
        text += "\n" + std::string(verb->details) + "\n";
    if (!verb->options.empty())
        text += (verb->details.empty() ? "\n" : "") + TransferArgs::help(verb->options);
    return text;
}

std::string shortUsage(std::string_view verb)
{
    if (const VerbSpec *spec = findVerb(verb))
        return "usage: lakescope-cli " + std::string(spec->usage) + "\n";
    return "Try 'lakescope-cli --help'.\n";
}

} // namespace lakescope::cli::usage
