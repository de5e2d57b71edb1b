// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeurl.h"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <system_error>
#include <vector>

namespace lakescope {

namespace {

struct SchemeSpelling
{
    std::string_view name;
    Scheme scheme;
};

// The first spelling of each scheme is canonical; the others are what
// neighbouring tools (Hadoop, fsspec, object_store) write for the same thing.
constexpr std::array<SchemeSpelling, 13> kSchemes { {
    { "file", Scheme::File },
    { "memory", Scheme::Memory },
    { "s3", Scheme::S3 },
    { "s3a", Scheme::S3 },
    { "gs", Scheme::Gcs },
    { "gcs", Scheme::Gcs },
    { "az", Scheme::Azure },
    { "azure", Scheme::Azure },
    { "abfss", Scheme::Abfss },
    { "abfs", Scheme::Abfss },
    { "adl", Scheme::Adl },
    { "webhdfs", Scheme::WebHdfs },
    { "lakefs", Scheme::LakeFs },
} };

constexpr std::string_view kSupported = "file, memory, s3, gs, az, abfss, adl, webhdfs, lakefs";

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLowerAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || isDigit(c);
}

char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = toLower(c);
    return out;
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    c = toLower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Input is echoed into one-line messages: control characters are escaped so
// a hostile name cannot break the line, and user:password@ is hidden.
std::string quote(std::string_view text)
{
    std::string shown(text);
    if (const auto sep = shown.find("://"); sep != std::string::npos) {
        const auto authorityEnd = shown.find_first_of("/\\", sep + 3);
        const auto at = shown.rfind('@', authorityEnd == std::string::npos ? shown.size() : authorityEnd);
        if (at != std::string::npos && at > sep) {
            const auto colon = shown.find(':', sep + 3);
            if (colon != std::string::npos && colon < at)
                shown.replace(sep + 3, at - sep - 3, "***");
        }
    }
    std::string out = "\"";
    static constexpr char digits[] = "0123456789abcdef";
    for (const char c : shown) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += digits[u >> 4];
            out += digits[u & 15];
        } else {
            out += c;
        }
    }
    return out + '"';
}

Error invalid(std::string what, std::string_view whole)
{
    return Error::invalidInput(std::move(what) + " in " + quote(whole));
}

Result<std::string> percentDecode(std::string_view text, std::string_view whole)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const int hi = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
        const int lo = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (hi < 0 || lo < 0)
            return invalid("malformed percent escape " + quote(text.substr(i, 3)), whole);
        const char decoded = static_cast<char>(hi * 16 + lo);
        // A NUL would silently truncate the key in every C API below us.
        if (decoded == '\0')
            return invalid("percent escape \"%00\" (NUL) is not allowed", whole);
        out += decoded;
        i += 2;
    }
    return out;
}

struct Segments
{
    std::vector<std::string> parts;
    bool folder = false; // written with a trailing separator, "." or ".."
};

// The azure-datalake-store normalisation (a PureWindowsPath): '\' is a
// separator, empty and "." segments vanish. Local paths also resolve ".."
// lexically; object keys keep it, since "a/../b" is a legal S3 key.
// With `decodeSegments`, each segment is percent-decoded after splitting, so
// an escaped %2F, %5C or %2E survives as part of a key.
Result<Segments> splitPath(std::string_view raw, std::string_view whole, bool decodeSegments, bool resolveParent)
{
    Segments result;
    std::size_t start = 0;
    bool lastWasDot = false;
    for (std::size_t i = 0; i <= raw.size(); ++i) {
        if (i < raw.size() && raw[i] != '/' && raw[i] != '\\')
            continue;
        const std::string_view part = raw.substr(start, i - start);
        start = i + 1;
        lastWasDot = false;
        if (part.empty())
            continue;
        if (part == ".") {
            lastWasDot = true;
            continue;
        }
        if (resolveParent && part == "..") {
            if (!result.parts.empty())
                result.parts.pop_back();
            lastWasDot = true;
            continue;
        }
        if (decodeSegments) {
            auto decoded = percentDecode(part, whole);
            if (!decoded)
                return decoded.error();
            result.parts.push_back(std::move(*decoded));
        } else {
            result.parts.emplace_back(part);
        }
    }
    result.folder = lastWasDot || (!raw.empty() && (raw.back() == '/' || raw.back() == '\\'));
    return result;
}

std::string joinKey(const Segments &segments)
{
    std::string key;
    for (const auto &part : segments.parts) {
        if (!key.empty())
            key += '/';
        key += part;
    }
    if (segments.folder && !key.empty())
        key += '/';
    return key;
}

// Escapes only what parsing would otherwise change: '%', '\', a '/' that
// would collapse into the one before it, and a segment that is exactly ".".
std::string encodeKey(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool segmentStart = i == 0 || key[i - 1] == '/';
        if (c == '%')
            out += "%25";
        else if (c == '\\')
            out += "%5C";
        else if (c == '/' && segmentStart)
            out += "%2F";
        else if (c == '.' && segmentStart && (i + 1 == key.size() || key[i + 1] == '/'))
            out += "%2E";
        else
            out += c;
    }
    return out;
}

bool hasDrive(std::string_view path)
{
    return path.size() >= 2 && isAlpha(path[0]) && path[1] == ':'
        && (path.size() == 2 || path[2] == '/' || path[2] == '\\');
}

// `path` is absolute: "/x", "\x", "C:\x" or "C:/x". Returns "/x/y" or "C:/x/y".
Result<std::string> normaliseLocal(std::string_view path, std::string_view whole)
{
    std::string root = "/";
    if (path.size() >= 2 && isAlpha(path[0]) && path[1] == ':') {
        root = std::string(1, static_cast<char>(path[0] & ~0x20)) + ":/";
        path.remove_prefix(2);
    }
    auto segments = splitPath(path, whole, false, true);
    if (!segments)
        return segments.error();
    return root + joinKey(*segments);
}

std::string processHome()
{
    for (const char *name : { "HOME", "USERPROFILE" }) {
        if (const char *value = std::getenv(name); value && *value)
            return value;
    }
    return {};
}

std::string processCwd()
{
    std::error_code error;
    const auto cwd = std::filesystem::current_path(error);
    return error ? std::string("/") : cwd.generic_string();
}

Result<StoreUrl> parseLocalPath(std::string_view text, std::string_view homeDir, std::string_view currentDir)
{
    std::string absolute;
    if (text == "~" || text.starts_with("~/") || text.starts_with("~\\")) {
        const std::string home = homeDir.empty() ? processHome() : std::string(homeDir);
        if (home.empty())
            return invalid("cannot expand \"~\": HOME is not set", text);
        absolute = home + std::string(text.substr(1));
    } else if (hasDrive(text)) {
        // Only "C:", "C:\\..." and "C:/...": on POSIX "a:b" is an ordinary name.
        absolute = std::string(text.substr(0, 2)) + "/" + std::string(text.substr(2));
    } else {
        const std::string cwd = currentDir.empty() ? processCwd() : std::string(currentDir);
        if (text.front() == '/' || text.front() == '\\')
            // "\x" on Windows means the current drive's root.
            absolute = (hasDrive(cwd) ? cwd.substr(0, 2) : std::string()) + std::string(text);
        else
            absolute = cwd + "/" + std::string(text);
    }
    auto path = normaliseLocal(absolute, text);
    if (!path)
        return path.error();
    StoreUrl url;
    url.scheme = Scheme::File;
    url.path = std::move(*path);
    return url;
}

Result<StoreUrl> parseFileUrl(std::string_view rest, std::string_view whole)
{
    // rest follows "file:": "///abs", "//localhost/abs", "//C:/x" or "/abs".
    std::string_view raw = rest;
    if (rest.starts_with("//")) {
        const auto slash = rest.find_first_of("/\\", 2);
        const std::string_view host = rest.substr(2, slash == std::string_view::npos ? rest.npos : slash - 2);
        raw = slash == std::string_view::npos ? std::string_view("/") : rest.substr(slash);
        if (hasDrive(host)) {
            raw = rest.substr(2);
        } else if (!host.empty() && lower(host) != "localhost") {
            return invalid("file URL host " + quote(host) + " is not supported (use file:///path)", whole);
        }
    }
    if (raw.empty() || (raw.front() != '/' && raw.front() != '\\' && !hasDrive(raw)))
        return invalid("file URL needs an absolute path", whole);
    // The drive is recognised before decoding, so a POSIX folder really
    // called "C:" can be written file:///C%3A/ and stays one.
    if ((raw.front() == '/' || raw.front() == '\\') && hasDrive(raw.substr(1)))
        raw.remove_prefix(1);
    auto decoded = percentDecode(raw, whole);
    if (!decoded)
        return decoded.error();
    auto path = normaliseLocal(*decoded, whole);
    if (!path)
        return path.error();
    StoreUrl url;
    url.scheme = Scheme::File;
    url.path = std::move(*path);
    return url;
}

// Bucket-like names, checked loosely against each service's rules so a
// typo fails here with a clear message instead of as a remote 400.
bool validBucket(std::string_view name, std::size_t minLength, std::size_t maxLength, std::string_view extra)
{
    if (name.size() < minLength || name.size() > maxLength)
        return false;
    for (const char c : name) {
        if (!isLowerAlnum(c) && extra.find(c) == std::string_view::npos)
            return false;
    }
    return isLowerAlnum(name.front()) && isLowerAlnum(name.back());
}

bool validAzureContainer(std::string_view name)
{
    if (name == "$root" || name == "$web" || name == "$logs")
        return true;
    return validBucket(name, 3, 63, "-") && name.find("--") == std::string_view::npos;
}

bool validMemoryName(std::string_view name)
{
    if (name.empty() || name.size() > 255)
        return false;
    for (const char c : name) {
        if (!isAlpha(c) && !isDigit(c) && c != '.' && c != '_' && c != '-')
            return false;
    }
    return true;
}

struct Authority
{
    std::string userInfo;
    bool hasUserInfo = false;
    std::string host;
    std::string port; // digits not yet checked
    bool hasPort = false;
};

Authority splitAuthority(std::string_view text)
{
    Authority authority;
    if (const auto at = text.rfind('@'); at != std::string_view::npos) {
        authority.userInfo = std::string(text.substr(0, at));
        authority.hasUserInfo = true;
        text.remove_prefix(at + 1);
    }
    std::size_t colon = std::string_view::npos;
    if (text.starts_with('[')) {
        if (const auto close = text.find(']');
            close != std::string_view::npos && close + 1 < text.size() && text[close + 1] == ':')
            colon = close + 1;
    } else {
        colon = text.rfind(':');
    }
    authority.host = std::string(text.substr(0, colon));
    if (colon != std::string_view::npos) {
        authority.port = std::string(text.substr(colon + 1));
        authority.hasPort = true;
    }
    return authority;
}

Result<int> parsePort(const Authority &authority, std::string_view whole)
{
    if (!authority.hasPort)
        return 0;
    const std::string &port = authority.port;
    bool digits = !port.empty() && port.size() <= 5;
    for (const char c : port)
        digits = digits && isDigit(c);
    const int value = digits ? std::stoi(port) : 0;
    if (value < 1 || value > 65535)
        return invalid("invalid port " + quote(port) + " (expected a number 1-65535)", whole);
    return value;
}

Result<StoreUrl> parseObjectUrl(Scheme scheme, std::string_view rest, std::string_view whole)
{
    const auto sep = rest.find_first_of("/\\");
    const std::string_view authorityText = rest.substr(0, sep);
    std::string_view pathText = sep == std::string_view::npos ? std::string_view() : rest.substr(sep);
    const Authority authority = splitAuthority(authorityText);
    if (authority.hasUserInfo && scheme != Scheme::Abfss)
        return invalid("credentials or user names in URLs are not supported (pass them as options)", whole);

    StoreUrl url;
    url.scheme = scheme;
    const std::string name = std::string(authorityText);
    switch (scheme) {
    case Scheme::Memory:
        if (name.empty())
            return invalid("missing memory store name", whole);
        if (!validMemoryName(name))
            return invalid("invalid memory store name " + quote(name) + " (letters, digits, '.', '_' and '-')", whole);
        url.bucket = name;
        break;
    case Scheme::S3:
        if (name.empty())
            return invalid("missing bucket", whole);
        if (!validBucket(name, 3, 63, ".-"))
            return invalid(
                "invalid S3 bucket name " + quote(name) + " (3-63 characters: lowercase letters, digits, '.' and '-')",
                whole);
        url.bucket = name;
        break;
    case Scheme::Gcs:
        if (name.empty())
            return invalid("missing bucket", whole);
        if (!validBucket(name, 3, name.find('.') == std::string::npos ? 63 : 222, "._-"))
            return invalid("invalid GCS bucket name " + quote(name)
                    + " (3-63 characters: lowercase letters, digits, '.', '_' and '-')",
                whole);
        url.bucket = name;
        break;
    case Scheme::Azure:
        if (name.empty())
            return invalid("missing container", whole);
        if (!validAzureContainer(name))
            return invalid(
                "invalid Azure container name " + quote(name) + " (3-63 characters: lowercase letters, digits and '-')",
                whole);
        url.bucket = name;
        break;
    case Scheme::Abfss: {
        if (!authority.hasUserInfo || authority.userInfo.empty())
            return invalid("missing container (expected abfss://container@account.dfs.core.windows.net/path)", whole);
        if (!validAzureContainer(authority.userInfo))
            return invalid("invalid Azure container name " + quote(authority.userInfo)
                    + " (3-63 characters: lowercase letters, digits and '-')",
                whole);
        if (authority.host.empty())
            return invalid(
                "missing account host (expected abfss://container@account.dfs.core.windows.net/path)", whole);
        auto port = parsePort(authority, whole);
        if (!port)
            return port.error();
        url.bucket = authority.userInfo;
        url.host = lower(authority.host);
        url.port = *port;
        url.account = url.host.substr(0, url.host.find('.'));
        // Emulators and private endpoints use other hosts; only Azure's own
        // names are held to the account rules.
        if (url.host.ends_with(".windows.net") && !validBucket(url.account, 3, 24, ""))
            return invalid(
                "invalid Azure storage account name " + quote(url.account) + " (3-24 lowercase letters and digits)",
                whole);
        break;
    }
    case Scheme::Adl: {
        const std::string host = lower(name);
        url.bucket = host.substr(0, host.find('.'));
        if (url.bucket.empty())
            return invalid("missing Data Lake Store name", whole);
        if (!validBucket(url.bucket, 3, 24, ""))
            return invalid(
                "invalid Data Lake Store name " + quote(url.bucket) + " (3-24 lowercase letters and digits)", whole);
        if (host.find('.') != std::string::npos)
            url.host = host;
        break;
    }
    case Scheme::WebHdfs: {
        if (authority.host.empty())
            return invalid("missing host (expected webhdfs://host:port/path)", whole);
        auto port = parsePort(authority, whole);
        if (!port)
            return port.error();
        url.host = lower(authority.host);
        url.port = *port;
        break;
    }
    case Scheme::LakeFs: {
        if (name.empty())
            return invalid("missing repository (expected lakefs://repo/ref/path)", whole);
        if (!validBucket(name, 3, 63, "-"))
            return invalid("invalid lakeFS repository name " + quote(name)
                    + " (3-63 characters: lowercase letters, digits and '-')",
                whole);
        url.bucket = name;
        if (!pathText.empty())
            pathText.remove_prefix(1);
        const auto refEnd = pathText.find_first_of("/\\");
        const std::string_view ref = pathText.substr(0, refEnd);
        const std::string_view after = refEnd == std::string_view::npos ? std::string_view() : pathText.substr(refEnd);
        if (ref.empty() && !after.empty())
            return invalid("missing ref before the path (expected lakefs://repo/ref/path)", whole);
        auto decodedRef = percentDecode(ref, whole);
        if (!decodedRef)
            return decodedRef.error();
        url.ref = std::move(*decodedRef);
        pathText = after;
        break;
    }
    case Scheme::File:
        break;
    }

    auto segments = splitPath(pathText, whole, true, false);
    if (!segments)
        return segments.error();
    url.path = joinKey(*segments);
    return url;
}

std::optional<Scheme> schemeFromName(std::string_view name)
{
    const std::string wanted = lower(name);
    for (const auto &spelling : kSchemes) {
        if (spelling.name == wanted)
            return spelling.scheme;
    }
    return std::nullopt;
}

std::string authorityText(const StoreUrl &url)
{
    std::string text = url.host;
    if (url.host.find(':') != std::string::npos && !url.host.starts_with('['))
        text = "[" + text + "]";
    if (url.port != 0)
        text += ":" + std::to_string(url.port);
    return text;
}

} // namespace

Result<StoreUrl> StoreUrl::parse(std::string_view text, std::string_view homeDir, std::string_view currentDir)
{
    if (text.empty())
        return Error::invalidInput("empty location");
    if (text.find('\0') != std::string_view::npos)
        return Error::invalidInput("location contains a NUL character");

    const auto sep = text.find("://");
    const auto colon = text.find(':');
    const std::string_view head = text.substr(0, colon);
    // "file:/abs" is a URL too; a one-letter "scheme" is a Windows drive.
    if (colon != std::string_view::npos && lower(head) == "file")
        return parseFileUrl(text.substr(colon + 1), text);
    if (sep != std::string_view::npos && sep == colon && sep > 1
        && head.find_first_of("/\\") == std::string_view::npos) {
        const auto scheme = schemeFromName(head);
        if (!scheme)
            return Error::invalidInput("unknown scheme " + quote(lower(head)) + " in " + quote(text)
                + " (supported: " + std::string(kSupported) + ")");
        return parseObjectUrl(*scheme, text.substr(sep + 3), text);
    }
    if (colon != std::string_view::npos && colon > 1 && schemeFromName(head))
        return invalid("malformed URL (expected " + lower(head) + "://...)", text);
    return parseLocalPath(text, homeDir, currentDir);
}

std::optional<StoreUrl> StoreUrl::parseAccount(std::string_view text)
{
    const auto colon = text.find("://");
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    const std::string_view rest = text.substr(colon + 3);
    if (!rest.empty() && rest != "/")
        return std::nullopt;
    // The scheme's name as parse() knows it (s3, s3a, gs, ...).
    auto probe = parse(std::string(text.substr(0, colon)) + "://bucket-name/");
    if (!probe || probe->scheme == Scheme::File || probe->scheme == Scheme::Memory)
        return std::nullopt;
    StoreUrl url;
    url.scheme = probe->scheme;
    return url;
}

std::string StoreUrl::storeRoot() const
{
    const std::string scheme(schemeName(this->scheme));
    switch (this->scheme) {
    case Scheme::File:
        return hasDrive(path) ? path.substr(0, 2) + "/" : std::string("/");
    case Scheme::Abfss:
        return scheme + "://" + bucket + "@" + authorityText(*this);
    case Scheme::Adl:
        return scheme + "://" + (host.empty() ? bucket : host);
    case Scheme::WebHdfs:
        return scheme + "://" + authorityText(*this);
    case Scheme::LakeFs: {
        std::string root = scheme + "://" + bucket;
        if (!ref.empty()) {
            std::string encodedRef;
            for (const char c : ref)
                encodedRef += c == '%' ? "%25" : c == '/' ? "%2F" : c == '\\' ? "%5C" : std::string(1, c);
            root += "/" + encodedRef;
        }
        return root;
    }
    case Scheme::Memory:
    case Scheme::S3:
    case Scheme::Gcs:
    case Scheme::Azure:
        break;
    }
    return scheme + "://" + bucket;
}

std::string StoreUrl::key() const
{
    if (scheme != Scheme::File)
        return path;
    const std::size_t rootLength = hasDrive(path) ? 3 : 1;
    return path.size() > rootLength ? path.substr(rootLength) : std::string();
}

std::string StoreUrl::toString() const
{
    if (scheme == Scheme::File) {
        std::string out = "file:///";
        for (std::size_t i = hasDrive(path) ? 0 : 1; i < path.size(); ++i) {
            // A POSIX folder named like a drive must not read back as one.
            if (i == 2 && path[i] == ':' && hasDrive(std::string_view(path).substr(1)))
                out += "%3A";
            else if (path[i] == '%')
                out += "%25";
            else
                out += path[i];
        }
        return out;
    }
    std::string out = storeRoot();
    if (scheme == Scheme::LakeFs && ref.empty())
        return out;
    if (!path.empty())
        out += "/" + encodeKey(path);
    return out;
}

StoreUrl StoreUrl::parent() const
{
    StoreUrl up = *this;
    std::string current = key();
    if (current.empty())
        return up;
    if (current.back() == '/')
        current.pop_back();
    const auto slash = current.rfind('/');
    const std::string parentKey = slash == std::string::npos ? std::string() : current.substr(0, slash + 1);
    if (scheme == Scheme::File)
        up.path = storeRoot() + parentKey;
    else
        up.path = parentKey;
    return up;
}

StoreUrl StoreUrl::child(std::string_view name) const
{
    StoreUrl down = *this;
    // Below a lakeFS repository come its refs, not keys.
    if (scheme == Scheme::LakeFs && ref.empty()) {
        down.ref = std::string(name.substr(0, name.find('/')));
        return down;
    }
    std::string &target = down.path;
    if (!target.empty() && target.back() != '/')
        target += '/';
    target += name;
    return down;
}

std::string_view schemeName(Scheme scheme)
{
    for (const auto &spelling : kSchemes) {
        if (spelling.scheme == scheme)
            return spelling.name;
    }
    return "file";
}

} // namespace lakescope
