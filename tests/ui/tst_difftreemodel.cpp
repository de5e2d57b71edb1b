// SPDX-License-Identifier: Apache-2.0
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/difftreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

// A sorted diff served page by page as lakeFS does (after is exclusive).
struct SyntheticDiff
{
    std::vector<lakefs::DiffEntry> entries;
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
    int failAfterPages = -1;

    DiffPageSource source() const
    {
        auto shared = std::make_shared<std::vector<lakefs::DiffEntry>>(entries);
        return [shared, calls = calls, failAfter = failAfterPages](const lakefs::PageRequest &request)
                   -> Result<lakefs::Page<lakefs::DiffEntry>> {
            const int call = (*calls)++;
            if (failAfter >= 0 && call >= failAfter) {
                Error error = Error::permissionDenied("insufficient permissions");
                error.httpStatus = 403;
                return error;
            }
            auto begin = std::upper_bound(shared->begin(), shared->end(), request.after,
                                          [](const std::string &after, const lakefs::DiffEntry &entry) {
                                              return after < entry.path;
                                          });
            if (request.after.empty())
                begin = shared->begin();
            lakefs::Page<lakefs::DiffEntry> page;
            const int amount = lakefs::effectiveAmount(request.amount);
            for (auto it = begin; it != shared->end() && static_cast<int>(page.results.size()) < amount; ++it)
                page.results.push_back(*it);
            page.hasMore = begin + static_cast<long>(page.results.size()) != shared->end();
            if (page.hasMore)
                page.nextOffset = page.results.back().path;
            return page;
        };
    }
};

lakefs::DiffType typeFor(int i)
{
    // Every 50th a conflict, as a three-dot diff of two branches has them.
    if (i % 50 == 49)
        return lakefs::DiffType::Conflict;
    return i % 3 == 0 ? lakefs::DiffType::Added : i % 3 == 1 ? lakefs::DiffType::Removed : lakefs::DiffType::Changed;
}

// 1,500 entries: raw/ 600 (in raw/2024/ and raw/2025/), curated/ 500,
// reports/ 300, 100 at the top.
SyntheticDiff mixedDiff()
{
    SyntheticDiff diff;
    int i = 0;
    auto add = [&](const QString &path) {
        diff.entries.push_back({typeFor(i++), path.toStdString(), lakefs::PathType::Object, 10});
    };
    for (int n = 0; n < 500; ++n)
        add(QStringLiteral("curated/part-%1.parquet").arg(n, 4, 10, QLatin1Char('0')));
    for (int n = 0; n < 300; ++n)
        add(QStringLiteral("raw/2024/f%1.csv").arg(n, 4, 10, QLatin1Char('0')));
    for (int n = 0; n < 300; ++n)
        add(QStringLiteral("raw/2025/f%1.csv").arg(n, 4, 10, QLatin1Char('0')));
    for (int n = 0; n < 300; ++n)
        add(QStringLiteral("reports/r%1.txt").arg(n, 4, 10, QLatin1Char('0')));
    for (int n = 0; n < 100; ++n)
        add(QStringLiteral("top%1.json").arg(n, 4, 10, QLatin1Char('0')));
    std::sort(diff.entries.begin(), diff.entries.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    return diff;
}

DiffTreeModel::Counts expected(const SyntheticDiff &diff, const std::string &prefix)
{
    DiffTreeModel::Counts counts;
    for (const auto &entry : diff.entries) {
        if (entry.path.rfind(prefix, 0) != 0)
            continue;
        switch (DiffTreeModel::kindOf(entry.type)) {
        case DiffTreeModel::Added: ++counts.added; break;
        case DiffTreeModel::Removed: ++counts.removed; break;
        case DiffTreeModel::Changed: ++counts.changed; break;
        case DiffTreeModel::Conflict: ++counts.conflicts; break;
        }
    }
    return counts;
}

bool sameCounts(const DiffTreeModel::Counts &a, const DiffTreeModel::Counts &b)
{
    return a.added == b.added && a.removed == b.removed && a.changed == b.changed && a.conflicts == b.conflicts;
}

} // namespace

class TestDiffTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesMergeIntoFolderCounts();
    void filtersKeepLoadedEntries();
    void errorsAreShownInWords();
    void cancelStopsLoading();
    void hundredThousandEntriesKeepTheGuiResponsive();
    void countsText();
};

void TestDiffTreeModel::pagesMergeIntoFolderCounts()
{
    AsyncRunner runner;
    DiffTreeModel model(&runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView view;
    view.setModel(&model);
    view.expandAll();
    SyntheticDiff diff = mixedDiff();
    model.setPageSize(100);
    QSignalSpy loaded(&model, &DiffTreeModel::loaded);
    model.setPageSource(diff.source());
    QVERIFY(model.isLoading());
    QVERIFY(model.statusText().contains(QStringLiteral("loading more")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(diff.calls->load(), 15);
    QVERIFY(model.isComplete());
    QCOMPARE(model.totals().total(), 1500);
    QCOMPARE(model.statusText(), QStringLiteral("1,500 changes"));

    QCOMPARE(model.rowCount(), 3 + 100);
    for (const char *folder : {"raw/", "raw/2024/", "raw/2025/", "curated/", "reports/"}) {
        const QModelIndex index = model.indexOfPath(QString::fromLatin1(folder));
        QVERIFY2(index.isValid(), folder);
        QVERIFY(model.isFolder(index));
        QVERIFY2(sameCounts(model.counts(index), expected(diff, folder)), folder);
    }
    const QModelIndex raw = model.indexOfPath(QStringLiteral("raw/"));
    QCOMPARE(model.rowCount(raw), 2);
    QCOMPARE(model.rowCount(model.indexOfPath(QStringLiteral("raw/2024/"))), 300);
    const DiffTreeModel::Counts rawCounts = expected(diff, "raw/");
    QVERIFY(rawCounts.conflicts > 0);
    QCOMPARE(raw.data().toString(), QStringLiteral("raw/  +%1 \u2212%2 ~%3 !%4")
                                        .arg(rawCounts.added)
                                        .arg(rawCounts.removed)
                                        .arg(rawCounts.changed)
                                        .arg(rawCounts.conflicts));
    QVERIFY(raw.data(Qt::ForegroundRole).isValid());
    const QModelIndex conflict = model.indexOfPath(QStringLiteral("raw/2024/f0049.csv"));
    QCOMPARE(conflict.data(DiffTreeModel::KindRole).toInt(), int(DiffTreeModel::Conflict));
    QCOMPARE(model.index(conflict.row(), DiffTreeModel::ChangeColumn, conflict.parent()).data().toString(),
             QStringLiteral("Conflict"));
    const QModelIndex object = model.indexOfPath(QStringLiteral("raw/2024/f0007.csv"));
    QVERIFY(object.isValid());
    QCOMPARE(model.path(object), QStringLiteral("raw/2024/f0007.csv"));
    QVERIFY(!model.isFolder(object));
    QCOMPARE(object.parent(), model.indexOfPath(QStringLiteral("raw/2024/")));
}

void TestDiffTreeModel::filtersKeepLoadedEntries()
{
    AsyncRunner runner;
    DiffTreeModel model(&runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SyntheticDiff diff = mixedDiff();
    model.setPageSize(100);
    QSignalSpy loaded(&model, &DiffTreeModel::loaded);
    model.setPageSource(diff.source());
    QVERIFY(loaded.wait(20000));
    const int calls = diff.calls->load();

    model.setKindFilter(DiffTreeModel::Removed);
    QCOMPARE(diff.calls->load(), calls);
    const QModelIndex reports = model.indexOfPath(QStringLiteral("reports/"));
    QVERIFY(reports.isValid());
    const DiffTreeModel::Counts all = expected(diff, "reports/");
    QCOMPARE(model.counts(reports).removed, all.removed);
    QCOMPARE(model.counts(reports).added, 0);
    QCOMPARE(model.rowCount(reports), int(all.removed));
    for (int row = 0; row < model.rowCount(reports); ++row)
        QCOMPARE(model.index(row, 0, reports).data(DiffTreeModel::KindRole).toInt(), int(DiffTreeModel::Removed));
    QCOMPARE(model.totals().total(), 1500);
    QCOMPARE(model.statusText(), QStringLiteral("1,500 changes, %1 shown").arg(expected(diff, "").removed));

    model.setKindFilter(DiffTreeModel::Added | DiffTreeModel::Changed);
    QCOMPARE(model.counts(model.indexOfPath(QStringLiteral("reports/"))).removed, 0);
    QCOMPARE(model.counts(model.indexOfPath(QStringLiteral("reports/"))).added, all.added);

    model.setKindFilter({});
    QCOMPARE(model.rowCount(), 0);
    model.setKindFilter(DiffTreeModel::Conflict);
    QCOMPARE(model.counts(model.indexOfPath(QStringLiteral("reports/"))).total(), all.conflicts);
    model.setKindFilter(DiffTreeModel::Added | DiffTreeModel::Removed | DiffTreeModel::Changed | DiffTreeModel::Conflict);
    QCOMPARE(model.rowCount(), 103);
    QCOMPARE(diff.calls->load(), calls);
}

void TestDiffTreeModel::errorsAreShownInWords()
{
    AsyncRunner runner;
    DiffTreeModel model(&runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SyntheticDiff diff = mixedDiff();
    diff.failAfterPages = 3;
    model.setPageSize(100);
    QSignalSpy failed(&model, &DiffTreeModel::failed);
    model.setPageSource(diff.source());
    QVERIFY(failed.wait(20000));
    QVERIFY(!model.isLoading());
    QVERIFY(!model.isComplete());
    QVERIFY(model.error().has_value());
    QCOMPARE(model.totals().total(), 300);
    QVERIFY2(model.statusText().contains(QStringLiteral("300 loaded")), qPrintable(model.statusText()));
    QVERIFY2(model.statusText().contains(QStringLiteral("insufficient permissions")), qPrintable(model.statusText()));
}

void TestDiffTreeModel::cancelStopsLoading()
{
    AsyncRunner runner;
    DiffTreeModel model(&runner);
    SyntheticDiff diff = mixedDiff();
    // The second page waits until the test lets it go, so cancel lands mid-way.
    auto gate = std::make_shared<QSemaphore>();
    DiffPageSource inner = diff.source();
    model.setPageSize(100);
    model.setPageSource([inner, gate, calls = std::make_shared<std::atomic<int>>(0)](const lakefs::PageRequest &request) {
        if ((*calls)++ > 0)
            gate->acquire();
        return inner(request);
    });
    QTRY_COMPARE(model.totals().total(), 100);
    QVERIFY(model.isLoading());
    model.cancel();
    QVERIFY(!model.isLoading());
    QVERIFY(model.wasCancelled());
    gate->release(100);
    QVERIFY(runner.waitForDone(10000));
    // The abandoned page's result, already posted, is delivered and dropped.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(model.totals().total(), 100);
    QVERIFY(model.statusText().contains(QStringLiteral("stopped")));
}

void TestDiffTreeModel::hundredThousandEntriesKeepTheGuiResponsive()
{
    SyntheticDiff diff;
    diff.entries.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        const QString path = QStringLiteral("zone%1/day%2/part-%3.parquet")
                                 .arg(i % 10)
                                 .arg((i / 10) % 50, 2, 10, QLatin1Char('0'))
                                 .arg(i, 6, 10, QLatin1Char('0'));
        diff.entries.push_back({typeFor(i), path.toStdString(), lakefs::PathType::Object, 1});
    }
    std::sort(diff.entries.begin(), diff.entries.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });

    AsyncRunner runner;
    DiffTreeModel model(&runner);
    QTreeView view;
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });
    QSignalSpy loaded(&model, &DiffTreeModel::loaded);
    clock.start();
    ticker.start();
    model.setPageSize(1000);
    model.setPageSource(diff.source());
    // Expand as folders appear, as a user would while it loads.
    QTimer::singleShot(30, &view, [&] { view.expandToDepth(0); });
    QVERIFY(loaded.wait(60000));
    ticker.stop();
    qInfo("100,000 entries in %lld ms, longest GUI gap %lld ms", clock.elapsed(), longestGap);
    QVERIFY2(longestGap < 250, qPrintable(QStringLiteral("longest gap %1 ms").arg(longestGap)));
    QCOMPARE(model.totals().total(), 100000);
    QCOMPARE(model.rowCount(), 10);
    const QModelIndex zone3 = model.indexOfPath(QStringLiteral("zone3/"));
    QVERIFY(sameCounts(model.counts(zone3), expected(diff, "zone3/")));
    QCOMPARE(model.counts(zone3).total(), 10000);
    QCOMPARE(model.rowCount(zone3), 50);
    QVERIFY(sameCounts(model.counts(model.indexOfPath(QStringLiteral("zone3/day07/"))),
                       expected(diff, "zone3/day07/")));
}

void TestDiffTreeModel::countsText()
{
    QCOMPARE(DiffTreeModel::countsText({12, 3, 40}), QStringLiteral("+12 \u22123 ~40"));
    QCOMPARE(DiffTreeModel::countsText({0, 0, 5}), QStringLiteral("~5"));
    QCOMPARE(DiffTreeModel::countsText({}), QString());
}

QTEST_MAIN(TestDiffTreeModel)
#include "tst_difftreemodel.moc"
