// SPDX-License-Identifier: Apache-2.0
#include "core/common/linediff.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <unordered_map>

namespace lakescope {

namespace {

enum class Edit { Keep, Delete, Insert };

// Lines become small integers first, so the inner loop compares ints and
// not strings (equal lines, equal ids, on both sides).
std::vector<std::uint32_t> intern(const std::vector<std::string_view> &lines,
                                  std::unordered_map<std::string_view, std::uint32_t> &ids)
{
    std::vector<std::uint32_t> out;
    out.reserve(lines.size());
    for (std::string_view line : lines) {
        auto [it, inserted] = ids.try_emplace(line, std::uint32_t(ids.size()));
        out.push_back(it->second);
    }
    return out;
}

// Myers' greedy forward search over a[aBegin, aEnd) and b[bBegin, bEnd),
// keeping the furthest-reaching x of every diagonal per step so the path can
// be walked back. Appends the edits in order; false when more than `limit`
// edits are needed.
bool myers(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b, std::size_t aBegin,
           std::size_t aEnd, std::size_t bBegin, std::size_t bEnd, std::size_t limit, std::vector<Edit> &edits)
{
    const long n = long(aEnd - aBegin);
    const long m = long(bEnd - bBegin);
    const long maxD = std::min<long>(n + m, long(limit));
    const long offset = maxD + 1;
    std::vector<long> v(std::size_t(2 * maxD + 3), 0);
    // Step d needs the x of diagonals -(d-1)..d-1 (same parity) from step
    // d-1: d values, stored flat one step after another.
    std::vector<long> trace;
    std::vector<std::size_t> traceStart;
    long endD = -1;
    for (long d = 0; d <= maxD && endD < 0; ++d) {
        traceStart.push_back(trace.size());
        for (long k = -(d - 1); k <= d - 1; k += 2)
            trace.push_back(v[std::size_t(k + offset)]);
        for (long k = -d; k <= d; k += 2) {
            long x;
            if (d == 0)
                x = 0;
            else if (k == -d || (k != d && v[std::size_t(k - 1 + offset)] < v[std::size_t(k + 1 + offset)]))
                x = v[std::size_t(k + 1 + offset)];
            else
                x = v[std::size_t(k - 1 + offset)] + 1;
            long y = x - k;
            while (x < n && y < m && a[aBegin + std::size_t(x)] == b[bBegin + std::size_t(y)]) {
                ++x;
                ++y;
            }
            v[std::size_t(k + offset)] = x;
            if (x >= n && y >= m) {
                endD = d;
                break;
            }
        }
    }
    if (endD < 0)
        return false;

    std::vector<Edit> reversed;
    long x = n;
    long y = m;
    for (long d = endD; d > 0; --d) {
        const auto previous = [&](long k) { return trace[traceStart[std::size_t(d)] + std::size_t((k + d - 1) / 2)]; };
        const long k = x - y;
        const bool down = k == -d || (k != d && previous(k - 1) < previous(k + 1));
        const long previousK = down ? k + 1 : k - 1;
        const long previousX = previous(previousK);
        const long previousY = previousX - previousK;
        const long snakeStartX = down ? previousX : previousX + 1;
        while (x > snakeStartX) {
            reversed.push_back(Edit::Keep);
            --x;
            --y;
        }
        reversed.push_back(down ? Edit::Insert : Edit::Delete);
        x = previousX;
        y = previousY;
    }
    while (x > 0) {
        reversed.push_back(Edit::Keep);
        --x;
    }
    edits.insert(edits.end(), reversed.rbegin(), reversed.rend());
    return true;
}

} // namespace

SplitText splitLines(std::string_view text)
{
    SplitText split;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            split.lines.push_back(text.substr(start));
            return split;
        }
        std::size_t lineEnd = end;
        if (lineEnd > start && text[lineEnd - 1] == '\r') {
            --lineEnd;
            split.crlf = true;
        }
        split.lines.push_back(text.substr(start, lineEnd - start));
        start = end + 1;
    }
    split.finalNewline = !text.empty();
    return split;
}

LineDiff diffLines(const std::vector<std::string_view> &left, const std::vector<std::string_view> &right,
                   std::size_t maxEditDistance)
{
    std::unordered_map<std::string_view, std::uint32_t> ids;
    const std::vector<std::uint32_t> a = intern(left, ids);
    const std::vector<std::uint32_t> b = intern(right, ids);

    // The common start and end cost nothing and are most of a typical edit.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    std::vector<Edit> edits(head, Edit::Keep);
    LineDiff diff;
    if (!myers(a, b, head, a.size() - tail, head, b.size() - tail, maxEditDistance, edits)) {
        diff.gaveUp = true;
        return diff;
    }
    edits.insert(edits.end(), tail, Edit::Keep);

    // A run of changes becomes rows: its removals and additions side by
    // side, paired in order, the longer side's rest alone.
    std::size_t i = 0;
    std::size_t j = 0;
    std::size_t at = 0;
    while (at < edits.size()) {
        if (edits[at] == Edit::Keep) {
            diff.rows.push_back({DiffRow::Op::Same, i++, j++});
            ++at;
            continue;
        }
        std::size_t removals = 0;
        std::size_t additions = 0;
        for (; at < edits.size() && edits[at] != Edit::Keep; ++at)
            ++(edits[at] == Edit::Delete ? removals : additions);
        const std::size_t paired = std::min(removals, additions);
        for (std::size_t p = 0; p < paired; ++p)
            diff.rows.push_back({DiffRow::Op::Modified, i + p, j + p});
        for (std::size_t p = paired; p < removals; ++p)
            diff.rows.push_back({DiffRow::Op::Removed, i + p, std::nullopt});
        for (std::size_t p = paired; p < additions; ++p)
            diff.rows.push_back({DiffRow::Op::Added, std::nullopt, j + p});
        i += removals;
        j += additions;
        diff.removed += removals;
        diff.added += additions;
    }
    return diff;
}

std::pair<Span, Span> changedSpans(std::string_view left, std::string_view right, double rewriteShare)
{
    // A UTF-8 continuation byte (10xxxxxx) never starts a character, so a
    // cut just before one would split a character between two spans.
    const auto continues = [](std::string_view text, std::size_t at) {
        return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
    };
    const std::size_t shorter = std::min(left.size(), right.size());
    std::size_t prefix = 0;
    while (prefix < shorter && left[prefix] == right[prefix])
        ++prefix;
    while (prefix > 0 && (continues(left, prefix) || continues(right, prefix)))
        --prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && left[left.size() - 1 - suffix] == right[right.size() - 1 - suffix])
        ++suffix;
    // The suffix bytes are equal on both sides, so one side's boundary is the other's.
    while (suffix > 0 && continues(left, left.size() - suffix))
        --suffix;

    const Span leftSpan{prefix, left.size() - prefix - suffix};
    const Span rightSpan{prefix, right.size() - prefix - suffix};
    const double longer = double(std::max(left.size(), right.size()));
    if (double(std::max(leftSpan.length, rightSpan.length)) > rewriteShare * longer)
        return {Span{}, Span{}};
    if (leftSpan.length == 0 && rightSpan.length == 0)
        return {Span{}, Span{}};
    return {leftSpan, rightSpan};
}

} // namespace lakescope
