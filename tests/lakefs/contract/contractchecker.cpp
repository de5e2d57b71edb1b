// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/contract/contractchecker.h"

#include <algorithm>
#include <cctype>

namespace lakescope::testing {

using nlohmann::json;

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string trimmed(const std::string &text)
{
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const std::size_t last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// Whether `actual` is covered by a documented media range ("text/*", "*/*").
bool mediaTypeMatches(const std::string &actual, const std::string &documented)
{
    const std::string range = lower(documented);
    if (range == "*/*" || range == actual)
        return true;
    if (range.size() > 2 && range.ends_with("/*"))
        return actual.starts_with(range.substr(0, range.size() - 1));
    return false;
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

bool isInteger(const std::string &text)
{
    const std::string value = trimmed(text);
    const std::size_t digits = value.starts_with('-') ? 1 : 0;
    return value.size() > digits
        && std::all_of(value.begin() + digits, value.end(), [](unsigned char c) { return std::isdigit(c); });
}

} // namespace

std::string HttpExchange::header(const std::string &name) const
{
    const std::string wanted = lower(name);
    for (const auto &[key, value] : headers) {
        if (lower(key) == wanted)
            return value;
    }
    return {};
}

bool HttpExchange::hasHeader(const std::string &name) const
{
    const std::string wanted = lower(name);
    return std::any_of(headers.begin(), headers.end(), [&wanted](const auto &entry) { return lower(entry.first) == wanted; });
}

std::string ContractViolation::toString() const
{
    std::string text = exchange;
    if (!operation.empty())
        text += " [" + operation + "]";
    text += ": ";
    if (!pointer.empty())
        text += "at " + pointer + ": ";
    return text + reason;
}

std::string mediaTypeOf(const std::string &contentType)
{
    return lower(trimmed(contentType.substr(0, contentType.find(';'))));
}

bool isJsonMediaType(const std::string &mediaType)
{
    return mediaType == "application/json" || mediaType.ends_with("+json");
}

ContractChecker::ContractChecker(const OpenApiSpec &spec)
    : m_spec(spec)
    , m_validator(spec.document())
    , m_errorResponse({{"description", "an error lakeFS sends though its spec does not list the status"},
          {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}})
{
    // lakeFS writes responses from structs generated from this spec, so it
    // never sends a property the schema does not declare; one here is most
    // likely a misspelled optional property (metarange_id vs meta_range_id).
    m_validator.setRejectUndeclaredProperties(true);
}

void ContractChecker::acceptErrorStatus(const std::string &operationId, int status)
{
    m_acceptedStatuses.emplace_back(operationId, status);
}

const json *ContractChecker::undocumentedResponse(const OpenApiSpec::Operation &operation, int status) const
{
    if (status == 401 && operation.secured)
        return m_spec.resolve(json{{"$ref", "#/components/responses/Unauthorized"}});
    const auto accepted = std::find(m_acceptedStatuses.begin(), m_acceptedStatuses.end(),
        std::make_pair(operation.operationId, status));
    return accepted == m_acceptedStatuses.end() ? nullptr : &m_errorResponse;
}

void ContractChecker::acceptContentType(const std::string &operationId, int status, const std::string &mediaType)
{
    m_acceptances.push_back({operationId, status, lower(mediaType)});
}

bool ContractChecker::isAccepted(const std::string &operationId, int status, const std::string &mediaType) const
{
    return std::any_of(m_acceptances.begin(), m_acceptances.end(), [&](const Acceptance &acceptance) {
        return acceptance.operationId == operationId && acceptance.status == status
            && (acceptance.mediaType == "*" || acceptance.mediaType == mediaType);
    });
}

std::vector<ContractViolation> ContractChecker::check(const HttpExchange &exchange) const
{
    std::vector<ContractViolation> violations;
    ContractViolation base;
    base.exchange = exchange.method + " " + exchange.target + " -> " + std::to_string(exchange.status);
    base.status = exchange.status;
    const auto fail = [&violations, &base](const std::string &pointer, const std::string &reason) {
        ContractViolation violation = base;
        violation.pointer = pointer;
        violation.reason = reason;
        violations.push_back(std::move(violation));
    };

    std::string path = exchange.target.substr(0, exchange.target.find('?'));
    if (!path.starts_with(m_spec.basePath() + "/")) {
        fail({}, "the path is outside the API base path " + m_spec.basePath());
        return violations;
    }
    path = path.substr(m_spec.basePath().size());
    const auto operation = m_spec.findOperation(exchange.method, path);
    if (!operation) {
        fail({}, "the spec has no operation " + exchange.method + " " + path);
        return violations;
    }
    base.operation = operation->describe();

    const json *response = m_spec.findResponse(*operation, exchange.status, exchange.status >= 500);
    if (!response)
        response = undocumentedResponse(*operation, exchange.status);
    if (!response) {
        fail({}, "status " + std::to_string(exchange.status) + " is not documented (documented: "
                + joined(m_spec.documentedStatuses(*operation)) + ")");
        return violations;
    }
    checkHeaders(exchange, *response, violations, base);
    checkBody(exchange, *operation, *response, violations, base);
    return violations;
}

void ContractChecker::checkHeaders(const HttpExchange &exchange, const json &response,
    std::vector<ContractViolation> &violations, const ContractViolation &base) const
{
    const auto headers = response.find("headers");
    if (headers == response.end() || !headers->is_object())
        return;
    for (const auto &[name, declared] : headers->items()) {
        const json *header = m_spec.resolve(declared);
        if (!header)
            continue;
        ContractViolation violation = base;
        if (!exchange.hasHeader(name)) {
            if (header->value("required", false)) {
                violation.reason = "the required header " + name + " is missing";
                violations.push_back(violation);
            }
            continue;
        }
        const json *schema = header->contains("schema") ? m_spec.resolve(header->at("schema")) : nullptr;
        if (schema && schema->value("type", std::string()) == "integer" && !isInteger(exchange.header(name))) {
            violation.reason = "header " + name + ": \"" + exchange.header(name) + "\" is not an integer";
            violations.push_back(violation);
        }
    }
}

void ContractChecker::checkBody(const HttpExchange &exchange, const OpenApiSpec::Operation &operation,
    const json &response, std::vector<ContractViolation> &violations, const ContractViolation &base) const
{
    const auto fail = [&violations, &base](const std::string &pointer, const std::string &reason) {
        ContractViolation violation = base;
        violation.pointer = pointer;
        violation.reason = reason;
        violations.push_back(std::move(violation));
    };
    const auto content = response.find("content");
    const bool documentsContent = content != response.end() && content->is_object() && !content->empty();
    if (exchange.method == "HEAD") {
        if (!exchange.body.empty())
            fail({}, "a HEAD response carries a body of " + std::to_string(exchange.body.size()) + " bytes");
        return;
    }
    if (!documentsContent) {
        if (!exchange.body.empty())
            fail({}, "the spec documents no body for this status, got " + std::to_string(exchange.body.size())
                    + " bytes: " + exchange.body.substr(0, 80));
        return;
    }

    const std::string contentType = exchange.header("Content-Type");
    const std::string mediaType = mediaTypeOf(contentType);
    const json *mediaObject = nullptr;
    std::vector<std::string> documented;
    for (const auto &[name, media] : content->items()) {
        documented.push_back(name);
        if (!mediaObject && mediaTypeMatches(mediaType, name))
            mediaObject = &media;
    }
    std::string schemaMediaType = mediaType;
    if (!mediaObject) {
        if (!isAccepted(operation.operationId, exchange.status, mediaType)) {
            fail({}, contentType.empty()
                    ? "the Content-Type header is missing (documented: " + joined(documented) + ")"
                    : "Content-Type \"" + contentType + "\" is not documented (documented: " + joined(documented) + ")");
        }
        // Validate what can be: the body against the only documented schema.
        if (content->size() != 1)
            return;
        mediaObject = &content->begin().value();
        schemaMediaType = lower(content->begin().key());
    }
    if (!isJsonMediaType(schemaMediaType))
        return;
    const auto schema = mediaObject->find("schema");
    if (schema == mediaObject->end())
        return;
    const json body = json::parse(exchange.body, nullptr, false);
    if (body.is_discarded()) {
        fail({}, exchange.body.empty() ? std::string("the body is empty, a JSON document was expected")
                                       : "the body is not JSON: " + exchange.body.substr(0, 80));
        return;
    }
    for (const SchemaViolation &violation : m_validator.validate(body, *schema))
        fail("#" + violation.pointer, violation.reason);
}

} // namespace lakescope::testing
