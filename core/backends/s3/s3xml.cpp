// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3xml.h"

#include <pugixml.hpp>

#include <charconv>
#include <sstream>

namespace lakescope::s3xml {

namespace {

// Whitespace-only text must survive (a key may be " "), and line ends stay
// as the server sent them: S3 escapes CR itself, and normalising would turn
// a key's "\r\n" into another key. pugixml never expands external entities.
constexpr unsigned kParseOptions = (pugi::parse_default & ~pugi::parse_eol) | pugi::parse_ws_pcdata;

std::string_view localName(const pugi::xml_node &node)
{
    const std::string_view name = node.name();
    const auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node &parent, std::string_view name)
{
    for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
        if (node.type() == pugi::node_element && localName(node) == name)
            return node;
    }
    return {};
}

template<typename Visit>
void forEach(const pugi::xml_node &parent, std::string_view name, Visit visit)
{
    for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
        if (node.type() == pugi::node_element && localName(node) == name)
            visit(node);
    }
}

// All character data of an element: text and CDATA sections may alternate.
std::string text(const pugi::xml_node &node)
{
    std::string out;
    for (pugi::xml_node part = node.first_child(); part; part = part.next_sibling()) {
        if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata)
            out += part.value();
    }
    return out;
}

std::string childText(const pugi::xml_node &parent, std::string_view name)
{
    return text(child(parent, name));
}

std::string_view trimmed(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\n' || value.front() == '\t' || value.front() == '\r'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\n' || value.back() == '\t' || value.back() == '\r'))
        value.remove_suffix(1);
    return value;
}

bool isTrue(std::string_view value)
{
    value = trimmed(value);
    return value == "true" || value == "True" || value == "TRUE" || value == "1";
}

Error malformed(std::string_view operation, const std::string &what)
{
    return Error::fatal("malformed XML in the " + std::string(operation) + " response: " + what);
}

template<typename Number>
Result<Number> number(const std::string &value, std::string_view element, std::string_view operation)
{
    const std::string_view digits = trimmed(value);
    Number parsed{};
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
        return malformed(operation, "<" + std::string(element) + "> is not a number in range: \""
                                        + std::string(digits.substr(0, 40)) + "\"");
    return parsed;
}

// Parses `xml` into `doc` and returns its root, which must be `rootName`.
Result<pugi::xml_node> load(pugi::xml_document &doc, std::string_view xml, std::string_view rootName,
                            std::string_view operation)
{
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), kParseOptions, pugi::encoding_utf8);
    if (!parsed) {
        if (trimmed(xml).empty())
            return malformed(operation, "the body is empty");
        return malformed(operation, std::string(parsed.description()) + " at byte " + std::to_string(parsed.offset));
    }
    const pugi::xml_node root = doc.document_element();
    if (!root)
        return malformed(operation, "no document element");
    if (localName(root) == "Error") {
        const std::string code = childText(root, "Code");
        return Error::fatal(std::string(operation) + " failed: " + (code.empty() ? "unknown error" : code) + ": "
                            + childText(root, "Message"));
    }
    if (localName(root) != rootName)
        return malformed(operation, "expected <" + std::string(rootName) + ">, got <" + std::string(localName(root))
                                        + ">");
    return root;
}

// Keys and prefixes of a listing, decoded when the server URL-encoded them.
Result<std::string> listedName(const pugi::xml_node &node, bool urlEncoded, std::string_view operation)
{
    std::string value = text(node);
    if (!urlEncoded)
        return value;
    auto decoded = decodeUrlValue(value);
    if (!decoded)
        return malformed(operation, "bad %-escape in the URL-encoded name \"" + value.substr(0, 80) + "\"");
    return std::move(*decoded);
}

Result<CopyResult> parseCopy(std::string_view xml, std::string_view rootName, std::string_view operation)
{
    pugi::xml_document doc;
    auto root = load(doc, xml, rootName, operation);
    if (!root)
        return root.error();
    CopyResult result;
    result.etag = stripQuotes(childText(*root, "ETag"));
    result.modified = parseIsoTime(childText(*root, "LastModified"));
    if (result.etag.empty())
        return malformed(operation, "no <ETag>");
    return result;
}

std::string serialise(const pugi::xml_document &doc)
{
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw);
    // pugixml writes CR as is, and the server's parser would read it as LF:
    // a key "a\rb" would then name another object.
    std::string body = out.str();
    std::string escaped;
    escaped.reserve(body.size());
    for (const char c : body) {
        if (c == '\r')
            escaped += "&#13;";
        else
            escaped += c;
    }
    return escaped;
}

constexpr const char *kNamespace = "http://s3.amazonaws.com/doc/2006-03-01/";

} // namespace

std::optional<ErrorDocument> parseError(std::string_view xml)
{
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size(), kParseOptions, pugi::encoding_utf8))
        return std::nullopt;
    const pugi::xml_node root = doc.document_element();
    if (!root || localName(root) != "Error")
        return std::nullopt;
    ErrorDocument error;
    error.code = std::string(trimmed(childText(root, "Code")));
    error.message = childText(root, "Message");
    error.resource = childText(root, "Resource");
    error.requestId = childText(root, "RequestId");
    error.bucketName = childText(root, "BucketName");
    error.key = childText(root, "Key");
    error.endpoint = childText(root, "Endpoint");
    error.region = childText(root, "Region");
    if (error.region.empty())
        error.region = childText(root, "ExpectedRegion");
    return error;
}

Result<ObjectListing> parseListObjects(std::string_view xml)
{
    constexpr std::string_view op = "ListObjectsV2";
    pugi::xml_document doc;
    auto root = load(doc, xml, "ListBucketResult", op);
    if (!root)
        return root.error();
    const bool encoded = trimmed(childText(*root, "EncodingType")) == "url";
    ObjectListing listing;
    listing.truncated = isTrue(childText(*root, "IsTruncated"));
    listing.nextContinuationToken = childText(*root, "NextContinuationToken");
    if (auto marker = listedName(child(*root, "NextMarker"), encoded, op))
        listing.nextMarker = std::move(*marker);
    else
        return marker.error();

    std::optional<Error> failure;
    forEach(*root, "Contents", [&](const pugi::xml_node &contents) {
        if (failure)
            return;
        const pugi::xml_node keyNode = child(contents, "Key");
        if (!keyNode) {
            failure = malformed(op, "<Contents> without <Key>");
            return;
        }
        ObjectInfo info;
        if (auto key = listedName(keyNode, encoded, op))
            info.key = std::move(*key);
        else
            return void(failure = key.error());
        const pugi::xml_node sizeNode = child(contents, "Size");
        if (!sizeNode)
            return void(failure = malformed(op, "<Contents> without <Size> for " + info.key));
        auto size = number<std::uint64_t>(text(sizeNode), "Size", op);
        if (!size)
            return void(failure = size.error());
        info.size = *size;
        // Some S3-compatible servers write odd times; a key without a time
        // is still worth listing.
        info.modified = parseIsoTime(childText(contents, "LastModified"));
        info.etag = stripQuotes(childText(contents, "ETag"));
        info.storageClass = childText(contents, "StorageClass");
        listing.objects.push_back(std::move(info));
    });
    forEach(*root, "CommonPrefixes", [&](const pugi::xml_node &prefixes) {
        forEach(prefixes, "Prefix", [&](const pugi::xml_node &prefix) {
            if (failure)
                return;
            if (auto name = listedName(prefix, encoded, op))
                listing.commonPrefixes.push_back(std::move(*name));
            else
                failure = name.error();
        });
    });
    if (failure)
        return *failure;
    return listing;
}

Result<BucketListing> parseListBuckets(std::string_view xml)
{
    constexpr std::string_view op = "ListBuckets";
    pugi::xml_document doc;
    auto root = load(doc, xml, "ListAllMyBucketsResult", op);
    if (!root)
        return root.error();
    BucketListing listing;
    listing.continuationToken = childText(*root, "ContinuationToken");
    std::optional<Error> failure;
    forEach(child(*root, "Buckets"), "Bucket", [&](const pugi::xml_node &bucket) {
        ContainerInfo info;
        info.name = childText(bucket, "Name");
        if (info.name.empty() && !failure)
            failure = malformed(op, "<Bucket> without <Name>");
        info.created = parseIsoTime(childText(bucket, "CreationDate"));
        listing.buckets.push_back(std::move(info));
    });
    if (failure)
        return *failure;
    return listing;
}

Result<std::string> parseInitiateMultipartUpload(std::string_view xml)
{
    constexpr std::string_view op = "CreateMultipartUpload";
    pugi::xml_document doc;
    auto root = load(doc, xml, "InitiateMultipartUploadResult", op);
    if (!root)
        return root.error();
    std::string uploadId(trimmed(childText(*root, "UploadId")));
    if (uploadId.empty())
        return malformed(op, "no <UploadId>");
    return uploadId;
}

Result<CompleteResult> parseCompleteMultipartUpload(std::string_view xml)
{
    constexpr std::string_view op = "CompleteMultipartUpload";
    pugi::xml_document doc;
    auto root = load(doc, xml, "CompleteMultipartUploadResult", op);
    if (!root)
        return root.error();
    CompleteResult result;
    result.etag = stripQuotes(childText(*root, "ETag"));
    result.location = childText(*root, "Location");
    return result;
}

Result<CopyResult> parseCopyObject(std::string_view xml)
{
    return parseCopy(xml, "CopyObjectResult", "CopyObject");
}

Result<CopyResult> parseCopyPart(std::string_view xml)
{
    return parseCopy(xml, "CopyPartResult", "UploadPartCopy");
}

Result<DeleteResult> parseDeleteResult(std::string_view xml)
{
    constexpr std::string_view op = "DeleteObjects";
    pugi::xml_document doc;
    auto root = load(doc, xml, "DeleteResult", op);
    if (!root)
        return root.error();
    DeleteResult result;
    forEach(*root, "Deleted", [&](const pugi::xml_node &deleted) { result.deleted.push_back(childText(deleted, "Key")); });
    forEach(*root, "Error", [&](const pugi::xml_node &error) {
        result.failed.push_back({childText(error, "Key"), std::string(trimmed(childText(error, "Code"))),
                                 childText(error, "Message")});
    });
    return result;
}

Result<UploadListing> parseListMultipartUploads(std::string_view xml)
{
    constexpr std::string_view op = "ListMultipartUploads";
    pugi::xml_document doc;
    auto root = load(doc, xml, "ListMultipartUploadsResult", op);
    if (!root)
        return root.error();
    const bool encoded = trimmed(childText(*root, "EncodingType")) == "url";
    UploadListing listing;
    listing.truncated = isTrue(childText(*root, "IsTruncated"));
    listing.nextUploadIdMarker = childText(*root, "NextUploadIdMarker");
    std::optional<Error> failure;
    if (auto marker = listedName(child(*root, "NextKeyMarker"), encoded, op))
        listing.nextKeyMarker = std::move(*marker);
    else
        failure = marker.error();
    forEach(*root, "Upload", [&](const pugi::xml_node &node) {
        Upload upload;
        if (auto key = listedName(child(node, "Key"), encoded, op))
            upload.key = std::move(*key);
        else if (!failure)
            failure = key.error();
        upload.uploadId = std::string(trimmed(childText(node, "UploadId")));
        if (upload.uploadId.empty() && !failure)
            failure = malformed(op, "<Upload> without <UploadId>");
        upload.initiated = parseIsoTime(childText(node, "Initiated"));
        listing.uploads.push_back(std::move(upload));
    });
    forEach(*root, "CommonPrefixes", [&](const pugi::xml_node &prefixes) {
        if (auto name = listedName(child(prefixes, "Prefix"), encoded, op))
            listing.commonPrefixes.push_back(std::move(*name));
        else if (!failure)
            failure = name.error();
    });
    if (failure)
        return *failure;
    return listing;
}

Result<PartListing> parseListParts(std::string_view xml)
{
    constexpr std::string_view op = "ListParts";
    pugi::xml_document doc;
    auto root = load(doc, xml, "ListPartsResult", op);
    if (!root)
        return root.error();
    PartListing listing;
    listing.truncated = isTrue(childText(*root, "IsTruncated"));
    if (const pugi::xml_node marker = child(*root, "NextPartNumberMarker"); marker && !trimmed(text(marker)).empty()) {
        auto next = number<int>(text(marker), "NextPartNumberMarker", op);
        if (!next)
            return next.error();
        listing.nextPartNumberMarker = *next;
    }
    std::optional<Error> failure;
    forEach(*root, "Part", [&](const pugi::xml_node &node) {
        if (failure)
            return;
        auto partNumber = number<int>(childText(node, "PartNumber"), "PartNumber", op);
        auto size = number<std::uint64_t>(childText(node, "Size"), "Size", op);
        if (!partNumber)
            return void(failure = partNumber.error());
        if (!size)
            return void(failure = size.error());
        listing.parts.push_back({*partNumber, stripQuotes(childText(node, "ETag")), *size});
    });
    if (failure)
        return *failure;
    return listing;
}

std::string completeMultipartUploadBody(const std::vector<PartInfo> &parts)
{
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("CompleteMultipartUpload");
    root.append_attribute("xmlns").set_value(kNamespace);
    for (const auto &part : parts) {
        pugi::xml_node node = root.append_child("Part");
        node.append_child("PartNumber").text().set(part.partNumber);
        node.append_child("ETag").text().set(("\"" + part.etag + "\"").c_str());
    }
    return serialise(doc);
}

std::string deleteObjectsBody(const std::vector<std::string> &keys)
{
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("Delete");
    root.append_attribute("xmlns").set_value(kNamespace);
    // Not quiet: every key's outcome comes back, so callers can report each.
    root.append_child("Quiet").text().set("false");
    for (const auto &key : keys)
        root.append_child("Object").append_child("Key").text().set(key.c_str());
    return serialise(doc);
}

std::string createBucketBody(std::string_view region)
{
    if (region.empty() || region == "us-east-1")
        return {};
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("CreateBucketConfiguration");
    root.append_attribute("xmlns").set_value(kNamespace);
    root.append_child("LocationConstraint").text().set(std::string(region).c_str());
    return serialise(doc);
}

std::string stripQuotes(std::string_view etag)
{
    etag = trimmed(etag);
    // Weak validators ("W/\"...\"") come from caches in between; the tag is
    // the same.
    if (etag.starts_with("W/"))
        etag.remove_prefix(2);
    if (etag.size() >= 2 && etag.front() == '"' && etag.back() == '"')
        etag = etag.substr(1, etag.size() - 2);
    else if (etag.size() >= 12 && etag.starts_with("&quot;") && etag.ends_with("&quot;"))
        etag = etag.substr(6, etag.size() - 12);
    return std::string(etag);
}

std::optional<std::string> decodeUrlValue(std::string_view text)
{
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hex(text[i + 1]);
            const int low = hex(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<Timestamp> parseIsoTime(std::string_view value)
{
    const std::string_view text = trimmed(value);
    // YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto field = [&](std::size_t at, std::size_t length, int &out) {
        const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, out);
        return error == std::errc() && end == text.data() + at + length;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!field(0, 4, year) || !field(5, 2, month) || !field(8, 2, day) || !field(11, 2, hour) || !field(14, 2, minute)
        || !field(17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t at = 19;
    std::chrono::milliseconds fraction{0};
    if (at < text.size() && text[at] == '.') {
        ++at;
        int digits = 0;
        long long millis = 0;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (text[at] - '0');
            ++digits;
            ++at;
        }
        if (digits == 0)
            return std::nullopt;
        for (int d = digits; d < 3; ++d)
            millis *= 10;
        fraction = std::chrono::milliseconds(millis);
    }
    std::chrono::minutes offset{0};
    if (at < text.size()) {
        if ((text[at] == 'Z' || text[at] == 'z') && at + 1 == text.size()) {
            // UTC
        } else if ((text[at] == '+' || text[at] == '-') && text.size() == at + 6 && text[at + 3] == ':') {
            int hours = 0, minutes = 0;
            if (!field(at + 1, 2, hours) || !field(at + 4, 2, minutes))
                return std::nullopt;
            offset = std::chrono::minutes(hours * 60 + minutes);
            if (text[at] == '-')
                offset = -offset;
        } else {
            return std::nullopt;
        }
    }
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok())
        return std::nullopt;
    const auto time = std::chrono::sys_days(date) + std::chrono::hours(hour) + std::chrono::minutes(minute)
                      + std::chrono::seconds(second) + fraction - offset;
    return std::chrono::time_point_cast<Timestamp::duration>(time);
}

} // namespace lakescope::s3xml
