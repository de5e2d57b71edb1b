// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every test that drives the lakescope-cli binary needs: the outcome
// of one run and a few file helpers.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lakescope::clitest {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    QStringList lines() const
    {
        QStringList list = QString::fromUtf8(out).split('\n');
        if (!list.isEmpty() && list.last().isEmpty())
            list.removeLast();
        return list;
    }
};

// Run `program` to its end in `environment`; code -1 when it did not exit
// normally.
inline Run runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// An environment whose transfer journals go to `stateDir`, never to the
// developer's own state directory.
inline QProcessEnvironment transferEnvironment(const QString &stateDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("LAKESCOPE_STATE_DIR", stateDir + "/env-jobs");
    environment.insert("XDG_STATE_HOME", stateDir + "/xdg");
    return environment;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

inline QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

inline bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

// Every file below `root`, relative and sorted.
inline QStringList treeOf(const QString &root)
{
    QStringList files;
    const auto entries = QDir(root).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (!entry.isDir())
            files << entry.fileName();
        for (const QString &below : entry.isDir() ? treeOf(entry.filePath()) : QStringList())
            files << entry.fileName() + "/" + below;
    }
    files.sort();
    return files;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

inline QStringList errorLines(const Run &run)
{
    return QString::fromUtf8(run.err).split('\n', Qt::SkipEmptyParts);
}

// Exactly one line, "lakescope-cli: ...", on standard error.
inline bool isOneLineError(const Run &run)
{
    return run.err.startsWith("lakescope-cli: ") && run.err.endsWith('\n') && run.err.count('\n') == 1;
}

} // namespace lakescope::clitest
