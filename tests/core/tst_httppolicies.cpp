// SPDX-License-Identifier: Apache-2.0
// The HTTP layer's pure policies: what tracing redacts, how long the
// client waits before a retry and which statuses it retries.
#include "core/http/httpclient.h"
#include "core/http/retrypolicy.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

using namespace lakescope;
using namespace std::chrono_literals;

class TstHttpPolicies final : public QObject
{
    Q_OBJECT

private slots:
    void redactsHeaders()
    {
        const std::vector<std::array<std::string, 3>> cases {
            { "Authorization", "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc", "AWS4-HMAC-SHA256 <redacted>" },
            { "authorization", "Bearer eyJhbGciOi", "Bearer <redacted>" },
            { "Authorization", "opaque", "<redacted>" },
            { "Proxy-Authorization", "Basic dXNlcjpwYXNz", "Basic <redacted>" },
            { "X-Amz-Security-Token", "FwoGZX", "<redacted>" },
            { "x-amz-server-side-encryption-customer-key", "a2V5", "<redacted>" },
            { "x-ms-encryption-key", "a2V5", "<redacted>" },
            { "x-ms-copy-source-authorization", "Bearer x", "<redacted>" },
            { "Cookie", "a=b", "<redacted>" },
            { "X-Client-Secret", "s", "<redacted>" },
            { "Content-Type", "application/xml", "application/xml" },
            { "x-amz-date", "20240101T000000Z", "20240101T000000Z" },
            { "Keep-Alive", "timeout=5", "timeout=5" },
            { "x-amz-content-sha256", "UNSIGNED-PAYLOAD", "UNSIGNED-PAYLOAD" },
        };
        for (const auto &[name, value, expected] : cases)
            QCOMPARE(redactHeader(name, value), expected);
    }

    void redactsUrls()
    {
        const std::vector<std::pair<std::string, std::string>> cases {
            { "https://b.s3.amazonaws.com/k?X-Amz-Signature=abc&X-Amz-Credential=AKID%2Fx&x-id=GetObject",
                "https://b.s3.amazonaws.com/k?X-Amz-Signature=<redacted>&X-Amz-Credential=<redacted>&x-id=GetObject" },
            { "https://a.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=abc%3D",
                "https://a.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=<redacted>" },
            { "http://h/p?X-Amz-Security-Token=t&access_token=x&client_secret=y&prefix=a%2Fb",
                "http://h/"
                "p?X-Amz-Security-Token=<redacted>&access_token=<redacted>&client_secret=<redacted>&prefix=a%2Fb" },
            { "http://h/p?X-Amz-%53ignature=abc", "http://h/p?X-Amz-%53ignature=<redacted>" },
            { "http://user:pass@proxy:3128", "http://user:<redacted>@proxy:3128" },
            { "http://h/a?b#sig=x", "http://h/a?b#sig=x" },
            { "http://h/plain/path", "http://h/plain/path" },
            { "http://h/p?uploads&uploadId=2", "http://h/p?uploads&uploadId=2" },
        };
        for (const auto &[url, expected] : cases)
            QCOMPARE(redactUrl(url), expected);
    }

    void computesBackoffAndRetryAfter()
    {
        const RetryPolicy policy(5, 100ms, 1000ms, 60s);
        for (int retry = 1; retry <= 8; ++retry) {
            const auto ceiling = std::min(1000ms, 100ms * (1 << (retry - 1)));
            for (int i = 0; i < 50; ++i) {
                const auto delay = policy.backoff(retry);
                QVERIFY(delay >= 0ms && delay <= ceiling);
            }
        }
        QCOMPARE(policy.retryAfter("1").value_or(0ms).count(), 1000);
        QCOMPARE(policy.retryAfter(" 7 ").value_or(0ms).count(), 7000);
        QCOMPARE(policy.retryAfter("3600").value_or(0ms).count(), 60000); // capped
        QVERIFY(!policy.retryAfter("soon"));
        QVERIFY(!policy.retryAfter("-1"));

        const auto now = *RetryPolicy::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QCOMPARE(policy.retryAfter("Sun, 06 Nov 1994 08:49:47 GMT", now).value_or(0ms).count(), 10000);
        QCOMPARE(policy.retryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now).value_or(1ms).count(), 0); // past
        QCOMPARE(RetryPolicy::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), std::optional(now));
        QCOMPARE(RetryPolicy::parseHttpDate("Sun Nov  6 08:49:37 1994"), std::optional(now));
        QVERIFY(!RetryPolicy::parseHttpDate("Sun, 31 Feb 1994 08:49:37 GMT"));
        QVERIFY(!RetryPolicy::parseHttpDate("yesterday"));
        QCOMPARE(policy.delayBefore(1, std::optional<std::string_view>("2")).count(), 2000);
        QVERIFY(policy.delayBefore(1, std::optional<std::string_view>("later")) <= 100ms);

        for (int status : { 408, 429, 500, 502, 503, 504 })
            QVERIFY(RetryPolicy::isRetryableStatus(status));
        for (int status : { 200, 301, 400, 401, 403, 404, 409, 412, 501 })
            QVERIFY(!RetryPolicy::isRetryableStatus(status));
    }
};

QTEST_GUILESS_MAIN(TstHttpPolicies)
#include "tst_httppolicies.moc"
