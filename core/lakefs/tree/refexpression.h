// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace lakescope::lakefs {

// A parsed ref expression (lakeFS parse_ref.go): a base ref and modifiers.
//   main~2   second first-parent ancestor     main^2  second parent
//   main@    the branch's last commit only    main$   the branch with staging
// '~' and '^' chain ("abc123~2^1"); '@' and '$' stand alone after a branch.
struct RefModifier
{
    char kind = '~';  // '~', '^', '@' or '$'
    int value = 1;    // '~N' / '^N' count; '~' alone = 1, '^' alone = 1
};

struct RefExpression
{
    std::string base;
    std::vector<RefModifier> modifiers;

    bool committedOnly() const;   // branch@
    bool withStaging() const;     // branch$
    bool plain() const { return modifiers.empty(); }
};

// InvalidInput "ref: invalid value: validation error" for malformed text.
Result<RefExpression> parseRefExpression(std::string_view text);

// Name rules, with lakeFS's messages (InvalidInput).
Status validateRepositoryName(std::string_view name); // ^[a-z0-9][a-z0-9-]{2,62}$
Status validateBranchName(std::string_view name);     // ^\w[-\w]*$
Status validateTagName(std::string_view name);        // git-check-ref-format-like
bool isCommitIdPrefix(std::string_view text);         // 1-64 lowercase hex
bool isFullCommitId(std::string_view text);           // 64 lowercase hex

// Branch protection patterns: '*' any run, '?' one character.
bool globMatch(std::string_view pattern, std::string_view name);

} // namespace lakescope::lakefs
