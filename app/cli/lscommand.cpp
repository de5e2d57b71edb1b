// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "core/store/storeops.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace lakescope::cli {

namespace {

// Prints one entry at a time, so a listing streams whatever its size: as
// text lines, or as the elements of one JSON document.
class EntryPrinter
{
public:
    EntryPrinter(CliContext &context, const CliArgs &args, const std::string &url)
        : m_out(context.out())
        , m_json(context.json())
        , m_long(args.has('l'))
        , m_human(args.has('h'))
    {
        if (m_json)
            m_out.write("{\"url\":" + nlohmann::ordered_json(url).dump(-1, ' ', false, kJsonErrors) + ",\"entries\":[");
    }

    void folder(std::string_view name, std::string_view key)
    {
        if (m_json) {
            entry(nlohmann::ordered_json { { "name", name }, { "key", key }, { "type", "folder" } });
            return;
        }
        m_line.clear();
        if (m_long)
            m_line.append(m_human ? "    -  " : "           -  ").append(20, ' ').append("  ");
        format::appendPrintable(m_line, name);
        if (name.empty() || name.back() != '/')
            m_line.push_back('/');
        m_out.line(m_line);
    }

    void object(std::string_view name, const ObjectInfo &info)
    {
        if (m_json) {
            nlohmann::ordered_json item { { "name", name }, { "key", info.key }, { "type", "object" }, { "size", info.size } };
            item["modified"] = info.modified ? nlohmann::ordered_json(format::isoTime(info.modified)) : nlohmann::ordered_json();
            item["etag"] = info.etag;
            entry(std::move(item));
            return;
        }
        if (!m_long) {
            // The hot path of "ls -R": no formatting beyond the name.
            m_line.clear();
            format::appendPrintable(m_line, name);
            m_out.line(m_line);
            return;
        }
        char size[32];
        if (m_human)
            std::snprintf(size, sizeof size, "%5s", format::humanSize(info.size).c_str());
        else
            std::snprintf(size, sizeof size, "%12llu", static_cast<unsigned long long>(info.size));
        std::string time = format::isoTime(info.modified);
        time.resize(20, ' ');
        if (!info.modified)
            time[0] = '-';
        m_line.assign(size).append("  ").append(time).append("  ");
        format::appendPrintable(m_line, name);
        m_out.line(m_line);
    }

    // Plain names need no size or time, so stores may skip fetching them.
    bool namesOnly() const { return !m_json && !m_long; }

    void finish()
    {
        if (m_json)
            m_out.write("]}\n");
    }

private:
    // Keys are bytes; invalid UTF-8 becomes U+FFFD rather than an exception.
    static constexpr auto kJsonErrors = nlohmann::ordered_json::error_handler_t::replace;

    void entry(const nlohmann::ordered_json &item)
    {
        if (m_entries++ > 0)
            m_out.write(",");
        m_out.write(item.dump(-1, ' ', false, kJsonErrors));
    }

    Output &m_out;
    bool m_json;
    bool m_long;
    bool m_human;
    std::size_t m_entries = 0;
    std::string m_line;
};

// One level, folders first: prefixes print as they arrive (they come in key
// order), objects wait for the end of the level.
Status listLevel(ObjectStore &store, const std::string &prefix, EntryPrinter &printer, Output &out)
{
    std::vector<ObjectInfo> objects;
    ListOptions options;
    options.prefix = prefix;
    options.delimiter = "/";
    options.keysOnly = printer.namesOnly();
    do {
        auto page = store.list(options);
        if (!page)
            return page.error();
        for (const auto &folder : page->commonPrefixes)
            printer.folder(std::string_view(folder).substr(prefix.size()), folder);
        for (auto &object : page->objects) {
            if (object.key != prefix) // the folder's own marker
                objects.push_back(std::move(object));
        }
        options.pageToken = std::move(page->nextPageToken);
    } while (!options.pageToken.empty() && !out.broken());
    for (const auto &object : objects)
        printer.object(std::string_view(object.key).substr(prefix.size()), object);
    return {};
}

// "ls s3://": the buckets, as folders of the account, with their creation
// time in the long form's time column.
int listBuckets(CliContext &context, const CliArgs &args, const StoreUrl &root)
{
    auto service = context.openService(root);
    if (!service)
        return context.fail(service.error());
    auto buckets = (*service)->listContainers();
    if (!buckets)
        return context.fail(buckets.error());
    Output &out = context.out();
    const std::string url = std::string(schemeName(root.scheme)) + "://";
    constexpr auto kJsonErrors = nlohmann::ordered_json::error_handler_t::replace;
    if (context.json()) {
        out.write("{\"url\":" + nlohmann::ordered_json(url).dump() + ",\"entries\":[");
        bool first = true;
        for (const auto &bucket : *buckets) {
            nlohmann::ordered_json item { { "name", bucket.name }, { "type", "bucket" } };
            item["created"] = bucket.created ? nlohmann::ordered_json(format::isoTime(bucket.created)) : nlohmann::ordered_json();
            out.write((first ? "" : ",") + item.dump(-1, ' ', false, kJsonErrors));
            first = false;
        }
        out.write("]}\n");
        return context.finish();
    }
    std::string line;
    for (const auto &bucket : *buckets) {
        line.clear();
        if (args.has('l')) {
            std::string time = bucket.created ? format::isoTime(bucket.created) : "-";
            time.resize(20, ' ');
            line.append(args.has('h') ? "    -  " : "           -  ").append(time).append("  ");
        }
        format::appendPrintable(line, bucket.name);
        line.push_back('/');
        out.line(line);
    }
    return context.finish();
}

} // namespace

int runLs(CliContext &context, const CliArgs &args)
{
    if (const auto root = CliContext::serviceRoot(args.operands().front()))
        return listBuckets(context, args, *root);
    auto target = context.resolve(args.operands().front());
    if (!target)
        return context.fail(target.error());
    Output &out = context.out();
    EntryPrinter printer(context, args, target->url());
    ObjectStore &store = *target->location.store;

    if (!target->folder) {
        // As ls(1) does, a single object is shown by the name it was given.
        const std::string &given = args.operands().front();
        printer.object(context.json() ? format::baseName(target->info.key) : given, target->info);
    } else if (args.has('R')) {
        const std::string prefix = target->prefix();
        ListOptions options;
        options.prefix = prefix;
        options.keysOnly = printer.namesOnly();
        auto walked = storeops::walk(store, std::move(options), [&](const ObjectInfo &info) {
            if (info.key.size() > prefix.size()) {
                const std::string_view name = std::string_view(info.key).substr(prefix.size());
                if (name.back() == '/')
                    printer.folder(name, info.key);
                else
                    printer.object(name, info);
            }
            return !out.broken();
        });
        if (!walked)
            return context.fail(walked.error());
    } else if (auto listed = listLevel(store, target->prefix(), printer, out); !listed) {
        return context.fail(listed.error());
    }
    printer.finish();
    return context.finish();
}

} // namespace lakescope::cli
