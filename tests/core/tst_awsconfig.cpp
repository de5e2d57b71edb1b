// SPDX-License-Identifier: Apache-2.0
#include "core/auth/awsconfig.h"
#include "core/auth/awsprofilefile.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <map>

using namespace lakescope;
using lakescope::testing::TempDir;

namespace {

using Env = std::map<std::string, std::string>;

// Distinctive values, so a leak into a message is easy to spot.
constexpr const char *kOptionSecret = "optSECRETvalue0000";
constexpr const char *kEnvSecret = "envSECRETvalue1111";
constexpr const char *kProfileSecret = "profileSECRETvalue2222";
constexpr const char *kToken = "tokenSECRETvalue3333";

StoreOptions::EnvLookup lookupIn(Env env)
{
    return [env = std::move(env)](const std::string &name) -> std::optional<std::string> {
        const auto it = env.find(name);
        return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

void verifyNoSecret(const std::string &message)
{
    for (const char *secret : { kOptionSecret, kEnvSecret, kProfileSecret, kToken })
        QVERIFY2(message.find(secret) == std::string::npos, message.c_str());
    QVERIFY2(message.find('\n') == std::string::npos, "messages are one line");
}

} // namespace

class TestAwsConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void anonymousWhenNothingIsSet();
    void explicitOptions();
    void optionsBeatEnvironment();
    void environment();
    void environmentBeatsProfile();
    void defaultProfile();
    void namedProfile();
    void configProfileSyntax();
    void credentialsFileWinsOverConfig();
    void fileLocationsFromEnvironment();
    void homeFromEnvironment();
    void missingNamedProfile();
    void partialCredentials_data();
    void partialCredentials();
    void tokenWithoutKeys();
    void unsupportedProfileCredentials();
    void skipSignature();
    void regionPrecedence();
    void endpointPrecedence();
    void invalidEndpoint();
    void addressingStyle_data();
    void addressingStyle();
    void parserSyntax();
    void parserErrors_data();
    void parserErrors();
    void unreadableFile();

private:
    Result<AwsConfig> resolve(const Env &env, const std::vector<std::string> &pairs = {});
    void writeCredentials(const std::string &text) { QVERIFY(m_home->writeFile(".aws/credentials", text)); }
    void writeConfig(const std::string &text) { QVERIFY(m_home->writeFile(".aws/config", text)); }

    std::unique_ptr<TempDir> m_home;
};

void TestAwsConfig::init()
{
    m_home = std::make_unique<TempDir>();
    QVERIFY(m_home->isValid());
}

Result<AwsConfig> TestAwsConfig::resolve(const Env &env, const std::vector<std::string> &pairs)
{
    auto options = StoreOptions::fromPairs(pairs, lookupIn(env));
    if (!options)
        return options.error();
    return AwsConfig::resolve(*options, m_home->path().string());
}

void TestAwsConfig::anonymousWhenNothingIsSet()
{
    auto config = resolve({});
    LS_VERIFY_OK(config);
    QVERIFY(config->credentials.isAnonymous());
    QCOMPARE(config->credentialSource, std::string("anonymous"));
    QCOMPARE(config->region, std::string("us-east-1"));
    QCOMPARE(config->endpoint, std::string());
    QVERIFY(config->virtualHosted);
    QCOMPARE(config->profile, std::string());
}

void TestAwsConfig::explicitOptions()
{
    auto config = resolve({},
        { "aws_access_key_id=AKIDOPT", std::string("aws_secret_access_key=") + kOptionSecret,
            std::string("aws_session_token=") + kToken });
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentialSource, std::string("options"));
    QCOMPARE(config->credentials.accessKeyId, std::string("AKIDOPT"));
    QCOMPARE(config->credentials.secretAccessKey, std::string(kOptionSecret));
    QCOMPARE(config->credentials.sessionToken, std::string(kToken));
}

void TestAwsConfig::optionsBeatEnvironment()
{
    const Env env = { { "AWS_ACCESS_KEY_ID", "AKIDENV" }, { "AWS_SECRET_ACCESS_KEY", kEnvSecret },
        { "AWS_SESSION_TOKEN", kToken } };
    auto config = resolve(env, { "access_key_id=AKIDOPT", std::string("secret_access_key=") + kOptionSecret });
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentialSource, std::string("options"));
    QCOMPARE(config->credentials.accessKeyId, std::string("AKIDOPT"));
    // The environment's token belongs to the environment's keys.
    QCOMPARE(config->credentials.sessionToken, std::string());
}

void TestAwsConfig::environment()
{
    // StoreOptions::get() falls back to these variables; the source must
    // still say "environment".
    const Env env = { { "AWS_ACCESS_KEY_ID", "AKIDENV" }, { "AWS_SECRET_ACCESS_KEY", kEnvSecret },
        { "AWS_SESSION_TOKEN", kToken } };
    auto config = resolve(env);
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentialSource, std::string("environment"));
    QCOMPARE(config->credentials.accessKeyId, std::string("AKIDENV"));
    QCOMPARE(config->credentials.secretAccessKey, std::string(kEnvSecret));
    QCOMPARE(config->credentials.sessionToken, std::string(kToken));

    // Exported but empty is unset.
    auto empty = resolve({ { "AWS_ACCESS_KEY_ID", "" }, { "AWS_SECRET_ACCESS_KEY", "" } });
    LS_VERIFY_OK(empty);
    QCOMPARE(empty->credentialSource, std::string("anonymous"));
}

void TestAwsConfig::environmentBeatsProfile()
{
    writeCredentials(std::string("[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = ")
        + kProfileSecret + "\nregion = eu-west-1\n");
    auto config = resolve({ { "AWS_ACCESS_KEY_ID", "AKIDENV" }, { "AWS_SECRET_ACCESS_KEY", kEnvSecret } });
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentialSource, std::string("environment"));
    // The profile still supplies what the environment does not.
    QCOMPARE(config->region, std::string("eu-west-1"));
    QCOMPARE(config->profile, std::string("default"));
}

void TestAwsConfig::defaultProfile()
{
    writeCredentials(std::string("[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = ")
        + kProfileSecret + "\naws_session_token = " + kToken + "\n");
    auto config = resolve({});
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentialSource, std::string("profile default"));
    QCOMPARE(config->profile, std::string("default"));
    QCOMPARE(config->credentials.accessKeyId, std::string("AKIDPROFILE"));
    QCOMPARE(config->credentials.secretAccessKey, std::string(kProfileSecret));
    QCOMPARE(config->credentials.sessionToken, std::string(kToken));
}

void TestAwsConfig::namedProfile()
{
    writeCredentials(std::string("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = x\n\n"
                                 "[work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = ")
        + kProfileSecret + "\n\n[play]\naws_access_key_id = AKIDPLAY\naws_secret_access_key = y\n");
    auto fromEnv = resolve({ { "AWS_PROFILE", "work" } });
    LS_VERIFY_OK(fromEnv);
    QCOMPARE(fromEnv->credentialSource, std::string("profile work"));
    QCOMPARE(fromEnv->credentials.accessKeyId, std::string("AKIDWORK"));

    // The option beats AWS_PROFILE.
    auto fromOption = resolve({ { "AWS_PROFILE", "work" } }, { "aws_profile=play" });
    LS_VERIFY_OK(fromOption);
    QCOMPARE(fromOption->profile, std::string("play"));
    QCOMPARE(fromOption->credentials.accessKeyId, std::string("AKIDPLAY"));
}

void TestAwsConfig::configProfileSyntax()
{
    // config: [default] and [profile NAME]; a bare [NAME] is not a profile.
    writeConfig(std::string("[default]\nregion = us-west-2\n\n[profile dev]\naws_access_key_id = AKIDDEV\n"
                            "aws_secret_access_key = ")
        + kProfileSecret + "\nregion = ap-south-1\n\n[bare]\nregion = sa-east-1\n");
    auto dev = resolve({}, { "profile=dev" });
    LS_VERIFY_OK(dev);
    QCOMPARE(dev->credentialSource, std::string("profile dev"));
    QCOMPARE(dev->region, std::string("ap-south-1"));

    auto byDefault = resolve({});
    LS_VERIFY_OK(byDefault);
    QCOMPARE(byDefault->region, std::string("us-west-2"));
    QCOMPARE(byDefault->credentialSource, std::string("anonymous"));

    LS_VERIFY_ERROR(resolve({}, { "profile=bare" }), ErrorCode::InvalidInput);

    // credentials: [NAME] is the profile, [profile NAME] is not.
    writeCredentials(
        std::string("[dev]\naws_access_key_id = AKIDCRED\naws_secret_access_key = ") + kProfileSecret + "\n");
    auto devCred = resolve({}, { "profile=dev" });
    LS_VERIFY_OK(devCred);
    QCOMPARE(devCred->credentials.accessKeyId, std::string("AKIDCRED"));
}

void TestAwsConfig::credentialsFileWinsOverConfig()
{
    writeConfig(
        "[profile p]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = fromconfig\nregion = eu-north-1\n");
    writeCredentials(
        std::string("[p]\naws_access_key_id = AKIDCRED\naws_secret_access_key = ") + kProfileSecret + "\n");
    auto config = resolve({ { "AWS_PROFILE", "p" } });
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentials.accessKeyId, std::string("AKIDCRED"));
    QCOMPARE(config->credentials.secretAccessKey, std::string(kProfileSecret));
    QCOMPARE(config->region, std::string("eu-north-1"));
}

void TestAwsConfig::fileLocationsFromEnvironment()
{
    // Decoys in the default place must be ignored.
    writeCredentials("[default]\naws_access_key_id = AKIDDECOY\naws_secret_access_key = decoy\n");
    writeConfig("[default]\nregion = decoy-1\n");
    QVERIFY(m_home->writeFile("elsewhere/creds",
        "[default]\naws_access_key_id = AKIDMOVED\n"
        "aws_secret_access_key = moved\n"));
    QVERIFY(m_home->writeFile("elsewhere/conf", "[default]\nregion = moved-1\n"));

    auto config = resolve({ { "AWS_SHARED_CREDENTIALS_FILE", m_home->filePath("elsewhere/creds").string() },
        { "AWS_CONFIG_FILE", "~/elsewhere/conf" } });
    LS_VERIFY_OK(config);
    QCOMPARE(config->credentials.accessKeyId, std::string("AKIDMOVED"));
    QCOMPARE(config->region, std::string("moved-1")); // "~/" expanded against the home folder

    auto missing = resolve({ { "AWS_CONFIG_FILE", "/nonexistent/config" }, { "AWS_PROFILE", "x" } });
    LS_VERIFY_ERROR(missing, ErrorCode::InvalidInput);
    QCOMPARE(
        missing.error().message, std::string("profile \"x\" not found in ~/.aws/credentials or /nonexistent/config"));
}

void TestAwsConfig::homeFromEnvironment()
{
    writeConfig("[default]\nregion = from-home-1\n");
    auto options = StoreOptions::fromPairs({}, lookupIn({ { "HOME", m_home->path().string() } }));
    LS_VERIFY_OK(options);
    auto config = AwsConfig::resolve(*options);
    LS_VERIFY_OK(config);
    QCOMPARE(config->region, std::string("from-home-1"));
}

void TestAwsConfig::missingNamedProfile()
{
    writeCredentials("[default]\naws_access_key_id = AKID\naws_secret_access_key = s\n");
    for (const auto &config : { resolve({ { "AWS_PROFILE", "foo" } }), resolve({}, { "aws_profile=foo" }) }) {
        LS_VERIFY_ERROR(config, ErrorCode::InvalidInput);
        QCOMPARE(
            config.error().message, std::string("profile \"foo\" not found in ~/.aws/credentials or ~/.aws/config"));
    }
    // Even with credentials from elsewhere: the region and endpoint would
    // silently come from the wrong place.
    LS_VERIFY_ERROR(
        resolve({ { "AWS_PROFILE", "foo" }, { "AWS_ACCESS_KEY_ID", "A" }, { "AWS_SECRET_ACCESS_KEY", "B" } }),
        ErrorCode::InvalidInput);
}

void TestAwsConfig::partialCredentials_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("missing");
    QTest::newRow("option key id only") << "option-id"
                                        << "aws_secret_access_key";
    QTest::newRow("option secret only") << "option-secret"
                                        << "aws_access_key_id";
    QTest::newRow("env key id only") << "env-id"
                                     << "AWS_SECRET_ACCESS_KEY";
    QTest::newRow("env secret only") << "env-secret"
                                     << "AWS_ACCESS_KEY_ID";
    QTest::newRow("profile key id only") << "profile-id"
                                         << "aws_secret_access_key";
    QTest::newRow("profile secret only") << "profile-secret"
                                         << "aws_access_key_id";
}

void TestAwsConfig::partialCredentials()
{
    QFETCH(QString, setup);
    QFETCH(QString, missing);
    Env env;
    std::vector<std::string> pairs;
    if (setup == "option-id")
        pairs = { "aws_access_key_id=AKIDOPT" };
    else if (setup == "option-secret")
        pairs = { std::string("aws_secret_access_key=") + kOptionSecret };
    else if (setup == "env-id")
        env = { { "AWS_ACCESS_KEY_ID", "AKIDENV" } };
    else if (setup == "env-secret")
        env = { { "AWS_SECRET_ACCESS_KEY", kEnvSecret } };
    else if (setup == "profile-id")
        writeCredentials("[default]\naws_access_key_id = AKIDPROFILE\n");
    else
        writeCredentials(std::string("[default]\naws_secret_access_key = ") + kProfileSecret + "\n");

    auto config = resolve(env, pairs);
    LS_VERIFY_ERROR(config, ErrorCode::InvalidInput);
    const std::string &message = config.error().message;
    QVERIFY2(message.find(missing.toStdString()) != std::string::npos, message.c_str());
    verifyNoSecret(message);
}

void TestAwsConfig::tokenWithoutKeys()
{
    auto config = resolve({ { "AWS_ACCESS_KEY_ID", "AKIDENV" }, { "AWS_SECRET_ACCESS_KEY", kEnvSecret } },
        { std::string("aws_session_token=") + kToken });
    LS_VERIFY_ERROR(config, ErrorCode::InvalidInput);
    QVERIFY(config.error().message.find("aws_session_token") != std::string::npos);
    verifyNoSecret(config.error().message);
}

void TestAwsConfig::unsupportedProfileCredentials()
{
    writeConfig("[profile sso]\nsso_session = corp\nregion = us-east-2\n\n[sso-session corp]\n"
                "sso_start_url = https://example.awsapps.com/start\n");
    auto config = resolve({ { "AWS_PROFILE", "sso" } });
    LS_VERIFY_ERROR(config, ErrorCode::NotSupported);
    QVERIFY(config.error().message.find("sso_session") != std::string::npos);
    QVERIFY(config.error().message.find("aws_skip_signature") != std::string::npos);

    // Keys given another way make the profile's method irrelevant.
    auto withKeys
        = resolve({ { "AWS_PROFILE", "sso" }, { "AWS_ACCESS_KEY_ID", "A" }, { "AWS_SECRET_ACCESS_KEY", "B" } });
    LS_VERIFY_OK(withKeys);
    QCOMPARE(withKeys->region, std::string("us-east-2"));
}

void TestAwsConfig::skipSignature()
{
    writeCredentials("[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n");
    auto config = resolve(
        { { "AWS_ACCESS_KEY_ID", "AKIDENV" }, { "AWS_SECRET_ACCESS_KEY", kEnvSecret } }, { "aws_skip_signature=true" });
    LS_VERIFY_OK(config);
    QVERIFY(config->credentials.isAnonymous());
    QCOMPARE(config->credentialSource, std::string("anonymous"));
}

void TestAwsConfig::regionPrecedence()
{
    writeConfig("[default]\nregion = profile-region\n");
    const Env env = { { "AWS_REGION", "env-region" }, { "AWS_DEFAULT_REGION", "default-region" } };

    auto option = resolve(env, { "aws_region=option-region" });
    LS_VERIFY_OK(option);
    QCOMPARE(option->region, std::string("option-region"));

    auto awsRegion = resolve(env);
    LS_VERIFY_OK(awsRegion);
    QCOMPARE(awsRegion->region, std::string("env-region"));

    auto defaultRegion = resolve({ { "AWS_DEFAULT_REGION", "default-region" } });
    LS_VERIFY_OK(defaultRegion);
    QCOMPARE(defaultRegion->region, std::string("default-region"));

    auto profile = resolve({});
    LS_VERIFY_OK(profile);
    QCOMPARE(profile->region, std::string("profile-region"));

    writeConfig("[default]\n");
    auto fallback = resolve({});
    LS_VERIFY_OK(fallback);
    QCOMPARE(fallback->region, std::string("us-east-1"));
}

void TestAwsConfig::endpointPrecedence()
{
    const auto endpointWith = [this](const Env &env, const std::vector<std::string> &pairs = {}) {
        auto config = resolve(env, pairs);
        return config ? config->endpoint : "error: " + config.error().message;
    };
    writeConfig("[default]\nendpoint_url = http://top-level:1\n");
    QCOMPARE(endpointWith({}), std::string("http://top-level:1"));

    writeConfig("[default]\nendpoint_url = http://top-level:1\ns3 =\n  endpoint_url = http://nested:2/\n");
    QCOMPARE(endpointWith({}), std::string("http://nested:2")); // trailing '/' dropped

    writeConfig(
        "[default]\nendpoint_url = http://top-level:1\nservices = local\ns3 =\n  endpoint_url = http://nested:2\n"
        "\n[services local]\ns3 =\n  endpoint_url = http://services:3\n");
    QCOMPARE(endpointWith({}), std::string("http://services:3"));

    Env env = { { "AWS_ENDPOINT", "http://legacy-env:4" } };
    QCOMPARE(endpointWith(env), std::string("http://legacy-env:4"));
    env["AWS_ENDPOINT_URL"] = "http://global-env:5";
    QCOMPARE(endpointWith(env), std::string("http://global-env:5"));
    env["AWS_ENDPOINT_URL_S3"] = "http://s3-env:6";
    QCOMPARE(endpointWith(env), std::string("http://s3-env:6"));
    QCOMPARE(endpointWith(env, { "aws_endpoint=https://option:7" }), std::string("https://option:7"));

    writeConfig("[default]\n");
    QCOMPARE(endpointWith({}), std::string());
}

void TestAwsConfig::invalidEndpoint()
{
    auto config = resolve({}, { "aws_endpoint=localhost:9000" });
    LS_VERIFY_ERROR(config, ErrorCode::InvalidInput);
    QVERIFY2(config.error().message.find("option aws_endpoint") != std::string::npos, config.error().message.c_str());

    writeConfig("[default]\nendpoint_url = s3://bucket\n");
    auto fromProfile = resolve({});
    LS_VERIFY_ERROR(fromProfile, ErrorCode::InvalidInput);
    QVERIFY2(fromProfile.error().message.find("profile \"default\"") != std::string::npos,
        fromProfile.error().message.c_str());
}

void TestAwsConfig::addressingStyle_data()
{
    QTest::addColumn<QString>("style"); // s3.addressing_style in the profile, "" for none
    QTest::addColumn<QString>("option"); // aws_virtual_hosted_style_request, "" for none
    QTest::addColumn<QString>("envFlag"); // AWS_VIRTUAL_HOSTED_STYLE_REQUEST, "" for none
    QTest::addColumn<bool>("endpoint"); // a custom endpoint is configured
    QTest::addColumn<bool>("virtualHosted");

    QTest::newRow("aws default") << ""
                                 << ""
                                 << "" << false << true;
    QTest::newRow("custom endpoint default") << ""
                                             << ""
                                             << "" << true << false;
    QTest::newRow("profile path") << "path"
                                  << ""
                                  << "" << false << false;
    QTest::newRow("profile virtual on endpoint") << "virtual"
                                                 << ""
                                                 << "" << true << true;
    QTest::newRow("profile auto, aws") << "auto"
                                       << ""
                                       << "" << false << true;
    QTest::newRow("profile auto, endpoint") << "auto"
                                            << ""
                                            << "" << true << false;
    QTest::newRow("option beats profile") << "path"
                                          << "true"
                                          << "" << false << true;
    QTest::newRow("option false on aws") << ""
                                         << "false"
                                         << "" << false << false;
    QTest::newRow("env flag beats profile") << "virtual"
                                            << ""
                                            << "false" << true << false;
    QTest::newRow("option beats env flag") << ""
                                           << "true"
                                           << "false" << true << true;
}

void TestAwsConfig::addressingStyle()
{
    QFETCH(QString, style);
    QFETCH(QString, option);
    QFETCH(QString, envFlag);
    QFETCH(bool, endpoint);
    QFETCH(bool, virtualHosted);

    std::string config = "[default]\n";
    if (!style.isEmpty())
        config += "s3 =\n    addressing_style = " + style.toStdString() + "\n";
    if (endpoint)
        config += "endpoint_url = http://localhost:9000\n";
    writeConfig(config);
    Env env;
    if (!envFlag.isEmpty())
        env["AWS_VIRTUAL_HOSTED_STYLE_REQUEST"] = envFlag.toStdString();
    std::vector<std::string> pairs;
    if (!option.isEmpty())
        pairs.push_back("aws_virtual_hosted_style_request=" + option.toStdString());

    auto resolved = resolve(env, pairs);
    LS_VERIFY_OK(resolved);
    QCOMPARE(resolved->virtualHosted, virtualHosted);
}

void TestAwsConfig::parserSyntax()
{
    const std::string text = "# a comment\r\n"
                             "; another\r\n"
                             "[default]   # trailing comment\r\n"
                             "  REGION=eu-central-1   ; inline comment\r\n"
                             "aws_access_key_id\t=\tAKID#NOTCOMMENT\r\n"
                             "s3 =\r\n"
                             "    addressing_style = path\r\n"
                             "    endpoint_url = http://minio:9000  # why not\r\n"
                             "note = first line\r\n"
                             "   second line\r\n"
                             "\r\n"
                             "[profile default]\r\n"
                             "output = json\r\n"
                             "[sso-session corp]\r\n"
                             "sso_region = us-east-1\r\n"
                             "[ profile  spaced ]\r\n"
                             "region = ap-east-1\r\n";
    auto file = AwsProfileFile::parse(text, AwsProfileFile::Kind::Config, "~/.aws/config");
    LS_VERIFY_OK(file);
    QCOMPARE(file->value("default", "region").value_or("?"), std::string("eu-central-1"));
    QCOMPARE(file->value("default", "aws_access_key_id").value_or("?"), std::string("AKID#NOTCOMMENT"));
    QCOMPARE(file->value("default", "s3").value_or("?"), std::string());
    QCOMPARE(file->value("default", "s3.addressing_style").value_or("?"), std::string("path"));
    QCOMPARE(file->value("default", "s3.endpoint_url").value_or("?"), std::string("http://minio:9000"));
    QCOMPARE(file->value("default", "note").value_or("?"), std::string("first line\nsecond line"));
    QCOMPARE(file->value("default", "output").value_or("?"), std::string("json")); // [profile default] merges
    QVERIFY(!file->hasProfile("sso-session corp"));
    QVERIFY(!file->value("default", "sso_region"));
    QCOMPARE(file->value("spaced", "region").value_or("?"), std::string("ap-east-1"));
}

void TestAwsConfig::parserErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed section") << "[default\nregion = x\n"
                                      << "~/.aws/credentials line 1: section header without a closing ']'";
    QTest::newRow("no equals sign") << QString("[default]\n%1\n").arg(kProfileSecret)
                                    << "~/.aws/credentials line 2: expected \"name = value\"";
    QTest::newRow("setting before section") << QString("aws_secret_access_key = %1\n[default]\n").arg(kProfileSecret)
                                            << "~/.aws/credentials line 1: setting outside a [section]";
    QTest::newRow("empty key") << "[default]\n\n = value\n"
                               << "~/.aws/credentials line 3: setting without a name";
    QTest::newRow("bad nested line") << QString("[default]\ns3 =\n  %1\n").arg(kProfileSecret)
                                     << "~/.aws/credentials line 3: expected \"name = value\" in the indented block";
    QTest::newRow("junk after header") << "[default] x\n"
                                       << "~/.aws/credentials line 1: unexpected text after the section header";
}

void TestAwsConfig::parserErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    writeCredentials(text.toStdString());
    auto config = resolve({});
    LS_VERIFY_ERROR(config, ErrorCode::InvalidInput);
    QCOMPARE(q(config.error().message), message);
    verifyNoSecret(config.error().message);
}

void TestAwsConfig::unreadableFile()
{
    // A folder where the file should be cannot be read, whatever the user.
    QVERIFY(m_home->makeDir(".aws/config"));
    auto config = resolve({});
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.find("~/.aws/config") != std::string::npos, config.error().message.c_str());
}

QTEST_APPLESS_MAIN(TestAwsConfig)
#include "tst_awsconfig.moc"
