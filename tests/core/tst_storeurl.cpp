// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeurl.h"

#include <QDir>
#include <QTest>

#include <cstdlib>

using namespace lakescope;

namespace {

constexpr const char *kHome = "/home/me";
constexpr const char *kCwd = "/work/cur";

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

StoreUrl parsed(const QString &text)
{
    auto url = StoreUrl::parse(text.toStdString(), kHome, kCwd);
    if (!url)
        qWarning("parse failed: %s", url.error().toString().c_str());
    return url ? *url : StoreUrl {};
}

} // namespace

class TestStoreUrl : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void fields_data();
    void fields();
    void errors_data();
    void errors();
    void hostileKeysRoundTrip_data();
    void hostileKeysRoundTrip();
    void parentAndChild_data();
    void parentAndChild();
    void processDefaults();
    void schemeNames();
};

void TestStoreUrl::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("key");

    // file:// and local paths
    QTest::newRow("file url") << "file:///abs/x"
                              << "file:///abs/x"
                              << "/"
                              << "abs/x";
    QTest::newRow("file localhost") << "file://localhost/abs"
                                    << "file:///abs"
                                    << "/"
                                    << "abs";
    QTest::newRow("file single slash") << "file:/abs"
                                       << "file:///abs"
                                       << "/"
                                       << "abs";
    QTest::newRow("file root") << "file:///"
                               << "file:///"
                               << "/"
                               << "";
    QTest::newRow("file percent") << "file:///a%20b/c%25d"
                                  << "file:///a b/c%25d"
                                  << "/"
                                  << "a b/c%d";
    QTest::newRow("file drive url") << "file:///C:/x/y"
                                    << "file:///C:/x/y"
                                    << "C:/"
                                    << "x/y";
    QTest::newRow("posix folder named C:") << "file:///C%3A/x"
                                           << "file:///C%3A/x"
                                           << "/"
                                           << "C:/x";
    QTest::newRow("absolute") << "/abs/y"
                              << "file:///abs/y"
                              << "/"
                              << "abs/y";
    QTest::newRow("absolute folder") << "/abs/y/"
                                     << "file:///abs/y/"
                                     << "/"
                                     << "abs/y/";
    QTest::newRow("relative") << "rel/p"
                              << "file:///work/cur/rel/p"
                              << "/"
                              << "work/cur/rel/p";
    QTest::newRow("dot") << "."
                         << "file:///work/cur/"
                         << "/"
                         << "work/cur/";
    QTest::newRow("dot dot") << ".."
                             << "file:///work/"
                             << "/"
                             << "work/";
    QTest::newRow("dot dot past root") << "a/../../../../b"
                                       << "file:///b"
                                       << "/"
                                       << "b";
    QTest::newRow("local percent literal") << "x/%20y"
                                           << "file:///work/cur/x/%2520y"
                                           << "/"
                                           << "work/cur/x/%20y";
    QTest::newRow("tilde") << "~"
                           << "file:///home/me"
                           << "/"
                           << "home/me";
    QTest::newRow("tilde slash") << "~/x"
                                 << "file:///home/me/x"
                                 << "/"
                                 << "home/me/x";
    QTest::newRow("tilde user is a name") << "~bob"
                                          << "file:///work/cur/~bob"
                                          << "/"
                                          << "work/cur/~bob";
    QTest::newRow("hash and query literal") << "a#b?c"
                                            << "file:///work/cur/a#b?c"
                                            << "/"
                                            << "work/cur/a#b?c";
    QTest::newRow("colon name is not a drive") << "a:b"
                                               << "file:///work/cur/a:b"
                                               << "/"
                                               << "work/cur/a:b";
    QTest::newRow("plus literal") << "a+b"
                                  << "file:///work/cur/a+b"
                                  << "/"
                                  << "work/cur/a+b";
    QTest::newRow("collapse separators") << "/a//b/./c"
                                         << "file:///a/b/c"
                                         << "/"
                                         << "a/b/c";

    // Windows-style paths, normalised as azure-datalake-store's AzureDLPath
    QTest::newRow("windows backslash") << "C:\\x\\y"
                                       << "file:///C:/x/y"
                                       << "C:/"
                                       << "x/y";
    QTest::newRow("windows slash") << "C:/x/y"
                                   << "file:///C:/x/y"
                                   << "C:/"
                                   << "x/y";
    QTest::newRow("windows lower drive") << "c:\\x"
                                         << "file:///C:/x"
                                         << "C:/"
                                         << "x";
    QTest::newRow("windows drive only") << "C:"
                                        << "file:///C:/"
                                        << "C:/"
                                        << "";
    QTest::newRow("windows mixed") << "C:\\x/.\\\\y\\"
                                   << "file:///C:/x/y/"
                                   << "C:/"
                                   << "x/y/";
    QTest::newRow("backslash rooted") << "\\x\\y"
                                      << "file:///x/y"
                                      << "/"
                                      << "x/y";
    QTest::newRow("double backslashes") << "\\\\x\\\\y"
                                        << "file:///x/y"
                                        << "/"
                                        << "x/y";
    QTest::newRow("backslash relative") << "dir\\sub\\file"
                                        << "file:///work/cur/dir/sub/file"
                                        << "/"
                                        << "work/cur/dir/sub/file";

    // memory and object stores
    QTest::newRow("memory") << "memory://scratch/a/b"
                            << "memory://scratch/a/b"
                            << "memory://scratch"
                            << "a/b";
    QTest::newRow("memory root") << "memory://scratch/"
                                 << "memory://scratch"
                                 << "memory://scratch"
                                 << "";
    QTest::newRow("s3") << "s3://bucket/a/b.txt"
                        << "s3://bucket/a/b.txt"
                        << "s3://bucket"
                        << "a/b.txt";
    QTest::newRow("s3 upper scheme") << "S3://bucket/k"
                                     << "s3://bucket/k"
                                     << "s3://bucket"
                                     << "k";
    QTest::newRow("s3a alias") << "s3a://bucket/k"
                               << "s3://bucket/k"
                               << "s3://bucket"
                               << "k";
    QTest::newRow("s3 folder") << "s3://bucket/dir/"
                               << "s3://bucket/dir/"
                               << "s3://bucket"
                               << "dir/";
    QTest::newRow("s3 percent space plus") << "s3://bucket/a%20b+c"
                                           << "s3://bucket/a b+c"
                                           << "s3://bucket"
                                           << "a b+c";
    QTest::newRow("s3 escaped percent") << "s3://bucket/100%25"
                                        << "s3://bucket/100%25"
                                        << "s3://bucket"
                                        << "100%";
    QTest::newRow("s3 hash query literal") << "s3://bucket/a#b?c=d"
                                           << "s3://bucket/a#b?c=d"
                                           << "s3://bucket"
                                           << "a#b?c=d";
    QTest::newRow("s3 normalised") << "s3://bucket/a//b/./c/"
                                   << "s3://bucket/a/b/c/"
                                   << "s3://bucket"
                                   << "a/b/c/";
    QTest::newRow("s3 dot dot kept") << "s3://bucket/a/../b"
                                     << "s3://bucket/a/../b"
                                     << "s3://bucket"
                                     << "a/../b";
    QTest::newRow("s3 backslashes") << "s3://bucket/a\\b"
                                    << "s3://bucket/a/b"
                                    << "s3://bucket"
                                    << "a/b";
    QTest::newRow("s3 escaped backslash") << "s3://bucket/a%5Cb"
                                          << "s3://bucket/a%5Cb"
                                          << "s3://bucket"
                                          << "a\\b";
    QTest::newRow("s3 escaped slash") << "s3://bucket/a%2F%2Fb"
                                      << "s3://bucket/a/%2Fb"
                                      << "s3://bucket"
                                      << "a//b";
    QTest::newRow("s3 escaped dot") << "s3://bucket/%2E/x"
                                    << "s3://bucket/%2E/x"
                                    << "s3://bucket"
                                    << "./x";
    QTest::newRow("gs") << "gs://my_bucket.example/k"
                        << "gs://my_bucket.example/k"
                        << "gs://my_bucket.example"
                        << "k";
    QTest::newRow("gcs alias") << "gcs://bucket/k"
                               << "gs://bucket/k"
                               << "gs://bucket"
                               << "k";
    QTest::newRow("az") << "az://container/p/q"
                        << "az://container/p/q"
                        << "az://container"
                        << "p/q";
    QTest::newRow("az special container") << "az://$web/index.html"
                                          << "az://$web/index.html"
                                          << "az://$web"
                                          << "index.html";
    QTest::newRow("abfss") << "abfss://data@acct.dfs.core.windows.net/p/q"
                           << "abfss://data@acct.dfs.core.windows.net/p/q"
                           << "abfss://data@acct.dfs.core.windows.net"
                           << "p/q";
    QTest::newRow("abfs alias") << "abfs://data@acct.dfs.core.windows.net/p"
                                << "abfss://data@acct.dfs.core.windows.net/p"
                                << "abfss://data@acct.dfs.core.windows.net"
                                << "p";
    QTest::newRow("abfss emulator port") << "abfss://data@127.0.0.1:10000/p"
                                         << "abfss://data@127.0.0.1:10000/p"
                                         << "abfss://data@127.0.0.1:10000"
                                         << "p";
    QTest::newRow("adl backslash key") << "adl://store/dir\\sub\\file"
                                       << "adl://store/dir/sub/file"
                                       << "adl://store"
                                       << "dir/sub/file";
    QTest::newRow("adl rooted backslashes") << "adl://store/\\x\\y"
                                            << "adl://store/x/y"
                                            << "adl://store"
                                            << "x/y";
    QTest::newRow("adl double backslashes") << "adl://store/\\\\x\\\\y"
                                            << "adl://store/x/y"
                                            << "adl://store"
                                            << "x/y";
    QTest::newRow("adl full host") << "adl://store.azuredatalakestore.net/a"
                                   << "adl://store.azuredatalakestore.net/a"
                                   << "adl://store.azuredatalakestore.net"
                                   << "a";
    QTest::newRow("webhdfs") << "webhdfs://namenode:9870/user/x"
                             << "webhdfs://namenode:9870/user/x"
                             << "webhdfs://namenode:9870"
                             << "user/x";
    QTest::newRow("webhdfs default port") << "webhdfs://NameNode/x"
                                          << "webhdfs://namenode/x"
                                          << "webhdfs://namenode"
                                          << "x";
    QTest::newRow("webhdfs ipv6") << "webhdfs://[::1]:9870/x"
                                  << "webhdfs://[::1]:9870/x"
                                  << "webhdfs://[::1]:9870"
                                  << "x";
    QTest::newRow("lakefs") << "lakefs://repo/main/path/x"
                            << "lakefs://repo/main/path/x"
                            << "lakefs://repo/main"
                            << "path/x";
    QTest::newRow("lakefs ref only") << "lakefs://repo/main"
                                     << "lakefs://repo/main"
                                     << "lakefs://repo/main"
                                     << "";
    QTest::newRow("lakefs ref expression") << "lakefs://repo/main~2/x"
                                           << "lakefs://repo/main~2/x"
                                           << "lakefs://repo/main~2"
                                           << "x";
    QTest::newRow("lakefs repo only") << "lakefs://repo"
                                      << "lakefs://repo"
                                      << "lakefs://repo"
                                      << "";
}

void TestStoreUrl::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, root);
    QFETCH(QString, key);

    auto url = StoreUrl::parse(input.toStdString(), kHome, kCwd);
    QVERIFY2(url.ok(), url.ok() ? "" : url.error().toString().c_str());
    QCOMPARE(q(url->toString()), canonical);
    QCOMPARE(q(url->storeRoot()), root);
    QCOMPARE(q(url->key()), key);

    // The canonical form reads back as the same location, wherever we are.
    auto again = StoreUrl::parse(url->toString(), "/elsewhere", "/other");
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().toString().c_str());
    QVERIFY(*again == *url);
    QCOMPARE(q(again->toString()), canonical);
}

void TestStoreUrl::fields_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("path");

    const auto row = [](const char *name, const char *input, Scheme scheme, const char *bucket, const char *account,
                         const char *host, int port, const char *ref, const char *path) {
        QTest::newRow(name) << input << int(scheme) << bucket << account << host << port << ref << path;
    };
    row("file", "/a/b", Scheme::File, "", "", "", 0, "", "/a/b");
    row("drive", "D:\\data", Scheme::File, "", "", "", 0, "", "D:/data");
    row("memory", "memory://scratch/k", Scheme::Memory, "scratch", "", "", 0, "", "k");
    row("s3", "s3://bucket/k", Scheme::S3, "bucket", "", "", 0, "", "k");
    row("gs", "gs://bucket/k", Scheme::Gcs, "bucket", "", "", 0, "", "k");
    row("az", "az://container/k", Scheme::Azure, "container", "", "", 0, "", "k");
    row("abfss", "abfss://data@myacct.dfs.core.windows.net/k", Scheme::Abfss, "data", "myacct",
        "myacct.dfs.core.windows.net", 0, "", "k");
    row("adl", "adl://store/k", Scheme::Adl, "store", "", "", 0, "", "k");
    row("webhdfs", "webhdfs://nn:9870/k", Scheme::WebHdfs, "", "", "nn", 9870, "", "k");
    row("lakefs", "lakefs://repo/dev/k/", Scheme::LakeFs, "repo", "", "", 0, "dev", "k/");
}

void TestStoreUrl::fields()
{
    QFETCH(QString, input);
    QFETCH(int, scheme);
    QFETCH(QString, bucket);
    QFETCH(QString, account);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, ref);
    QFETCH(QString, path);

    const StoreUrl url = parsed(input);
    QCOMPARE(int(url.scheme), scheme);
    QCOMPARE(q(url.bucket), bucket);
    QCOMPARE(q(url.account), account);
    QCOMPARE(q(url.host), host);
    QCOMPARE(url.port, port);
    QCOMPARE(q(url.ref), ref);
    QCOMPARE(q(url.path), path);
}

void TestStoreUrl::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << ""
                           << "invalid input: empty location";
    QTest::newRow("unknown scheme")
        << "ftp://x"
        << "invalid input: unknown scheme \"ftp\" in \"ftp://x\" (supported: file, memory, s3, gs, az, abfss, adl, "
           "webhdfs, lakefs)";
    QTest::newRow("https is not a store")
        << "https://example.com/x"
        << "invalid input: unknown scheme \"https\" in \"https://example.com/x\" (supported: file, memory, s3, gs, "
           "az, abfss, adl, webhdfs, lakefs)";
    QTest::newRow("one slash") << "s3:/bucket"
                               << "invalid input: malformed URL (expected s3://...) in \"s3:/bucket\"";
    QTest::newRow("s3 missing bucket") << "s3://"
                                       << "invalid input: missing bucket in \"s3://\"";
    QTest::newRow("s3 uppercase")
        << "s3://My_Bucket/x"
        << "invalid input: invalid S3 bucket name \"My_Bucket\" (3-63 characters: lowercase letters, digits, '.' and "
           "'-') in \"s3://My_Bucket/x\"";
    QTest::newRow("s3 too short") << "s3://ab/x"
                                  << "invalid input: invalid S3 bucket name \"ab\" (3-63 characters: lowercase "
                                     "letters, digits, '.' and '-') in \"s3://ab/x\"";
    QTest::newRow("s3 too long") << "s3://" + QString(64, 'a')
                                 << "invalid input: invalid S3 bucket name \"" + QString(64, 'a')
            + "\" (3-63 characters: lowercase letters, digits, '.' and '-') in \"s3://" + QString(64, 'a') + "\"";
    QTest::newRow("s3 port") << "s3://bucket:9000/x"
                             << "invalid input: invalid S3 bucket name \"bucket:9000\" (3-63 characters: lowercase "
                                "letters, digits, '.' and '-') in \"s3://bucket:9000/x\"";
    QTest::newRow("gs bad") << "gs://-bucket/x"
                            << "invalid input: invalid GCS bucket name \"-bucket\" (3-63 characters: lowercase "
                               "letters, digits, '.', '_' and '-') in \"gs://-bucket/x\"";
    QTest::newRow("az bad") << "az://Con--tainer/x"
                            << "invalid input: invalid Azure container name \"Con--tainer\" (3-63 characters: "
                               "lowercase letters, digits and '-') in \"az://Con--tainer/x\"";
    QTest::newRow("az missing") << "az:///x"
                                << "invalid input: missing container in \"az:///x\"";
    QTest::newRow("abfss no container")
        << "abfss://acct.dfs.core.windows.net/p"
        << "invalid input: missing container (expected abfss://container@account.dfs.core.windows.net/path) in "
           "\"abfss://acct.dfs.core.windows.net/p\"";
    QTest::newRow("abfss bad account")
        << "abfss://data@My_Acct.dfs.core.windows.net/p"
        << "invalid input: invalid Azure storage account name \"my_acct\" (3-24 lowercase letters and digits) in "
           "\"abfss://data@My_Acct.dfs.core.windows.net/p\"";
    QTest::newRow("adl bad") << "adl://st/x"
                             << "invalid input: invalid Data Lake Store name \"st\" (3-24 lowercase letters and "
                                "digits) in \"adl://st/x\"";
    QTest::newRow("webhdfs port") << "webhdfs://nn:abc/x"
                                  << "invalid input: invalid port \"abc\" (expected a number 1-65535) in "
                                     "\"webhdfs://nn:abc/x\"";
    QTest::newRow("webhdfs port range") << "webhdfs://nn:70000/x"
                                        << "invalid input: invalid port \"70000\" (expected a number 1-65535) in "
                                           "\"webhdfs://nn:70000/x\"";
    QTest::newRow("webhdfs no host") << "webhdfs:///x"
                                     << "invalid input: missing host (expected webhdfs://host:port/path) in "
                                        "\"webhdfs:///x\"";
    QTest::newRow("lakefs no repo") << "lakefs:///main/x"
                                    << "invalid input: missing repository (expected lakefs://repo/ref/path) in "
                                       "\"lakefs:///main/x\"";
    QTest::newRow("lakefs no ref") << "lakefs://repo//x"
                                   << "invalid input: missing ref before the path (expected lakefs://repo/ref/path) "
                                      "in \"lakefs://repo//x\"";
    QTest::newRow("memory no name") << "memory://"
                                    << "invalid input: missing memory store name in \"memory://\"";
    QTest::newRow("memory bad name") << "memory://a b/x"
                                     << "invalid input: invalid memory store name \"a b\" (letters, digits, '.', '_' "
                                        "and '-') in \"memory://a b/x\"";
    QTest::newRow("bad escape") << "s3://bucket/%zz"
                                << "invalid input: malformed percent escape \"%zz\" in \"s3://bucket/%zz\"";
    QTest::newRow("truncated escape") << "s3://bucket/a%2"
                                      << "invalid input: malformed percent escape \"%2\" in \"s3://bucket/a%2\"";
    QTest::newRow("nul escape") << "file:///a%00b"
                                << "invalid input: percent escape \"%00\" (NUL) is not allowed in \"file:///a%00b\"";
    QTest::newRow("file host") << "file://server/share"
                               << "invalid input: file URL host \"server\" is not supported (use file:///path) in "
                                  "\"file://server/share\"";
    QTest::newRow("credentials hidden")
        << "s3://AKIAX:s3cr3t@bucket/x"
        << "invalid input: credentials or user names in URLs are not supported (pass them as options) in "
           "\"s3://***@bucket/x\"";
    QTest::newRow("newline escaped") << "ftp://a\nb"
                                     << "invalid input: unknown scheme \"ftp\" in \"ftp://a\\x0ab\" (supported: file, "
                                        "memory, s3, gs, az, abfss, adl, webhdfs, lakefs)";
}

void TestStoreUrl::errors()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    auto url = StoreUrl::parse(input.toStdString(), kHome, kCwd);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, ErrorCode::InvalidInput);
    const QString text = q(url.error().toString());
    QCOMPARE(text, message);
    QVERIFY(!text.contains('\n'));
    QVERIFY(!text.contains("s3cr3t"));
}

void TestStoreUrl::hostileKeysRoundTrip_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("key");

    const char *keys[] = { "a b", "a+b", "100%", "%41", "a#b", "a?b=c", "a//b", "a///", "./x", "x/.", "a/./b", "..",
        "a\\b", "caf\xc3\xa9/\xe2\x82\xac", "tab\there", "new\nline", "-rf", "folder/" };
    for (const Scheme scheme : { Scheme::S3, Scheme::Memory, Scheme::Adl, Scheme::LakeFs }) {
        for (const char *key : keys) {
            QTest::addRow("%s %s", schemeName(scheme).data(), QByteArray(key).toPercentEncoding().constData())
                << int(scheme) << QString::fromUtf8(key);
        }
    }
}

void TestStoreUrl::hostileKeysRoundTrip()
{
    QFETCH(int, scheme);
    QFETCH(QString, key);

    StoreUrl url;
    url.scheme = Scheme(scheme);
    url.bucket = url.scheme == Scheme::Memory ? "scratch" : "bucket";
    if (url.scheme == Scheme::LakeFs)
        url.ref = "main";
    url.path = key.toStdString();

    auto again = StoreUrl::parse(url.toString());
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().toString().c_str());
    QCOMPARE(q(again->path), key);
    QVERIFY(*again == url);
}

void TestStoreUrl::parentAndChild_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("child");

    QTest::newRow("file") << "/a/b"
                          << "file:///a/"
                          << "file:///a/b/c";
    QTest::newRow("file folder") << "/a/b/"
                                 << "file:///a/"
                                 << "file:///a/b/c";
    QTest::newRow("file root") << "/"
                               << "file:///"
                               << "file:///c";
    QTest::newRow("drive") << "C:\\a"
                           << "file:///C:/"
                           << "file:///C:/a/c";
    QTest::newRow("drive root") << "C:\\"
                                << "file:///C:/"
                                << "file:///C:/c";
    QTest::newRow("s3") << "s3://bucket/a/b"
                        << "s3://bucket/a/"
                        << "s3://bucket/a/b/c";
    QTest::newRow("s3 top") << "s3://bucket/a"
                            << "s3://bucket"
                            << "s3://bucket/a/c";
    QTest::newRow("s3 root") << "s3://bucket"
                             << "s3://bucket"
                             << "s3://bucket/c";
    QTest::newRow("lakefs ref") << "lakefs://repo/main"
                                << "lakefs://repo/main"
                                << "lakefs://repo/main/c";
    QTest::newRow("lakefs repo") << "lakefs://repo"
                                 << "lakefs://repo"
                                 << "lakefs://repo/c";
    QTest::newRow("webhdfs") << "webhdfs://nn:9870/a/b/"
                             << "webhdfs://nn:9870/a/"
                             << "webhdfs://nn:9870/a/b/c";
}

void TestStoreUrl::parentAndChild()
{
    QFETCH(QString, input);
    QFETCH(QString, parent);
    QFETCH(QString, child);

    const StoreUrl url = parsed(input);
    QCOMPARE(q(url.parent().toString()), parent);
    QCOMPARE(q(url.child("c").toString()), child);
    QCOMPARE(url.child("c").parent().key(), url.key().empty() || url.key().back() == '/' ? url.key() : url.key() + "/");
}

void TestStoreUrl::processDefaults()
{
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", "/tmp/fakehome");
    auto tilde = StoreUrl::parse("~/x");
    if (home.isNull())
        qunsetenv("HOME");
    else
        qputenv("HOME", home);
    QVERIFY(tilde.ok());
    QCOMPARE(q(tilde->path), QString("/tmp/fakehome/x"));

    auto relative = StoreUrl::parse("some file");
    QVERIFY(relative.ok());
    QCOMPARE(q(relative->path), QDir::currentPath() + "/some file");
}

void TestStoreUrl::schemeNames()
{
    QCOMPARE(schemeName(Scheme::File), std::string_view("file"));
    QCOMPARE(schemeName(Scheme::Gcs), std::string_view("gs"));
    QCOMPARE(schemeName(Scheme::Azure), std::string_view("az"));
    QCOMPARE(schemeName(Scheme::Abfss), std::string_view("abfss"));
    QCOMPARE(schemeName(Scheme::WebHdfs), std::string_view("webhdfs"));
    QCOMPARE(schemeName(Scheme::LakeFs), std::string_view("lakefs"));
}

QTEST_APPLESS_MAIN(TestStoreUrl)
#include "tst_storeurl.moc"
