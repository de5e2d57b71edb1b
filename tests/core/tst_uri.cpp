// SPDX-License-Identifier: Apache-2.0
#include "core/common/uri.h"
#include "tests/support/testassert.h"

#include <QTest>

using namespace lakescope;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestUri : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void decodeMalformed_data();
    void decodeMalformed();
    void roundTrip();
    void loopbackHosts();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseQuery();
};

void TestUri::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepSlash");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("unreserved") << "AZaz09-._~" << false << "AZaz09-._~";
    QTest::newRow("space and plus") << "a b+c" << false << "a%20b%2Bc";
    QTest::newRow("slash in a value") << "a/b" << false << "a%2Fb";
    QTest::newRow("slash in a path") << "a/b c" << true << "a/b%20c";
    QTest::newRow("percent and hash") << "100%#1" << false << "100%25%231";
    QTest::newRow("reserved") << "!*'();:@&=$,?[]" << false << "%21%2A%27%28%29%3B%3A%40%26%3D%24%2C%3F%5B%5D";
    QTest::newRow("utf-8, upper-case hex") << QString::fromUtf8("é€") << true << "%C3%A9%E2%82%AC";
    QTest::newRow("empty") << "" << true << "";
}

void TestUri::encode()
{
    QFETCH(QString, text);
    QFETCH(bool, keepSlash);
    QFETCH(QString, encoded);
    QCOMPARE(q(uri::encode(text.toStdString(), keepSlash)), encoded);
}

void TestUri::decode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("escapes") << "a%20b%2Fc"
                             << "a b/c";
    QTest::newRow("lower-case hex") << "%c3%a9" << QString::fromUtf8("é");
    QTest::newRow("plus stays plus") << "a+b"
                                     << "a+b";
    QTest::newRow("double escaped once") << "%2520"
                                         << "%20";
}

void TestUri::decode()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    auto result = uri::decode(text.toStdString());
    LS_VERIFY_OK(result);
    QCOMPARE(q(*result), decoded);
}

void TestUri::decodeMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("trailing percent") << "100%";
    QTest::newRow("one digit") << "a%2";
    QTest::newRow("not hex") << "a%zzb";
    QTest::newRow("half hex") << "%4g";
}

void TestUri::decodeMalformed()
{
    QFETCH(QString, text);
    auto result = uri::decode(text.toStdString());
    LS_VERIFY_ERROR(result, ErrorCode::InvalidInput);
    QVERIFY(result.error().message.find('\n') == std::string::npos);
}

void TestUri::roundTrip()
{
    std::string all;
    for (int c = 1; c < 256; ++c)
        all += static_cast<char>(c);
    auto decoded = uri::decode(uri::encode(all));
    LS_VERIFY_OK(decoded);
    QCOMPARE(*decoded, all);
}

void TestUri::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("authority");

    QTest::newRow("plain") << "https://example.com/a/b?x=1"
                           << "https"
                           << "example.com" << 0 << "/a/b"
                           << "x=1"
                           << "example.com";
    QTest::newRow("no path") << "http://example.com"
                             << "http"
                             << "example.com" << 0 << "/"
                             << ""
                             << "example.com";
    QTest::newRow("query without path") << "http://h?list-type=2"
                                        << "http"
                                        << "h" << 0 << "/"
                                        << "list-type=2"
                                        << "h";
    QTest::newRow("upper-case scheme") << "HTTPS://h/k"
                                       << "https"
                                       << "h" << 0 << "/k"
                                       << ""
                                       << "h";
    QTest::newRow("port") << "http://localhost:9000/b/k%20x"
                          << "http"
                          << "localhost" << 9000 << "/b/k%20x"
                          << ""
                          << "localhost:9000";
    QTest::newRow("default port omitted") << "https://h:443/"
                                          << "https"
                                          << "h" << 443 << "/"
                                          << ""
                                          << "h";
    QTest::newRow("http port 443 kept") << "http://h:443/"
                                        << "http"
                                        << "h" << 443 << "/"
                                        << ""
                                        << "h:443";
    QTest::newRow("empty port") << "http://h:/k"
                                << "http"
                                << "h" << 0 << "/k"
                                << ""
                                << "h";
    QTest::newRow("ipv6") << "http://[::1]:9000/b"
                          << "http"
                          << "::1" << 9000 << "/b"
                          << ""
                          << "[::1]:9000";
    QTest::newRow("ipv6 no port") << "https://[2001:db8::7]/"
                                  << "https"
                                  << "2001:db8::7" << 0 << "/"
                                  << ""
                                  << "[2001:db8::7]";
    QTest::newRow("fragment dropped") << "https://h/k?a=1#frag"
                                      << "https"
                                      << "h" << 0 << "/k"
                                      << "a=1"
                                      << "h";
    QTest::newRow("empty query") << "https://h/k?"
                                 << "https"
                                 << "h" << 0 << "/k"
                                 << ""
                                 << "h";
    QTest::newRow("double slashes kept") << "https://h//a//b"
                                         << "https"
                                         << "h" << 0 << "//a//b"
                                         << ""
                                         << "h";
}

void TestUri::parse()
{
    QFETCH(QString, url);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, authority);
    auto parts = uri::parse(url.toStdString());
    LS_VERIFY_OK(parts);
    QCOMPARE(q(parts->scheme), scheme);
    QCOMPARE(q(parts->host), host);
    QCOMPARE(parts->port, port);
    QCOMPARE(q(parts->path), path);
    QCOMPARE(q(parts->query), query);
    QCOMPARE(q(parts->authority()), authority);
}

void TestUri::parseRejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("s3 scheme") << "s3://bucket/key"
                               << "unsupported URL scheme \"s3\"";
    QTest::newRow("ftp scheme") << "ftp://h/x"
                                << "only http and https";
    QTest::newRow("relative") << "/just/a/path"
                              << "not an absolute URL";
    QTest::newRow("no scheme") << "localhost:9000"
                               << "not an absolute URL";
    QTest::newRow("no host") << "http:///path"
                             << "no host";
    QTest::newRow("port zero") << "http://h:0/"
                               << "invalid port";
    QTest::newRow("port too big") << "http://h:65536/"
                                  << "invalid port";
    QTest::newRow("port not a number") << "http://h:abc/"
                                       << "invalid port";
    QTest::newRow("unbracketed ipv6") << "http://::1/"
                                      << "brackets";
    QTest::newRow("unterminated ipv6") << "http://[::1/"
                                       << "IPv6";
    QTest::newRow("junk after ipv6") << "http://[::1]x/"
                                     << "IPv6";
    QTest::newRow("space") << "http://h/a b"
                           << "space";
    QTest::newRow("newline") << "http://h/a\nb"
                             << "control";
    QTest::newRow("user info") << "https://user:pw@h/"
                               << "user info";
}

void TestUri::parseRejects()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    auto parts = uri::parse(url.toStdString());
    LS_VERIFY_ERROR(parts, ErrorCode::InvalidInput);
    const std::string &message = parts.error().message;
    QVERIFY2(message.find(mentions.toStdString()) != std::string::npos, message.c_str());
    QVERIFY2(message.find('\n') == std::string::npos, "messages are one line");
    QVERIFY2(message.find("pw") == std::string::npos, "user info must not be echoed");
}

void TestUri::parseQuery()
{
    auto pairs = uri::parseQuery("b=2&a=%2F%20x&flag&&empty=&a=1+1&=v");
    LS_VERIFY_OK(pairs);
    const std::vector<std::pair<std::string, std::string>> expected = {
        { "b", "2" },
        { "a", "/ x" },
        { "flag", "" },
        { "empty", "" },
        { "a", "1+1" },
        { "", "v" },
    };
    QVERIFY(*pairs == expected);
    LS_VERIFY_ERROR(uri::parseQuery("a=%G1"), ErrorCode::InvalidInput);
    auto none = uri::parseQuery("");
    LS_VERIFY_OK(none);
    QVERIFY(none->empty());
}

void TestUri::loopbackHosts()
{
    for (const char *host : { "localhost", "s3.localhost", "127.0.0.1", "127.1.2.3", "::1" })
        QVERIFY2(uri::isLoopback(host), host);
    for (const char *host : { "example.com", "localhost.example.com", "10.0.0.1", "::2", "" })
        QVERIFY2(!uri::isLoopback(host), host);
}

QTEST_APPLESS_MAIN(TestUri)
#include "tst_uri.moc"
