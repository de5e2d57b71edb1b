// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lakescope {

// A text cut into lines. "\n" and "\r\n" both end a line, so two files that
// differ only in line endings have the same lines; the flags tell callers
// what else differs.
struct SplitText
{
    std::vector<std::string_view> lines; // without their line endings
    bool finalNewline = false;           // the text ends with a line ending
    bool crlf = false;                   // at least one line ends with "\r\n"
};

// The views point into `text`, which must outlive the result.
SplitText splitLines(std::string_view text);

// One row of a side-by-side diff. Indices are 0-based positions in the
// left and right line lists; a side without a line in this row has none.
struct DiffRow
{
    enum class Op { Same, Removed, Added, Modified };

    Op op = Op::Same;
    std::optional<std::size_t> left;
    std::optional<std::size_t> right;
};

struct LineDiff
{
    std::vector<DiffRow> rows;
    std::size_t added = 0;   // right lines not on the left (Added and Modified rows)
    std::size_t removed = 0; // left lines not on the right (Removed and Modified rows)
    // The edit distance exceeded the limit: rows is empty, nothing is marked.
    bool gaveUp = false;
};

// Myers' O(ND) difference of two line lists, as side-by-side rows: a run of
// removals next to a run of additions is paired row by row into Modified
// rows (as GitHub's split view shows it), the rest are Removed or Added.
// Work is bounded by `maxEditDistance` (inserted plus deleted lines after
// the common start and end are skipped); beyond it the result gives up.
LineDiff diffLines(const std::vector<std::string_view> &left, const std::vector<std::string_view> &right,
                   std::size_t maxEditDistance = 2000);

// A run of bytes in one line: [begin, begin + length).
struct Span
{
    std::size_t begin = 0;
    std::size_t length = 0;

    bool operator==(const Span &) const = default;
};

// What changed inside a Modified row, one span per side: what is left of
// each UTF-8 line once the common start and end are taken off, cut only at
// character boundaries. Empty on a side that only lost (or gained) text,
// and empty on both when the lines are equal or when a span covers more
// than `rewriteShare` of the longer line: a rewrite reads better unmarked.
std::pair<Span, Span> changedSpans(std::string_view left, std::string_view right, double rewriteShare = 0.7);

} // namespace lakescope
