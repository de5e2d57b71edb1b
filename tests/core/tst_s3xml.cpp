// SPDX-License-Identifier: Apache-2.0
// The S3 wire types and error mapping, without a server: every response
// document the backend reads, in the namespaces and prefixes real servers
// use, broken documents, and the one-line errors S3 codes become.
#include "core/backends/s3/s3errors.h"
#include "core/backends/s3/s3xml.h"
#include "tests/support/testassert.h"

#include <QTest>

using namespace lakescope;

namespace {

constexpr const char *kAwsListing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
            "  <Name>bucket</Name><Prefix>photos/</Prefix><KeyCount>3</KeyCount><MaxKeys>3</MaxKeys>\n"
            "  <Delimiter>/</Delimiter><IsTruncated>true</IsTruncated>\n"
            "  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>\n"
            "  <Contents>\n"
            "    <Key>photos/a.jpg</Key><LastModified>2009-10-12T17:50:30.000Z</LastModified>\n"
            "    <ETag>\"fba9dede5f27731c9771645a39863328\"</ETag><Size>434234</Size><StorageClass>STANDARD</StorageClass>\n"
            "  </Contents>\n"
            "  <Contents>\n"
            "    <Key>photos/b.jpg</Key><LastModified>2024-02-29T23:59:59.5Z</LastModified>\n"
            "    <ETag>&quot;3858f62230ac3c915f300c664312c11f-9&quot;</ETag><Size>0</Size><StorageClass>GLACIER</StorageClass>\n"
            "  </Contents>\n"
            "  <CommonPrefixes><Prefix>photos/2006/</Prefix></CommonPrefixes>\n"
            "  <CommonPrefixes><Prefix>photos/2007/</Prefix></CommonPrefixes>\n"
            "</ListBucketResult>";

Timestamp utc(int year, unsigned month, unsigned day, int hour, int minute, int second, int millis = 0)
{
    const auto date = std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day));
    return std::chrono::time_point_cast<Timestamp::duration>(std::chrono::sys_days(date) + std::chrono::hours(hour)
                                                             + std::chrono::minutes(minute) + std::chrono::seconds(second)
                                                             + std::chrono::milliseconds(millis));
}

bool mentions(const Error &error, std::string_view text)
{
    return error.message.find(text) != std::string::npos;
}

} // namespace

class TstS3Xml final : public QObject
{
    Q_OBJECT

private slots:
    void listObjectsAws()
    {
        auto listing = s3xml::parseListObjects(kAwsListing);
        LS_VERIFY_OK(listing);
        QCOMPARE(listing->objects.size(), std::size_t{2});
        const ObjectInfo &a = listing->objects[0];
        QCOMPARE(a.key, std::string("photos/a.jpg"));
        QCOMPARE(a.size, std::uint64_t{434234});
        QCOMPARE(a.etag, std::string("fba9dede5f27731c9771645a39863328"));
        QCOMPARE(a.storageClass, std::string("STANDARD"));
        QVERIFY(a.modified == utc(2009, 10, 12, 17, 50, 30));
        const ObjectInfo &b = listing->objects[1];
        QCOMPARE(b.etag, std::string("3858f62230ac3c915f300c664312c11f-9"));
        QCOMPARE(b.size, std::uint64_t{0});
        QVERIFY(b.modified == utc(2024, 2, 29, 23, 59, 59, 500));
        QCOMPARE(listing->commonPrefixes, (std::vector<std::string>{"photos/2006/", "photos/2007/"}));
        QVERIFY(listing->truncated);
        QCOMPARE(listing->nextContinuationToken, std::string("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="));
    }

    void listObjectsAnyNamespace_data()
    {
        QTest::addColumn<QByteArray>("xml");
        // s3rver's namespace differs from AWS's; others use none or prefixes.
        QTest::newRow("s3rver") << QByteArray("<?xml version=\"1.0\"?><ListBucketResult xmlns=\"http://doc.s3.amazonaws.com/2006-03-01/\"><Name>b</Name><IsTruncated>false</IsTruncated><Contents><Key>k</Key><Size>5</Size><ETag>\"e\"</ETag></Contents><CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes></ListBucketResult>");
        QTest::newRow("none") << QByteArray("<ListBucketResult><Contents><Key>k</Key><Size>5</Size><ETag>\"e\"</ETag></Contents><CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes></ListBucketResult>");
        QTest::newRow("prefixed") << QByteArray("<s3:ListBucketResult xmlns:s3=\"http://s3.amazonaws.com/doc/2006-03-01/\"><s3:Contents><s3:Key>k</s3:Key><s3:Size>5</s3:Size><s3:ETag>\"e\"</s3:ETag></s3:Contents><s3:CommonPrefixes><s3:Prefix>p/</s3:Prefix></s3:CommonPrefixes></s3:ListBucketResult>");
        QTest::newRow("cdata and whitespace") << QByteArray("<ListBucketResult>\n <Contents>\n  <Key><![CDATA[k]]></Key>\n  <Size> 5 </Size><ETag>\"e\"</ETag>\n </Contents>\n <CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes>\n</ListBucketResult>");
    }

    void listObjectsAnyNamespace()
    {
        QFETCH(QByteArray, xml);
        auto listing = s3xml::parseListObjects(xml.toStdString());
        LS_VERIFY_OK(listing);
        QCOMPARE(listing->objects.size(), std::size_t{1});
        QCOMPARE(listing->objects[0].key, std::string("k"));
        QCOMPARE(listing->objects[0].size, std::uint64_t{5});
        QCOMPARE(listing->objects[0].etag, std::string("e"));
        QCOMPARE(listing->commonPrefixes, std::vector<std::string>{"p/"});
        QVERIFY(!listing->truncated);
    }

    void listObjectsKeepsOddKeys()
    {
        // Whitespace-only keys, entities and CR survive as sent.
        auto listing = s3xml::parseListObjects(
            "<ListBucketResult><Contents><Key> </Key><Size>1</Size></Contents>"
            "<Contents><Key>a&amp;b&lt;c&#13;d</Key><Size>2</Size></Contents></ListBucketResult>");
        LS_VERIFY_OK(listing);
        QCOMPARE(listing->objects.at(0).key, std::string(" "));
        QCOMPARE(listing->objects.at(1).key, std::string("a&b<c\rd"));
    }

    void listObjectsUrlEncoded()
    {
        // AWS writes a space as '+' and '+' as %2B; Swift writes %20.
        auto listing = s3xml::parseListObjects(
            "<ListBucketResult><EncodingType>url</EncodingType><Prefix>p%2F</Prefix>"
            "<Contents><Key>dir/a+b%2Bc%20d%25e%23f%3F</Key><Size>1</Size></Contents>"
            "<Contents><Key>donn%C3%A9es/%E6%97%A5.txt</Key><Size>2</Size></Contents>"
            "<Contents><Key>ctl%01%0D%0A</Key><Size>3</Size></Contents>"
            "<CommonPrefixes><Prefix>with+space/</Prefix></CommonPrefixes></ListBucketResult>");
        LS_VERIFY_OK(listing);
        QCOMPARE(listing->objects.at(0).key, std::string("dir/a b+c d%e#f?"));
        QCOMPARE(listing->objects.at(1).key, std::string("donn\xc3\xa9" "es/\xe6\x97\xa5.txt"));
        QCOMPARE(listing->objects.at(2).key, std::string("ctl\x01\r\n"));
        QCOMPARE(listing->commonPrefixes, std::vector<std::string>{"with space/"});

        // Without EncodingType nothing is decoded: s3rver ignores the request.
        auto raw = s3xml::parseListObjects("<ListBucketResult><Contents><Key>a+b%2B</Key><Size>1</Size></Contents></ListBucketResult>");
        LS_VERIFY_OK(raw);
        QCOMPARE(raw->objects.at(0).key, std::string("a+b%2B"));

        auto broken = s3xml::parseListObjects(
            "<ListBucketResult><EncodingType>url</EncodingType><Contents><Key>bad%zz</Key><Size>1</Size></Contents></ListBucketResult>");
        LS_VERIFY_ERROR(broken, ErrorCode::Fatal);
        QVERIFY(mentions(broken.error(), "ListObjectsV2"));
        LS_VERIFY_ERROR(s3xml::parseListObjects("<ListBucketResult><EncodingType>url</EncodingType><Contents><Key>cut%4</Key><Size>1</Size></Contents></ListBucketResult>"),
                        ErrorCode::Fatal);
    }

    void hugeNumbers_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<bool>("valid");
        QTest::newRow("max uint64") << QByteArray("18446744073709551615") << true;
        QTest::newRow("5 TiB") << QByteArray("5497558138880") << true;
        QTest::newRow("overflow") << QByteArray("18446744073709551616") << false;
        QTest::newRow("twenty digits") << QByteArray("99999999999999999999") << false;
        QTest::newRow("negative") << QByteArray("-1") << false;
        QTest::newRow("trailing junk") << QByteArray("12abc") << false;
        QTest::newRow("float") << QByteArray("1.5e3") << false;
        QTest::newRow("empty") << QByteArray("") << false;
    }

    void hugeNumbers()
    {
        QFETCH(QByteArray, size);
        QFETCH(bool, valid);
        const std::string xml = "<ListBucketResult><Contents><Key>k</Key><Size>" + size.toStdString()
                                + "</Size></Contents></ListBucketResult>";
        auto listing = s3xml::parseListObjects(xml);
        if (valid) {
            LS_VERIFY_OK(listing);
            QCOMPARE(listing->objects.at(0).size, std::stoull(size.toStdString()));
        } else {
            LS_VERIFY_ERROR(listing, ErrorCode::Fatal);
            QVERIFY(mentions(listing.error(), "<Size>"));
        }
        auto parts = s3xml::parseListParts("<ListPartsResult><Part><PartNumber>99999999999</PartNumber><ETag>e</ETag><Size>1</Size></Part></ListPartsResult>");
        LS_VERIFY_ERROR(parts, ErrorCode::Fatal);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("blank") << QByteArray("  \n ");
        QTest::newRow("not xml") << QByteArray("Service Unavailable");
        QTest::newRow("html") << QByteArray("<html><body><h1>400 Bad Request</h1></body></html>");
        QTest::newRow("truncated") << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>1</Size>");
        QTest::newRow("unclosed root") << QByteArray("<ListBucketResult><Name>b</Name>");
        QTest::newRow("mismatched") << QByteArray("<ListBucketResult><Name>b</Nmae></ListBucketResult>");
        QTest::newRow("stray bracket") << QByteArray("<ListBucketResult><Name>b</Name><</ListBucketResult>");
        QTest::newRow("contents without key") << QByteArray("<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>");
        QTest::newRow("contents without size") << QByteArray("<ListBucketResult><Contents><Key>k</Key></Contents></ListBucketResult>");
        QTest::newRow("other root") << QByteArray("<SomethingElse><Contents/></SomethingElse>");
        QTest::newRow("nul byte") << QByteArray("<ListBucketResult>\0</ListBucketResult>", 38);
    }

    void malformed()
    {
        QFETCH(QByteArray, xml);
        const std::string text(xml.constData(), static_cast<std::size_t>(xml.size()));
        auto listing = s3xml::parseListObjects(text);
        LS_VERIFY_ERROR(listing, ErrorCode::Fatal);
        QVERIFY2(mentions(listing.error(), "ListObjectsV2"), listing.error().message.c_str());
        QVERIFY(listing.error().message.find('\n') == std::string::npos);
        LS_VERIFY_ERROR(s3xml::parseListBuckets(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseInitiateMultipartUpload(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseCompleteMultipartUpload(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseCopyObject(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseCopyPart(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseDeleteResult(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseListMultipartUploads(text), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseListParts(text), ErrorCode::Fatal);
        QVERIFY(!s3xml::parseError(text));
    }

    void everyTruncationIsAnError()
    {
        // Cut a real answer at every byte: never a crash, never a listing
        // that silently lost entries.
        const std::string whole = kAwsListing;
        int failures = 0;
        for (std::size_t cut = 0; cut < whole.size(); ++cut) {
            auto listing = s3xml::parseListObjects(std::string_view(whole).substr(0, cut));
            if (!listing) {
                QCOMPARE(listing.error().code, ErrorCode::Fatal);
                ++failures;
            }
        }
        QCOMPARE(failures, static_cast<int>(whole.size()));
    }

    void listBuckets()
    {
        auto listing = s3xml::parseListBuckets("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
            "  <Owner><ID>abc</ID><DisplayName>me</DisplayName></Owner>\n"
            "  <Buckets>\n"
            "    <Bucket><Name>alpha</Name><CreationDate>2019-12-11T23:32:47+00:00</CreationDate></Bucket>\n"
            "    <Bucket><Name>beta</Name><CreationDate>2020-01-01T01:00:00+01:00</CreationDate></Bucket>\n"
            "    <Bucket><Name>gamma</Name></Bucket>\n"
            "  </Buckets>\n"
            "  <ContinuationToken>next-page</ContinuationToken>\n"
            "</ListAllMyBucketsResult>");
        LS_VERIFY_OK(listing);
        QCOMPARE(listing->buckets.size(), std::size_t{3});
        QCOMPARE(listing->buckets[0].name, std::string("alpha"));
        QVERIFY(listing->buckets[0].created == utc(2019, 12, 11, 23, 32, 47));
        QVERIFY(listing->buckets[1].created == utc(2020, 1, 1, 0, 0, 0));
        QVERIFY(!listing->buckets[2].created);
        QCOMPARE(listing->continuationToken, std::string("next-page"));

        auto empty = s3xml::parseListBuckets("<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>");
        LS_VERIFY_OK(empty);
        QVERIFY(empty->buckets.empty());
        LS_VERIFY_ERROR(s3xml::parseListBuckets("<ListAllMyBucketsResult><Buckets><Bucket/></Buckets></ListAllMyBucketsResult>"),
                        ErrorCode::Fatal);
    }

    void errorDocument()
    {
        auto error = s3xml::parseError("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Error><Code>NoSuchKey</Code><Message>The resource you requested does not exist</Message>\n"
            "<Resource>/mybucket/myfoto.jpg</Resource><RequestId>4442587FB7D0A2F9</RequestId><Key>myfoto.jpg</Key></Error>");
        QVERIFY(error);
        QCOMPARE(error->code, std::string("NoSuchKey"));
        QCOMPARE(error->message, std::string("The resource you requested does not exist"));
        QCOMPARE(error->requestId, std::string("4442587FB7D0A2F9"));
        QCOMPARE(error->key, std::string("myfoto.jpg"));
        QVERIFY(s3xml::parseError("<s3:Error xmlns:s3=\"x\"><s3:Code>SlowDown</s3:Code></s3:Error>"));
        QVERIFY(!s3xml::parseError("<ListBucketResult/>"));
        QVERIFY(!s3xml::parseError("<Error><Code>NoSuchKey</Code>"));
    }

    void multipartDocuments()
    {
        auto uploadId = s3xml::parseInitiateMultipartUpload(
            "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>b</Bucket>"
            "<Key>k</Key><UploadId>VXBsb2FkIElE</UploadId></InitiateMultipartUploadResult>");
        LS_VERIFY_OK(uploadId);
        QCOMPARE(*uploadId, std::string("VXBsb2FkIElE"));
        LS_VERIFY_ERROR(s3xml::parseInitiateMultipartUpload("<InitiateMultipartUploadResult><UploadId/></InitiateMultipartUploadResult>"),
                        ErrorCode::Fatal);

        auto complete = s3xml::parseCompleteMultipartUpload(
            "<CompleteMultipartUploadResult><Location>http://b.s3.amazonaws.com/k</Location><Bucket>b</Bucket>"
            "<Key>k</Key><ETag>&quot;3858f62230ac3c915f300c664312c11f-9&quot;</ETag></CompleteMultipartUploadResult>");
        LS_VERIFY_OK(complete);
        QCOMPARE(complete->etag, std::string("3858f62230ac3c915f300c664312c11f-9"));

        auto uploads = s3xml::parseListMultipartUploads("<ListMultipartUploadsResult>\n"
            "  <Bucket>b</Bucket><EncodingType>url</EncodingType><NextKeyMarker>my%20movie.m2ts</NextKeyMarker>\n"
            "  <NextUploadIdMarker>YW55IGlkZWEgd2h5</NextUploadIdMarker><IsTruncated>true</IsTruncated>\n"
            "  <Upload><Key>my%20divisor</Key><UploadId>XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5n</UploadId><Initiated>2010-11-10T20:48:33.000Z</Initiated></Upload>\n"
            "  <Upload><Key>my+movie.m2ts</Key><UploadId>VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId><Initiated>2010-11-10T20:48:33.000Z</Initiated></Upload>\n"
            "</ListMultipartUploadsResult>");
        LS_VERIFY_OK(uploads);
        QCOMPARE(uploads->uploads.size(), std::size_t{2});
        QCOMPARE(uploads->uploads[0].key, std::string("my divisor"));
        QCOMPARE(uploads->uploads[1].key, std::string("my movie.m2ts"));
        QCOMPARE(uploads->uploads[1].uploadId, std::string("VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"));
        QVERIFY(uploads->uploads[0].initiated == utc(2010, 11, 10, 20, 48, 33));
        QVERIFY(uploads->truncated);
        QCOMPARE(uploads->nextKeyMarker, std::string("my movie.m2ts"));
        QCOMPARE(uploads->nextUploadIdMarker, std::string("YW55IGlkZWEgd2h5"));

        auto parts = s3xml::parseListParts("<ListPartsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
            "  <Bucket>b</Bucket><Key>k</Key><UploadId>u</UploadId><PartNumberMarker>1</PartNumberMarker>\n"
            "  <NextPartNumberMarker>3</NextPartNumberMarker><MaxParts>2</MaxParts><IsTruncated>true</IsTruncated>\n"
            "  <Part><PartNumber>2</PartNumber><LastModified>2010-11-10T20:48:34.000Z</LastModified><ETag>\"7778aef83f66abc1fa1e8477f296d394\"</ETag><Size>10485760</Size></Part>\n"
            "  <Part><PartNumber>3</PartNumber><LastModified>2010-11-10T20:48:33.000Z</LastModified><ETag>\"aaaa18db4cc2f85cedef654fccc4a4x8\"</ETag><Size>5368709120</Size></Part>\n"
            "</ListPartsResult>");
        LS_VERIFY_OK(parts);
        QCOMPARE(parts->parts.size(), std::size_t{2});
        QCOMPARE(parts->parts[0].partNumber, 2);
        QCOMPARE(parts->parts[0].etag, std::string("7778aef83f66abc1fa1e8477f296d394"));
        QCOMPARE(parts->parts[1].size, std::uint64_t{5368709120});
        QVERIFY(parts->truncated);
        QCOMPARE(parts->nextPartNumberMarker, 3);
    }

    void errorInsideA200()
    {
        // CompleteMultipartUpload and CopyObject may answer 200 and put the
        // failure in the body: the parsers refuse it, parseError finds it,
        // and the mapping makes it what the code says.
        const std::string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
                                 "<Message>We encountered an internal error. Please try again.</Message></Error>";
        auto complete = s3xml::parseCompleteMultipartUpload(body);
        LS_VERIFY_ERROR(complete, ErrorCode::Fatal);
        QVERIFY(mentions(complete.error(), "InternalError"));
        QVERIFY(mentions(complete.error(), "CompleteMultipartUpload"));
        LS_VERIFY_ERROR(s3xml::parseCopyObject(body), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseCopyPart(body), ErrorCode::Fatal);

        auto document = s3xml::parseError(body);
        QVERIFY(document);
        const Error mapped = s3errors::fromDocument(200, *document, {"CompleteMultipartUpload", "b", "k"});
        QCOMPARE(mapped.code, ErrorCode::Transient);
        QVERIFY(mentions(mapped, "InternalError"));
        QVERIFY(s3errors::isTransientCode("InternalError"));
        QVERIFY(!s3errors::isTransientCode("NoSuchKey"));
    }

    void copyResults()
    {
        auto object = s3xml::parseCopyObject(
            "<CopyObjectResult><LastModified>2009-10-28T22:32:00.000Z</LastModified>"
            "<ETag>\"9b2cf535f27731c974343645a3985328\"</ETag></CopyObjectResult>");
        LS_VERIFY_OK(object);
        QCOMPARE(object->etag, std::string("9b2cf535f27731c974343645a3985328"));
        QVERIFY(object->modified == utc(2009, 10, 28, 22, 32, 0));
        auto part = s3xml::parseCopyPart("<CopyPartResult><ETag>\"abc\"</ETag></CopyPartResult>");
        LS_VERIFY_OK(part);
        QCOMPARE(part->etag, std::string("abc"));
        LS_VERIFY_ERROR(s3xml::parseCopyObject("<CopyObjectResult></CopyObjectResult>"), ErrorCode::Fatal);
        LS_VERIFY_ERROR(s3xml::parseCopyPart("<CopyObjectResult><ETag>x</ETag></CopyObjectResult>"), ErrorCode::Fatal);
    }

    void deleteResult()
    {
        auto result = s3xml::parseDeleteResult("<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
            "  <Deleted><Key>sample1.txt</Key></Deleted>\n"
            "  <Error><Key>sample2.txt</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>\n"
            "  <Deleted><Key>with space &amp; more</Key><DeleteMarker>true</DeleteMarker></Deleted>\n"
            "</DeleteResult>");
        LS_VERIFY_OK(result);
        QCOMPARE(result->deleted, (std::vector<std::string>{"sample1.txt", "with space & more"}));
        QCOMPARE(result->failed.size(), std::size_t{1});
        QCOMPARE(result->failed[0].key, std::string("sample2.txt"));
        QCOMPARE(result->failed[0].code, std::string("AccessDenied"));
        QCOMPARE(result->failed[0].message, std::string("Access Denied"));
    }

    void requestBodies()
    {
        const std::string complete = s3xml::completeMultipartUploadBody({{1, "aa", 5}, {2, "bb", 1}});
        QVERIFY(complete.find("<CompleteMultipartUpload") != std::string::npos);
        QVERIFY(complete.find("<Part><PartNumber>1</PartNumber><ETag>\"aa\"</ETag></Part><Part><PartNumber>2</PartNumber>")
                != std::string::npos);

        const std::string doomed = s3xml::deleteObjectsBody({"a&b<c>", "cr\rlf\n", "\xc3\xa9"});
        QVERIFY(doomed.find("<Quiet>false</Quiet>") != std::string::npos);
        QVERIFY(doomed.find("<Key>a&amp;b&lt;c&gt;</Key>") != std::string::npos);
        // A raw CR would reach the server's parser as LF: another key.
        QVERIFY(doomed.find('\r') == std::string::npos);
        QVERIFY(doomed.find("<Key>cr&#13;lf\n</Key>") != std::string::npos);
        QVERIFY(doomed.find("<Key>\xc3\xa9</Key>") != std::string::npos);

        QVERIFY(s3xml::createBucketBody("us-east-1").empty());
        QVERIFY(s3xml::createBucketBody("").empty());
        QVERIFY(s3xml::createBucketBody("eu-west-1").find("<LocationConstraint>eu-west-1</LocationConstraint>")
                != std::string::npos);
    }

    void times()
    {
        QVERIFY(s3xml::parseIsoTime("2009-10-12T17:50:30Z") == utc(2009, 10, 12, 17, 50, 30));
        QVERIFY(s3xml::parseIsoTime("2009-10-12T17:50:30.123456Z") == utc(2009, 10, 12, 17, 50, 30, 123));
        QVERIFY(s3xml::parseIsoTime("2009-10-12T19:50:30+02:00") == utc(2009, 10, 12, 17, 50, 30));
        QVERIFY(s3xml::parseIsoTime("2009-10-12T17:50:30") == utc(2009, 10, 12, 17, 50, 30));
        QVERIFY(!s3xml::parseIsoTime(""));
        QVERIFY(!s3xml::parseIsoTime("yesterday"));
        QVERIFY(!s3xml::parseIsoTime("2009-02-30T00:00:00Z"));
        QVERIFY(!s3xml::parseIsoTime("2009-10-12T17:50:30.Z"));
        QVERIFY(!s3xml::parseIsoTime("2009-10-12T17:50:30Zjunk"));
        QCOMPARE(s3xml::stripQuotes(" \"abc\" "), std::string("abc"));
        QCOMPARE(s3xml::stripQuotes("W/\"abc\""), std::string("abc"));
        QCOMPARE(s3xml::stripQuotes("abc"), std::string("abc"));
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("says");
        QTest::newRow("NoSuchBucket") << 404 << "NoSuchBucket" << int(ErrorCode::NotFound) << "bucket b does not exist";
        QTest::newRow("NoSuchKey") << 404 << "NoSuchKey" << int(ErrorCode::NotFound) << "s3://b/k";
        QTest::newRow("AccessDenied") << 403 << "AccessDenied" << int(ErrorCode::PermissionDenied) << "denied";
        QTest::newRow("InvalidAccessKeyId") << 403 << "InvalidAccessKeyId" << int(ErrorCode::Unauthenticated)
                                            << "the access key id is not known to the server";
        QTest::newRow("SignatureDoesNotMatch") << 403 << "SignatureDoesNotMatch" << int(ErrorCode::Unauthenticated)
                                               << "the secret access key looks wrong (the server rejected the request signature)";
        QTest::newRow("RequestTimeTooSkewed") << 403 << "RequestTimeTooSkewed" << int(ErrorCode::Unauthenticated)
                                              << "clock differs from the server's by more than 15 minutes";
        QTest::newRow("SlowDown") << 503 << "SlowDown" << int(ErrorCode::Transient) << "SlowDown";
        QTest::newRow("ServiceUnavailable") << 503 << "ServiceUnavailable" << int(ErrorCode::Transient) << "ServiceUnavailable";
        QTest::newRow("InternalError") << 500 << "InternalError" << int(ErrorCode::Transient) << "InternalError";
        QTest::newRow("BucketNotEmpty") << 409 << "BucketNotEmpty" << int(ErrorCode::Conflict) << "bucket b is not empty";
        QTest::newRow("BucketAlreadyExists") << 409 << "BucketAlreadyExists" << int(ErrorCode::AlreadyExists) << "taken";
        QTest::newRow("BucketAlreadyOwnedByYou") << 409 << "BucketAlreadyOwnedByYou" << int(ErrorCode::AlreadyExists) << "yours";
        QTest::newRow("PreconditionFailed") << 412 << "PreconditionFailed" << int(ErrorCode::PreconditionFailed) << "changed";
        QTest::newRow("InvalidRange") << 416 << "InvalidRange" << int(ErrorCode::InvalidInput) << "past the end";
        QTest::newRow("EntityTooSmall") << 400 << "EntityTooSmall" << int(ErrorCode::InvalidInput) << "5 MiB";
        QTest::newRow("InvalidPart") << 400 << "InvalidPart" << int(ErrorCode::InvalidInput) << "ETag";
        QTest::newRow("NoSuchUpload") << 404 << "NoSuchUpload" << int(ErrorCode::NotFound) << "no longer exists";
        QTest::newRow("NotImplemented") << 501 << "NotImplemented" << int(ErrorCode::NotSupported) << "does not implement";
        QTest::newRow("MethodNotAllowed") << 405 << "MethodNotAllowed" << int(ErrorCode::NotSupported) << "does not allow";
        QTest::newRow("unknown 400") << 400 << "WeirdThing" << int(ErrorCode::InvalidInput) << "WeirdThing: the server said so";
        QTest::newRow("unknown 403") << 403 << "QuotaThing" << int(ErrorCode::PermissionDenied) << "the server said so";
        QTest::newRow("unknown 503") << 503 << "Busy" << int(ErrorCode::Transient) << "Busy";
    }

    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, expected);
        QFETCH(QString, says);
        s3xml::ErrorDocument document;
        document.code = code.toStdString();
        document.message = "the server said so";
        const Error error = s3errors::fromDocument(status, document, {"GetObject", "b", "k"});
        QCOMPARE(error.code, static_cast<ErrorCode>(expected));
        QVERIFY2(mentions(error, says.toStdString()), error.message.c_str());
        QCOMPARE(error.httpStatus, status);
        QVERIFY(error.toString().find('\n') == std::string::npos);
    }

    void errorResponses()
    {
        HttpResponse skewed;
        skewed.status = 403;
        skewed.errorBody = "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time "
                           "and the current time is too large.</Message><RequestTime>20000101T000000Z</RequestTime>"
                           "<ServerTime>2024-01-01T00:00:00Z</ServerTime><MaxAllowedSkewMilliseconds>900000"
                           "</MaxAllowedSkewMilliseconds></Error>";
        const Error clock = s3errors::fromResponse(skewed, {"PutObject", "b", "k"});
        QCOMPARE(clock.code, ErrorCode::Unauthenticated);
        QVERIFY(mentions(clock, "clock"));

        // The server echoes what it signed; none of it belongs in a message.
        HttpResponse signature;
        signature.status = 403;
        signature.errorBody = "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated "
                              "does not match</Message><AWSAccessKeyId>AKIDEXAMPLE</AWSAccessKeyId><StringToSign>"
                              "AWS4-HMAC-SHA256 secret-ish</StringToSign><SignatureProvided>deadbeef</SignatureProvided>"
                              "</Error>";
        const Error wrong = s3errors::fromResponse(signature, {"ListObjectsV2", "b", {}});
        QCOMPARE(wrong.code, ErrorCode::Unauthenticated);
        QVERIFY(mentions(wrong, "secret access key looks wrong"));
        QVERIFY(!mentions(wrong, "deadbeef"));
        QVERIFY(!mentions(wrong, "secret-ish"));

        HttpResponse slow;
        slow.status = 503;
        slow.attempts = 6;
        slow.errorBody = "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>";
        const Error busy = s3errors::fromResponse(slow, {"GetObject", "b", "k"});
        QCOMPARE(busy.code, ErrorCode::Transient);
        QVERIFY(mentions(busy, "SlowDown"));
        QVERIFY(mentions(busy, "6 attempts"));

        // No document (HEAD, or an HTML page from a proxy): the status decides.
        HttpResponse head;
        head.status = 404;
        QCOMPARE(s3errors::fromResponse(head, {"HeadObject", "b", "k"}).code, ErrorCode::NotFound);
        HttpResponse html;
        html.status = 400;
        html.errorBody = "<html><h1>Bad Request</h1></html>";
        QCOMPARE(s3errors::fromResponse(html, {"ListBuckets", {}, {}}).code, ErrorCode::InvalidInput);
        HttpResponse notModified;
        notModified.status = 304;
        QCOMPARE(s3errors::fromResponse(notModified, {"GetObject", "b", "k"}).code, ErrorCode::NotModified);
        HttpResponse range;
        range.status = 416;
        QCOMPARE(s3errors::fromResponse(range, {"GetObject", "b", "k"}).code, ErrorCode::InvalidInput);
        QCOMPARE(s3errors::describe({"ListBuckets", {}, {}}), std::string("s3://"));
        QCOMPARE(s3errors::describe({"DeleteBucket", "b", {}}), std::string("s3://b"));
    }
};

QTEST_GUILESS_MAIN(TstS3Xml)
#include "tst_s3xml.moc"
