// SPDX-License-Identifier: Apache-2.0
#include "core/common/result.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <memory>
#include <set>
#include <string>

using namespace lakescope;

namespace {

constexpr ErrorCode kAllCodes[] = {
    ErrorCode::NotFound,     ErrorCode::AlreadyExists, ErrorCode::PreconditionFailed, ErrorCode::NotModified,
    ErrorCode::PermissionDenied, ErrorCode::Unauthenticated, ErrorCode::InvalidInput,  ErrorCode::NotSupported,
    ErrorCode::Conflict,     ErrorCode::Transient,     ErrorCode::Cancelled,          ErrorCode::Fatal,
};

Result<int> half(int value)
{
    if (value % 2 != 0)
        return Error::invalidInput(std::to_string(value) + " is odd");
    return value / 2;
}

} // namespace

class TstResult final : public QObject
{
    Q_OBJECT

private slots:
    void valueOrError()
    {
        auto good = half(8);
        QVERIFY(good.ok());
        QVERIFY(static_cast<bool>(good));
        QCOMPARE(*good, 4);
        QCOMPARE(good.valueOr(-1), 4);

        auto bad = half(7);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().message, std::string("7 is odd"));
        QCOMPARE(bad.valueOr(-1), -1);
    }

    void statusDefaultsToSuccess()
    {
        Status fine;
        QVERIFY(fine.ok());
        Status failed = Error::conflict("busy");
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Conflict);
    }

    void convertsFromRelatedTypes()
    {
        Result<std::string> text = "converted from a literal";
        QVERIFY(text.ok());
        QCOMPARE(text->size(), std::size_t{24});
        text.value() += "!";
        QCOMPARE(*text, std::string("converted from a literal!"));
    }

    void holdsMoveOnlyValues()
    {
        Result<std::unique_ptr<int>> owned = std::make_unique<int>(42);
        QVERIFY(owned.ok());
        std::unique_ptr<int> taken = std::move(owned).value();
        QVERIFY(taken);
        QCOMPARE(*taken, 42);
    }

    void toStringNamesCodeMessageAndStatus_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << int(ErrorCode::NotFound) << "s3://b/k" << 0 << "not found: s3://b/k";
        QTest::newRow("with status") << int(ErrorCode::Transient) << "slow down" << 503
                                     << "temporary failure: slow down (HTTP 503)";
        QTest::newRow("message is the name") << int(ErrorCode::Cancelled) << "cancelled" << 0 << "cancelled";
        QTest::newRow("no message") << int(ErrorCode::Fatal) << "" << 0 << "error";
    }

    void toStringNamesCodeMessageAndStatus()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(int, httpStatus);
        QFETCH(QString, expected);
        const Error error{static_cast<ErrorCode>(code), message.toStdString(), httpStatus};
        QCOMPARE(QString::fromStdString(error.toString()), expected);
    }

    void onlyTransientIsRetryable()
    {
        for (const ErrorCode code : kAllCodes)
            QCOMPARE((Error{code, "x"}.retryable()), code == ErrorCode::Transient);
    }

    void everyCodeHasItsOwnName()
    {
        std::set<std::string> names;
        for (const ErrorCode code : kAllCodes) {
            const std::string name(errorCodeName(code));
            QVERIFY(!name.empty());
            QVERIFY2(names.insert(name).second, name.c_str());
        }
        QCOMPARE(names.size(), std::size(kAllCodes));
    }

    void factoriesSetTheirCode()
    {
        QCOMPARE(Error::notFound("k").code, ErrorCode::NotFound);
        QCOMPARE(Error::alreadyExists("k").code, ErrorCode::AlreadyExists);
        QCOMPARE(Error::preconditionFailed("k").code, ErrorCode::PreconditionFailed);
        QCOMPARE(Error::permissionDenied("k").code, ErrorCode::PermissionDenied);
        QCOMPARE(Error::unauthenticated("k").code, ErrorCode::Unauthenticated);
        QCOMPARE(Error::notSupported("k").code, ErrorCode::NotSupported);
        QCOMPARE(Error::transient("k").code, ErrorCode::Transient);
        QCOMPARE(Error::cancelled().code, ErrorCode::Cancelled);
        QCOMPARE(Error::fatal("k").message, std::string("k"));
    }
};

QTEST_GUILESS_MAIN(TstResult)
#include "tst_result.moc"
