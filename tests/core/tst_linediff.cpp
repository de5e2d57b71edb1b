// SPDX-License-Identifier: Apache-2.0
#include "core/common/linediff.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace lakescope;
using Op = DiffRow::Op;

namespace {

std::vector<std::string_view> lines(std::initializer_list<const char *> texts)
{
    return {texts.begin(), texts.end()};
}

// Longest common subsequence by dynamic programming: what a minimal diff keeps.
std::size_t lcsLength(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b)
{
    std::vector<std::vector<std::size_t>> table(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : std::max(table[i - 1][j], table[i][j - 1]);
    }
    return table[a.size()][b.size()];
}

// The rows walk both sides in order, every line exactly once, and Same rows
// hold equal lines: reading a side's column gives that side back.
QString replayProblem(const LineDiff &diff, const std::vector<std::string_view> &a,
                      const std::vector<std::string_view> &b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    std::size_t added = 0;
    std::size_t removed = 0;
    for (const DiffRow &row : diff.rows) {
        if (row.left.has_value() != (row.op != Op::Added))
            return QStringLiteral("left side presence does not match the op");
        if (row.right.has_value() != (row.op != Op::Removed))
            return QStringLiteral("right side presence does not match the op");
        if (row.left && *row.left != i++)
            return QStringLiteral("left lines out of order");
        if (row.right && *row.right != j++)
            return QStringLiteral("right lines out of order");
        if (row.op == Op::Same && a[*row.left] != b[*row.right])
            return QStringLiteral("a Same row joins different lines");
        if (row.op == Op::Added || row.op == Op::Modified)
            ++added;
        if (row.op == Op::Removed || row.op == Op::Modified)
            ++removed;
    }
    if (i != a.size() || j != b.size())
        return QStringLiteral("a side is not covered");
    if (added != diff.added || removed != diff.removed)
        return QStringLiteral("counts do not match the rows");
    return {};
}

} // namespace

class TstLineDiff final : public QObject
{
    Q_OBJECT

private slots:
    void identical()
    {
        const auto a = lines({"one", "two", "three"});
        const LineDiff diff = diffLines(a, a);
        QVERIFY(!diff.gaveUp);
        QCOMPARE(diff.rows.size(), std::size_t(3));
        QCOMPARE(diff.added, std::size_t(0));
        QCOMPARE(diff.removed, std::size_t(0));
        for (const DiffRow &row : diff.rows)
            QVERIFY(row.op == Op::Same);
        QVERIFY(diffLines({}, {}).rows.empty());
    }

    void allAddedAndAllRemoved()
    {
        const auto a = lines({"x", "y"});
        const LineDiff added = diffLines({}, a);
        QCOMPARE(added.added, std::size_t(2));
        QCOMPARE(added.removed, std::size_t(0));
        QVERIFY(added.rows[0].op == Op::Added && !added.rows[0].left && *added.rows[0].right == 0);
        QVERIFY(added.rows[1].op == Op::Added && *added.rows[1].right == 1);
        const LineDiff removed = diffLines(a, {});
        QCOMPARE(removed.removed, std::size_t(2));
        QCOMPARE(removed.added, std::size_t(0));
        QVERIFY(removed.rows[1].op == Op::Removed && *removed.rows[1].left == 1 && !removed.rows[1].right);
    }

    void changeInTheMiddle()
    {
        const auto a = lines({"a", "b", "c", "d", "e"});
        const auto b = lines({"a", "b", "C", "d", "e"});
        const LineDiff diff = diffLines(a, b);
        QCOMPARE(diff.rows.size(), std::size_t(5));
        QVERIFY(diff.rows[2].op == Op::Modified);
        QCOMPARE(*diff.rows[2].left, std::size_t(2));
        QCOMPARE(*diff.rows[2].right, std::size_t(2));
        QCOMPARE(diff.added, std::size_t(1));
        QCOMPARE(diff.removed, std::size_t(1));
        QVERIFY(diff.rows[1].op == Op::Same && diff.rows[3].op == Op::Same);
    }

    void removalsAndAdditionsPairRowByRow()
    {
        // Three lines out, two in: two Modified rows, then one Removed.
        const auto a = lines({"keep", "r1", "r2", "r3", "end"});
        const auto b = lines({"keep", "n1", "n2", "end", "tail"});
        const LineDiff diff = diffLines(a, b);
        QVERIFY(replayProblem(diff, a, b).isEmpty());
        QCOMPARE(diff.rows.size(), std::size_t(6));
        QVERIFY(diff.rows[1].op == Op::Modified && *diff.rows[1].left == 1 && *diff.rows[1].right == 1);
        QVERIFY(diff.rows[2].op == Op::Modified && *diff.rows[2].left == 2 && *diff.rows[2].right == 2);
        QVERIFY(diff.rows[3].op == Op::Removed && *diff.rows[3].left == 3);
        QVERIFY(diff.rows[4].op == Op::Same);
        QVERIFY(diff.rows[5].op == Op::Added && *diff.rows[5].right == 4);
        QCOMPARE(diff.added, std::size_t(3));
        QCOMPARE(diff.removed, std::size_t(3));
    }

    void trailingNewlineIsNotALineChange()
    {
        const std::string with = "a\nb\n";
        const std::string without = "a\nb";
        const SplitText left = splitLines(with);
        const SplitText right = splitLines(without);
        QCOMPARE(left.lines.size(), std::size_t(2));
        QCOMPARE(right.lines.size(), std::size_t(2));
        QVERIFY(left.finalNewline);
        QVERIFY(!right.finalNewline);
        const LineDiff diff = diffLines(left.lines, right.lines);
        QCOMPARE(diff.added + diff.removed, std::size_t(0));
        // An empty last line is a line.
        QCOMPARE(splitLines("a\n\n").lines.size(), std::size_t(2));
        QVERIFY(splitLines("").lines.empty());
    }

    void crlfEndsLinesToo()
    {
        const std::string windows = "one\r\ntwo\r\n";
        const std::string unix = "one\ntwo\n";
        const SplitText left = splitLines(windows);
        const SplitText right = splitLines(unix);
        QVERIFY(left.crlf);
        QVERIFY(!right.crlf);
        QCOMPARE(left.lines[1], std::string_view("two"));
        QCOMPARE(diffLines(left.lines, right.lines).added, std::size_t(0));
        // A lone CR inside a line is content.
        QCOMPARE(splitLines("a\rb\n").lines[0], std::string_view("a\rb"));
    }

    void givesUpBeyondTheLimit()
    {
        std::vector<std::string> left;
        std::vector<std::string> right;
        for (int i = 0; i < 100; ++i) {
            left.push_back("left " + std::to_string(i));
            right.push_back("right " + std::to_string(i));
        }
        const std::vector<std::string_view> a(left.begin(), left.end());
        const std::vector<std::string_view> b(right.begin(), right.end());
        const LineDiff capped = diffLines(a, b, 150);
        QVERIFY(capped.gaveUp);
        QVERIFY(capped.rows.empty());
        const LineDiff enough = diffLines(a, b, 200);
        QVERIFY(!enough.gaveUp);
        QCOMPARE(enough.added, std::size_t(100));
        QCOMPARE(enough.rows.size(), std::size_t(100));
        // The common start and end are free: a long file with one change
        // stays within a tiny limit.
        std::vector<std::string_view> longer = a;
        longer[50] = "changed";
        QVERIFY(!diffLines(a, longer, 2).gaveUp);
    }

    void randomInputsReplayAndAreMinimal()
    {
        std::mt19937 random(7);
        const std::vector<std::string_view> alphabet = {"a", "b", "c", "d", ""};
        for (int round = 0; round < 500; ++round) {
            std::vector<std::string_view> a;
            std::vector<std::string_view> b;
            const int aSize = int(random() % 25);
            for (int i = 0; i < aSize; ++i)
                a.push_back(alphabet[random() % alphabet.size()]);
            // Often an edit of the left side, sometimes unrelated.
            if (random() % 4 == 0) {
                const int bSize = int(random() % 25);
                for (int i = 0; i < bSize; ++i)
                    b.push_back(alphabet[random() % alphabet.size()]);
            } else {
                b = a;
                const int edits = int(random() % 6);
                for (int e = 0; e < edits; ++e) {
                    const std::size_t at = b.empty() ? 0 : random() % b.size();
                    if (random() % 2 == 0 && !b.empty())
                        b.erase(b.begin() + long(at));
                    else
                        b.insert(b.begin() + long(at), alphabet[random() % alphabet.size()]);
                }
            }
            const LineDiff diff = diffLines(a, b);
            QVERIFY(!diff.gaveUp);
            const QString problem = replayProblem(diff, a, b);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
            const std::size_t common = lcsLength(a, b);
            QCOMPARE(diff.removed, a.size() - common);
            QCOMPARE(diff.added, b.size() - common);
        }
    }

    void changedSpansLeaveOutCommonStartAndEnd()
    {
        // "value = 17;" → "value = 200;": only the number is marked.
        const auto [left, right] = changedSpans("value = 17;", "value = 200;");
        QCOMPARE(left, (Span{8, 2}));
        QCOMPARE(right, (Span{8, 3}));

        // Text only added: nothing to mark on the left, the insertion on the right.
        const auto [before, after] = changedSpans("let x = f(a);", "let x = f(a, b);");
        QCOMPARE(before.length, std::size_t(0));
        QCOMPARE(after, (Span{11, 3}));
        // A repeated character is not marked twice: start and end do not overlap.
        const auto [shortSide, longSide] = changedSpans("aaaa aaaa", "aaaa aaaa aaaa");
        QCOMPARE(shortSide.length, std::size_t(0));
        QCOMPARE(longSide.length, std::size_t(5));
    }

    void changedSpansKeepUtf8CharactersWhole()
    {
        // "é" (C3 A9) → "è" (C3 A8): same first byte, yet the whole character is marked.
        const std::string_view cafe = "le caf\xC3\xA9 noir";
        const std::string_view cafeGrave = "le caf\xC3\xA8 noir";
        const auto [left, right] = changedSpans(cafe, cafeGrave);
        QCOMPARE(left, (Span{6, 2}));
        QCOMPARE(right, (Span{6, 2}));

        // "é" (C3 A9) → "ĩ" (C4 A9): same last byte, the suffix must not start inside it.
        const auto [l2, r2] = changedSpans("prix: \xC3\xA9 euros", "prix: \xC4\xA9 euros");
        QCOMPARE(l2, (Span{6, 2}));
        QCOMPARE(r2, (Span{6, 2}));

        // Four-byte characters (emoji) differing in their last byte only.
        const auto [l3, r3] = changedSpans("mood \xF0\x9F\x98\x80 today", "mood \xF0\x9F\x98\x81 today");
        QCOMPARE(l3, (Span{5, 4}));
        QCOMPARE(r3, (Span{5, 4}));
        for (const Span span : {l3, r3})
            QVERIFY((static_cast<unsigned char>(std::string_view("mood \xF0")[span.begin]) & 0xC0) != 0x80);
    }

    void changedSpansOfEqualLinesAreEmpty()
    {
        const auto [left, right] = changedSpans("same line", "same line");
        QCOMPARE(left.length, std::size_t(0));
        QCOMPARE(right.length, std::size_t(0));
        const auto [emptyLeft, emptyRight] = changedSpans("", "");
        QCOMPARE(emptyLeft.length + emptyRight.length, std::size_t(0));
    }

    void rewrittenLinesAreNotMarked()
    {
        // Everything differs: a rewrite, not an edit.
        const auto [left, right] = changedSpans("beta", "BETA");
        QCOMPARE(left.length + right.length, std::size_t(0));
        // 8 of 10 characters differ: above 70 %, unmarked.
        const auto [l2, r2] = changedSpans("aXXXXXXXXb", "aYYYYYYYYb");
        QCOMPARE(l2.length + r2.length, std::size_t(0));
        // 7 of 10 is not above 70 %: still an edit.
        const auto [l3, r3] = changedSpans("abXXXXXXXc", "abYYYYYYYc");
        QCOMPARE(l3, (Span{2, 7}));
        QCOMPARE(r3, (Span{2, 7}));
        // The share is the caller's to choose.
        const auto [l4, r4] = changedSpans("abXXXXXXXc", "abYYYYYYYc", 0.5);
        QCOMPARE(l4.length + r4.length, std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TstLineDiff)
#include "tst_linediff.moc"
