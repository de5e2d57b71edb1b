// SPDX-License-Identifier: Apache-2.0
#include "tests/support/scriptedhttpserver.h"

#include "core/common/md5.h"
#include "tests/support/teststreams.h"

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <random>
#include <span>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lakescope::testing {

namespace {

constexpr std::size_t kChunk = 256 * 1024;

int portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
    return -1;
}

// Calls `action` for each connected socket of this process whose local port
// is `localPort` and (unless negative) whose peer port is `remotePort`.
// cpp-httplib does not hand the socket to handlers, so it is found by its
// addresses; only the test process's own descriptors are looked at.
template<typename Action>
void forEachConnection(int localPort, int remotePort, Action action)
{
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        int fd = -1;
        try {
            fd = std::stoi(entry.path().filename().string());
        } catch (...) {
            continue;
        }
        sockaddr_storage local{};
        sockaddr_storage peer{};
        socklen_t localLength = sizeof local;
        socklen_t peerLength = sizeof peer;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0 || portOf(local) != localPort)
            continue;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
            continue; // the listening socket
        if (remotePort >= 0 && portOf(peer) != remotePort)
            continue;
        action(fd);
    }
}

void closeSocket(int fd, bool reset)
{
    if (reset) {
        // Disconnecting a TCP socket makes Linux send a RST right away, while
        // cpp-httplib still owns (and later closes) the descriptor.
        sockaddr unspecified{};
        unspecified.sa_family = AF_UNSPEC;
        (void)::connect(fd, &unspecified, sizeof unspecified);
    } else {
        ::shutdown(fd, SHUT_RDWR);
    }
}

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertificateDeleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

// A self-signed CA certificate that is also the server's: the simplest
// chain a client can be told to trust through its CA bundle option.
std::unique_ptr<X509, CertificateDeleter> makeCertificate(EVP_PKEY *key)
{
    std::unique_ptr<X509, CertificateDeleter> certificate(X509_new());
    X509 *cert = certificate.get();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), static_cast<long>(std::random_device{}() & 0x7fffffff));
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 7L * 24 * 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("lakescope test"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    const std::pair<int, const char *> extensions[] = {
        { NID_basic_constraints, "critical,CA:TRUE" },
        { NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost" },
    };
    for (const auto &[nid, value] : extensions) {
        X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        if (!extension)
            return nullptr;
        X509_add_ext(cert, extension, -1);
        X509_EXTENSION_free(extension);
    }
    if (X509_sign(cert, key, EVP_sha256()) == 0)
        return nullptr;
    return certificate;
}

bool writePem(const std::string &path, X509 *certificate)
{
    std::FILE *file = std::fopen(path.c_str(), "w");
    if (!file)
        return false;
    const bool written = PEM_write_X509(file, certificate) == 1;
    return std::fclose(file) == 0 && written;
}

} // namespace

ScriptedResponse ScriptedResponse::text(int status, std::string body, std::string contentType)
{
    ScriptedResponse response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

ScriptedResponse ScriptedResponse::generated(std::uint64_t size, std::uint32_t seed)
{
    ScriptedResponse response;
    response.generatedSize = size;
    response.seed = seed;
    return response;
}

ScriptedResponse ScriptedResponse::withHeader(std::string name, std::string value) const
{
    ScriptedResponse copy = *this;
    copy.headers.emplace_back(std::move(name), std::move(value));
    return copy;
}

std::optional<std::string> RecordedRequest::header(std::string_view name) const
{
    for (const auto &[key, value] : headers) {
        if (key.size() == name.size() && std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
                return std::tolower(a) == std::tolower(b);
            }))
            return value;
    }
    return std::nullopt;
}

ScriptedHttpServer::ScriptedHttpServer(Transport transport)
{
    // A client that goes away mid-response must not kill the test process.
    std::signal(SIGPIPE, SIG_IGN);

    if (transport == Transport::Https) {
        static std::atomic<int> serial{0};
        std::unique_ptr<EVP_PKEY, KeyDeleter> key(EVP_EC_gen("P-256"));
        auto certificate = key ? makeCertificate(key.get()) : nullptr;
        m_caBundle = (std::filesystem::temp_directory_path()
            / ("lakescope-scripted-" + std::to_string(::getpid()) + "-" + std::to_string(++serial) + ".pem"))
                         .string();
        if (!certificate || !writePem(m_caBundle, certificate.get()))
            return;
        // SSLServer takes its own references to both.
        m_server = std::make_unique<httplib::SSLServer>(certificate.get(), key.get());
        m_scheme = "https";
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    if (!m_server->is_valid())
        return;

    // Enough workers that idle keep-alive connections (each holds one) never
    // starve a concurrency test.
    m_server->new_task_queue = [] { return new httplib::ThreadPool(32); };
    m_server->set_keep_alive_max_count(1000);
    m_server->set_payload_max_length(std::numeric_limits<std::size_t>::max());

    auto plain
        = [this](const httplib::Request &request, httplib::Response &response) { serve(request, response, nullptr); };
    auto withBody = [this](const httplib::Request &request, httplib::Response &response,
                        const httplib::ContentReader &reader) { serve(request, response, &reader); };
    m_server->Get(".*", plain);
    m_server->Options(".*", plain);
    m_server->Post(".*", withBody);
    m_server->Put(".*", withBody);
    m_server->Patch(".*", withBody);
    m_server->Delete(".*", withBody);

    const int port = m_server->bind_to_any_port("127.0.0.1");
    if (port <= 0)
        return;
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // stop() is a no-op until the listener runs, so a server destroyed at
    // once would never end: wait for it (it takes microseconds).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!m_server->is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (m_server->is_running())
        m_port = port;
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (!m_caBundle.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_caBundle, ignored);
    }
    if (!m_thread.joinable())
        return;
    m_server->stop();
    // Idle keep-alive connections would hold their workers (and the join)
    // until the keep-alive timeout; close them now.
    abortAllConnections();
    m_thread.join();
}

int ScriptedHttpServer::unusedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

std::string ScriptedHttpServer::url(std::string_view pathAndQuery) const
{
    std::string result = m_scheme + "://127.0.0.1:" + std::to_string(m_port);
    if (pathAndQuery.empty() || pathAndQuery.front() != '/')
        result += '/';
    result += pathAndQuery;
    return result;
}

void ScriptedHttpServer::enqueue(ScriptedResponse response)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(response));
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_handler = std::move(handler);
}

void ScriptedHttpServer::releaseStalls()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_releaseGeneration;
    }
    m_changed.notify_all();
}

void ScriptedHttpServer::setKeptBodyBytes(std::size_t bytes)
{
    std::lock_guard lock(m_mutex);
    m_keptBodyBytes = bytes;
}

std::vector<RecordedRequest> ScriptedHttpServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

std::size_t ScriptedHttpServer::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requests.size();
}

std::size_t ScriptedHttpServer::connectionCount() const
{
    std::lock_guard lock(m_mutex);
    return m_remotePorts.size();
}

bool ScriptedHttpServer::waitForRequests(std::size_t count, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_requests.size() >= count; });
}

RecordedRequest ScriptedHttpServer::record(const httplib::Request &request, const httplib::ContentReader *reader)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.target = request.target;
    const auto question = request.target.find('?');
    recorded.path = request.target.substr(0, question);
    if (question != std::string::npos)
        recorded.query = request.target.substr(question + 1);
    for (const auto &[name, value] : request.headers) {
        // cpp-httplib adds these pseudo headers; they were never sent.
        if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT")
            continue;
        recorded.headers.emplace_back(name, value);
    }
    recorded.remotePort = request.remote_port;

    std::size_t kept;
    {
        std::lock_guard lock(m_mutex);
        kept = m_keptBodyBytes;
    }
    Md5 md5;
    if (reader) {
        (*reader)([&](const char *data, std::size_t length) {
            md5.update(std::span<const char>(data, length));
            recorded.bodySize += length;
            if (recorded.body.size() < kept)
                recorded.body.append(data, std::min(length, kept - recorded.body.size()));
            return true;
        });
    }
    recorded.bodyMd5 = md5.finishHex();
    return recorded;
}

ScriptedResponse ScriptedHttpServer::nextResponse(const RecordedRequest &recorded)
{
    Handler handler;
    {
        std::lock_guard lock(m_mutex);
        if (!m_queue.empty()) {
            ScriptedResponse next = std::move(m_queue.front());
            m_queue.pop_front();
            return next;
        }
        handler = m_handler;
    }
    return handler ? handler(recorded) : ScriptedResponse{};
}

bool ScriptedHttpServer::waitUnlessStopping(
    std::optional<std::chrono::milliseconds> delay, std::uint64_t releaseGeneration)
{
    std::unique_lock lock(m_mutex);
    if (delay) {
        m_changed.wait_for(lock, *delay, [&] { return m_stopping; });
    } else {
        m_changed.wait(lock, [&] { return m_stopping || m_releaseGeneration != releaseGeneration; });
    }
    return m_stopping;
}

void ScriptedHttpServer::serve(
    const httplib::Request &request, httplib::Response &response, const httplib::ContentReader *reader)
{
    RecordedRequest recorded = record(request, reader);
    std::uint64_t releaseGeneration;
    {
        std::lock_guard lock(m_mutex);
        recorded.index = m_requests.size();
        m_requests.push_back(recorded);
        m_remotePorts.insert(recorded.remotePort);
        releaseGeneration = m_releaseGeneration;
    }
    m_changed.notify_all();

    auto script = std::make_shared<ScriptedResponse>(nextResponse(recorded));
    const int remotePort = recorded.remotePort;
    if (script->delay.count() > 0 && waitUnlessStopping(script->delay, releaseGeneration)) {
        abortConnection(remotePort, false);
        return;
    }
    if (script->dropConnection) {
        // The response cpp-httplib writes next fails on the closed socket.
        abortConnection(remotePort, script->reset);
        response.status = 500;
        return;
    }

    response.status = script->status;
    for (const auto &[name, value] : script->headers)
        response.set_header(name, value);
    const bool faulty = script->stallAfter || script->closeAfter;
    if (!script->generatedSize && !faulty) {
        response.set_content(script->body, script->contentType);
        return;
    }

    const std::uint64_t total = script->generatedSize.value_or(script->body.size());
    auto stalled = std::make_shared<bool>(false);
    response.set_content_provider(static_cast<std::size_t>(total), script->contentType,
        [this, script, stalled, total, remotePort, releaseGeneration](
            std::size_t offset, std::size_t, httplib::DataSink &sink) {
            if (script->stallAfter && !*stalled && offset >= *script->stallAfter) {
                *stalled = true;
                if (waitUnlessStopping(std::nullopt, releaseGeneration))
                    return false;
            }
            if (script->closeAfter && offset >= *script->closeAfter) {
                abortConnection(remotePort, script->reset);
                return false;
            }
            std::uint64_t end = std::min<std::uint64_t>(total, offset + kChunk);
            if (script->stallAfter && !*stalled && *script->stallAfter > offset)
                end = std::min(end, *script->stallAfter);
            if (script->closeAfter && *script->closeAfter > offset)
                end = std::min(end, *script->closeAfter);
            const std::size_t length = static_cast<std::size_t>(end - offset);
            if (script->generatedSize) {
                std::vector<char> chunk(length);
                GeneratedSource::fill(script->seed, offset, chunk);
                return sink.write(chunk.data(), chunk.size());
            }
            return sink.write(script->body.data() + offset, length);
        });
}

void ScriptedHttpServer::abortConnection(int remotePort, bool reset) const
{
    forEachConnection(m_port, remotePort, [reset](int fd) { closeSocket(fd, reset); });
}

void ScriptedHttpServer::abortAllConnections() const
{
    forEachConnection(m_port, -1, [](int fd) { closeSocket(fd, false); });
}

} // namespace lakescope::testing
