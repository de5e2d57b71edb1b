// SPDX-License-Identifier: Apache-2.0
#include "core/auth/sigv4signer.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace lakescope;
using namespace std::chrono_literals;

namespace fs = std::filesystem;

namespace {

const fs::path kSuiteDir = fs::path(LAKESCOPE_TEST_DATA_DIR) / "aws4_testsuite";
// Every case of the suite as shipped; fewer means the data went missing.
constexpr int kSuiteCases = 34;

const AwsCredentials kSuiteCredentials { "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {} };
// The S3 documentation's examples use other (also published) keys.
const AwsCredentials kS3Credentials { "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {} };

Timestamp utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0)
{
    using namespace std::chrono;
    return sys_days(year(y) / month(m) / day(d)) + hours(hh) + minutes(mm) + seconds(ss);
}

const Timestamp kSuiteTime = utc(2015, 8, 30, 12, 36, 0);
const Timestamp kS3Time = utc(2013, 5, 24);

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// Case folders hold NAME/NAME.req; some are grouped one level deeper
// (normalize-path/, post-sts-token/).
std::vector<std::string> suiteCases()
{
    std::vector<std::string> cases;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(kSuiteDir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_directory())
            continue;
        const fs::path dir = it->path();
        if (fs::exists(dir / (dir.filename().string() + ".req")))
            cases.push_back(fs::relative(dir, kSuiteDir).generic_string());
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

struct SuiteRequest
{
    HttpRequest request;
    std::string body;
};

// The request line's target as an HTTP client would send it: the suite
// writes spaces and UTF-8 raw, which are not valid in a URL.
std::string wireTarget(std::string_view target)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u == ' ' || u >= 0x80) {
            out += '%';
            out += digits[u >> 4];
            out += digits[u & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

// "METHOD TARGET HTTP/1.1", "Name:value" lines (an indented line continues
// the previous value, kept with its line break), a blank line, the body.
SuiteRequest parseSuiteRequest(const std::string &text)
{
    SuiteRequest parsed;
    std::vector<std::string> lines;
    std::size_t start = 0;
    std::size_t bodyStart = std::string::npos;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (line.empty() && !lines.empty()) {
            bodyStart = end == std::string::npos ? text.size() : end + 1;
            break;
        }
        lines.push_back(std::move(line));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (bodyStart != std::string::npos)
        parsed.body = text.substr(bodyStart);

    const std::string &requestLine = lines.front();
    const auto firstSpace = requestLine.find(' ');
    const auto version = requestLine.rfind(" HTTP/");
    parsed.request.method = requestLine.substr(0, firstSpace);
    const std::string target = requestLine.substr(firstSpace + 1, version - firstSpace - 1);

    std::vector<std::pair<std::string, std::string>> headers;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string &line = lines[i];
        if ((line.front() == ' ' || line.front() == '\t') && !headers.empty()) {
            headers.back().second += "\n" + line;
            continue;
        }
        const auto colon = line.find(':');
        headers.emplace_back(line.substr(0, colon), line.substr(colon + 1));
    }
    std::string host;
    for (auto &[name, value] : headers) {
        if (HttpHeaders::nameEquals(name, "Host"))
            host = value;
        parsed.request.headers.add(std::move(name), std::move(value));
    }
    parsed.request.url = "https://" + host + wireTarget(target);
    return parsed;
}

SigV4Signer suiteSigner()
{
    // The suite signs a generic service: normalised paths, no content hash header.
    return SigV4Signer({ "us-east-1", "service", true, false });
}

SigV4Signer s3Signer()
{
    return SigV4Signer({ "us-east-1", "s3", false, true });
}

std::string signatureOf(const std::string &authorization)
{
    const auto at = authorization.find("Signature=");
    return at == std::string::npos ? std::string() : authorization.substr(at + 10);
}

std::string queryValue(const std::string &url, const std::string &name)
{
    const auto at = url.find(name + "=");
    if (at == std::string::npos)
        return {};
    const auto start = at + name.size() + 1;
    return url.substr(start, url.find('&', start) - start);
}

// What S3 does with a presigned URL: rebuild the canonical request from the
// URL without its signature and compare.
std::string recomputePresignature(
    const SigV4Signer &signer, const std::string &url, const AwsCredentials &credentials, Timestamp now)
{
    HttpRequest request;
    request.url = url.substr(0, url.find("&X-Amz-Signature="));
    auto canonical = signer.canonicalRequest(request, SigV4Signer::kUnsignedPayload);
    if (!canonical)
        return "canonical request failed: " + canonical.error().message;
    return signer.signature(signer.stringToSign(*canonical, now), credentials, now);
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void suiteIsComplete();
    void suite_data();
    void suite();

    void sha256();
    void s3GetObjectWithRange();
    void s3PutObject();
    void s3GetBucketLifecycle();
    void s3ListObjects();
    void s3Presign();
    void s3KeysAreEncodedOnce_data();
    void s3KeysAreEncodedOnce();
    void malformedEscapeIsAnError();
    void sessionTokenIsSignedHeader();
    void presignWithSessionToken();
    void presignKeepsQueryAndReplacesOldSignature();
    void presignExpiryBounds_data();
    void presignExpiryBounds();
    void hostHeader_data();
    void hostHeader();
    void resignReplacesHeaders();
    void transitHeadersAreNotSigned();
    void anonymousIsUnsigned();
    void missingSecretIsAnError();
};

void TestSigV4::suiteIsComplete()
{
    QVERIFY2(fs::is_regular_file(kSuiteDir / "LICENSE") && fs::is_regular_file(kSuiteDir / "NOTICE"),
        "the suite's LICENSE and NOTICE must travel with it");
    QCOMPARE(int(suiteCases().size()), kSuiteCases);
}

void TestSigV4::suite_data()
{
    QTest::addColumn<QString>("name");
    for (const std::string &name : suiteCases())
        QTest::newRow(name.c_str()) << q(name);
}

void TestSigV4::suite()
{
    QFETCH(QString, name);
    const fs::path dir = kSuiteDir / name.toStdString();
    const std::string base = (dir / dir.filename()).string();
    const std::string caseName = dir.filename().string();

    SuiteRequest parsed = parseSuiteRequest(readFile(base + ".req"));
    const std::string payloadHash = sha256Hex(parsed.body);
    const SigV4Signer signer = suiteSigner();
    AwsCredentials credentials = kSuiteCredentials;

    if (caseName == "get-vanilla-with-session-token") {
        // The token is not in the .req: the signer adds it from the
        // credentials (the .sreq shows it), so only the signed request's
        // canonical form matches the .creq. (The suite's .sreq carries a
        // stale signature; its .authz is the right one.)
        const std::string sreq = readFile(base + ".sreq");
        const auto at = sreq.find("X-Amz-Security-Token:");
        QVERIFY(at != std::string::npos);
        credentials.sessionToken = sreq.substr(at + 21, sreq.find('\n', at) - at - 21);
    } else {
        // Every other case is fully described by its .req.
        auto direct = signer.canonicalRequest(parsed.request, payloadHash);
        LS_VERIFY_OK(direct);
        QCOMPARE(*direct, readFile(base + ".creq"));
    }
    if (auto token = parsed.request.headers.get("X-Amz-Security-Token"))
        credentials.sessionToken = *token; // post-sts-header-before: the header is signed as given

    HttpRequest signedRequest = parsed.request;
    LS_VERIFY_OK(signer.sign(signedRequest, credentials, payloadHash, kSuiteTime));
    auto canonical = signer.canonicalRequest(signedRequest, payloadHash);
    LS_VERIFY_OK(canonical);
    QCOMPARE(*canonical, readFile(base + ".creq"));
    QCOMPARE(signer.stringToSign(*canonical, kSuiteTime), readFile(base + ".sts"));
    QCOMPARE(signedRequest.headers.get("Authorization").value_or(""), readFile(base + ".authz"));

    if (caseName == "post-sts-header-after") {
        // Services that take the token unsigned get it appended after signing
        // (the .sreq); that must not disturb the signature. Lakescope itself
        // always signs the token (post-sts-header-before, and below).
        const std::string sreq = readFile(base + ".sreq");
        QVERIFY(sreq.find("X-Amz-Security-Token:") != std::string::npos);
        QVERIFY(sreq.find(readFile(base + ".authz")) != std::string::npos);
    }
}

void TestSigV4::sha256()
{
    QCOMPARE(sha256Hex(""), std::string(SigV4Signer::kEmptyPayloadHash));
    QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("Welcome to Amazon S3."),
        std::string("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
}

// docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html,
// "Example: GET Object".
void TestSigV4::s3GetObjectWithRange()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/test.txt";
    request.headers.add("Range", "bytes=0-9");
    const SigV4Signer signer = s3Signer();
    LS_VERIFY_OK(signer.sign(request, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time));

    auto canonical = signer.canonicalRequest(request, SigV4Signer::kEmptyPayloadHash);
    LS_VERIFY_OK(canonical);
    QCOMPARE(*canonical,
        std::string("GET\n/test.txt\n\n"
                    "host:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                    "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                    "x-amz-date:20130524T000000Z\n\n"
                    "host;range;x-amz-content-sha256;x-amz-date\n"
                    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(signer.stringToSign(*canonical, kS3Time),
        std::string("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                    "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    QCOMPARE(request.headers.get("Authorization").value_or(""),
        std::string("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                    "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                    "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QCOMPARE(request.headers.get("x-amz-content-sha256").value_or(""), std::string(SigV4Signer::kEmptyPayloadHash));
    QCOMPARE(request.headers.get("X-Amz-Date").value_or(""), std::string("20130524T000000Z"));
}

// Same page, "Example: PUT Object": '$' in the key is encoded for signing.
void TestSigV4::s3PutObject()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = "https://examplebucket.s3.amazonaws.com/test$file.text";
    request.headers.add("Date", "Fri, 24 May 2013 00:00:00 GMT");
    request.headers.add("x-amz-storage-class", "REDUCED_REDUNDANCY");
    const std::string payloadHash = sha256Hex("Welcome to Amazon S3.");
    const SigV4Signer signer = s3Signer();
    LS_VERIFY_OK(signer.sign(request, kS3Credentials, payloadHash, kS3Time));

    auto canonical = signer.canonicalRequest(request, payloadHash);
    LS_VERIFY_OK(canonical);
    QVERIFY(canonical->rfind("PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 GMT\n", 0) == 0);
    const std::string authorization = request.headers.get("Authorization").value_or("");
    QVERIFY(authorization.find("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,")
        != std::string::npos);
    QCOMPARE(
        signatureOf(authorization), std::string("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
}

// Same page, "Example: GET Bucket Lifecycle": a subresource without a value.
void TestSigV4::s3GetBucketLifecycle()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/?lifecycle";
    const SigV4Signer signer = s3Signer();
    LS_VERIFY_OK(signer.sign(request, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time));
    auto canonical = signer.canonicalRequest(request, SigV4Signer::kEmptyPayloadHash);
    LS_VERIFY_OK(canonical);
    QVERIFY(canonical->rfind("GET\n/\nlifecycle=\n", 0) == 0);
    QCOMPARE(signatureOf(request.headers.get("Authorization").value_or("")),
        std::string("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"));
}

// Same page, "Example: Get Bucket (List Objects)".
void TestSigV4::s3ListObjects()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J";
    const SigV4Signer signer = s3Signer();
    LS_VERIFY_OK(signer.sign(request, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time));
    QCOMPARE(signatureOf(request.headers.get("Authorization").value_or("")),
        std::string("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"));
}

// docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html.
void TestSigV4::s3Presign()
{
    const SigV4Signer signer = s3Signer();
    auto url
        = signer.presign("GET", "https://examplebucket.s3.amazonaws.com/test.txt", kS3Credentials, 86400s, kS3Time);
    LS_VERIFY_OK(url);
    QCOMPARE(*url,
        std::string("https://examplebucket.s3.amazonaws.com/test.txt"
                    "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                    "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                    "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
    QCOMPARE(recomputePresignature(signer, *url, kS3Credentials, kS3Time), queryValue(*url, "X-Amz-Signature"));
}

void TestSigV4::s3KeysAreEncodedOnce_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("canonical");

    // Callers pass keys already encoded (uri::encode with keepSlash).
    QTest::newRow("space") << "/bucket/a%20b"
                           << "/bucket/a%20b";
    QTest::newRow("plus") << "/bucket/a%2Bb"
                          << "/bucket/a%2Bb";
    QTest::newRow("percent") << "/bucket/100%25"
                             << "/bucket/100%25";
    QTest::newRow("hash") << "/bucket/a%23b"
                          << "/bucket/a%23b";
    QTest::newRow("unicode") << "/bucket/%C3%A9t%C3%A9/%E2%82%AC"
                             << "/bucket/%C3%A9t%C3%A9/%E2%82%AC";
    QTest::newRow("lower-case escapes") << "/bucket/%c3%a9"
                                        << "/bucket/%C3%A9";
    QTest::newRow("raw reserved") << "/bucket/a+b(c)!$'*,;=:@"
                                  << "/bucket/a%2Bb%28c%29%21%24%27%2A%2C%3B%3D%3A%40";
    QTest::newRow("encoded unreserved") << "/bucket/%7Euser%2Dx"
                                        << "/bucket/~user-x";
    QTest::newRow("encoded slash stays") << "/bucket/a%2Fb"
                                         << "/bucket/a%2Fb";
    QTest::newRow("no normalisation") << "/bucket/a//b/./c/../d/"
                                      << "/bucket/a//b/./c/../d/";
}

void TestSigV4::s3KeysAreEncodedOnce()
{
    QFETCH(QString, path);
    QFETCH(QString, canonical);
    HttpRequest request;
    request.url = "https://s3.amazonaws.com" + path.toStdString();
    auto text = s3Signer().canonicalRequest(request, SigV4Signer::kUnsignedPayload);
    LS_VERIFY_OK(text);
    const std::string second = text->substr(4, text->find('\n', 4) - 4);
    QCOMPARE(q(second), canonical);
}

void TestSigV4::malformedEscapeIsAnError()
{
    HttpRequest request;
    request.url = "https://s3.amazonaws.com/bucket/100%";
    LS_VERIFY_ERROR(
        s3Signer().sign(request, kS3Credentials, SigV4Signer::kUnsignedPayload, kS3Time), ErrorCode::InvalidInput);
    QVERIFY(!request.headers.has("Authorization"));
    request.url = "https://s3.amazonaws.com/bucket/k?a=%zz";
    LS_VERIFY_ERROR(s3Signer().canonicalRequest(request, SigV4Signer::kUnsignedPayload), ErrorCode::InvalidInput);
}

void TestSigV4::sessionTokenIsSignedHeader()
{
    AwsCredentials withToken = kS3Credentials;
    withToken.sessionToken = "FQoGZXIvYXdzEXAMPLE/token+with=chars";
    HttpRequest plain;
    plain.url = "https://examplebucket.s3.amazonaws.com/test.txt";
    HttpRequest temporary = plain;
    const SigV4Signer signer = s3Signer();
    LS_VERIFY_OK(signer.sign(plain, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time));
    LS_VERIFY_OK(signer.sign(temporary, withToken, SigV4Signer::kEmptyPayloadHash, kS3Time));

    QCOMPARE(temporary.headers.get("X-Amz-Security-Token").value_or(""), withToken.sessionToken);
    QVERIFY(!plain.headers.has("X-Amz-Security-Token"));
    const std::string authorization = temporary.headers.get("Authorization").value_or("");
    QVERIFY(authorization.find("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,")
        != std::string::npos);
    QVERIFY(signatureOf(authorization) != signatureOf(plain.headers.get("Authorization").value_or("")));
    // The token is a credential, but never a secret in the Authorization header.
    QVERIFY(authorization.find(withToken.secretAccessKey) == std::string::npos);
}

void TestSigV4::presignWithSessionToken()
{
    AwsCredentials withToken = kS3Credentials;
    withToken.sessionToken = "FQoG/token+with=chars";
    const SigV4Signer signer = s3Signer();
    auto url = signer.presign("GET", "https://examplebucket.s3.amazonaws.com/test.txt", withToken, 3600s, kS3Time);
    LS_VERIFY_OK(url);
    QCOMPARE(queryValue(*url, "X-Amz-Security-Token"), std::string("FQoG%2Ftoken%2Bwith%3Dchars"));
    // The token is inside the signed query, and the signature comes last.
    QVERIFY(url->find("X-Amz-Security-Token=") < url->find("X-Amz-Signature="));
    QCOMPARE(recomputePresignature(signer, *url, withToken, kS3Time), queryValue(*url, "X-Amz-Signature"));
    QVERIFY(url->find(withToken.secretAccessKey) == std::string::npos);
}

void TestSigV4::presignKeepsQueryAndReplacesOldSignature()
{
    const SigV4Signer signer = s3Signer();
    auto first = signer.presign(
        "GET", "https://examplebucket.s3.amazonaws.com/a%20b.txt?versionId=v%2B1", kS3Credentials, 60s, kS3Time);
    LS_VERIFY_OK(first);
    QCOMPARE(queryValue(*first, "versionId"), std::string("v%2B1"));
    QVERIFY(first->rfind("https://examplebucket.s3.amazonaws.com/a%20b.txt?", 0) == 0);
    QCOMPARE(recomputePresignature(signer, *first, kS3Credentials, kS3Time), queryValue(*first, "X-Amz-Signature"));

    auto second = signer.presign("GET", *first, kS3Credentials, 120s, kS3Time + 10s);
    LS_VERIFY_OK(second);
    const auto count = [&](const std::string &needle) {
        int n = 0;
        for (auto at = second->find(needle); at != std::string::npos; at = second->find(needle, at + 1))
            ++n;
        return n;
    };
    QCOMPARE(count("X-Amz-Signature="), 1);
    QCOMPARE(count("X-Amz-Expires="), 1);
    QCOMPARE(queryValue(*second, "X-Amz-Expires"), std::string("120"));
    QCOMPARE(
        recomputePresignature(signer, *second, kS3Credentials, kS3Time + 10s), queryValue(*second, "X-Amz-Signature"));
}

void TestSigV4::presignExpiryBounds_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-5) << false;
    QTest::newRow("one second") << qint64(1) << true;
    QTest::newRow("seven days") << qint64(604800) << true;
    QTest::newRow("seven days and a second") << qint64(604801) << false;
    QTest::newRow("a year") << qint64(31536000) << false;
}

void TestSigV4::presignExpiryBounds()
{
    QFETCH(qint64, seconds);
    QFETCH(bool, valid);
    auto url = s3Signer().presign("GET", "https://examplebucket.s3.amazonaws.com/test.txt", kS3Credentials,
        std::chrono::seconds(seconds), kS3Time);
    if (valid) {
        LS_VERIFY_OK(url);
        QCOMPARE(queryValue(*url, "X-Amz-Expires"), std::to_string(seconds));
        return;
    }
    LS_VERIFY_ERROR(url, ErrorCode::InvalidInput);
    QVERIFY2(url.error().message.find("7 days") != std::string::npos, url.error().message.c_str());
}

void TestSigV4::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("host");
    QTest::newRow("plain") << "https://examplebucket.s3.amazonaws.com/k"
                           << ""
                           << "examplebucket.s3.amazonaws.com";
    QTest::newRow("https default port") << "https://h.example:443/k"
                                        << ""
                                        << "h.example";
    QTest::newRow("http default port") << "http://h.example:80/k"
                                       << ""
                                       << "h.example";
    QTest::newRow("custom port") << "http://localhost:9000/b/k"
                                 << ""
                                 << "localhost:9000";
    QTest::newRow("ipv6") << "http://[::1]:9000/b/k"
                          << ""
                          << "[::1]:9000";
    QTest::newRow("ipv6 default port") << "https://[2001:db8::1]/b"
                                       << ""
                                       << "[2001:db8::1]";
    QTest::newRow("caller's host wins") << "http://127.0.0.1:9000/b"
                                        << "minio.local"
                                        << "minio.local";
}

void TestSigV4::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QString, given);
    QFETCH(QString, host);
    HttpRequest request;
    request.url = url.toStdString();
    if (!given.isEmpty())
        request.headers.add("Host", given.toStdString());
    LS_VERIFY_OK(s3Signer().sign(request, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time));
    QCOMPARE(q(request.headers.get("Host").value_or("")), host);
    auto canonical = s3Signer().canonicalRequest(request, SigV4Signer::kEmptyPayloadHash);
    LS_VERIFY_OK(canonical);
    QVERIFY(canonical->find("\nhost:" + host.toStdString() + "\n") != std::string::npos);
}

void TestSigV4::resignReplacesHeaders()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/test.txt";
    request.headers.add("Range", "bytes=0-9");
    const SigV4Signer signer = s3Signer();
    LS_VERIFY_OK(signer.sign(request, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time - 3600s));
    LS_VERIFY_OK(signer.sign(request, kS3Credentials, SigV4Signer::kEmptyPayloadHash, kS3Time));
    int authorizations = 0;
    int dates = 0;
    for (const auto &[name, value] : request.headers.entries()) {
        authorizations += HttpHeaders::nameEquals(name, "Authorization");
        dates += HttpHeaders::nameEquals(name, "X-Amz-Date");
    }
    QCOMPARE(authorizations, 1);
    QCOMPARE(dates, 1);
    // The same signature as a fresh signing: the old one was not signed in.
    QCOMPARE(signatureOf(request.headers.get("Authorization").value_or("")),
        std::string("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

void TestSigV4::transitHeadersAreNotSigned()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/test.txt";
    request.headers.add("User-Agent", "lakescope/1.0");
    request.headers.add("Expect", "100-continue");
    request.headers.add("Content-Type", "text/plain");
    LS_VERIFY_OK(s3Signer().sign(request, kS3Credentials, SigV4Signer::kUnsignedPayload, kS3Time));
    const std::string authorization = request.headers.get("Authorization").value_or("");
    QVERIFY2(
        authorization.find("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,") != std::string::npos,
        authorization.c_str());
    QCOMPARE(request.headers.get("x-amz-content-sha256").value_or(""), std::string("UNSIGNED-PAYLOAD"));
}

void TestSigV4::anonymousIsUnsigned()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/test.txt";
    LS_VERIFY_OK(s3Signer().sign(request, AwsCredentials {}, SigV4Signer::kEmptyPayloadHash, kS3Time));
    QVERIFY(request.headers.empty());
    auto url = s3Signer().presign("GET", request.url, AwsCredentials {}, 60s, kS3Time);
    LS_VERIFY_OK(url);
    QCOMPARE(*url, request.url);
}

void TestSigV4::missingSecretIsAnError()
{
    HttpRequest request;
    request.url = "https://examplebucket.s3.amazonaws.com/test.txt";
    const AwsCredentials halfCredentials { "AKIAIOSFODNN7EXAMPLE", {}, {} };
    auto status = s3Signer().sign(request, halfCredentials, SigV4Signer::kEmptyPayloadHash, kS3Time);
    LS_VERIFY_ERROR(status, ErrorCode::InvalidInput);
    QVERIFY(!request.headers.has("Authorization"));
    LS_VERIFY_ERROR(s3Signer().sign(request, kS3Credentials, "", kS3Time), ErrorCode::InvalidInput);
}

QTEST_APPLESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
