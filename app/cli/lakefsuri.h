// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <string>
#include <string_view>

namespace lakescope::cli {

// A lakefs:// URL as lakectl's verbs take it: a repository
// (lakefs://repo), a ref (lakefs://repo/main~2) or a ref and a path
// (lakefs://repo/main/data/, the trailing '/' kept).
struct LakeUri
{
    enum class Shape { Repository, Ref, RefWithPath };

    std::string repo;
    std::string ref;
    std::string path;

    // InvalidInput naming the expected shape when `text` is not a lakefs://
    // URL of that shape.
    static Result<LakeUri> parse(std::string_view text, Shape shape);

    // "lakefs://repo", "lakefs://repo/ref" or "lakefs://repo/ref/path".
    std::string toString() const;
    // The same without the path: the ref the command acts on.
    std::string refUri() const;
};

} // namespace lakescope::cli
