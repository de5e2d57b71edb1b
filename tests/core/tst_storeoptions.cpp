// SPDX-License-Identifier: Apache-2.0
#include "core/store/optionkeys.h"
#include "core/store/storeoptions.h"

#include <QTest>

#include <map>
#include <set>

using namespace lakescope;

namespace {

using Env = std::map<std::string, std::string>;

StoreOptions::EnvLookup lookupIn(Env env)
{
    return [env = std::move(env)](const std::string &name) -> std::optional<std::string> {
        const auto it = env.find(name);
        return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

StoreOptions::EnvLookup noEnv()
{
    return lookupIn({});
}

StoreUrl url(std::string_view text)
{
    auto parsed = StoreUrl::parse(text);
    return parsed ? *parsed : StoreUrl {};
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestStoreOptions : public QObject
{
    Q_OBJECT

private slots:
    void aliases_data();
    void aliases();
    void envLookup();
    void explicitBeatsEnv();
    void emptyEnvIsUnset();
    void unknownKeySuggestion_data();
    void unknownKeySuggestion();
    void pairs();
    void flagAndDurationValues();
    void requireMessage();
    void validateFor_data();
    void validateFor();
    void noSecretInMessages();
    void tableIsConsistent();
};

void TestStoreOptions::aliases_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("access_key_id") << "access_key_id"
                                   << "aws_access_key_id";
    QTest::newRow("aws_token") << "aws_token"
                               << "aws_session_token";
    QTest::newRow("region") << "region"
                            << "aws_region";
    QTest::newRow("endpoint") << "endpoint"
                              << "aws_endpoint";
    QTest::newRow("endpoint_url") << "endpoint_url"
                                  << "aws_endpoint";
    QTest::newRow("upper case") << "AWS_REGION"
                                << "aws_region";
    QTest::newRow("dashes") << "aws-access-key-id"
                            << "aws_access_key_id";
    QTest::newRow("account_name") << "account_name"
                                  << "azure_storage_account_name";
    QTest::newRow("access_key") << "access_key"
                                << "azure_storage_account_key";
    QTest::newRow("account_key") << "account_key"
                                 << "azure_storage_account_key";
    QTest::newRow("sas_token") << "sas_token"
                               << "azure_storage_sas_key";
    QTest::newRow("service_account") << "service_account"
                                     << "google_service_account";
    QTest::newRow("google_application_credentials") << "google_application_credentials"
                                                    << "google_service_account";
    QTest::newRow("canonical") << "lakefs_endpoint"
                               << "lakefs_endpoint";
}

void TestStoreOptions::aliases()
{
    QFETCH(QString, given);
    QFETCH(QString, canonical);

    StoreOptions options(noEnv());
    QVERIFY(options.set(given.toStdString(), "value").ok());
    QCOMPARE(options.explicitValues().size(), std::size_t(1));
    QCOMPARE(q(options.explicitValues().begin()->first), canonical);
    QCOMPARE(q(options.get(canonical.toStdString()).value_or("")), QString("value"));
    QCOMPARE(q(options.get(given.toStdString()).value_or("")), QString("value"));
}

void TestStoreOptions::envLookup()
{
    StoreOptions options(lookupIn({ { "AWS_DEFAULT_REGION", "eu-west-1" }, { "AZURE_STORAGE_ACCOUNT", "legacyname" },
        { "LAKECTL_SERVER_ENDPOINT_URL", "http://lakefs:8000" }, { "HADOOP_USER_NAME", "hdfs" },
        { "GOOGLE_APPLICATION_CREDENTIALS", "/keys/sa.json" } }));
    QCOMPARE(q(options.get("aws_region").value_or("")), QString("eu-west-1"));
    QCOMPARE(q(options.get("azure_storage_account_name").value_or("")), QString("legacyname"));
    QCOMPARE(q(options.get("lakefs_endpoint").value_or("")), QString("http://lakefs:8000"));
    QCOMPARE(q(options.get("webhdfs_user").value_or("")), QString("hdfs"));
    QCOMPARE(q(options.get("google_service_account").value_or("")), QString("/keys/sa.json"));
    QVERIFY(!options.get("aws_access_key_id"));
    QVERIFY(options.explicitValues().empty());

    // The first variable of the list wins.
    StoreOptions both(lookupIn({ { "AWS_DEFAULT_REGION", "eu-west-1" }, { "AWS_REGION", "us-west-2" } }));
    QCOMPARE(q(both.get("region").value_or("")), QString("us-west-2"));
}

void TestStoreOptions::explicitBeatsEnv()
{
    StoreOptions options(lookupIn({ { "AWS_REGION", "from-env" }, { "AWS_ENDPOINT_URL", "http://env:9000" } }));
    QVERIFY(options.set("region", "explicit").ok());
    QCOMPARE(q(options.get("aws_region").value_or("")), QString("explicit"));
    QCOMPARE(q(options.get("aws_endpoint").value_or("")), QString("http://env:9000"));
    // Setting again replaces, through any alias.
    QVERIFY(options.set("aws_region", "second").ok());
    QCOMPARE(q(options.get("region").value_or("")), QString("second"));
}

void TestStoreOptions::emptyEnvIsUnset()
{
    StoreOptions options(lookupIn({ { "AWS_REGION", "" }, { "AWS_DEFAULT_REGION", "eu-central-1" } }));
    QCOMPARE(q(options.get("aws_region").value_or("")), QString("eu-central-1"));
}

void TestStoreOptions::unknownKeySuggestion_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("typo") << "aws_acess_key_id"
                          << "invalid input: unknown option \"aws_acess_key_id\" (did you mean aws_access_key_id?)";
    QTest::newRow("alias typo") << "regoin"
                                << "invalid input: unknown option \"regoin\" (did you mean aws_region?)";
    QTest::newRow("lakefs typo") << "lakefs_endpiont"
                                 << "invalid input: unknown option \"lakefs_endpiont\" (did you mean lakefs_endpoint?)";
    QTest::newRow("nothing close") << "colour"
                                   << "invalid input: unknown option \"colour\"";
}

void TestStoreOptions::unknownKeySuggestion()
{
    QFETCH(QString, key);
    QFETCH(QString, message);

    StoreOptions options(noEnv());
    const Status status = options.set(key.toStdString(), "x");
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    QCOMPARE(q(status.error().toString()), message);
    QVERIFY(options.explicitValues().empty());
}

void TestStoreOptions::pairs()
{
    auto options = StoreOptions::fromPairs(
        { "region=eu-west-1", "aws_endpoint=http://h:9000/?a=b", "allow_http=true" }, noEnv());
    QVERIFY(options.ok());
    QCOMPARE(q(options->get("aws_region").value_or("")), QString("eu-west-1"));
    // Only the first '=' separates; values keep theirs.
    QCOMPARE(q(options->get("aws_endpoint").value_or("")), QString("http://h:9000/?a=b"));

    auto empty = StoreOptions::fromPairs({ "aws_region=" }, lookupIn({ { "AWS_REGION", "env" } }));
    QVERIFY(empty.ok());
    QCOMPARE(q(empty->get("aws_region").value_or("unset")), QString());

    auto known = StoreOptions::fromPairs({ "aws_region" }, noEnv());
    QVERIFY(!known.ok());
    QCOMPARE(
        q(known.error().toString()), QString("invalid input: option aws_region needs a value (aws_region=REGION)"));

    // A lone word might be a pasted secret: it is not echoed.
    auto lone = StoreOptions::fromPairs({ "region=x", "wJalrXUtnFEMIK7MDENGbPxRfiCY" }, noEnv());
    QVERIFY(!lone.ok());
    QCOMPARE(q(lone.error().toString()), QString("invalid input: option #2 is not key=value"));

    auto unknown = StoreOptions::fromPairs({ "colour=blue" }, noEnv());
    QVERIFY(!unknown.ok());
    QCOMPARE(q(unknown.error().toString()), QString("invalid input: unknown option \"colour\""));
}

void TestStoreOptions::flagAndDurationValues()
{
    StoreOptions options(noEnv());
    for (const char *value : { "true", "false", "1", "0", "yes", "no", "ON", "off" })
        QVERIFY2(options.set("aws_allow_http", value).ok(), value);
    const Status bad = options.set("aws_allow_http", "maybe");
    QVERIFY(!bad.ok());
    QCOMPARE(q(bad.error().toString()),
        QString("invalid input: option aws_allow_http expects true or false, got \"maybe\""));

    for (const char *value : { "30", "30s", "500ms", "2m" })
        QVERIFY2(options.set("connect_timeout", value).ok(), value);
    const Status badDuration = options.set("connect_timeout", "soon");
    QVERIFY(!badDuration.ok());
    QCOMPARE(q(badDuration.error().toString()),
        QString("invalid input: option connect_timeout expects a duration such as 30s or 500ms, got \"soon\""));

    // What the backends read back.
    using std::chrono::milliseconds;
    QVERIFY(!options.flag("allow_http"));
    QVERIFY(options.set("aws_allow_http", "yes").ok());
    QVERIFY(options.flag("aws_allow_http"));
    QCOMPARE(options.duration("timeout", milliseconds(7)).valueOr(milliseconds(0)), milliseconds(7));
    for (const auto &[text, expected] : { std::pair { "30", 30'000 }, { "30s", 30'000 }, { "500ms", 500 }, { "2m", 120'000 } }) {
        QVERIFY(options.set("connect_timeout", text).ok());
        QCOMPARE(options.duration("connect_timeout", milliseconds(1)).valueOr(milliseconds(0)), milliseconds(expected));
    }
}

void TestStoreOptions::requireMessage()
{
    StoreOptions options(noEnv());
    auto value = options.require("azure_storage_account_name", "az://container");
    QVERIFY(!value.ok());
    QCOMPARE(q(value.error().toString()),
        QString("invalid input: missing option azure_storage_account_name for az://container (pass --option "
                "azure_storage_account_name=NAME or set AZURE_STORAGE_ACCOUNT_NAME)"));

    StoreOptions withEnv(lookupIn({ { "AZURE_STORAGE_ACCOUNT_NAME", "acct" } }));
    auto found = withEnv.require("account_name");
    QVERIFY(found.ok());
    QCOMPARE(q(*found), QString("acct"));
}

void TestStoreOptions::validateFor_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("pairs");
    QTest::addColumn<QString>("message"); // empty: valid

    QTest::newRow("file") << "/tmp" << QStringList() << "";
    QTest::newRow("memory") << "memory://scratch" << QStringList() << "";
    QTest::newRow("s3 anonymous") << "s3://bucket/k" << QStringList() << "";
    QTest::newRow("gs anonymous") << "gs://bucket/k" << QStringList() << "";
    QTest::newRow("webhdfs") << "webhdfs://nn:9870/x" << QStringList() << "";
    QTest::newRow("abfss has its account") << "abfss://data@acct.dfs.core.windows.net/x" << QStringList() << "";
    QTest::newRow("az without account")
        << "az://container/x" << QStringList()
        << "invalid input: missing option azure_storage_account_name for az://container (pass --option "
           "azure_storage_account_name=NAME or set AZURE_STORAGE_ACCOUNT_NAME)";
    QTest::newRow("az with account") << "az://container/x" << QStringList { "account_name=acct" } << "";
    QTest::newRow("az emulator") << "az://container/x" << QStringList { "azure_use_emulator=true" } << "";
    // The endpoint may still come from ~/.lakectl.yaml (tst_lakefsclientconfig).
    QTest::newRow("lakefs without endpoint") << "lakefs://repo/main/x" << QStringList() << "";
    QTest::newRow("lakefs with endpoint")
        << "lakefs://repo/main/x" << QStringList { "lakefs_endpoint=http://l:8000" } << "";
    QTest::newRow("lakefs half credentials")
        << "lakefs://repo/main" << QStringList { "lakefs_endpoint=http://l:8000", "lakefs_secret_access_key=SeCrEt" }
        << "invalid input: missing option lakefs_access_key_id for lakefs://repo/main, which lakefs_secret_access_key "
           "needs (pass --option lakefs_access_key_id=KEY_ID or set LAKECTL_CREDENTIALS_ACCESS_KEY_ID)";
    QTest::newRow("s3 half credentials")
        << "s3://bucket" << QStringList { "aws_secret_access_key=SeCrEt" }
        << "invalid input: missing option aws_access_key_id for s3://bucket, which aws_secret_access_key needs (pass "
           "--option aws_access_key_id=KEY_ID or set AWS_ACCESS_KEY_ID)";
    QTest::newRow("s3 other half")
        << "s3://bucket" << QStringList { "aws_access_key_id=AKIA" }
        << "invalid input: missing option aws_secret_access_key for s3://bucket, which aws_access_key_id needs (pass "
           "--option aws_secret_access_key=SECRET or set AWS_SECRET_ACCESS_KEY)";
    QTest::newRow("azure client secret alone")
        << "abfss://data@acct.dfs.core.windows.net" << QStringList { "client_secret=SeCrEt" }
        << "invalid input: missing option azure_client_id for abfss://data@acct.dfs.core.windows.net, which "
           "azure_client_secret needs (pass --option azure_client_id=ID or set AZURE_CLIENT_ID)";
}

void TestStoreOptions::validateFor()
{
    QFETCH(QString, location);
    QFETCH(QStringList, pairs);
    QFETCH(QString, message);

    std::vector<std::string> list;
    for (const QString &pair : pairs)
        list.push_back(pair.toStdString());
    auto options = StoreOptions::fromPairs(list, noEnv());
    QVERIFY(options.ok());
    const Status status = options->validateFor(url(location.toStdString()));
    if (message.isEmpty()) {
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().toString().c_str());
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(q(status.error().toString()), message);
        QVERIFY(!q(status.error().toString()).contains("SeCrEt"));
    }
}

void TestStoreOptions::noSecretInMessages()
{
    const std::string secret = "TOPSECRETvalue123";
    // A secret value for an unknown or malformed key, a secret that should
    // have been a flag, a secret standing alone: never echoed.
    StoreOptions options(noEnv());
    for (const std::string &pair : { "aws_secret_acess_key=" + secret, secret, "aws_allow_http=" + secret + "x" }) {
        auto result = StoreOptions::fromPairs({ pair }, noEnv());
        QVERIFY(!result.ok());
        if (pair.starts_with("aws_allow_http"))
            continue; // flags are not secrets; their bad value is shown
        QVERIFY2(result.error().toString().find(secret) == std::string::npos, result.error().toString().c_str());
    }
    auto valid = StoreOptions::fromPairs({ "azure_storage_account_key=" + secret }, noEnv());
    QVERIFY(valid.ok());
    const Status status = valid->validateFor(url("az://container"));
    QVERIFY(!status.ok());
    QVERIFY(status.error().toString().find(secret) == std::string::npos);
}

void TestStoreOptions::tableIsConsistent()
{
    std::set<std::string_view> seen;
    for (const OptionKey &key : knownOptionKeys()) {
        QVERIFY2(seen.insert(key.name).second, key.name.data());
        for (const auto alias : key.aliases) {
            if (!alias.empty())
                QVERIFY2(seen.insert(alias).second, alias.data());
        }
        QVERIFY(findOptionKey(key.name) == &key);
        QVERIFY(!key.placeholder.empty());
        QVERIFY(!key.description.empty());
    }
    for (const char *required :
        { "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_region", "aws_endpoint",
            "aws_profile", "aws_virtual_hosted_style_request", "aws_allow_http", "azure_storage_account_name",
            "azure_storage_account_key", "azure_storage_sas_key", "azure_storage_endpoint", "azure_client_id",
            "azure_client_secret", "azure_tenant_id", "azure_use_emulator", "google_service_account", "google_bucket",
            "google_endpoint", "lakefs_endpoint", "lakefs_access_key_id", "lakefs_secret_access_key", "webhdfs_user",
            "ca_bundle", "proxy", "allow_http", "connect_timeout" })
        QVERIFY2(findOptionKey(required), required);
    QVERIFY(findOptionKey("aws_secret_access_key")->isSecret());
    QVERIFY(findOptionKey("azure_storage_account_key")->isSecret());
    QVERIFY(!findOptionKey("aws_region")->isSecret());
}

QTEST_APPLESS_MAIN(TestStoreOptions)
#include "tst_storeoptions.moc"
