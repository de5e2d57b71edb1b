// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <QTest>

#include <string>
#include <vector>

// Assertions on core results, and readable QCOMPARE failures for the
// core's standard-library types. Include before the first QCOMPARE on them.

// The result must be a success; on failure the error is printed.
#define LS_VERIFY_OK(result)                                                                   \
    do {                                                                                       \
        const auto &lsResult_ = (result);                                                      \
        QVERIFY2(lsResult_.ok(), lsResult_.ok() ? "" : lsResult_.error().toString().c_str()); \
    } while (false)

// The result must be an error with this code.
#define LS_VERIFY_ERROR(result, expectedCode)                                 \
    do {                                                                      \
        const auto &lsResult_ = (result);                                     \
        QVERIFY2(!lsResult_.ok(), "expected an error, but the call succeeded"); \
        QCOMPARE(lsResult_.error().code, expectedCode);                       \
    } while (false)

namespace QTest {

template<>
inline char *toString(const std::string &value)
{
    return QTest::toString(QString::fromStdString(value));
}

template<>
inline char *toString(const std::vector<std::string> &values)
{
    QString joined = QStringLiteral("[");
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            joined += QStringLiteral(", ");
        joined += QLatin1Char('"') + QString::fromStdString(values[i]) + QLatin1Char('"');
    }
    joined += QLatin1Char(']');
    return QTest::toString(joined);
}

template<>
inline char *toString(const lakescope::ErrorCode &code)
{
    return qstrdup(std::string(lakescope::errorCodeName(code)).c_str());
}

} // namespace QTest
