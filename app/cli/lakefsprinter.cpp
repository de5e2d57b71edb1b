// SPDX-License-Identifier: Apache-2.0
#include "app/cli/lakefsprinter.h"

#include "app/cli/format.h"

#include <algorithm>
#include <ctime>

namespace lakescope::cli::lakefsprint {

namespace {

std::string joined(const std::vector<std::string> &items, std::string_view separator)
{
    std::string text;
    for (const std::string &item : items) {
        if (!text.empty())
            text += separator;
        text += format::printable(item);
    }
    return text;
}

void appendRule(std::string &out, const std::vector<std::size_t> &widths)
{
    out += '+';
    for (const std::size_t width : widths)
        out.append(width + 2, '-').push_back('+');
    out += '\n';
}

void appendRow(std::string &out, const std::vector<std::string> &cells, const std::vector<std::size_t> &widths)
{
    out += '|';
    for (std::size_t column = 0; column < widths.size(); ++column) {
        const std::string &cell = column < cells.size() ? cells[column] : std::string();
        out += ' ';
        out += cell;
        out.append(widths[column] - cell.size() + 1, ' ');
        out += '|';
    }
    out += '\n';
}

} // namespace

std::string date(std::int64_t unixSeconds)
{
    const auto seconds = static_cast<std::time_t>(unixSeconds);
    std::tm parts {};
    if (!::gmtime_r(&seconds, &parts))
        return std::to_string(unixSeconds);
    char text[48];
    const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S +0000 UTC", &parts);
    return std::string(text, n);
}

std::string table(const std::vector<std::string> &headers, const std::vector<std::vector<std::string>> &rows)
{
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    std::vector<std::size_t> widths;
    for (const std::string &header : headers)
        widths.push_back(header.size());
    for (const auto &row : rows) {
        std::vector<std::string> printed;
        for (std::size_t column = 0; column < headers.size(); ++column) {
            printed.push_back(column < row.size() ? format::printable(row[column]) : std::string());
            widths[column] = std::max(widths[column], printed.back().size());
        }
        cells.push_back(std::move(printed));
    }
    std::string out;
    appendRule(out, widths);
    appendRow(out, headers, widths);
    appendRule(out, widths);
    for (const auto &row : cells)
        appendRow(out, row, widths);
    if (!cells.empty())
        appendRule(out, widths);
    return out;
}

std::string diffLine(const lakefs::DiffEntry &entry)
{
    std::string_view action;
    switch (entry.type) {
    case lakefs::DiffType::Added:
        action = "+ added ";
        break;
    case lakefs::DiffType::Removed:
        action = "- removed ";
        break;
    case lakefs::DiffType::Changed:
    case lakefs::DiffType::PrefixChanged:
        action = "~ changed ";
        break;
    case lakefs::DiffType::Conflict:
        action = "* conflict ";
        break;
    }
    std::string line(action);
    format::appendPrintable(line, entry.path);
    return line;
}

std::string commitReport(std::string_view branchUri, std::string_view branch, const lakefs::Commit &commit)
{
    std::string text = "Branch: " + format::printable(branchUri) + "\n";
    text += "Commit for branch \"" + format::printable(branch) + "\" completed.\n\n";
    text += "ID: " + commit.id + "\n";
    text += "Message: " + format::printable(commit.message) + "\n";
    text += "Timestamp: " + date(commit.creationDate) + "\n";
    text += "Parents: " + joined(commit.parents, ", ") + "\n";
    return text;
}

std::string logEntry(const lakefs::Commit &commit)
{
    std::string text = "ID:            " + commit.id + "\n";
    if (!commit.committer.empty())
        text += "Author:        " + format::printable(commit.committer) + "\n";
    text += "Date:          " + date(commit.creationDate) + "\n";
    if (commit.parents.size() > 1)
        text += "Merge:         " + joined(commit.parents, ", ") + "\n";
    text += "\n";
    // Each line of a long message keeps its own indent, as git log does.
    std::string_view message = commit.message;
    do {
        const auto newline = message.find('\n');
        text += "    " + format::printable(message.substr(0, newline)) + "\n";
        message = newline == std::string_view::npos ? std::string_view() : message.substr(newline + 1);
    } while (!message.empty());
    for (const auto &[key, value] : commit.metadata)
        text += "        " + format::printable(key) + " = " + format::printable(value) + "\n";
    return text + "\n";
}

} // namespace lakescope::cli::lakefsprint
