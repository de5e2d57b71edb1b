// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/contract/schemavalidator.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <regex>

namespace lakescope::testing {

using nlohmann::json;

namespace {

constexpr int maxDepth = 200;

// A value as it appears in a message: short enough for one line.
std::string excerpt(const json &value)
{
    std::string text = value.dump();
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return text;
}

std::size_t codePointCount(const std::string &text)
{
    std::size_t count = 0;
    for (const unsigned char byte : text) {
        if ((byte & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

bool isRfc3339DateTime(const std::string &text)
{
    static const std::regex shape(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$)");
    std::smatch match;
    if (!std::regex_match(text, match, shape))
        return false;
    const auto field = [&match](int index) { return std::stoi(match[index].str()); };
    if (field(2) < 1 || field(2) > 12 || field(3) < 1 || field(3) > 31)
        return false;
    if (field(4) > 23 || field(5) > 59 || field(6) > 60)
        return false;
    if (match[9].matched && (field(9) > 23 || field(10) > 59))
        return false;
    return true;
}

bool matchesType(const json &instance, const std::string &type)
{
    if (type == "integer")
        return instance.is_number_integer();
    if (type == "number")
        return instance.is_number();
    if (type == "string")
        return instance.is_string();
    if (type == "boolean")
        return instance.is_boolean();
    if (type == "array")
        return instance.is_array();
    if (type == "object")
        return instance.is_object();
    return false;
}

bool isKnownType(const std::string &type)
{
    return type == "integer" || type == "number" || type == "string" || type == "boolean" || type == "array"
        || type == "object";
}

std::string joinReasons(const std::vector<SchemaViolation> &violations)
{
    std::string joined;
    for (const SchemaViolation &violation : violations) {
        if (!joined.empty())
            joined += "; ";
        joined += violation.toString();
    }
    return joined;
}

} // namespace

std::string SchemaViolation::toString() const
{
    return (pointer.empty() ? std::string("(root)") : pointer) + ": " + reason;
}

std::string jsonTypeName(const json &value)
{
    if (value.is_null())
        return "null";
    if (value.is_boolean())
        return "boolean";
    if (value.is_number_integer())
        return "integer";
    if (value.is_number())
        return "number";
    if (value.is_string())
        return "string";
    if (value.is_array())
        return "array";
    if (value.is_object())
        return "object";
    return "binary";
}

SchemaValidator::SchemaValidator(const json &document)
    : m_document(document)
{
}

std::vector<SchemaViolation> SchemaValidator::validate(const json &instance, const json &schema) const
{
    std::vector<SchemaViolation> violations;
    check(instance, schema, std::string(), violations, Walk{});
    return violations;
}

bool SchemaValidator::isValid(const json &instance, const json &schema) const
{
    return validate(instance, schema).empty();
}

const json *SchemaValidator::resolveReference(const std::string &reference, std::string *error) const
{
    if (reference.rfind("#", 0) != 0) {
        if (error)
            *error = "only local references (\"#/...\") are supported, not \"" + reference + "\"";
        return nullptr;
    }
    try {
        const json::json_pointer pointer(reference.substr(1));
        if (!m_document.contains(pointer)) {
            if (error)
                *error = "the reference \"" + reference + "\" names nothing in the document";
            return nullptr;
        }
        return &m_document.at(pointer);
    } catch (const json::exception &exception) {
        if (error)
            *error = "the reference \"" + reference + "\" is not a JSON pointer: " + exception.what();
        return nullptr;
    }
}

std::string SchemaValidator::appendPointer(const std::string &pointer, const std::string &token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + "/" + escaped;
}

void SchemaValidator::check(const json &instance, const json &schema, const std::string &pointer,
    std::vector<SchemaViolation> &violations, Walk walk) const
{
    if (walk.depth > maxDepth) {
        violations.push_back({pointer, "the schema nests deeper than " + std::to_string(maxDepth) + " levels"});
        return;
    }
    if (schema.is_boolean()) {
        if (!schema.get<bool>())
            violations.push_back({pointer, "no value is allowed here (the schema is false)"});
        return;
    }
    if (!schema.is_object())
        return;

    if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        std::string error;
        const json *target = resolveReference(ref->get<std::string>(), &error);
        if (!target) {
            violations.push_back({pointer, "schema error: " + error});
            return;
        }
        check(instance, *target, pointer, violations, walk.sameValue());
        return;
    }

    const auto type = schema.find("type");
    if (instance.is_null()) {
        if (schema.value("nullable", false))
            return;
        if (type != schema.end()) {
            violations.push_back({pointer, "null is not allowed (the schema is not nullable)"});
            return;
        }
    } else if (type != schema.end()) {
        const std::string typeName = type->is_string() ? type->get<std::string>() : type->dump();
        if (!isKnownType(typeName)) {
            violations.push_back({pointer, "schema error: unknown type " + typeName});
            return;
        }
        if (!matchesType(instance, typeName)) {
            violations.push_back(
                {pointer, "expected " + typeName + ", got " + jsonTypeName(instance) + " " + excerpt(instance)});
            return;
        }
    }

    if (const auto values = schema.find("enum"); values != schema.end() && values->is_array()) {
        bool listed = false;
        for (const json &value : *values)
            listed = listed || value == instance;
        if (!listed)
            violations.push_back({pointer, excerpt(instance) + " is not one of the enum values " + excerpt(*values)});
    }

    if (instance.is_string())
        checkString(instance.get<std::string>(), schema, pointer, violations);
    else if (instance.is_number())
        checkNumber(instance, schema, pointer, violations);
    else if (instance.is_array())
        checkArray(instance, schema, pointer, violations, walk);
    else if (instance.is_object())
        checkObject(instance, schema, pointer, violations, walk);

    checkComposition(instance, schema, pointer, violations, walk);
}

void SchemaValidator::checkString(const std::string &text, const json &schema, const std::string &pointer,
    std::vector<SchemaViolation> &violations) const
{
    const std::size_t length = codePointCount(text);
    if (const auto minLength = schema.find("minLength"); minLength != schema.end() && minLength->is_number()) {
        if (length < minLength->get<std::size_t>())
            violations.push_back({pointer, "string of " + std::to_string(length) + " characters is shorter than minLength "
                    + minLength->dump()});
    }
    if (const auto maxLength = schema.find("maxLength"); maxLength != schema.end() && maxLength->is_number()) {
        if (length > maxLength->get<std::size_t>())
            violations.push_back({pointer, "string of " + std::to_string(length) + " characters is longer than maxLength "
                    + maxLength->dump()});
    }
    if (const auto pattern = schema.find("pattern"); pattern != schema.end() && pattern->is_string()) {
        try {
            // JSON Schema patterns are unanchored: a match anywhere counts.
            const std::regex expression(pattern->get<std::string>(), std::regex::ECMAScript);
            if (!std::regex_search(text, expression))
                violations.push_back({pointer, json(text).dump() + " does not match the pattern " + pattern->dump()});
        } catch (const std::regex_error &) {
            violations.push_back({pointer, "schema error: the pattern " + pattern->dump() + " does not compile"});
        }
    }
    if (schema.value("format", std::string()) == "date-time" && !isRfc3339DateTime(text))
        violations.push_back({pointer, json(text).dump() + " is not an RFC 3339 date-time"});
}

void SchemaValidator::checkNumber(const json &instance, const json &schema, const std::string &pointer,
    std::vector<SchemaViolation> &violations) const
{
    const double value = instance.get<double>();
    if (const auto minimum = schema.find("minimum"); minimum != schema.end() && minimum->is_number()) {
        const bool exclusive = schema.value("exclusiveMinimum", false);
        const double bound = minimum->get<double>();
        if (exclusive ? value <= bound : value < bound)
            violations.push_back({pointer, instance.dump() + " is below the " + (exclusive ? "exclusive " : "")
                    + "minimum " + minimum->dump()});
    }
    if (const auto maximum = schema.find("maximum"); maximum != schema.end() && maximum->is_number()) {
        const bool exclusive = schema.value("exclusiveMaximum", false);
        const double bound = maximum->get<double>();
        if (exclusive ? value >= bound : value > bound)
            violations.push_back({pointer, instance.dump() + " is above the " + (exclusive ? "exclusive " : "")
                    + "maximum " + maximum->dump()});
    }
    if (const auto multipleOf = schema.find("multipleOf"); multipleOf != schema.end() && multipleOf->is_number()) {
        const double divisor = multipleOf->get<double>();
        if (divisor > 0 && std::fmod(value, divisor) != 0.0)
            violations.push_back({pointer, instance.dump() + " is not a multiple of " + multipleOf->dump()});
    }
    const std::string format = schema.value("format", std::string());
    if (instance.is_number_integer() && (format == "int64" || format == "int32")) {
        const bool fits = format == "int64"
            ? !instance.is_number_unsigned() || instance.get<std::uint64_t>() <= std::uint64_t(INT64_MAX)
            : instance.is_number_unsigned()
                ? instance.get<std::uint64_t>() <= std::uint64_t(INT32_MAX)
                : instance.get<std::int64_t>() >= INT32_MIN && instance.get<std::int64_t>() <= INT32_MAX;
        if (!fits)
            violations.push_back({pointer, instance.dump() + " does not fit the format " + format});
    }
}

void SchemaValidator::checkArray(const json &instance, const json &schema, const std::string &pointer,
    std::vector<SchemaViolation> &violations, Walk walk) const
{
    if (const auto minItems = schema.find("minItems"); minItems != schema.end() && minItems->is_number()) {
        if (instance.size() < minItems->get<std::size_t>())
            violations.push_back({pointer, "array of " + std::to_string(instance.size()) + " items has fewer than minItems "
                    + minItems->dump()});
    }
    if (const auto maxItems = schema.find("maxItems"); maxItems != schema.end() && maxItems->is_number()) {
        if (instance.size() > maxItems->get<std::size_t>())
            violations.push_back({pointer, "array of " + std::to_string(instance.size()) + " items has more than maxItems "
                    + maxItems->dump()});
    }
    if (schema.value("uniqueItems", false)) {
        for (std::size_t i = 0; i < instance.size(); ++i) {
            for (std::size_t j = i + 1; j < instance.size(); ++j) {
                if (instance[i] == instance[j])
                    violations.push_back({appendPointer(pointer, std::to_string(j)),
                        "duplicate of item " + std::to_string(i) + " (uniqueItems)"});
            }
        }
    }
    if (const auto items = schema.find("items"); items != schema.end()) {
        for (std::size_t i = 0; i < instance.size(); ++i)
            check(instance[i], *items, appendPointer(pointer, std::to_string(i)), violations, walk.into());
    }
}

void SchemaValidator::checkObject(const json &instance, const json &schema, const std::string &pointer,
    std::vector<SchemaViolation> &violations, Walk walk) const
{
    if (const auto required = schema.find("required"); required != schema.end() && required->is_array()) {
        for (const json &name : *required) {
            if (name.is_string() && !instance.contains(name.get<std::string>()))
                violations.push_back({pointer, "required property \"" + name.get<std::string>() + "\" is missing"});
        }
    }
    if (const auto minProperties = schema.find("minProperties"); minProperties != schema.end()
        && minProperties->is_number() && instance.size() < minProperties->get<std::size_t>())
        violations.push_back({pointer, "object has fewer than minProperties " + minProperties->dump()});
    if (const auto maxProperties = schema.find("maxProperties"); maxProperties != schema.end()
        && maxProperties->is_number() && instance.size() > maxProperties->get<std::size_t>())
        violations.push_back({pointer, "object has more than maxProperties " + maxProperties->dump()});

    const auto properties = schema.find("properties");
    const bool hasProperties = properties != schema.end() && properties->is_object();
    const auto additional = schema.find("additionalProperties");
    for (const auto &[name, value] : instance.items()) {
        const std::string where = appendPointer(pointer, name);
        if (hasProperties && properties->contains(name)) {
            check(value, properties->at(name), where, violations, walk.into());
            continue;
        }
        if (additional == schema.end()) {
            if (m_rejectUndeclared && hasProperties && !walk.composed)
                violations.push_back({where, "property \"" + name + "\" is not declared by the schema"});
            continue;
        }
        if (additional->is_boolean()) {
            if (!additional->get<bool>())
                violations.push_back({where, "property \"" + name + "\" is not allowed (additionalProperties is false)"});
        } else {
            check(value, *additional, where, violations, walk.into());
        }
    }
}

void SchemaValidator::checkComposition(const json &instance, const json &schema, const std::string &pointer,
    std::vector<SchemaViolation> &violations, Walk walk) const
{
    if (const auto allOf = schema.find("allOf"); allOf != schema.end() && allOf->is_array()) {
        for (const json &part : *allOf)
            check(instance, part, pointer, violations, walk.part());
    }
    if (const auto anyOf = schema.find("anyOf"); anyOf != schema.end() && anyOf->is_array()) {
        std::string reasons;
        bool matched = false;
        for (std::size_t i = 0; i < anyOf->size() && !matched; ++i) {
            std::vector<SchemaViolation> partViolations;
            check(instance, anyOf->at(i), pointer, partViolations, walk.part());
            matched = partViolations.empty();
            reasons += " [" + std::to_string(i) + "] " + joinReasons(partViolations);
        }
        if (!matched)
            violations.push_back({pointer, "matches none of the anyOf schemas:" + reasons});
    }
    if (const auto oneOf = schema.find("oneOf"); oneOf != schema.end() && oneOf->is_array()) {
        std::string reasons;
        std::string matches;
        int matchCount = 0;
        for (std::size_t i = 0; i < oneOf->size(); ++i) {
            std::vector<SchemaViolation> partViolations;
            check(instance, oneOf->at(i), pointer, partViolations, walk.part());
            if (partViolations.empty()) {
                ++matchCount;
                matches += (matches.empty() ? "" : ", ") + std::to_string(i);
            }
            reasons += " [" + std::to_string(i) + "] " + joinReasons(partViolations);
        }
        if (matchCount == 0)
            violations.push_back({pointer, "matches none of the oneOf schemas:" + reasons});
        else if (matchCount > 1)
            violations.push_back({pointer, "matches " + std::to_string(matchCount) + " of the oneOf schemas (" + matches
                    + "), exactly one must match"});
    }
    if (const auto notSchema = schema.find("not"); notSchema != schema.end()) {
        std::vector<SchemaViolation> partViolations;
        check(instance, *notSchema, pointer, partViolations, walk.part());
        if (partViolations.empty())
            violations.push_back({pointer, "matches the schema under \"not\""});
    }
}

} // namespace lakescope::testing
