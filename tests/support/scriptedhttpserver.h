// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

// A real HTTP/1.1 server on 127.0.0.1 (cpp-httplib, own threads) whose
// answers a test scripts, for testing HTTP clients and network backends
// against faults a real service shows only sometimes.
//
//     ScriptedHttpServer server;                      // listening already
//     QVERIFY(server.isListening());
//     server.enqueue({.status = 503});                // the first request
//     server.enqueue(ScriptedResponse::text(503, "").withHeader("Retry-After", "1"));
//     server.enqueue({.body = "<ListBucketResult/>"}); // the third
//     ... point the code under test at server.url("/bucket") ...
//     QCOMPARE(server.requestCount(), std::size_t{3});
//
// Answers come from the queue first (one per request, in order), then from
// the handler (setHandler: decide from the recorded request, e.g. route by
// path or check an upload's MD5), else an empty 200. HEAD is answered like
// GET without the body. Every request is recorded before it is answered,
// with its method, target, headers, body size and MD5 and the client's
// port (one port = one TCP connection), so a test can wait for a request
// to arrive (waitForRequests) and then act on the client while the answer
// is still delayed or stalled.
//
// Faults: `delay` before anything is sent; `stallAfter` body bytes and then
// silence until releaseStalls() or the server's end; `closeAfter` body
// bytes and then a closed connection (the client sees a short body);
// `dropConnection` closes without any response; `reset` makes those closes
// a TCP RST instead of a FIN. Large bodies (`generatedSize`) are the
// GeneratedSource bytes for `seed` (tests/support/teststreams.h), streamed,
// so a client's hash can be checked without holding the object.
//
// Request bodies are streamed too: only the first `keptBodyBytes` are kept
// in RecordedRequest::body, the MD5 covers all of them. Multipart form
// uploads are not supported. The handler runs on a server thread: no
// QVERIFY/QCOMPARE there, record and check on the test thread instead.
// Keep-alive is on (1000 requests per connection) so tests can check reuse.
// cpp-httplib drops request headers with an empty value before we see them.
//
// Transport::Https serves TLS with a fresh self-signed certificate for
// 127.0.0.1 and localhost; caBundle() is its PEM file, for a client's
// ca_bundle option (without it, a verifying client must refuse the server).
namespace lakescope::testing {

struct ScriptedResponse
{
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string contentType = "application/octet-stream";
    // Stream this many GeneratedSource(seed) bytes instead of `body`.
    std::optional<std::uint64_t> generatedSize;
    std::uint32_t seed = 0;

    std::chrono::milliseconds delay{0};
    std::optional<std::uint64_t> stallAfter;
    std::optional<std::uint64_t> closeAfter;
    bool dropConnection = false;
    bool reset = false;

    static ScriptedResponse text(int status, std::string body, std::string contentType = "text/plain");
    static ScriptedResponse generated(std::uint64_t size, std::uint32_t seed);
    // A copy with one more header: text(503, "").withHeader("Retry-After", "1").
    ScriptedResponse withHeader(std::string name, std::string value) const;
};

struct RecordedRequest
{
    std::size_t index = 0; // arrival order, from 0
    std::string method;
    std::string target; // as sent: encoded path and query
    std::string path; // encoded path, without the query
    std::string query; // encoded query, without '?'
    std::vector<std::pair<std::string, std::string>> headers;
    std::uint64_t bodySize = 0;
    std::string bodyMd5; // hex, of the whole body
    std::string body; // the first keptBodyBytes of it
    int remotePort = 0; // the client's port: one per TCP connection

    std::optional<std::string> header(std::string_view name) const;
};

class ScriptedHttpServer
{
public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;
    enum class Transport { Http, Https };

    explicit ScriptedHttpServer(Transport transport = Transport::Http);
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    // A loopback port nothing listens on (bound, never listened on, closed
    // again): for "connection refused" tests.
    static int unusedPort();

    // False when the server could not bind or start; tests should QVERIFY it.
    bool isListening() const { return m_port > 0; }
    int port() const { return m_port; }
    // "http://127.0.0.1:<port>" (https for Transport::Https) + path.
    std::string url(std::string_view pathAndQuery = "/") const;
    // The PEM file of the HTTPS certificate (empty for plain HTTP).
    const std::string &caBundle() const { return m_caBundle; }

    void enqueue(ScriptedResponse response);
    void setHandler(Handler handler);
    // Let stalled responses send the rest of their bodies.
    void releaseStalls();
    void setKeptBodyBytes(std::size_t bytes);

    std::vector<RecordedRequest> requests() const;
    std::size_t requestCount() const;
    // Distinct client connections seen so far.
    std::size_t connectionCount() const;
    // Blocks until `count` requests were recorded; false on timeout.
    bool waitForRequests(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;

private:
    void serve(const httplib::Request &request, httplib::Response &response, const httplib::ContentReader *reader);
    RecordedRequest record(const httplib::Request &request, const httplib::ContentReader *reader);
    ScriptedResponse nextResponse(const RecordedRequest &recorded);
    // Waits for `delay`, or for ever when nullopt, unless released or stopping;
    // true when the wait ended because the server is stopping.
    bool waitUnlessStopping(std::optional<std::chrono::milliseconds> delay, std::uint64_t releaseGeneration);
    // Closes the server side of the client's connection from `remotePort`.
    void abortConnection(int remotePort, bool reset) const;
    void abortAllConnections() const;

    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::string m_scheme = "http";
    std::string m_caBundle;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::deque<ScriptedResponse> m_queue;
    Handler m_handler;
    std::vector<RecordedRequest> m_requests;
    std::set<int> m_remotePorts;
    std::size_t m_keptBodyBytes = 1 << 20;
    std::uint64_t m_releaseGeneration = 0;
    bool m_stopping = false;
};

} // namespace lakescope::testing
