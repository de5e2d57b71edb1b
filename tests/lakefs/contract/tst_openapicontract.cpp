// SPDX-License-Identifier: Apache-2.0
// The contract machinery itself: each validator rule on a small schema
// (one test that passes and one that must fail), the spec loader on the
// real lakeFS spec, and the exchange checker on hand-made exchanges.
#include "tests/lakefs/contract/contractchecker.h"
#include "tests/lakefs/contract/openapispec.h"
#include "tests/lakefs/contract/schemavalidator.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace lakescope::testing;
using nlohmann::json;

namespace {

// Schemas that "$ref"s in the tests point at.
const json &document()
{
    static const json doc = json::parse(R"({
        "components": {"schemas": {
            "Ref": {"type": "object", "required": ["id", "commit_id"],
                    "properties": {"id": {"type": "string"}, "commit_id": {"type": "string"}}},
            "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
            "Dangling": {"$ref": "#/components/schemas/Nowhere"}
        }}
    })");
    return doc;
}

std::vector<SchemaViolation> validate(const json &instance, const json &schema)
{
    return SchemaValidator(document()).validate(instance, schema);
}

QString describe(const std::vector<SchemaViolation> &violations)
{
    QStringList lines;
    for (const SchemaViolation &violation : violations)
        lines << QString::fromStdString(violation.toString());
    return lines.join(QStringLiteral("\n"));
}

QString describe(const std::vector<ContractViolation> &violations)
{
    QStringList lines;
    for (const ContractViolation &violation : violations)
        lines << QString::fromStdString(violation.toString());
    return lines.join(QStringLiteral("\n"));
}

HttpExchange exchange(const std::string &method, const std::string &target, int status, const std::string &contentType,
    const std::string &body)
{
    HttpExchange result{method, target, status, {}, body};
    if (!contentType.empty())
        result.headers.emplace_back("Content-Type", contentType);
    return result;
}

} // namespace

class TestOpenApiContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void schemaRule_data();
    void schemaRule();
    void violationPointers();
    void compositionReasons();
    void undeclaredProperties();
    void referenceResolution();

    void specLoadsTheLakeFsDocument();
    void specFindsOperations_data();
    void specFindsOperations();
    void specResponses();

    void checkerAcceptsConformingExchanges();
    void checkerRejectsWrongExchanges_data();
    void checkerRejectsWrongExchanges();
    void checkerDocumentedDeviations();

private:
    std::optional<OpenApiSpec> m_spec;
};

void TestOpenApiContract::initTestCase()
{
    std::string error;
    m_spec = OpenApiSpec::load(LAKESCOPE_LAKEFS_SPEC_JSON, &error);
    QVERIFY2(m_spec, error.c_str());
}

// Each rule with a value that passes and one that breaks it; the broken one
// must give exactly one violation at the expected pointer, naming the rule.
void TestOpenApiContract::schemaRule_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("type string") << R"({"type":"string"})" << R"("a")" << "1" << "" << "expected string, got integer";
    QTest::newRow("type integer") << R"({"type":"integer"})" << "7" << R"("7")" << "" << "expected integer, got string";
    QTest::newRow("integer written 3.0") << R"({"type":"integer"})" << "3" << "3.0" << "" << "got number";
    QTest::newRow("type number") << R"({"type":"number"})" << "2" << "true" << "" << "expected number, got boolean";
    QTest::newRow("type boolean") << R"({"type":"boolean"})" << "false" << "0" << "" << "expected boolean";
    QTest::newRow("type array") << R"({"type":"array"})" << "[]" << "{}" << "" << "expected array, got object";
    QTest::newRow("type object") << R"({"type":"object"})" << "{}" << "[]" << "" << "expected object, got array";
    QTest::newRow("required") << R"({"type":"object","required":["id"]})" << R"({"id":"x"})" << R"({"ID":"x"})" << ""
                              << "required property \"id\" is missing";
    QTest::newRow("property type") << R"({"type":"object","properties":{"size":{"type":"integer"}}})"
                                   << R"({"size":3})" << R"({"size":"3"})" << "/size" << "expected integer";
    QTest::newRow("enum") << R"({"type":"string","enum":["object","common_prefix"]})" << R"("object")"
                          << R"("directory")" << "" << "is not one of the enum values";
    QTest::newRow("not nullable") << R"({"type":"string"})" << R"("")" << "null" << "" << "null is not allowed";
    QTest::newRow("nullable") << R"({"type":"string","nullable":true})" << "null" << "5" << "" << "expected string";
    QTest::newRow("items") << R"({"type":"array","items":{"type":"string"}})" << R"(["a","b"])" << R"(["a",2])"
                           << "/1" << "expected string, got integer";
    QTest::newRow("minItems") << R"({"type":"array","minItems":1})" << "[1]" << "[]" << "" << "fewer than minItems";
    QTest::newRow("maxItems") << R"({"type":"array","maxItems":1})" << "[1]" << "[1,2]" << "" << "more than maxItems";
    QTest::newRow("uniqueItems") << R"({"type":"array","uniqueItems":true})" << "[1,2]" << "[1,1]" << "/1" << "uniqueItems";
    QTest::newRow("$ref") << R"({"$ref":"#/components/schemas/Ref"})" << R"({"id":"main","commit_id":"c"})"
                          << R"({"id":"main"})" << "" << "\"commit_id\" is missing";
    QTest::newRow("additionalProperties false")
        << R"({"type":"object","properties":{"a":{}},"additionalProperties":false})" << R"({"a":1})"
        << R"({"a":1,"b":2})" << "/b" << "additionalProperties is false";
    QTest::newRow("additionalProperties schema") << R"({"type":"object","additionalProperties":{"type":"string"}})"
                                                 << R"({"k":"v"})" << R"({"k":"v","n":1})" << "/n" << "expected string";
    QTest::newRow("allOf") << R"({"allOf":[{"$ref":"#/components/schemas/Error"},{"required":["code"]}]})"
                           << R"({"message":"m","code":1})" << R"({"message":"m"})" << ""
                           << "required property \"code\" is missing";
    QTest::newRow("anyOf") << R"({"anyOf":[{"type":"string"},{"type":"integer"}]})" << "1" << "true" << ""
                           << "matches none of the anyOf schemas";
    QTest::newRow("oneOf none") << R"({"oneOf":[{"type":"string"},{"type":"integer"}]})" << R"("a")" << "[]" << ""
                                << "matches none of the oneOf schemas";
    QTest::newRow("oneOf two") << R"({"oneOf":[{"type":"integer"},{"type":"number"}]})" << "1.5" << "1" << ""
                               << "matches 2 of the oneOf schemas";
    QTest::newRow("not") << R"({"not":{"type":"string"}})" << "1" << R"("s")" << "" << "under \"not\"";
    QTest::newRow("minimum") << R"({"type":"integer","minimum":0})" << "0" << "-1" << "" << "below the minimum 0";
    QTest::newRow("exclusiveMinimum") << R"({"type":"integer","minimum":0,"exclusiveMinimum":true})" << "1" << "0"
                                      << "" << "below the exclusive minimum";
    QTest::newRow("maximum") << R"({"type":"integer","maximum":1})" << "1" << "2" << "" << "above the maximum 1";
    QTest::newRow("multipleOf") << R"({"type":"integer","multipleOf":5})" << "10" << "11" << "" << "not a multiple of 5";
    QTest::newRow("minLength") << R"({"type":"string","minLength":1})" << R"("é")" << R"("")" << ""
                               << "shorter than minLength";
    QTest::newRow("maxLength counts characters") << R"({"type":"string","maxLength":2})" << R"("éé")" << R"("abc")"
                                                 << "" << "longer than maxLength";
    QTest::newRow("pattern") << R"({"type":"string","pattern":"^[a-z0-9][a-z0-9-]{2,62}$"})" << R"("my-repo")"
                             << R"("My_Repo")" << "" << "does not match the pattern";
    QTest::newRow("minProperties") << R"({"type":"object","minProperties":1})" << R"({"a":1})" << "{}" << ""
                                   << "fewer than minProperties";
    QTest::newRow("format date-time") << R"({"type":"string","format":"date-time"})" << R"("2024-05-01T10:20:30.5Z")"
                                      << R"("2024-05-01 10:20:30")" << "" << "not an RFC 3339 date-time";
    QTest::newRow("date-time ranges") << R"({"type":"string","format":"date-time"})" << R"("2024-12-31T23:59:60+01:00")"
                                      << R"("2024-13-01T00:00:00Z")" << "" << "not an RFC 3339 date-time";
    QTest::newRow("format int64") << R"({"type":"integer","format":"int64"})" << "9223372036854775807"
                                  << "9223372036854775808" << "" << "does not fit the format int64";
    QTest::newRow("format int32") << R"({"type":"integer","format":"int32"})" << "-2147483648" << "2147483648" << ""
                                  << "does not fit the format int32";
    QTest::newRow("other formats ignored") << R"({"type":"string","format":"binary"})" << R"("\u0001")" << "1" << ""
                                           << "expected string";
}

void TestOpenApiContract::schemaRule()
{
    QFETCH(QString, schema);
    QFETCH(QString, good);
    QFETCH(QString, bad);
    QFETCH(QString, pointer);
    QFETCH(QString, reasonPart);

    const json schemaJson = json::parse(schema.toStdString());
    const auto goodViolations = validate(json::parse(good.toStdString()), schemaJson);
    QVERIFY2(goodViolations.empty(), qPrintable(describe(goodViolations)));

    const auto badViolations = validate(json::parse(bad.toStdString()), schemaJson);
    QVERIFY2(badViolations.size() == 1, qPrintable(QStringLiteral("expected one violation, got:\n") + describe(badViolations)));
    QCOMPARE(QString::fromStdString(badViolations.front().pointer), pointer);
    QVERIFY2(QString::fromStdString(badViolations.front().reason).contains(reasonPart),
        qPrintable(describe(badViolations)));
}

void TestOpenApiContract::violationPointers()
{
    // Every violation is reported, each at its own place; "/" and "~" in keys
    // are escaped as RFC 6901 says.
    const json schema = json::parse(R"({"type":"object","properties":{
        "results":{"type":"array","items":{"$ref":"#/components/schemas/Ref"}},
        "metadata":{"type":"object","additionalProperties":{"type":"string"}}}})");
    const json instance = json::parse(R"({"results":[{"id":"a","commit_id":"c"},{"id":1}],
        "metadata":{"a/b":1,"c~d":"ok","e~f":false}})");
    const auto violations = validate(instance, schema);
    QStringList lines;
    for (const SchemaViolation &violation : violations)
        lines << QString::fromStdString(violation.toString());
    lines.sort();
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("/metadata/a~1b: expected string, got integer 1"),
                        QStringLiteral("/metadata/e~0f: expected string, got boolean false"),
                        QStringLiteral("/results/1/id: expected string, got integer 1"),
                        QStringLiteral("/results/1: required property \"commit_id\" is missing"),
                    }));
    QCOMPARE(SchemaValidator::appendPointer("", "x/y~z"), std::string("/x~1y~0z"));
}

void TestOpenApiContract::compositionReasons()
{
    // A failed anyOf says why each alternative failed.
    const auto violations = validate(json::parse(R"({"id":1})"),
        json::parse(R"({"anyOf":[{"$ref":"#/components/schemas/Ref"},{"$ref":"#/components/schemas/Error"}]})"));
    QCOMPARE(violations.size(), std::size_t(1));
    const QString reason = QString::fromStdString(violations.front().reason);
    QCOMPARE(reason,
        QStringLiteral("matches none of the anyOf schemas: [0] (root): required property \"commit_id\" is missing; "
                       "/id: expected string, got integer 1 [1] (root): required property \"message\" is missing"));
}

void TestOpenApiContract::undeclaredProperties()
{
    SchemaValidator validator(document());
    const json schema = json::parse(R"({"type":"object","properties":{
        "ref":{"$ref":"#/components/schemas/Ref"},
        "map":{"type":"object","additionalProperties":{"type":"string"}},
        "both":{"allOf":[{"$ref":"#/components/schemas/Ref"},{"properties":{"extra":{"type":"string"}}}]}}})");
    const json instance = json::parse(R"({"ref":{"id":"a","commit_id":"c","commitId":"c"},"map":{"any":"x"},
        "both":{"id":"a","commit_id":"c","extra":"e"},"typo":1})");
    // JSON Schema's default: undeclared properties pass.
    QVERIFY2(validator.isValid(instance, schema), qPrintable(describe(validator.validate(instance, schema))));

    validator.setRejectUndeclaredProperties(true);
    QStringList lines;
    for (const SchemaViolation &violation : validator.validate(instance, schema))
        lines << QString::fromStdString(violation.toString());
    lines.sort();
    // additionalProperties still allows a map's keys, and allOf parts do not
    // reject each other's properties.
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("/ref/commitId: property \"commitId\" is not declared by the schema"),
                        QStringLiteral("/typo: property \"typo\" is not declared by the schema"),
                    }));
}

void TestOpenApiContract::referenceResolution()
{
    const SchemaValidator validator(document());
    std::string error;
    QVERIFY(validator.resolveReference("#/components/schemas/Ref", &error));
    QVERIFY(!validator.resolveReference("#/components/schemas/Missing", &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("names nothing")), error.c_str());
    QVERIFY(!validator.resolveReference("other.yml#/x", &error));

    // A dangling reference is a violation, not a pass.
    const auto violations = validate(json::object(), json::parse(R"({"$ref":"#/components/schemas/Dangling"})"));
    QCOMPARE(violations.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(violations.front().reason).startsWith(QStringLiteral("schema error")));
}

void TestOpenApiContract::specLoadsTheLakeFsDocument()
{
    QCOMPARE(m_spec->basePath(), std::string("/api/v1"));
    QCOMPARE(m_spec->operationCount(), std::size_t(134));
    QVERIFY(m_spec->schema("Error"));
    QVERIFY(m_spec->schema("MergeResult"));

    // Every "$ref" in the document resolves, so no check passes by accident.
    std::vector<std::string> dangling;
    const std::function<void(const json &, const std::string &)> walk = [&](const json &node, const std::string &where) {
        if (node.is_object()) {
            if (node.contains("$ref") && !m_spec->resolve(node))
                dangling.push_back(where + " -> " + node["$ref"].dump());
            for (const auto &[key, value] : node.items())
                walk(value, SchemaValidator::appendPointer(where, key));
        } else if (node.is_array()) {
            for (std::size_t i = 0; i < node.size(); ++i)
                walk(node[i], SchemaValidator::appendPointer(where, std::to_string(i)));
        }
    };
    walk(m_spec->document(), "");
    QVERIFY2(dangling.empty(), dangling.empty() ? "" : dangling.front().c_str());

    std::string error;
    QVERIFY(!OpenApiSpec::fromJson(json::parse(R"({"swagger":"2.0","paths":{}})"), &error));
    QVERIFY(!OpenApiSpec::load("/nonexistent/spec.json", &error));
}

void TestOpenApiContract::specFindsOperations_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<QString>("parameters");

    QTest::newRow("literal") << "GET" << "/healthcheck" << "healthCheck" << "";
    QTest::newRow("one parameter") << "get" << "/repositories/repo1" << "getRepository" << "repository=repo1";
    QTest::newRow("method decides") << "DELETE" << "/repositories/repo1" << "deleteRepository" << "repository=repo1";
    QTest::newRow("objects/ls over objects") << "GET" << "/repositories/r/refs/main/objects/ls" << "listObjects"
                                             << "ref=main,repository=r";
    QTest::newRow("objects") << "HEAD" << "/repositories/r/refs/main~1/objects" << "headObject"
                             << "ref=main~1,repository=r";
    QTest::newRow("diff refs") << "GET" << "/repositories/r/refs/a/diff/b" << "diffRefs"
                               << "leftRef=a,repository=r,rightRef=b";
    QTest::newRow("merge") << "POST" << "/repositories/r/refs/feature/merge/main" << "mergeIntoBranch"
                           << "destinationBranch=main,repository=r,sourceRef=feature";
    QTest::newRow("branch") << "PUT" << "/repositories/r/branches/dev" << "resetBranch" << "branch=dev,repository=r";
    QTest::newRow("bulk delete") << "POST" << "/repositories/r/branches/dev/objects/delete" << "deleteObjects"
                                 << "branch=dev,repository=r";
    QTest::newRow("encoded segment") << "GET" << "/repositories/r/commits/main%7E1" << "getCommit"
                                     << "commitId=main%7E1,repository=r";
    QTest::newRow("unknown path") << "GET" << "/repositories/r/nothing" << "" << "";
    QTest::newRow("unknown method") << "PATCH" << "/repositories/r" << "" << "";
    QTest::newRow("empty segment") << "GET" << "/repositories//branches" << "" << "";
}

void TestOpenApiContract::specFindsOperations()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, operationId);
    QFETCH(QString, parameters);

    const auto operation = m_spec->findOperation(method.toStdString(), path.toStdString());
    if (operationId.isEmpty()) {
        QVERIFY2(!operation, operation ? operation->describe().c_str() : "");
        return;
    }
    QVERIFY(operation);
    QCOMPARE(QString::fromStdString(operation->operationId), operationId);
    QStringList found;
    for (const auto &[name, value] : operation->pathParameters)
        found << QString::fromStdString(name + "=" + value);
    QCOMPARE(found.join(QLatin1Char(',')), parameters);
}

void TestOpenApiContract::specResponses()
{
    const auto getRepository = m_spec->findOperationById("getRepository");
    QVERIFY(getRepository);
    QVERIFY(getRepository->secured);
    std::string key;
    const json *ok = m_spec->findResponse(*getRepository, 200, false, &key);
    QVERIFY(ok);
    QCOMPARE(key, std::string("200"));
    QCOMPARE(ok->at("content").at("application/json").at("schema").at("$ref").get<std::string>(),
        std::string("#/components/schemas/Repository"));
    // A response $ref (NotFound) is followed to the response object.
    const json *notFound = m_spec->findResponse(*getRepository, 404, false);
    QVERIFY(notFound);
    QCOMPARE(notFound->at("description").get<std::string>(), std::string("Resource Not Found"));
    QVERIFY(!m_spec->findResponse(*getRepository, 418, false));
    QVERIFY(m_spec->findResponse(*getRepository, 418, true, &key));
    QCOMPARE(key, std::string("default"));

    const auto healthCheck = m_spec->findOperationById("healthCheck");
    QVERIFY(healthCheck);
    QVERIFY(!healthCheck->secured);
    QVERIFY(!m_spec->findOperationById("noSuchOperation"));
}

void TestOpenApiContract::checkerAcceptsConformingExchanges()
{
    const ContractChecker checker(*m_spec);
    const std::vector<HttpExchange> exchanges{
        exchange("GET", "/api/v1/healthcheck", 204, "", ""),
        exchange("GET", "/api/v1/repositories/r1?x=1", 200, "application/json; charset=utf-8",
            R"({"id":"r1","creation_date":1700000000,"default_branch":"main","storage_namespace":"local://r1"})"),
        exchange("GET", "/api/v1/repositories/r1", 404, "application/json", R"({"message":"repository not found"})"),
        exchange("GET", "/api/v1/repositories/r1/branches", 200, "application/json",
            R"({"pagination":{"has_more":false,"next_offset":"","results":1,"max_per_page":1000},
                "results":[{"id":"main","commit_id":"abc"}]})"),
        // /user lists no 401, but it needs credentials: the Unauthorized response applies.
        exchange("GET", "/api/v1/user", 401, "application/json", R"({"message":"error authenticating request"})"),
        // 5xx falls to "default" (ServerError).
        exchange("DELETE", "/api/v1/repositories/r1", 503, "application/json", R"({"message":"slow down"})"),
        exchange("POST", "/api/v1/repositories/r/refs/a/merge/main", 409, "application/json", R"({"reference":""})"),
    };
    for (const HttpExchange &item : exchanges) {
        const auto violations = checker.check(item);
        QVERIFY2(violations.empty(), qPrintable(describe(violations)));
    }
}

void TestOpenApiContract::checkerRejectsWrongExchanges_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected"); // every violation, as toString() gives them, one a line

    QTest::newRow("outside the base path") << "GET" << "/v1/repositories" << 200 << "" << ""
                                           << "GET /v1/repositories -> 200: the path is outside the API base path /api/v1";
    QTest::newRow("no such operation") << "GET" << "/api/v1/nothing" << 200 << "" << ""
                                       << "GET /api/v1/nothing -> 200: the spec has no operation GET /nothing";
    QTest::newRow("undocumented status") << "GET" << "/api/v1/repositories/r" << 409 << "application/json"
                                         << R"({"message":"x"})"
                                         << "GET /api/v1/repositories/r -> 409 [GET /repositories/{repository} "
                                            "(getRepository)]: status 409 is not documented (documented: 200, 400, "
                                            "401, 404, 429, default)";
    QTest::newRow("401 where no credentials are needed") << "GET" << "/api/v1/healthcheck" << 401 << "application/json"
                                                         << R"({"message":"x"})"
                                                         << "GET /api/v1/healthcheck -> 401 [GET /healthcheck "
                                                            "(healthCheck)]: status 401 is not documented (documented: 204)";
    QTest::newRow("error body without message") << "GET" << "/api/v1/repositories/r" << 404 << "application/json"
                                                << R"({})"
                                                << "GET /api/v1/repositories/r -> 404 [GET /repositories/{repository} "
                                                   "(getRepository)]: at #: required property \"message\" is missing";
    QTest::newRow("wrong content type") << "GET" << "/api/v1/repositories/r" << 404 << "text/plain" << R"({"message":"m"})"
                                        << "GET /api/v1/repositories/r -> 404 [GET /repositories/{repository} "
                                           "(getRepository)]: Content-Type \"text/plain\" is not documented "
                                           "(documented: application/json)";
    QTest::newRow("missing content type") << "GET" << "/api/v1/repositories/r" << 404 << "" << R"({"message":"m"})"
                                          << "GET /api/v1/repositories/r -> 404 [GET /repositories/{repository} "
                                             "(getRepository)]: the Content-Type header is missing (documented: "
                                             "application/json)";
    QTest::newRow("not json") << "GET" << "/api/v1/repositories/r" << 404 << "application/json" << "not found"
                              << "GET /api/v1/repositories/r -> 404 [GET /repositories/{repository} (getRepository)]: "
                                 "the body is not JSON: not found";
    QTest::newRow("empty json body") << "POST" << "/api/v1/repositories/r/branches/b/commits" << 201
                                     << "application/json" << ""
                                     << "POST /api/v1/repositories/r/branches/b/commits -> 201 [POST "
                                        "/repositories/{repository}/branches/{branch}/commits (commit)]: the body "
                                        "is empty, a JSON document was expected";
    QTest::newRow("body where none is documented") << "GET" << "/api/v1/healthcheck" << 204 << "text/plain" << "ok"
                                                   << "GET /api/v1/healthcheck -> 204 [GET /healthcheck (healthCheck)]: "
                                                      "the spec documents no body for this status, got 2 bytes: ok";
    QTest::newRow("merge conflict as Error") << "POST" << "/api/v1/repositories/r/refs/a/merge/main" << 409
                                             << "application/json" << R"({"message":"conflict"})"
                                             << "POST /api/v1/repositories/r/refs/a/merge/main -> 409 [POST "
                                                "/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch} "
                                                "(mergeIntoBranch)]: at #: required property \"reference\" is missing\n"
                                                "POST /api/v1/repositories/r/refs/a/merge/main -> 409 [POST "
                                                "/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch} "
                                                "(mergeIntoBranch)]: at #/message: property \"message\" is not declared "
                                                "by the schema";
    QTest::newRow("branch create as text/plain") << "POST" << "/api/v1/repositories/r/branches" << 201
                                                 << "text/plain; charset=utf-8" << "abc"
                                                 << "POST /api/v1/repositories/r/branches -> 201 [POST "
                                                    "/repositories/{repository}/branches (createBranch)]: Content-Type "
                                                    "\"text/plain; charset=utf-8\" is not documented (documented: "
                                                    "text/html)";
    QTest::newRow("undeclared property") << "GET" << "/api/v1/repositories/r/branches/b/import?id=1" << 200
                                         << "application/json"
                                         << R"({"completed":true,"update_time":"2024-01-01T00:00:00Z","meta_range_id":"x"})"
                                         << "GET /api/v1/repositories/r/branches/b/import?id=1 -> 200 [GET "
                                            "/repositories/{repository}/branches/{branch}/import (importStatus)]: at "
                                            "#/meta_range_id: property \"meta_range_id\" is not declared by the schema";
    QTest::newRow("date-time") << "GET" << "/api/v1/repositories/r/branches/b/import?id=1" << 200 << "application/json"
                               << R"({"completed":true,"update_time":1700000000})"
                               << "GET /api/v1/repositories/r/branches/b/import?id=1 -> 200 [GET "
                                  "/repositories/{repository}/branches/{branch}/import (importStatus)]: at "
                                  "#/update_time: expected string, got integer 1700000000";
    QTest::newRow("nested type") << "GET" << "/api/v1/repositories/r/commits/c" << 200 << "application/json"
                                 << R"({"id":"c","parents":[],"committer":"","message":"m","creation_date":"1",
                                        "meta_range_id":""})"
                                 << "GET /api/v1/repositories/r/commits/c -> 200 [GET "
                                    "/repositories/{repository}/commits/{commitId} (getCommit)]: at #/creation_date: "
                                    "expected integer, got string \"1\"";
}

void TestOpenApiContract::checkerRejectsWrongExchanges()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, contentType);
    QFETCH(QString, body);
    QFETCH(QString, expected);

    const ContractChecker checker(*m_spec);
    const auto violations = checker.check(
        exchange(method.toStdString(), target.toStdString(), status, contentType.toStdString(), body.toStdString()));
    QCOMPARE(describe(violations), expected);
}

void TestOpenApiContract::checkerDocumentedDeviations()
{
    // An accepted Content-Type silences only that operation and status.
    ContractChecker checker(*m_spec);
    checker.acceptContentType("createBranch", 201, "text/plain");
    const HttpExchange created = exchange("POST", "/api/v1/repositories/r/branches", 201, "text/plain; charset=utf-8", "c0ffee");
    QVERIFY2(checker.check(created).empty(), qPrintable(describe(checker.check(created))));
    HttpExchange conflict = created;
    conflict.status = 409;
    const auto conflictViolations = checker.check(conflict);
    QCOMPARE(conflictViolations.size(), std::size_t(2)); // the Content-Type, and a body that is not JSON
    QVERIFY(conflictViolations.front().reason.starts_with("Content-Type \"text/plain; charset=utf-8\" is not documented"));

    // Documented headers: Content-Length must be an integer when present.
    checker.acceptContentType("getObject", 200, "*");
    HttpExchange object = exchange("GET", "/api/v1/repositories/r/refs/main/objects?path=a.csv", 200, "text/csv", "a,b\n");
    object.headers.emplace_back("Content-Length", "4");
    QVERIFY2(checker.check(object).empty(), qPrintable(describe(checker.check(object))));
    object.headers.back().second = "four";
    const auto violations = checker.check(object);
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(violations.front().reason, std::string("header Content-Length: \"four\" is not an integer"));

    // An accepted undocumented status is held to the Error schema.
    HttpExchange duplicate = exchange("POST", "/api/v1/repositories/r/branch_protection", 409, "application/json",
        R"({"message":"branch protection rule already exists: not unique"})");
    QCOMPARE(checker.check(duplicate).size(), std::size_t(1));
    checker.acceptErrorStatus("internalCreateBranchProtectionRule", 409);
    QVERIFY2(checker.check(duplicate).empty(), qPrintable(describe(checker.check(duplicate))));
    duplicate.body = R"({"reason":"exists"})";
    QCOMPARE(checker.check(duplicate).size(), std::size_t(2)); // no message, an undeclared reason

    // A HEAD response never has a body.
    HttpExchange head = exchange("HEAD", "/api/v1/repositories/r/refs/main/objects?path=a.csv", 200, "", "x");
    QCOMPARE(checker.check(head).size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestOpenApiContract)
#include "tst_openapicontract.moc"
