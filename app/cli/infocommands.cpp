// SPDX-License-Identifier: Apache-2.0
// The read-only verbs besides ls: stat, du and cat.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "core/common/filestream.h"
#include "core/store/storeops.h"

#include <nlohmann/json.hpp>

namespace lakescope::cli {

namespace {

constexpr auto kJsonErrors = nlohmann::ordered_json::error_handler_t::replace;

std::string dump(const nlohmann::ordered_json &value)
{
    return value.dump(2, ' ', false, kJsonErrors) + "\n";
}

void field(Output &out, std::string_view name, std::string_view value)
{
    std::string line(name);
    line += ':';
    line.resize(15, ' ');
    format::appendPrintable(line, value);
    out.line(line);
}

} // namespace

int runStat(CliContext &context, const CliArgs &args)
{
    auto target = context.resolve(args.operands().front());
    if (!target)
        return context.fail(target.error());
    const ObjectInfo &info = target->info;
    const std::string key = target->folder ? target->prefix() : info.key;
    Output &out = context.out();

    if (context.json()) {
        nlohmann::ordered_json doc { { "url", target->url() }, { "key", key },
            { "type", target->folder ? "folder" : "object" } };
        doc["size"] = info.size;
        doc["modified"] = info.modified ? nlohmann::ordered_json(format::isoTime(info.modified)) : nlohmann::ordered_json();
        doc["etag"] = info.etag;
        doc["checksum"] = info.checksum;
        doc["contentType"] = info.contentType;
        doc["storageClass"] = info.storageClass;
        doc["metadata"] = nlohmann::ordered_json::object();
        for (const auto &[name, value] : info.metadata)
            doc["metadata"][name] = value;
        out.write(dump(doc));
        return context.finish();
    }

    field(out, "url", target->url());
    field(out, "key", key);
    field(out, "type", target->folder ? "folder" : "object");
    if (!target->folder || target->hasMarker) {
        field(out, "size",
            info.size < 1024 ? std::to_string(info.size)
                             : std::to_string(info.size) + " (" + format::humanSize(info.size) + ")");
        field(out, "modified", info.modified ? format::isoTime(info.modified) : "-");
        field(out, "etag", info.etag.empty() ? "-" : info.etag);
        field(out, "checksum", info.checksum.empty() ? "-" : info.checksum);
        field(out, "content-type", info.contentType.empty() ? "-" : info.contentType);
        if (!info.storageClass.empty())
            field(out, "storage-class", info.storageClass);
        if (info.metadata.empty())
            field(out, "metadata", "-");
        for (const auto &[name, value] : info.metadata)
            field(out, "metadata", name + "=" + value);
    }
    return context.finish();
}

int runDu(CliContext &context, const CliArgs &args)
{
    auto target = context.resolve(args.operands().front());
    if (!target)
        return context.fail(target.error());
    storeops::Usage usage;
    if (target->folder) {
        auto counted = storeops::du(*target->location.store, target->prefix());
        if (!counted)
            return context.fail(counted.error());
        usage = *counted;
    } else {
        usage = { 1, target->info.size };
    }

    Output &out = context.out();
    if (context.json()) {
        out.write(
            dump(nlohmann::ordered_json { { "url", target->url() }, { "objects", usage.objects }, { "bytes", usage.bytes } }));
        return context.finish();
    }
    const std::string size = args.has('h') ? format::humanSize(usage.bytes) : std::to_string(usage.bytes);
    out.line(size + "\t" + std::to_string(usage.objects) + (usage.objects == 1 ? " object\t" : " objects\t")
        + format::printable(target->url()));
    return context.finish();
}

int runCat(CliContext &context, const CliArgs &args)
{
    auto target = context.resolve(args.operands().front());
    if (!target)
        return context.fail(target.error());
    if (target->folder)
        return context.fail(Error::invalidInput("is a folder: " + target->url()));
    // Straight to the descriptor: the store's chunks are already large, and
    // nothing else is written to stdout.
    context.out().flush();
    FileSink sink(context.out().fd());
    auto read = target->location.store->get(target->location.key, sink);
    if (!read)
        return context.fail(read.error());
    return context.finish();
}

} // namespace lakescope::cli
