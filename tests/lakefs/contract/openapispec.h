// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope::testing {

// An OpenAPI 3.0 document (already converted from YAML to JSON) and the
// lookups a contract test needs: which operation a concrete request hits,
// and which response the spec documents for a status.
class OpenApiSpec
{
public:
    struct Operation
    {
        std::string method;       // upper case: "GET"
        std::string pathTemplate; // as in the spec: "/repositories/{repository}"
        std::string operationId;
        const nlohmann::json *definition = nullptr;
        std::map<std::string, std::string> pathParameters; // still percent-encoded
        // Whether the operation needs credentials (its own `security`, else
        // the document's, is a non-empty list).
        bool secured = true;

        // "GET /repositories/{repository} (getRepository)", for messages.
        std::string describe() const;
    };

    static std::optional<OpenApiSpec> load(const std::filesystem::path &jsonFile, std::string *error);
    static std::optional<OpenApiSpec> fromJson(nlohmann::json document, std::string *error);

    const nlohmann::json &document() const { return *m_document; }
    // The path of the first server URL ("/api/v1"), where operations live.
    const std::string &basePath() const { return m_basePath; }
    std::size_t operationCount() const { return m_operations.size(); }

    // The operation for `method` and `path` (relative to basePath(), no
    // query). A template segment "{x}" matches one non-empty segment; when
    // several templates match, the one with the most literal segments wins,
    // then the one whose first literal comes earliest.
    std::optional<Operation> findOperation(std::string_view method, std::string_view path) const;
    std::optional<Operation> findOperationById(std::string_view operationId) const;

    // The response documented for `status` with $refs followed: the exact
    // code, then a range ("4XX"), then "default" when `acceptDefault`.
    // *matchedKey says which one; nullptr when none fits.
    const nlohmann::json *findResponse(
        const Operation &operation, int status, bool acceptDefault, std::string *matchedKey = nullptr) const;
    // The status keys the operation lists ("200", "404", "default"...).
    std::vector<std::string> documentedStatuses(const Operation &operation) const;

    // `node` with "$ref" chains followed (to at most 32 levels); nullptr when
    // a reference names nothing.
    const nlohmann::json *resolve(const nlohmann::json &node) const;

    // A named schema ("Error" for #/components/schemas/Error), or nullptr.
    const nlohmann::json *schema(const std::string &name) const;

private:
    struct Route
    {
        std::string method;
        std::string pathTemplate;
        std::vector<std::string> segments;
    };

    explicit OpenApiSpec(std::shared_ptr<const nlohmann::json> document);
    Operation makeOperation(const Route &route, std::map<std::string, std::string> parameters) const;

    std::shared_ptr<const nlohmann::json> m_document;
    std::string m_basePath;
    std::vector<Route> m_operations;
};

} // namespace lakescope::testing
