// SPDX-License-Identifier: Apache-2.0
#include "core/http/httpclient.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include <sys/resource.h>

using namespace lakescope;
using namespace std::chrono_literals;
using lakescope::testing::GeneratedSource;
using lakescope::testing::Md5Sink;
using lakescope::testing::RecordedRequest;
using lakescope::testing::ScriptedHttpServer;
using lakescope::testing::ScriptedResponse;

namespace {

constexpr std::uint64_t kLarge = 64ull << 20;

// Sanitizers keep freed memory in quarantine or shadow it, so peak memory
// says nothing about buffering there.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kCheckMemory = false;
#else
constexpr bool kCheckMemory = true;
#endif

// Retries without waiting noticeably, so budget tests stay quick.
HttpClientConfig quickRetries(int maxRetries = 5)
{
    HttpClientConfig config;
    config.maxRetries = maxRetries;
    config.initialBackoff = 1ms;
    config.maxBackoff = 5ms;
    return config;
}

HttpRequest makeRequest(std::string method, std::string url, ByteSource *body = nullptr, bool retrySafe = true)
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = std::move(url);
    request.body = body;
    request.retrySafe = retrySafe;
    return request;
}

// Peak resident memory of the process, in bytes.
std::uint64_t peakRss()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;
}

// A source that cannot start over, like a pipe.
class NoRewindSource final : public ByteSource
{
public:
    explicit NoRewindSource(std::string data) : m_inner(std::move(data)) {}
    Result<std::size_t> read(std::span<char> buffer) override { return m_inner.read(buffer); }
    std::optional<std::uint64_t> size() const override { return m_inner.size(); }

private:
    StringSource m_inner;
};

// Collects trace lines from any thread, one per line.
class TraceLog
{
public:
    std::function<void(std::string_view)> sink()
    {
        return [this](std::string_view line) {
            std::lock_guard lock(m_mutex);
            (m_text += line) += '\n';
        };
    }
    std::string text() const
    {
        std::lock_guard lock(m_mutex);
        return m_text;
    }

private:
    mutable std::mutex m_mutex;
    std::string m_text;
};

// Runs `send` on another thread, so the test thread can cancel it.
std::future<Result<HttpResponse>> sendAsync(
    HttpClient &client, HttpRequest &request, ByteSink *sink, CancellationToken cancel)
{
    return std::async(
        std::launch::async, [&client, &request, sink, cancel] { return client.send(request, sink, cancel); });
}

} // namespace

class TstHttpClient final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->isListening());
    }

    void cleanup() { m_server.reset(); }

    void initTestCase()
    {
        // The tests talk to 127.0.0.1; a proxy from the developer's shell
        // would intercept them.
        for (const char *name :
            { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY" })
            ::unsetenv(name);
    }

    // First, while the process's peak memory is still low: a client that
    // buffered a body would raise it by the body's size.
    void streamsLargeDownloadIntoSink()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::generated(kLarge, 7));
        HttpClient client;
        const std::uint64_t peakBefore = peakRss();

        HttpRequest request = makeRequest("GET", server.url("/big"));
        Md5Sink sink;
        auto response = client.send(request, &sink);
        LS_VERIFY_OK(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(sink.bytes(), kLarge);
        QVERIFY2(sink.writes() > 64, "the body must arrive in pieces");
        QCOMPARE(sink.finishHex(), GeneratedSource::md5(7, 0, kLarge));
        QVERIFY2(!kCheckMemory || peakRss() < peakBefore + (24u << 20), "the download was buffered");
    }

    void sendsDotSegmentsAsGiven()
    {
        ScriptedHttpServer &server = *m_server;
        HttpClient client;
        HttpRequest request = makeRequest("GET", server.url("/bucket/a/./b/../c//d"));
        auto response = client.send(request);
        LS_VERIFY_OK(response);
        QCOMPARE(response->status, 200);
        const auto received = server.requests();
        QCOMPARE(received.size(), std::size_t(1));
        QCOMPARE(received.front().path, std::string("/bucket/a/./b/../c//d"));
    }

    void streamsLargeUploadFromSource()
    {
        ScriptedHttpServer &server = *m_server;
        const std::string expected = GeneratedSource::md5(11, 0, kLarge);
        server.setHandler([expected](const RecordedRequest &received) {
            return received.bodyMd5 == expected && received.bodySize == kLarge
                ? ScriptedResponse::text(200, "")
                : ScriptedResponse::text(400, "bad body " + received.bodyMd5);
        });
        HttpClient client;
        const std::uint64_t peakBefore = peakRss();

        GeneratedSource source(kLarge, 11);
        HttpRequest request = makeRequest("PUT", server.url("/bucket/big"), &source);
        request.bodySize = kLarge;
        auto response = client.send(request);
        LS_VERIFY_OK(response);
        QCOMPARE(response->errorBody, std::string());
        QCOMPARE(response->status, 200);
        QCOMPARE(server.requests().at(0).header("Content-Length").value_or(""), std::to_string(kLarge));
        QVERIFY2(!kCheckMemory || peakRss() < peakBefore + (24u << 20), "the upload was buffered");
    }

    void roundTripsEveryMethod()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::text(200, "hello"));
        server.enqueue(ScriptedResponse::generated(1000, 3));
        server.enqueue(ScriptedResponse::text(201, ""));
        server.enqueue(ScriptedResponse::text(200, "<created/>", "application/xml"));
        server.enqueue(ScriptedResponse::text(200, ""));
        server.enqueue(ScriptedResponse::text(204, ""));
        HttpClient client;

        // Sends a copy (send() may rewrite a request) and gives the status.
        auto statusOf = [&client](HttpRequest request, ByteSink *sink = nullptr) {
            auto response = client.send(request, sink);
            return response ? response->status : -1;
        };
        StringSink got, postSink;
        StringSource putBody("put body"), postBody("<Delete/>");
        QCOMPARE(statusOf(makeRequest("GET", server.url("/b/k?versionId=1")), &got), 200);
        QCOMPARE(got.data(), std::string("hello"));

        StringSink headSink;
        HttpRequest head = makeRequest("HEAD", server.url("/b/k"));
        auto headed = client.send(head, &headSink);
        LS_VERIFY_OK(headed);
        QCOMPARE(headed->headers.get("Content-Length").value_or(""), std::string("1000"));
        QCOMPARE(headSink.data(), std::string());

        QCOMPARE(statusOf(makeRequest("PUT", server.url("/b/k"), &putBody)), 201);
        HttpRequest post = makeRequest("POST", server.url("/b?delete"), &postBody, false);
        post.headers.set("Content-Type", "application/xml");
        QCOMPARE(statusOf(post, &postSink), 200);
        QCOMPARE(postSink.data(), std::string("<created/>"));
        QCOMPARE(statusOf(makeRequest("POST", server.url("/b/k?uploads"), nullptr, false)), 200);
        QCOMPARE(statusOf(makeRequest("DELETE", server.url("/b/k"))), 204);

        const auto seen = server.requests();
        const std::vector<std::string> methods{"GET", "HEAD", "PUT", "POST", "POST", "DELETE"};
        QCOMPARE(seen.size(), methods.size());
        for (std::size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].method, methods[i]);
            QVERIFY2(!seen[i].header("Expect"), "Expect: 100-continue must be off");
        }
        QCOMPARE(seen[0].target, std::string("/b/k?versionId=1"));
        QCOMPARE(seen[2].body, std::string("put body"));
        QCOMPARE(seen[2].header("Content-Length").value_or(""), std::string("8"));
        QCOMPARE(seen[3].body, std::string("<Delete/>"));
        QCOMPARE(seen[3].header("Content-Type").value_or(""), std::string("application/xml"));
        QCOMPARE(seen[4].header("Content-Length").value_or(""), std::string("0"));
        QVERIFY2(!seen[4].header("Content-Type"), "libcurl's form Content-Type must not be sent");
    }

    void sendsAndReceivesHeaders()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::text(200, "x")
                           .withHeader("ETag", "\"abc\"")
                           .withHeader("X-Multi", "one")
                           .withHeader("X-Multi", "two"));
        HttpClientConfig config;
        config.userAgent = "lakescope-test/1";
        HttpClient client(config);

        HttpRequest request = makeRequest("GET", server.url("/h"));
        request.headers.add("X-Custom", "value 1");
        request.headers.add("Range", "bytes=0-0");
        auto response = client.send(request);
        LS_VERIFY_OK(response);
        QCOMPARE(response->headers.get("etag").value_or(""), std::string("\"abc\""));
        QCOMPARE(std::count_if(response->headers.entries().begin(), response->headers.entries().end(),
                     [](const auto &entry) { return entry.first == "X-Multi"; }),
            2);
        QVERIFY(response->headers.has("Content-Length"));

        const RecordedRequest seen = server.requests().at(0);
        QCOMPARE(seen.header("X-Custom").value_or(""), std::string("value 1"));
        QCOMPARE(seen.header("Range").value_or(""), std::string("bytes=0-0"));
        QCOMPARE(seen.header("User-Agent").value_or(""), std::string("lakescope-test/1"));

        HttpRequest smuggling = makeRequest("GET", server.url("/h"));
        smuggling.headers.add("X-Bad", "a\r\nX-Injected: 1");
        LS_VERIFY_ERROR(client.send(smuggling), ErrorCode::InvalidInput);
        QCOMPARE(server.requestCount(), std::size_t{1});
    }

    void retriesTransientStatusesAndSignsEachAttempt()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::text(503, "<Error><Code>SlowDown</Code></Error>"));
        server.enqueue({.status = 503});
        server.enqueue({.body = "done"});
        HttpClient client(quickRetries());

        int prepared = 0;
        StringSource body("payload");
        HttpRequest request = makeRequest("PUT", server.url("/b/k"), &body);
        request.headers.add("X-Fixed", "kept");
        request.prepare = [&prepared](HttpRequest &r) -> Status {
            r.headers.add("X-Attempt", std::to_string(++prepared));
            return {};
        };
        auto response = client.send(request);
        LS_VERIFY_OK(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->attempts, 3);
        QCOMPARE(prepared, 3);

        const auto seen = server.requests();
        QCOMPARE(seen.size(), std::size_t{3});
        for (std::size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].header("X-Attempt").value_or(""), std::to_string(i + 1));
            QCOMPARE(seen[i].header("X-Fixed").value_or(""), std::string("kept"));
            QCOMPARE(seen[i].body, std::string("payload")); // rewound each time
        }
    }

    void returnsLastResponseWhenRetriesRunOut()
    {
        ScriptedHttpServer &server = *m_server;
        server.setHandler([](const RecordedRequest &) { return ScriptedResponse::text(503, "<Code>SlowDown</Code>"); });
        HttpClient client(quickRetries(3));

        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        StringSink sink;
        auto response = client.send(request, &sink);
        LS_VERIFY_OK(response);
        QCOMPARE(response->status, 503);
        QCOMPARE(response->attempts, 4);
        QCOMPARE(response->errorBody, std::string("<Code>SlowDown</Code>"));
        QCOMPARE(sink.data(), std::string()); // error bodies never reach the sink
        QCOMPARE(server.requestCount(), std::size_t{4});
    }

    void capsErrorBodiesAndLeavesRedirectsToTheCaller()
    {
        ScriptedHttpServer &server = *m_server;
        ScriptedResponse huge = ScriptedResponse::generated(3 << 20, 2);
        huge.status = 404;
        server.enqueue(huge);
        server.enqueue(ScriptedResponse::text(301, "").withHeader("Location", "http://127.0.0.1:1/elsewhere"));
        server.enqueue(ScriptedResponse::text(200, "after"));
        HttpClient client(quickRetries());

        HttpRequest missing = makeRequest("GET", server.url("/b/k"));
        Md5Sink sink;
        auto notFound = client.send(missing, &sink);
        LS_VERIFY_OK(notFound);
        QCOMPARE(notFound->status, 404);
        QCOMPARE(notFound->errorBody.size(), std::size_t{1} << 20);
        QCOMPARE(sink.bytes(), std::uint64_t{0});

        HttpRequest redirected = makeRequest("GET", server.url("/b/k"));
        auto response = client.send(redirected);
        LS_VERIFY_OK(response);
        QCOMPARE(response->status, 301);
        QCOMPARE(response->headers.get("Location").value_or(""), std::string("http://127.0.0.1:1/elsewhere"));

        // The connection survived both (the error body was read to its end).
        HttpRequest after = makeRequest("GET", server.url("/b/k"));
        LS_VERIFY_OK(client.send(after));
        QCOMPARE(server.requestCount(), std::size_t{3});
        QCOMPARE(server.connectionCount(), std::size_t{1});
    }

    void honoursRetryAfter()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::text(429, "").withHeader("Retry-After", "1"));
        server.enqueue(ScriptedResponse::text(200, "ok"));
        HttpClient client(quickRetries());

        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        const auto started = std::chrono::steady_clock::now();
        auto response = client.send(request);
        const auto elapsed = std::chrono::steady_clock::now() - started;
        LS_VERIFY_OK(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->attempts, 2);
        QVERIFY2(elapsed >= 950ms, "Retry-After: 1 was not waited for");
    }

    void doesNotRepeatWhatCannotBeRepeated()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::text(503, ""));
        server.enqueue(ScriptedResponse::text(500, ""));
        server.setHandler([](const RecordedRequest &) { return ScriptedResponse::text(200, ""); });
        HttpClient client(quickRetries());

        // A POST the caller did not declare idempotent.
        StringSource complete("<CompleteMultipartUpload/>");
        HttpRequest unsafe = makeRequest("POST", server.url("/b/k?uploadId=1"), &complete, false);
        auto first = client.send(unsafe);
        LS_VERIFY_OK(first);
        QCOMPARE(first->status, 503);
        QCOMPARE(first->attempts, 1);

        // A body that cannot start over.
        NoRewindSource piped("from a pipe");
        HttpRequest put = makeRequest("PUT", server.url("/b/k"), &piped);
        auto second = client.send(put);
        LS_VERIFY_OK(second);
        QCOMPARE(second->status, 500);
        QCOMPARE(second->attempts, 1);
        QCOMPARE(server.requestCount(), std::size_t{2});
    }

    void doesNotRetryOnceBodyReachedSink()
    {
        ScriptedHttpServer &server = *m_server;
        ScriptedResponse broken = ScriptedResponse::generated(1 << 20, 5);
        broken.closeAfter = 256 * 1024;
        server.enqueue(broken);
        server.enqueue(ScriptedResponse::generated(1 << 20, 5));
        HttpClient client(quickRetries());

        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        Md5Sink sink;
        auto response = client.send(request, &sink);
        LS_VERIFY_ERROR(response, ErrorCode::Transient);
        QCOMPARE(sink.bytes(), std::uint64_t{256 * 1024});
        QCOMPARE(server.requestCount(), std::size_t{1});
        QVERIFY2(response.error().message.find("127.0.0.1:" + std::to_string(server.port())) != std::string::npos,
            response.error().message.c_str());
    }

    void retriesConnectionsDroppedBeforeAResponse()
    {
        ScriptedHttpServer &server = *m_server;
        ScriptedResponse dropped;
        dropped.dropConnection = true;
        ScriptedResponse reset = dropped;
        reset.reset = true;
        server.enqueue(dropped);
        server.enqueue(reset);
        server.enqueue(ScriptedResponse::text(200, "finally"));
        HttpClient client(quickRetries());

        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        StringSink sink;
        auto response = client.send(request, &sink);
        LS_VERIFY_OK(response);
        QCOMPARE(sink.data(), std::string("finally"));
        QCOMPARE(server.requestCount(), std::size_t{3});
        QCOMPARE(response->attempts, 3);
    }

    void sinkAndSourceErrorsAbortWithThatError()
    {
        ScriptedHttpServer &server = *m_server;
        server.setHandler([](const RecordedRequest &) { return ScriptedResponse::generated(4 << 20, 9); });
        HttpClient client(quickRetries());

        Md5Sink sink;
        sink.onWrite = [](std::uint64_t) -> Status { return Error::permissionDenied("disk is read-only"); };
        HttpRequest get = makeRequest("GET", server.url("/b/k"));
        auto download = client.send(get, &sink);
        LS_VERIFY_ERROR(download, ErrorCode::PermissionDenied);
        QCOMPARE(download.error().message, std::string("disk is read-only"));
        QCOMPARE(sink.writes(), 1);
        QCOMPARE(server.requestCount(), std::size_t{1});

        lakescope::testing::FailingSource failing(300 * 1024, Error::fatal("cannot read ./local"), 1 << 20);
        HttpRequest put = makeRequest("PUT", server.url("/b/k"), &failing);
        auto upload = client.send(put);
        LS_VERIFY_ERROR(upload, ErrorCode::Fatal);
        QCOMPARE(upload.error().message, std::string("cannot read ./local"));
        CancellationSource cancel;
        lakescope::testing::FailingSource cancelling(300 * 1024, cancel, 8 << 20);
        HttpRequest cancelled = makeRequest("PUT", server.url("/b/k"), &cancelling);
        LS_VERIFY_ERROR(client.send(cancelled, nullptr, cancel.token()), ErrorCode::Cancelled);

        // The server saw both bodies end early, never a complete request.
        QVERIFY(server.waitForRequests(3));
        QVERIFY(server.requests()[1].bodySize < (1u << 20));
        QVERIFY(server.requests()[2].bodySize < (8u << 20));
    }

    void cancelsStalledResponsePromptly()
    {
        ScriptedHttpServer &server = *m_server;
        ScriptedResponse stalled = ScriptedResponse::generated(1 << 20, 1);
        stalled.stallAfter = 0;
        server.enqueue(stalled);
        HttpClient client; // default stall timeout (30 s): only the cancel can end this
        CancellationSource cancel;

        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        Md5Sink sink;
        auto pending = sendAsync(client, request, &sink, cancel.token());
        QVERIFY(server.waitForRequests(1));
        const auto cancelledAt = std::chrono::steady_clock::now();
        cancel.cancel();
        QCOMPARE(pending.wait_for(10s), std::future_status::ready);
        const auto latency = std::chrono::steady_clock::now() - cancelledAt;
        auto response = pending.get();
        LS_VERIFY_ERROR(response, ErrorCode::Cancelled);
        QVERIFY2(latency < 2s, "cancellation was not noticed promptly");
        QCOMPARE(server.requestCount(), std::size_t{1});
    }

    void cancelsDuringBackoff()
    {
        ScriptedHttpServer &server = *m_server;
        server.setHandler(
            [](const RecordedRequest &) { return ScriptedResponse::text(503, "").withHeader("Retry-After", "30"); });
        HttpClient client;
        CancellationSource cancel;

        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        auto pending = sendAsync(client, request, nullptr, cancel.token());
        QVERIFY(server.waitForRequests(1));
        const auto cancelledAt = std::chrono::steady_clock::now();
        cancel.cancel();
        QCOMPARE(pending.wait_for(10s), std::future_status::ready);
        QVERIFY2(std::chrono::steady_clock::now() - cancelledAt < 2s, "the backoff wait ignored the cancel");
        LS_VERIFY_ERROR(pending.get(), ErrorCode::Cancelled);
        QCOMPARE(server.requestCount(), std::size_t{1});
    }

    void detectsStalls()
    {
        ScriptedHttpServer &server = *m_server;
        ScriptedResponse stalled = ScriptedResponse::generated(1 << 20, 1);
        stalled.stallAfter = 0;
        server.enqueue(stalled);
        server.enqueue(stalled);
        server.enqueue(ScriptedResponse::text(200, "recovered"));
        HttpClientConfig config = quickRetries();
        config.stallTimeout = 1s;
        HttpClient client(config);

        // Not retry-safe: the stall comes back as an error.
        HttpRequest once = makeRequest("GET", server.url("/b/k"), nullptr, false);
        const auto started = std::chrono::steady_clock::now();
        auto failed = client.send(once);
        const auto elapsed = std::chrono::steady_clock::now() - started;
        LS_VERIFY_ERROR(failed, ErrorCode::Transient);
        QVERIFY2(failed.error().message.find("stalled") != std::string::npos, failed.error().message.c_str());
        QVERIFY2(elapsed >= 900ms && elapsed < 10s, "the stall timeout did not apply");

        // Retry-safe: the next attempt gets through.
        HttpRequest retried = makeRequest("GET", server.url("/b/k"));
        StringSink sink;
        auto recovered = client.send(retried, &sink);
        LS_VERIFY_OK(recovered);
        QCOMPARE(recovered->attempts, 2);
        QCOMPARE(sink.data(), std::string("recovered"));
    }

    void reportsRefusedConnectionOnOneLine()
    {
        const int port = ScriptedHttpServer::unusedPort();
        HttpClient client(quickRetries(2));
        HttpRequest request
            = makeRequest("GET", "http://127.0.0.1:" + std::to_string(port) + "/b/k?X-Amz-Signature=s3cr3t");
        auto response = client.send(request);
        LS_VERIFY_ERROR(response, ErrorCode::Transient);
        const std::string message = response.error().message;
        QVERIFY2(message.find("cannot connect to 127.0.0.1:" + std::to_string(port) + " (Connection refused)")
                != std::string::npos,
            message.c_str());
        QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
        QVERIFY2(message.find("s3cr3t") == std::string::npos, message.c_str());
        QVERIFY2(message.find("3 attempts") != std::string::npos, message.c_str());

        HttpRequest notHttp = makeRequest("GET", "file:///etc/passwd");
        LS_VERIFY_ERROR(client.send(notHttp), ErrorCode::InvalidInput);
    }

    void verifiesTlsAgainstTheConfiguredCaBundle()
    {
        ScriptedHttpServer server(ScriptedHttpServer::Transport::Https);
        QVERIFY(server.isListening());
        server.setHandler([](const RecordedRequest &) { return ScriptedResponse::text(200, "secure"); });

        // On by default: a self-signed server is refused, with a hint.
        HttpClient strict(quickRetries());
        HttpRequest refused = makeRequest("GET", server.url("/b/k"));
        auto failed = strict.send(refused);
        LS_VERIFY_ERROR(failed, ErrorCode::Fatal);
        const std::string message = failed.error().message;
        QVERIFY2(message.find("127.0.0.1:" + std::to_string(server.port()) + " could not be verified")
                     != std::string::npos, message.c_str());
        QVERIFY2(message.find("ca_bundle") != std::string::npos, message.c_str());
        QCOMPARE(server.requestCount(), std::size_t{0});

        HttpClientConfig config;
        config.caBundle = server.caBundle();
        HttpClient trusting(config);
        for (int i = 0; i < 3; ++i) {
            HttpRequest request = makeRequest("GET", server.url("/b/k"));
            StringSink sink;
            LS_VERIFY_OK(trusting.send(request, &sink));
            QCOMPARE(sink.data(), std::string("secure"));
        }
        QCOMPARE(server.connectionCount(), std::size_t{1});

        HttpClientConfig unverified;
        unverified.verifyTls = false;
        HttpClient lax(unverified);
        HttpRequest request = makeRequest("GET", server.url("/b/k"));
        LS_VERIFY_OK(lax.send(request));

        config.caBundle = "/nonexistent/lakescope-ca.pem";
        HttpClient broken(config);
        HttpRequest again = makeRequest("GET", server.url("/b/k"));
        auto unreadable = broken.send(again);
        LS_VERIFY_ERROR(unreadable, ErrorCode::Fatal);
        QVERIFY2(unreadable.error().message.find("ca_bundle") != std::string::npos, unreadable.error().message.c_str());
    }

    void reusesKeepAliveConnection()
    {
        ScriptedHttpServer &server = *m_server;
        HttpClient client;
        for (int i = 0; i < 10; ++i) {
            HttpRequest request = makeRequest(i % 2 ? "HEAD" : "GET", server.url("/k" + std::to_string(i)));
            auto response = client.send(request);
            LS_VERIFY_OK(response);
            QCOMPARE(response->status, 200);
        }
        QCOMPARE(server.requestCount(), std::size_t{10});
        QCOMPARE(server.connectionCount(), std::size_t{1});
    }

    void sendsFromManyThreads()
    {
        ScriptedHttpServer &server = *m_server;
        server.setHandler([](const RecordedRequest &received) { return ScriptedResponse::text(200, received.path); });
        HttpClient client;
        constexpr int kThreads = 8;
        constexpr int kRequests = 20;

        std::vector<std::future<int>> workers;
        for (int t = 0; t < kThreads; ++t) {
            workers.push_back(std::async(std::launch::async, [&client, &server, t] {
                int good = 0;
                for (int i = 0; i < kRequests; ++i) {
                    const std::string path = "/t" + std::to_string(t) + "/r" + std::to_string(i);
                    HttpRequest request = makeRequest("GET", server.url(path));
                    StringSink sink;
                    auto response = client.send(request, &sink);
                    if (response && response->status == 200 && sink.data() == path)
                        ++good;
                }
                return good;
            }));
        }
        for (auto &worker : workers)
            QCOMPARE(worker.get(), kRequests);
        QCOMPARE(server.requestCount(), std::size_t{kThreads * kRequests});
        QVERIFY2(server.connectionCount() <= std::size_t{kThreads}, "connections were not reused");
    }

    void usesProxyFromEnvironment()
    {
        ScriptedHttpServer &proxy = *m_server;
        HttpClient client;

        // Lower case, as libcurl (and every Unix tool) reads it for http.
        ::setenv("http_proxy", proxy.url("").c_str(), 1);
        HttpRequest request = makeRequest("GET", "http://bucket.example.invalid/key?list-type=2");
        auto response = client.send(request);
        ::unsetenv("http_proxy");
        LS_VERIFY_OK(response);
        QCOMPARE(proxy.requests().at(0).target, std::string("http://bucket.example.invalid/key?list-type=2"));

        // no_proxy wins over the proxy (here a closed port).
        ::setenv("http_proxy", ("http://127.0.0.1:" + std::to_string(ScriptedHttpServer::unusedPort())).c_str(), 1);
        ::setenv("no_proxy", "127.0.0.1", 1);
        HttpRequest direct = makeRequest("GET", proxy.url("/k"), nullptr, false);
        auto directResponse = client.send(direct);
        ::unsetenv("http_proxy");
        ::unsetenv("no_proxy");
        LS_VERIFY_OK(directResponse);
        QCOMPARE(proxy.requests().at(1).target, std::string("/k"));
    }

    void usesConfiguredProxy()
    {
        HttpClientConfig config;
        config.proxy = m_server->url("");
        HttpClient client(config);
        HttpRequest request = makeRequest("GET", "http://storage.example.invalid/c/blob");
        LS_VERIFY_OK(client.send(request));
        QCOMPARE(m_server->requests().at(0).target, std::string("http://storage.example.invalid/c/blob"));
    }

    void traceNeverShowsSecrets()
    {
        ScriptedHttpServer &server = *m_server;
        server.enqueue(ScriptedResponse::text(503, ""));
        server.enqueue(ScriptedResponse::text(200, "").withHeader("Set-Cookie", "session=cookiesecret"));
        TraceLog log;
        HttpClientConfig config = quickRetries();
        config.trace = log.sink();
        HttpClient client(config);

        StringSource body(std::string(1024, 'x'));
        HttpRequest request = makeRequest("PUT",
            server.url("/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDSECRETID%2F20240101%2Fus-east-1"
                       "%2Fs3%2Faws4_request&X-Amz-Signature=deadbeef&partNumber=1"),
            &body);
        request.headers.add("Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDSECRETID/20240101/us-east-1/s3/"
            "aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123secret");
        request.headers.add("x-amz-security-token", "tokensecret");
        request.headers.add("x-amz-date", "20240101T000000Z");
        auto response = client.send(request);
        LS_VERIFY_OK(response);
        QCOMPARE(response->attempts, 2);

        const std::string trace = log.text();
        for (const char *secret : {"abc123secret", "deadbeef", "AKIDSECRETID", "tokensecret", "cookiesecret"})
            QVERIFY2(trace.find(secret) == std::string::npos, trace.c_str());
        const std::string expectedLines[] = {
            "> PUT http://127.0.0.1:" + std::to_string(server.port())
                + "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<redacted>"
                  "&X-Amz-Signature=<redacted>&partNumber=1 (1024 bytes)\n",
            "> Authorization: AWS4-HMAC-SHA256 <redacted>\n",
            "> x-amz-date: 20240101T000000Z\n",
            "\n< 503 (",
            "\nretry 1/5 in ",
            " s after 503\n",
            "\n< 200 (",
            "< Set-Cookie: <redacted>\n",
        };
        for (const std::string &line : expectedLines)
            QVERIFY2(trace.find(line) != std::string::npos, (line + " not in:\n" + trace).c_str());
    }

private:
    // A fresh server per test (init/cleanup); clients are test locals, so
    // they end, closing their connections, before it does.
    std::unique_ptr<ScriptedHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
