// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lakescope::testing {

// One way a JSON value breaks a schema: where (a JSON pointer into the
// value, "" for the value itself) and why, in words a failure message can
// show as is.
struct SchemaViolation
{
    std::string pointer;
    std::string reason;

    std::string toString() const;
};

// Validates JSON values against OpenAPI 3.0 schema objects (the JSON Schema
// subset OpenAPI 3.0 defines): $ref (local "#/..." pointers into the
// document, siblings ignored as OpenAPI 3.0 says), type, nullable, enum,
// required, properties, additionalProperties, items, min/maxItems,
// uniqueItems, min/maxProperties, allOf, oneOf, anyOf, not, minimum/maximum
// (with the boolean exclusive* of 3.0), multipleOf, min/maxLength, pattern.
// Of `format`, only what a client would choke on is checked: date-time
// strings must be RFC 3339 and int32/int64 integers must fit. Every
// violation is reported, not only the first. Optionally, undeclared
// properties are refused (setRejectUndeclaredProperties).
//
// Integers must be written as integers: 3.0 is not an integer here, since
// Go clients (lakectl) refuse to decode it into an int64.
class SchemaValidator
{
public:
    // `document` is what "$ref"s resolve against; it must outlive the validator.
    explicit SchemaValidator(const nlohmann::json &document);

    std::vector<SchemaViolation> validate(const nlohmann::json &instance, const nlohmann::json &schema) const;
    bool isValid(const nlohmann::json &instance, const nlohmann::json &schema) const;

    // The node a "#/a/b" reference names, or nullptr (and *error) when it is
    // not a local reference or names nothing.
    const nlohmann::json *resolveReference(const std::string &reference, std::string *error) const;

    // "/a/b~1c" for path {"a", "b/c"}: RFC 6901 escaping of one step.
    static std::string appendPointer(const std::string &pointer, const std::string &token);

    // Whether an object may carry properties its schema does not declare
    // when the schema says nothing about additionalProperties (JSON
    // Schema's default: yes). Off makes a misspelled optional property an
    // error; not applied inside allOf/anyOf/oneOf, whose parts each declare
    // only some of the properties.
    void setRejectUndeclaredProperties(bool reject) { m_rejectUndeclared = reject; }

private:
    struct Walk
    {
        int depth = 0;
        bool composed = false; // checking one part of an allOf/anyOf/oneOf/not

        Walk into() const { return {depth + 1, false}; }
        Walk sameValue() const { return {depth + 1, composed}; }
        Walk part() const { return {depth + 1, true}; }
    };

    void check(const nlohmann::json &instance, const nlohmann::json &schema, const std::string &pointer,
        std::vector<SchemaViolation> &violations, Walk walk) const;
    void checkString(const std::string &text, const nlohmann::json &schema, const std::string &pointer,
        std::vector<SchemaViolation> &violations) const;
    void checkNumber(const nlohmann::json &instance, const nlohmann::json &schema, const std::string &pointer,
        std::vector<SchemaViolation> &violations) const;
    void checkArray(const nlohmann::json &instance, const nlohmann::json &schema, const std::string &pointer,
        std::vector<SchemaViolation> &violations, Walk walk) const;
    void checkObject(const nlohmann::json &instance, const nlohmann::json &schema, const std::string &pointer,
        std::vector<SchemaViolation> &violations, Walk walk) const;
    void checkComposition(const nlohmann::json &instance, const nlohmann::json &schema, const std::string &pointer,
        std::vector<SchemaViolation> &violations, Walk walk) const;

    const nlohmann::json &m_document;
    bool m_rejectUndeclared = false;
};

// The JSON type name of a value as schemas spell it ("integer", "number",
// "string", "boolean", "array", "object", "null").
std::string jsonTypeName(const nlohmann::json &value);

} // namespace lakescope::testing
