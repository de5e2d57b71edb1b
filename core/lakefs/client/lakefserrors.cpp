// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/client/lakefserrors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace lakescope::lakefs {

namespace {

constexpr std::size_t kMaxShownMessage = 300;

std::string quoted(const std::string &text)
{
    return "'" + text + "'";
}

bool mentions(std::string_view message, std::string_view word)
{
    std::string lower(message);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find(word) != std::string::npos;
}

std::string inRepository(const ApiSubject &subject)
{
    return subject.repository.empty() ? std::string() : " in repository " + quoted(subject.repository);
}

// The ref a missing-commit or missing-ref answer is about.
std::string refOf(const ApiSubject &subject)
{
    if (!subject.ref.empty())
        return subject.ref;
    if (!subject.branch.empty())
        return subject.branch;
    return subject.tag;
}

// lakeFS says "repository not found", "branch not found", "tag not found",
// "commit not found" or just "not found"; name the thing the caller asked
// about that matches those words.
std::string notFoundText(const ApiSubject &subject, std::string_view message)
{
    if (mentions(message, "repositor") && !subject.repository.empty())
        return "repository " + quoted(subject.repository) + " not found";
    // What a creation misses is its source, never the thing it makes.
    if (subject.creates && !subject.ref.empty())
        return "ref " + quoted(subject.ref) + " not found" + inRepository(subject);
    if (mentions(message, "branch") && !subject.branch.empty())
        return "branch " + quoted(subject.branch) + " not found" + inRepository(subject);
    if (mentions(message, "tag") && !subject.tag.empty())
        return "tag " + quoted(subject.tag) + " not found" + inRepository(subject);
    if ((mentions(message, "commit") || mentions(message, "ref") || mentions(message, "branch")
         || mentions(message, "tag"))
        && !refOf(subject).empty())
        return "ref " + quoted(refOf(subject)) + " not found" + inRepository(subject);
    return subject.describe() + " not found";
}

} // namespace

std::string ApiSubject::describe() const
{
    if (!path.empty()) {
        if (!branch.empty())
            return "object " + quoted(path) + " on branch " + quoted(branch) + inRepository(*this);
        return "object " + quoted(path) + " at ref " + quoted(ref) + inRepository(*this);
    }
    if (!tag.empty())
        return "tag " + quoted(tag) + inRepository(*this);
    if (!branch.empty())
        return "branch " + quoted(branch) + inRepository(*this);
    if (!ref.empty())
        return "ref " + quoted(ref) + inRepository(*this);
    if (!repository.empty())
        return "repository " + quoted(repository);
    return "the lakeFS resource";
}

std::string serverMessage(std::string_view body, int status)
{
    std::string message;
    const auto document = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (document.is_object()) {
        const auto field = document.find("message");
        if (field != document.end() && field->is_string())
            message = field->get<std::string>();
    }
    if (message.empty() && !document.is_object())
        message = std::string(body);
    // One line: trailing newlines of Go's encoder, a proxy's HTML page.
    for (char &c : message) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    while (!message.empty() && message.back() == ' ')
        message.pop_back();
    if (message.size() > kMaxShownMessage)
        message = message.substr(0, kMaxShownMessage) + "...";
    if (message.empty())
        message = "HTTP " + std::to_string(status) + " without a message";
    return message;
}

Error apiError(int status, std::string_view body, const ApiSubject &subject, const ApiPeer &peer)
{
    const std::string message = serverMessage(body, status);
    const std::string said = " (lakeFS: " + message + ")";
    Error error;
    switch (status) {
    case 400:
        error = Error::invalidInput(message + " (" + subject.describe() + ")");
        break;
    case 401:
        // lakeFS masks every authentication failure as the same 401; the
        // access key id tells the user which credentials were tried.
        error = Error::unauthenticated("lakeFS rejected the credentials (access key id "
                                       + (peer.accessKeyId.empty() ? std::string("<none>") : peer.accessKeyId)
                                       + ") at " + peer.endpoint + ": " + message);
        break;
    case 403:
        error = Error::permissionDenied(message + " (" + subject.describe() + ")");
        break;
    case 404:
    case 410:
        error = Error::notFound(notFoundText(subject, message) + said);
        break;
    case 409:
        if (subject.creates || mentions(message, "not unique") || mentions(message, "already exists"))
            error = Error::alreadyExists(subject.describe() + " already exists" + said);
        else
            error = Error::conflict(message + " (" + subject.describe() + ")");
        break;
    case 412:
        error = Error::preconditionFailed(message + " (" + subject.describe() + ")");
        break;
    case 416:
        error = Error::invalidInput("range not satisfiable for " + subject.describe() + said);
        break;
    case 429:
    case 502:
    case 503:
    case 504:
        error = Error::transient("lakeFS at " + peer.endpoint + " is busy or unavailable: " + message);
        break;
    case 500:
        // "branch is currently locked, try again later" is worth repeating;
        // other internal errors are not.
        error = mentions(message, "try again") ? Error::transient(message + " (" + subject.describe() + ")")
                                               : Error::fatal("lakeFS internal error: " + message);
        break;
    case 501:
        error = Error::notSupported("lakeFS at " + peer.endpoint + " does not support this: " + message);
        break;
    default:
        error = Error::fatal("lakeFS at " + peer.endpoint + " answered HTTP " + std::to_string(status) + ": "
                             + message);
        break;
    }
    error.httpStatus = status;
    return error;
}

} // namespace lakescope::lakefs
