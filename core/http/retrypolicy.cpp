// SPDX-License-Identifier: Apache-2.0
#include "core/http/retrypolicy.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace lakescope {

namespace {

using std::chrono::milliseconds;

// Cancellation is a polled flag, so waits are sliced; 20 ms keeps a cancel
// prompt without measurable wake-ups.
constexpr milliseconds kWaitSlice{20};

std::mt19937_64 &randomEngine()
{
    // One engine per thread: no lock, and seeded apart so workers do not
    // draw the same "random" delays.
    thread_local std::mt19937_64 engine { std::random_device{}() };
    return engine;
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::optional<unsigned> monthNumber(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> names { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec" };
    if (name.size() != 3)
        return std::nullopt;
    for (unsigned i = 0; i < names.size(); ++i) {
        if (std::equal(name.begin(), name.end(), names[i].begin(),
                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
            return i + 1;
    }
    return std::nullopt;
}

} // namespace

RetryPolicy::RetryPolicy(
    int maxRetries, milliseconds initialBackoff, milliseconds maxBackoff, milliseconds maxRetryAfter)
    : m_maxRetries(std::max(0, maxRetries))
    , m_initialBackoff(std::max(milliseconds(0), initialBackoff))
    , m_maxBackoff(std::max(milliseconds(0), maxBackoff))
    , m_maxRetryAfter(std::max(milliseconds(0), maxRetryAfter))
{}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

milliseconds RetryPolicy::backoff(int retry) const
{
    // initial * 2^(retry-1), computed without overflow: past 2^30 the cap
    // has long been reached anyway.
    const int exponent = std::clamp(retry - 1, 0, 30);
    const auto ceiling
        = std::min<std::int64_t>(m_maxBackoff.count(), m_initialBackoff.count() * (std::int64_t{1} << exponent));
    if (ceiling <= 0)
        return milliseconds(0);
    std::uniform_int_distribution<std::int64_t> pick(0, ceiling);
    return milliseconds(pick(randomEngine()));
}

std::optional<milliseconds> RetryPolicy::retryAfter(
    std::string_view value, std::chrono::system_clock::time_point now) const
{
    value = trim(value);
    if (allDigits(value)) {
        // More digits than a day needs are a broken server: the cap decides.
        if (value.size() > 9)
            return m_maxRetryAfter;
        const auto seconds = std::stoll(std::string(value));
        return std::min(m_maxRetryAfter, milliseconds(seconds * 1000));
    }
    const auto date = parseHttpDate(value);
    if (!date)
        return std::nullopt;
    const auto wait = std::chrono::duration_cast<milliseconds>(*date - now);
    return std::clamp(wait, milliseconds(0), m_maxRetryAfter);
}

milliseconds RetryPolicy::delayBefore(int retry, std::optional<std::string_view> retryAfterValue) const
{
    if (retryAfterValue) {
        if (auto asked = retryAfter(*retryAfterValue))
            return *asked;
    }
    return backoff(retry);
}

std::optional<std::chrono::system_clock::time_point> RetryPolicy::parseHttpDate(std::string_view text)
{
    // Split on the separators of all three forms; then the month is the
    // alphabetic token that names one, the time the token with ':', and the
    // day and year the numbers in that order (true in every form).
    std::vector<std::string_view> tokens;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ' || text[i] == ',' || text[i] == '-') {
            if (i > start)
                tokens.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    std::optional<unsigned> month;
    std::vector<int> numbers;
    int hour = -1, minute = -1, second = -1;
    for (std::string_view token : tokens) {
        if (token.find(':') != std::string_view::npos) {
            if (token.size() != 8 || token[2] != ':' || token[5] != ':' || !allDigits(token.substr(0, 2))
                || !allDigits(token.substr(3, 2)) || !allDigits(token.substr(6, 2)))
                return std::nullopt;
            hour = std::stoi(std::string(token.substr(0, 2)));
            minute = std::stoi(std::string(token.substr(3, 2)));
            second = std::stoi(std::string(token.substr(6, 2)));
        } else if (allDigits(token)) {
            if (token.size() > 4)
                return std::nullopt;
            numbers.push_back(std::stoi(std::string(token)));
        } else if (auto m = monthNumber(token)) {
            month = m;
        }
    }
    if (!month || numbers.size() != 2 || hour < 0 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    int year = numbers[1];
    if (year < 100) // RFC 850's two digits: RFC 9110 says read them as the nearest past century.
        year += year < 70 ? 2000 : 1900;
    const std::chrono::year_month_day day { std::chrono::year(year), std::chrono::month(*month),
        std::chrono::day(static_cast<unsigned>(numbers[0])) };
    if (!day.ok())
        return std::nullopt;
    return std::chrono::sys_days(day) + std::chrono::hours(hour) + std::chrono::minutes(minute)
        + std::chrono::seconds(second);
}

bool RetryPolicy::wait(milliseconds delay, const CancellationToken &cancel)
{
    const auto deadline = std::chrono::steady_clock::now() + delay;
    for (;;) {
        if (cancel.isCancelled())
            return false;
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return true;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(deadline - now, kWaitSlice));
    }
}

} // namespace lakescope
