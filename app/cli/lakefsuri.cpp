// SPDX-License-Identifier: Apache-2.0
#include "app/cli/lakefsuri.h"

#include "app/cli/format.h"
#include "core/store/storeurl.h"

namespace lakescope::cli {

namespace {

std::string_view expected(LakeUri::Shape shape)
{
    switch (shape) {
    case LakeUri::Shape::Repository:
        return "lakefs://REPO";
    case LakeUri::Shape::Ref:
        return "lakefs://REPO/REF";
    case LakeUri::Shape::RefWithPath:
        return "lakefs://REPO/REF[/PATH]";
    }
    return {};
}

Error wrongShape(std::string_view text, LakeUri::Shape shape, std::string_view why = {})
{
    std::string message = "expected " + std::string(expected(shape)) + ", got \"" + format::printable(text) + "\"";
    if (!why.empty())
        message += " (" + std::string(why) + ")";
    return Error::invalidInput(std::move(message));
}

} // namespace

Result<LakeUri> LakeUri::parse(std::string_view text, Shape shape)
{
    if (!text.starts_with("lakefs://"))
        return wrongShape(text, shape);
    auto url = StoreUrl::parse(text);
    if (!url)
        return url.error();
    LakeUri uri { url->bucket, url->ref, url->path };
    // StoreUrl drops a lone trailing '/' after the ref; it means nothing here.
    switch (shape) {
    case Shape::Repository:
        if (!uri.ref.empty())
            return wrongShape(text, shape, "a repository, without a ref");
        break;
    case Shape::Ref:
        if (uri.ref.empty())
            return wrongShape(text, shape, "missing the ref");
        if (!uri.path.empty())
            return wrongShape(text, shape, "a ref, without a path");
        break;
    case Shape::RefWithPath:
        if (uri.ref.empty())
            return wrongShape(text, shape, "missing the ref");
        break;
    }
    return uri;
}

std::string LakeUri::toString() const
{
    std::string text = refUri();
    if (!path.empty())
        text += "/" + path;
    return text;
}

std::string LakeUri::refUri() const
{
    std::string text = "lakefs://" + repo;
    if (!ref.empty())
        text += "/" + ref;
    return text;
}

} // namespace lakescope::cli
