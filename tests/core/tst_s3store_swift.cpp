// SPDX-License-Identifier: Apache-2.0
// The S3 backend against OpenStack Swift + s3api, the strict peer: the
// whole conformance suite, and what only a server that checks SigV4 can
// show (wrong secrets, tampered presigned URLs), plus buckets, virtual-host
// addressing, ListMultipartUploads / ListParts and UploadPartCopy, which
// s3rver lacks.
#include "core/backends/s3/s3containerservice.h"
#include "core/backends/s3/s3multipartupload.h"
#include "core/common/md5.h"
#include "core/store/storeregistry.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "tests/support/storeconformance.h"
#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace lakescope;
using namespace lakescope::testing;

namespace {

constexpr std::uint64_t kMiB = 1u << 20;

bool says(const Error &error, std::string_view text)
{
    return error.message.find(text) != std::string::npos;
}

// The result must be an error with this code whose message says `text`.
#define LS_VERIFY_SAYS(result, expectedCode, text)                                        \
    do {                                                                                 \
        const auto &saysResult_ = (result);                                              \
        QVERIFY2(!saysResult_.ok(), "expected an error, but the call succeeded");        \
        QCOMPARE(saysResult_.error().code, expectedCode);                                \
        QVERIFY2(says(saysResult_.error(), text), saysResult_.error().toString().c_str()); \
    } while (false)

// Fetches a URL with a client that has no credentials at all.
Result<HttpResponse> fetch(const std::string &method, const std::string &url, ByteSink *sink,
                           const std::string &body = {})
{
    HttpClient client;
    HttpRequest request;
    request.method = method;
    request.url = url;
    StringSource source(body);
    if (method == "PUT") {
        request.body = &source;
        request.bodySize = body.size();
    }
    return client.send(request, sink);
}

} // namespace

class TstS3StoreSwift final : public StoreConformance
{
    Q_OBJECT

protected:
    ObjectStorePtr createStore() override { return m_store; }

private slots:
    void initTestCase()
    {
        QString error;
        m_peer = S3Peer::startSwift(&error);
        QVERIFY2(m_peer, qPrintable(error));
        m_stores = std::make_unique<S3PeerStores>(*m_peer);
        auto store = m_stores->createBucket("conformance");
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
        m_store = *store;
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_stores.reset();
        m_peer.reset();
    }

    void wrongSecret()
    {
        const std::string k = key("secret.txt");
        LS_VERIFY_OK(putString(k, "kept"));
        auto wrong = m_stores->store(m_store->bucket(), {{"aws_secret_access_key", "not-the-secret"}});
        LS_VERIFY_OK(wrong);
        constexpr std::string_view message = "the secret access key looks wrong (the server rejected the request signature)";
        ListOptions options;
        options.prefix = prefix();
        LS_VERIFY_SAYS((*wrong)->list(options), ErrorCode::Unauthenticated, message);
        // A HEAD answer has no body; the store asks again to learn why.
        LS_VERIFY_SAYS((*wrong)->head(k), ErrorCode::Unauthenticated, message);
        StringSink sink;
        LS_VERIFY_SAYS((*wrong)->get(k, sink), ErrorCode::Unauthenticated, message);
        QVERIFY(sink.data().empty());
        StringSource data("overwritten?");
        LS_VERIFY_SAYS((*wrong)->put(k, data), ErrorCode::Unauthenticated, message);
        QCOMPARE(getString(k).valueOr("?"), std::string("kept"));
        // The secret never appears in what the user is told.
        QVERIFY(!says((*wrong)->list(options).error(), "not-the-secret"));
    }

    void unknownAccessKey()
    {
        // Swift answers an unknown key id with SignatureDoesNotMatch (AWS:
        // InvalidAccessKeyId, which the s3rver test checks).
        auto unknown = m_stores->store(m_store->bucket(), {{"aws_access_key_id", "nobody:nobody"}});
        LS_VERIFY_OK(unknown);
        ListOptions options;
        options.prefix = prefix();
        LS_VERIFY_ERROR((*unknown)->list(options), ErrorCode::Unauthenticated);
    }

    void presignedUrls()
    {
        const std::string k = key("shared file+1.txt");
        auto putUrl = store().presign(k, PresignMethod::Put, std::chrono::minutes(5));
        LS_VERIFY_OK(putUrl);
        auto uploaded = fetch("PUT", *putUrl, nullptr, "sent without credentials");
        LS_VERIFY_OK(uploaded);
        QCOMPARE(uploaded->status, 200);
        QCOMPARE(getString(k).valueOr("?"), std::string("sent without credentials"));

        auto getUrl = store().presign(k, PresignMethod::Get, std::chrono::hours(1));
        LS_VERIFY_OK(getUrl);
        QVERIFY(getUrl->find("X-Amz-Expires=3600") != std::string::npos);
        StringSink body;
        auto fetched = fetch("GET", *getUrl, &body);
        LS_VERIFY_OK(fetched);
        QCOMPARE(fetched->status, 200);
        QCOMPARE(body.data(), std::string("sent without credentials"));

        LS_VERIFY_ERROR(store().presign(k, PresignMethod::Get, std::chrono::hours(24 * 7 + 1)), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(store().presign(k, PresignMethod::Get, std::chrono::seconds(0)), ErrorCode::InvalidInput);
        LS_VERIFY_OK(store().presign(k, PresignMethod::Get, std::chrono::hours(24 * 7)));
    }

    void tamperedPresignedUrl()
    {
        const std::string k = key("tamper.txt");
        LS_VERIFY_OK(putString(k, "secret content"));
        auto url = store().presign(k, PresignMethod::Get, std::chrono::minutes(5));
        LS_VERIFY_OK(url);
        std::string tampered = *url;
        const auto at = tampered.find("X-Amz-Signature=");
        QVERIFY(at != std::string::npos);
        char &c = tampered[at + 16 + 10];
        c = c == '0' ? '1' : '0';
        StringSink body;
        auto fetched = fetch("GET", tampered, &body);
        LS_VERIFY_OK(fetched);
        QCOMPARE(fetched->status, 403);
        QVERIFY(body.data().empty());
        const Error error = s3errors::fromResponse(*fetched, {"GetObject", m_store->bucket(), k});
        QCOMPARE(error.code, ErrorCode::Unauthenticated);
        QVERIFY2(says(error, "rejected the request signature"), error.message.c_str());
    }

    void unreachableEndpoint()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const std::string endpoint = "http://127.0.0.1:" + std::to_string(port);
        auto closed = m_stores->store("somebucket", {{"aws_endpoint", endpoint}});
        LS_VERIFY_OK(closed);
        auto listed = (*closed)->list({});
        LS_VERIFY_SAYS(listed, ErrorCode::Transient, "127.0.0.1:" + std::to_string(port));
        QVERIFY(listed.error().toString().find('\n') == std::string::npos);
        LS_VERIFY_ERROR((*closed)->head("k"), ErrorCode::Transient);
    }

    void specialKeysRoundTrip()
    {
        // Dot segments and doubled slashes are keys of their own in S3.
        const std::vector<std::string> names = {"with space.txt", "a+b.txt", "100% sure %41.txt", "issue#42",
                                                "what?.txt", "donn\xc3\xa9" "es/\xe6\x97\xa5\xe6\x9c\xac.txt",
                                                "dots/./here", "dots/../there", "double//slash", "end space "};
        std::vector<std::string> keys;
        for (const auto &name : names) {
            keys.push_back(key(name));
            LS_VERIFY_OK(putString(keys.back(), "content of " + name));
        }
        std::sort(keys.begin(), keys.end());
        const Listing listing = listAll(prefix());
        QVERIFY2(listing.problem.empty(), listing.problem.c_str());
        QCOMPARE(listing.objects, keys);
        for (const auto &name : names)
            QCOMPARE(getString(key(name)).valueOr("?"), "content of " + name);
        // Server-side copies name their source in a header, encoded too.
        const std::string copyTarget = key("copies/what? #1+1 %25.txt");
        LS_VERIFY_OK(store().copy(key("100% sure %41.txt"), copyTarget));
        QCOMPARE(getString(copyTarget).valueOr("?"), std::string("content of 100% sure %41.txt"));
        keys.push_back(copyTarget);
        auto removed = store().removeBatch(keys);
        LS_VERIFY_OK(removed);
        for (const auto &outcome : *removed)
            QVERIFY2(outcome.ok, outcome.error.c_str());
        QVERIFY(listAll(prefix()).objects.empty());
    }

    void conditionalGet()
    {
        const std::string k = key("conditional.txt");
        auto put = putString(k, "v1");
        LS_VERIFY_OK(put);
        StringSink sink;
        GetOptions unchanged;
        unchanged.ifNoneMatch = put->etag;
        LS_VERIFY_ERROR(store().get(k, sink, {}, unchanged), ErrorCode::NotModified);
        GetOptions stale;
        stale.ifMatch = "00000000000000000000000000000000";
        LS_VERIFY_ERROR(store().get(k, sink, {}, stale), ErrorCode::PreconditionFailed);
        QVERIFY(sink.data().empty());
        GetOptions current;
        current.ifMatch = put->etag;
        LS_VERIFY_OK(store().get(k, sink, {}, current));
        QCOMPARE(sink.data(), std::string("v1"));
    }

    void buckets()
    {
        auto client = m_stores->client();
        LS_VERIFY_OK(client);
        S3ContainerService service(*client);
        const std::string name = m_peer->uniqueBucketName("buckets").toStdString();
        LS_VERIFY_OK(service.createContainer(name));
        LS_VERIFY_ERROR(service.createContainer(name), ErrorCode::AlreadyExists);
        LS_VERIFY_ERROR(service.createContainer("Not_A_Bucket"), ErrorCode::InvalidInput);

        auto listed = service.listContainers();
        LS_VERIFY_OK(listed);
        const auto found = std::find_if(listed->begin(), listed->end(), [&](const ContainerInfo &c) { return c.name == name; });
        QVERIFY(found != listed->end());
        QVERIFY(found->created.has_value());
        QVERIFY(std::is_sorted(listed->begin(), listed->end(),
                               [](const ContainerInfo &a, const ContainerInfo &b) { return a.name < b.name; }));

        S3Store inside(*client, name);
        StringSource data("x");
        LS_VERIFY_OK(inside.put("only.txt", data));
        LS_VERIFY_SAYS(service.removeContainer(name), ErrorCode::Conflict, "is not empty");
        LS_VERIFY_OK(inside.removeBatch({"only.txt"}));
        LS_VERIFY_OK(service.removeContainer(name));
        LS_VERIFY_SAYS(service.removeContainer(name), ErrorCode::NotFound, "does not exist");
        auto after = service.listContainers();
        LS_VERIFY_OK(after);
        QVERIFY(std::none_of(after->begin(), after->end(), [&](const ContainerInfo &c) { return c.name == name; }));
        LS_VERIFY_SAYS(inside.list({}), ErrorCode::NotFound, "bucket " + name + " does not exist");
    }

    void virtualHostedAddressing()
    {
        // bucket.s3.localhost: libcurl resolves *.localhost to loopback
        // itself, and Swift's storage_domain is s3.localhost.
        const std::string endpoint = "http://s3.localhost:" + std::to_string(m_peer->port());
        auto hosted = m_stores->store(m_store->bucket(),
                                      {{"aws_endpoint", endpoint}, {"aws_virtual_hosted_style_request", "true"}});
        LS_VERIFY_OK(hosted);
        const std::string url = (*hosted)->client()->url(m_store->bucket(), "a b");
        QCOMPARE(url, "http://" + m_store->bucket() + ".s3.localhost:" + std::to_string(m_peer->port()) + "/a%20b");

        const std::string k = key("hosted/obj.txt");
        StringSource data("via the host name");
        LS_VERIFY_OK((*hosted)->put(k, data));
        QCOMPARE(getString(k).valueOr("?"), std::string("via the host name"));
        ListOptions options;
        options.prefix = key("hosted/");
        auto page = (*hosted)->list(options);
        LS_VERIFY_OK(page);
        QCOMPARE(page->objects.size(), std::size_t{1});
        QCOMPARE(page->objects[0].key, k);
        S3ContainerService service((*hosted)->client());
        auto buckets = service.listContainers();
        LS_VERIFY_OK(buckets);
        QVERIFY(std::any_of(buckets->begin(), buckets->end(),
                            [&](const ContainerInfo &c) { return c.name == m_store->bucket(); }));
    }

    void listAndResumeUploads()
    {
        const std::string k = key("resumable.bin");
        auto started = store().startMultipart(k);
        LS_VERIFY_OK(started);
        const std::string uploadId = (*started)->uploadId();
        GeneratedSource first(5 * kMiB, 21);
        auto one = (*started)->putPart(1, first);
        LS_VERIFY_OK(one);
        GeneratedSource second(1000, 21, 5 * kMiB);
        auto two = (*started)->putPart(2, second);
        LS_VERIFY_OK(two);

        auto uploads = m_store->listUploads(prefix());
        LS_VERIFY_OK(uploads);
        QCOMPARE(uploads->size(), std::size_t{1});
        QCOMPARE(uploads->at(0).key, k);
        QCOMPARE(uploads->at(0).uploadId, uploadId);

        // A new process would only know the key and the upload id.
        auto resumedUpload = m_store->resumeMultipart(k, uploadId);
        LS_VERIFY_OK(resumedUpload);
        MultipartUpload *resumed = resumedUpload->get();
        auto parts = resumed->listParts();
        LS_VERIFY_OK(parts);
        QCOMPARE(parts->size(), std::size_t{2});
        QCOMPARE(parts->at(0).partNumber, 1);
        QCOMPARE(parts->at(0).etag, one->etag);
        QCOMPARE(parts->at(0).size, 5 * kMiB);
        QCOMPARE(parts->at(1).size, std::uint64_t{1000});
        auto done = resumed->complete(*parts);
        LS_VERIFY_OK(done);
        QCOMPARE(done->size, 5 * kMiB + 1000);
        Md5Sink sink;
        LS_VERIFY_OK(store().get(k, sink));
        QCOMPARE(sink.finishHex(), GeneratedSource::md5(21, 0, 5 * kMiB + 1000));
        auto after = m_store->listUploads(prefix());
        LS_VERIFY_OK(after);
        QVERIFY(after->empty());
        // The finished upload takes nothing more.
        GeneratedSource late(10, 1);
        LS_VERIFY_ERROR(resumed->putPart(3, late), ErrorCode::NotFound);
    }

    void damagedPartIsRefused()
    {
        // A part whose Content-MD5 does not match its bytes, as when they
        // change on the way: Swift answers BadDigest and keeps nothing.
        const std::string k = key("damaged.bin");
        auto upload = store().startMultipart(k);
        LS_VERIFY_OK(upload);
        const std::string bytes(1000, 'b');
        S3Request request;
        request.method = "PUT";
        request.bucket = m_store->bucket();
        request.key = k;
        request.query = {{"partNumber", "1"}, {"uploadId", (*upload)->uploadId()}};
        S3Client::setContentMd5(request.headers, std::string(1000, 'c'));
        ViewSource body(bytes);
        request.body = &body;
        request.bodySize = bytes.size();
        auto sent = m_store->client()->send(request);
        LS_VERIFY_OK(sent);
        const Error refused = s3errors::fromResponse(*sent, {"UploadPart", m_store->bucket(), k});
        QCOMPARE(refused.code, ErrorCode::Fatal);
        QVERIFY2(says(refused, "arrived damaged"), refused.toString().c_str());
        auto parts = (*upload)->listParts();
        LS_VERIFY_OK(parts);
        QVERIFY(parts->empty());

        // The same bytes from memory through putPart: hashed, accepted.
        StringSource good(bytes);
        auto put = (*upload)->putPart(1, good);
        LS_VERIFY_OK(put);
        QCOMPARE(put->md5, Md5::hex(bytes));
        QCOMPARE(put->etag, put->md5);
        LS_VERIFY_OK((*upload)->abort());
    }

    void largeCopyUsesUploadPartCopy()
    {
        // The 5 GiB switch-over, lowered to 5 MiB: a 12 MiB copy goes in
        // three UploadPartCopy parts.
        auto small = m_stores->store(m_store->bucket(), {}, [](S3Config &config) {
            config.copyThreshold = 5 * kMiB;
            config.copyPartSize = 5 * kMiB;
        });
        LS_VERIFY_OK(small);
        const std::string from = key("copy-source.bin");
        const std::string to = key("copy-target.bin");
        GeneratedSource source(12 * kMiB, 31);
        PutOptions typed;
        typed.contentType = "application/x-test";
        typed.metadata = {{"origin", "copy test"}};
        LS_VERIFY_OK((*small)->put(from, source, typed));
        auto copied = (*small)->copy(from, to);
        LS_VERIFY_OK(copied);
        QCOMPARE(copied->size, 12 * kMiB);
        QVERIFY2(copied->etag.ends_with("-3"), copied->etag.c_str());
        auto head = store().head(to);
        LS_VERIFY_OK(head);
        QCOMPARE(head->contentType, std::string("application/x-test"));
        QCOMPARE(head->metadata.at("origin"), std::string("copy test"));
        QVERIFY(head->checksum.empty()); // a multipart ETag is no MD5
        Md5Sink sink;
        LS_VERIFY_OK(store().get(to, sink));
        QCOMPARE(sink.finishHex(), GeneratedSource::md5(31, 0, 12 * kMiB));
    }

    void registryKeepsIdentitiesApart()
    {
        StoreRegistry registry;
        registerBuiltinStores(registry);
        auto options = m_stores->options();
        LS_VERIFY_OK(options);
        const std::string url = "s3://" + m_store->bucket() + "/" + key("via-registry.txt");
        auto first = registry.open(url, *options);
        LS_VERIFY_OK(first);
        auto again = registry.open("s3://" + m_store->bucket() + "/other", *options);
        LS_VERIFY_OK(again);
        QVERIFY(first->store.get() == again->store.get());
        auto wrong = m_stores->options({{"aws_secret_access_key", "other-secret"}});
        LS_VERIFY_OK(wrong);
        auto other = registry.open(url, *wrong);
        LS_VERIFY_OK(other);
        QVERIFY(other->store.get() != first->store.get());
        LS_VERIFY_ERROR(other->store->head(first->key), ErrorCode::Unauthenticated);

        StringSource data("through the registry");
        LS_VERIFY_OK(first->store->put(first->key, data));
        QCOMPARE(getString(first->key).valueOr("?"), std::string("through the registry"));
        StoreUrl root;
        root.scheme = Scheme::S3;
        auto service = registry.openService(root, *options);
        LS_VERIFY_OK(service);
        auto buckets = (*service)->listContainers();
        LS_VERIFY_OK(buckets);
        QVERIFY(std::any_of(buckets->begin(), buckets->end(),
                            [&](const ContainerInfo &c) { return c.name == m_store->bucket(); }));
    }

private:
    std::unique_ptr<S3Peer> m_peer;
    std::unique_ptr<S3PeerStores> m_stores;
    std::shared_ptr<S3Store> m_store;
};

QTEST_GUILESS_MAIN(TstS3StoreSwift)
#include "tst_s3store_swift.moc"
