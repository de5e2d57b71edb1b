// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/contract/openapispec.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace lakescope::testing {

using nlohmann::json;

namespace {

constexpr const char *httpMethods[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

std::vector<std::string> splitPath(std::string_view path)
{
    std::vector<std::string> segments;
    std::size_t start = path.starts_with('/') ? 1 : 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        segments.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

bool isTemplateSegment(const std::string &segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::string upper(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return std::toupper(c); });
    return result;
}

std::string lower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return std::tolower(c); });
    return result;
}

// The path part of a server URL: "/api/v1" from "/api/v1" or
// "http://host:8000/api/v1"; "" for the root.
std::string serverBasePath(const json &document)
{
    const auto servers = document.find("servers");
    if (servers == document.end() || !servers->is_array() || servers->empty())
        return {};
    std::string url = servers->at(0).value("url", std::string());
    if (const std::size_t scheme = url.find("://"); scheme != std::string::npos) {
        const std::size_t slash = url.find('/', scheme + 3);
        url = slash == std::string::npos ? std::string() : url.substr(slash);
    }
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

// A security requirement list needs credentials unless it is empty or
// offers the empty requirement {} (anonymous access allowed).
bool requiresCredentials(const json &security)
{
    if (!security.is_array() || security.empty())
        return false;
    return std::none_of(security.begin(), security.end(), [](const json &entry) { return entry.empty(); });
}

} // namespace

std::string OpenApiSpec::Operation::describe() const
{
    std::string text = method + " " + pathTemplate;
    if (!operationId.empty())
        text += " (" + operationId + ")";
    return text;
}

OpenApiSpec::OpenApiSpec(std::shared_ptr<const json> document)
    : m_document(std::move(document))
    , m_basePath(serverBasePath(*m_document))
{
    const auto paths = m_document->find("paths");
    if (paths == m_document->end() || !paths->is_object())
        return;
    for (const auto &[pathTemplate, item] : paths->items()) {
        for (const char *method : httpMethods) {
            if (item.contains(method))
                m_operations.push_back({upper(method), pathTemplate, splitPath(pathTemplate)});
        }
    }
}

std::optional<OpenApiSpec> OpenApiSpec::load(const std::filesystem::path &jsonFile, std::string *error)
{
    std::ifstream stream(jsonFile);
    if (!stream) {
        if (error)
            *error = "cannot open " + jsonFile.string();
        return std::nullopt;
    }
    json document = json::parse(stream, nullptr, false);
    if (document.is_discarded()) {
        if (error)
            *error = jsonFile.string() + " is not valid JSON";
        return std::nullopt;
    }
    return fromJson(std::move(document), error);
}

std::optional<OpenApiSpec> OpenApiSpec::fromJson(json document, std::string *error)
{
    const std::string version = document.is_object() ? document.value("openapi", std::string()) : std::string();
    if (!version.starts_with("3.0")) {
        if (error)
            *error = "not an OpenAPI 3.0 document (openapi: \"" + version + "\")";
        return std::nullopt;
    }
    if (!document.contains("paths") || !document["paths"].is_object()) {
        if (error)
            *error = "the document has no paths";
        return std::nullopt;
    }
    return OpenApiSpec(std::make_shared<const json>(std::move(document)));
}

OpenApiSpec::Operation OpenApiSpec::makeOperation(
    const Route &route, std::map<std::string, std::string> parameters) const
{
    Operation operation;
    operation.method = route.method;
    operation.pathTemplate = route.pathTemplate;
    operation.definition = &(*m_document)["paths"][route.pathTemplate][lower(route.method)];
    operation.operationId = operation.definition->value("operationId", std::string());
    operation.pathParameters = std::move(parameters);
    const auto ownSecurity = operation.definition->find("security");
    if (ownSecurity != operation.definition->end())
        operation.secured = requiresCredentials(*ownSecurity);
    else
        operation.secured = requiresCredentials(m_document->value("security", json::array()));
    return operation;
}

std::optional<OpenApiSpec::Operation> OpenApiSpec::findOperation(std::string_view method, std::string_view path) const
{
    const std::string wantedMethod = upper(method);
    const std::vector<std::string> segments = splitPath(path);
    const Route *best = nullptr;
    std::map<std::string, std::string> bestParameters;
    int bestLiterals = -1;
    std::size_t bestFirstLiteral = 0;
    for (const Route &route : m_operations) {
        if (route.method != wantedMethod || route.segments.size() != segments.size())
            continue;
        std::map<std::string, std::string> parameters;
        int literals = 0;
        std::size_t firstLiteral = segments.size();
        bool matches = true;
        for (std::size_t i = 0; i < segments.size() && matches; ++i) {
            const std::string &expected = route.segments[i];
            if (isTemplateSegment(expected)) {
                matches = !segments[i].empty();
                parameters[expected.substr(1, expected.size() - 2)] = segments[i];
            } else {
                matches = expected == segments[i];
                ++literals;
                firstLiteral = std::min(firstLiteral, i);
            }
        }
        if (!matches)
            continue;
        if (literals > bestLiterals || (literals == bestLiterals && firstLiteral < bestFirstLiteral)) {
            best = &route;
            bestParameters = std::move(parameters);
            bestLiterals = literals;
            bestFirstLiteral = firstLiteral;
        }
    }
    if (!best)
        return std::nullopt;
    return makeOperation(*best, std::move(bestParameters));
}

std::optional<OpenApiSpec::Operation> OpenApiSpec::findOperationById(std::string_view operationId) const
{
    for (const Route &route : m_operations) {
        const json &definition = (*m_document)["paths"][route.pathTemplate][lower(route.method)];
        if (definition.value("operationId", std::string()) == operationId)
            return makeOperation(route, {});
    }
    return std::nullopt;
}

const json *OpenApiSpec::findResponse(
    const Operation &operation, int status, bool acceptDefault, std::string *matchedKey) const
{
    const auto responses = operation.definition->find("responses");
    if (responses == operation.definition->end() || !responses->is_object())
        return nullptr;
    const std::string exact = std::to_string(status);
    const std::string range = exact.substr(0, 1) + "XX";
    for (const std::string &key : {exact, range, std::string("default")}) {
        if (key == "default" && !acceptDefault)
            continue;
        // The YAML spells range keys in either case ("4XX", "4xx").
        for (const auto &[name, response] : responses->items()) {
            if (upper(name) == upper(key)) {
                if (matchedKey)
                    *matchedKey = name;
                return resolve(response);
            }
        }
    }
    return nullptr;
}

std::vector<std::string> OpenApiSpec::documentedStatuses(const Operation &operation) const
{
    std::vector<std::string> statuses;
    const auto responses = operation.definition->find("responses");
    if (responses != operation.definition->end() && responses->is_object()) {
        for (const auto &[name, response] : responses->items())
            statuses.push_back(name);
    }
    return statuses;
}

const json *OpenApiSpec::resolve(const json &node) const
{
    const json *current = &node;
    for (int hops = 0; hops < 32; ++hops) {
        const auto ref = current->is_object() ? current->find("$ref") : current->end();
        if (!current->is_object() || ref == current->end() || !ref->is_string())
            return current;
        const std::string reference = ref->get<std::string>();
        if (!reference.starts_with("#"))
            return nullptr;
        try {
            const json::json_pointer pointer(reference.substr(1));
            if (!m_document->contains(pointer))
                return nullptr;
            current = &m_document->at(pointer);
        } catch (const json::exception &) {
            return nullptr;
        }
    }
    return nullptr;
}

const json *OpenApiSpec::schema(const std::string &name) const
{
    const json::json_pointer pointer("/components/schemas/" + name);
    return m_document->contains(pointer) ? &m_document->at(pointer) : nullptr;
}

} // namespace lakescope::testing
