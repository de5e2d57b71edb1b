// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/authenticator.h"
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>

namespace lakescope::lakefs {

namespace {

using Access = ApiRouter::Access;

Json storageConfig()
{
    // A local blockstore, as lakeFS reports one: no presigned URLs, and
    // imports only from local:// paths.
    return {
        { "blockstore_type", "local" },
        { "blockstore_namespace_example", "local://example-bucket/" },
        { "blockstore_namespace_ValidityRegex", "^local://" },
        { "blockstore_id", "" },
        { "default_namespace_prefix", "" },
        { "pre_sign_support", false },
        { "pre_sign_support_ui", false },
        { "import_support", true },
        { "import_validity_regex", "^local://" },
        { "pre_sign_multipart_upload", false },
    };
}

Json versionConfig()
{
    return {
        { "version", kLakeFsApiVersion },
        { "version_context", "lakescope" },
        { "upgrade_recommended", false },
    };
}

Json loginConfig()
{
    return {
        { "RBAC", "simplified" },
        { "login_url", "" },
        { "login_cookie_names", Json::array({ std::string(Authenticator::kSessionCookie) }) },
        { "logout_url", "/logout" },
    };
}

std::string cookieExpiry(std::int64_t unixSeconds)
{
    const std::time_t time = static_cast<std::time_t>(unixSeconds);
    std::tm parts {};
    gmtime_r(&time, &parts);
    char text[40];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &parts);
    return text;
}

} // namespace

void addSetupRoutes(ApiRouter &router, const ServerIdentity &identity)
{
    router.get("/healthcheck", [](ApiExchange &exchange) { exchange.sendNoContent(); }, Access::Public);

    router.get("/setup_lakefs", [](ApiExchange &exchange) {
        exchange.sendJson(200, { { "state", "initialized" }, { "comm_prefs_missing", false },
                                 { "login_config", loginConfig() } });
    }, Access::Public);

    router.post("/setup_lakefs", [](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "username" });
        if (!body)
            return exchange.sendError(body.error());
        exchange.sendError(409, "lakeFS already initialized");
    }, Access::Public);

    router.get("/user", [identity](ApiExchange &exchange) {
        exchange.sendJson(200, { { "user", { { "id", identity.userId }, { "creation_date", identity.creationDate },
                                             { "friendly_name", identity.userId } } } });
    });

    router.post("/auth/login", [&authenticator = router.authenticator()](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "access_key_id", "secret_access_key" });
        if (!body)
            return exchange.sendError(body.error());
        const auto &json = *body;
        if (!json["access_key_id"].is_string() || !json["secret_access_key"].is_string())
            return exchange.sendError(400, "request body has an error: doesn't match schema");
        const auto session = authenticator.login(json["access_key_id"].get<std::string>(),
                                                          json["secret_access_key"].get<std::string>());
        if (!session)
            return exchange.sendError(401, "error authenticating request");
        exchange.response().set_header("Set-Cookie", std::string(Authenticator::kSessionCookie) + "="
                                                         + session->token + "; Path=/; Expires="
                                                         + cookieExpiry(session->expires)
                                                         + "; HttpOnly; SameSite=Lax");
        exchange.sendJson(200, { { "token", session->token }, { "token_expiration", session->expires } });
    }, Access::Public);

    router.get("/auth/capabilities", [](ApiExchange &exchange) {
        exchange.sendJson(200, { { "invite_user", false }, { "forgot_password", false } });
    }, Access::Public);

    router.get("/config", [](ApiExchange &exchange) {
        exchange.sendJson(200, {
                                   { "version_config", versionConfig() },
                                   { "storage_config", storageConfig() },
                                   { "storage_config_list", Json::array({ storageConfig() }) },
                                   { "ui_config", { { "custom_viewers", Json::array() } } },
                                   { "capabilities_config", Json::object() },
                               });
    });
    router.get("/config/version", [](ApiExchange &exchange) { exchange.sendJson(200, versionConfig()); });
    router.get("/config/storage", [](ApiExchange &exchange) { exchange.sendJson(200, storageConfig()); });
    router.get("/config/garbage-collection", [](ApiExchange &exchange) {
        exchange.sendJson(200, { { "grace_period", 0 } });
    });
}

} // namespace lakescope::lakefs
