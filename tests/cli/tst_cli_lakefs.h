// SPDX-License-Identifier: Apache-2.0
#pragma once

// The fixture of tst_cli_lakefs: lakescope-cli's lakeFS verbs against one
// `lakescope-cli serve lakefs` for the whole run, each test in its own
// repository.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "clitesthelpers.h"
#include "tests/support/lakefspeer.h"

namespace lakescope::clitest {

inline const QRegularExpression kCommitId(QStringLiteral("^[0-9a-f]{64}$"));

inline QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not one JSON object (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return document.object();
}

inline QStringList resultIds(const QJsonObject &list, const QString &field = QStringLiteral("id"))
{
    QStringList ids;
    for (const QJsonValue &item : list.value("results").toArray())
        ids << item.toObject().value(field).toString();
    return ids;
}

// One class, two files: the tutorial and the errors in tst_cli_lakefs.cpp,
// the other verbs in tst_cli_lakefsverbs.cpp.
class TestCliLakeFs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tutorialAgainstServer();
    void tutorialOnLocalLake();
    void tutorialScript();
    void jsonDocuments();
    void mergeConflictThenSourceWins();
    void revertUndoesACommit();
    void resetPathPrefixAndBranch();
    void errors();
    void diffReadsEveryPage();
    void helpListsTheVerbs();

private:
    Run cli(const QStringList &args) const { return runProcess(QStringLiteral(LAKESCOPE_CLI_PATH), args, m_env); }
    Run cliIn(const QProcessEnvironment &environment, const QStringList &args) const
    {
        return runProcess(QStringLiteral(LAKESCOPE_CLI_PATH), args, environment);
    }
    // A fresh repository "NAME" with `files` committed on main.
    void makeRepo(const QString &name, const QList<QPair<QString, QByteArray>> &files = {});
    void upload(const QString &url, const QByteArray &data);
    QString commitJson(const QString &branch, const QString &message);
    void tutorial(const QProcessEnvironment &environment);
    QString local(const QString &name) const { return m_files.path() + "/" + name; }

    std::unique_ptr<testing::LakeFsPeer> m_peer;
    QProcessEnvironment m_env;
    QTemporaryDir m_files;
    QTemporaryDir m_state;
    int m_uploads = 0;
};

} // namespace lakescope::clitest
