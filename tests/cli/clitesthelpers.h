// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every test that drives the lakescope-cli binary needs: the outcome
// of one run and a few file helpers.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

// Exactly one line, "lakescope-cli: ...", on standard error.
inline bool isOneLineError(const Run &run)
{
    return run.err.startsWith("lakescope-cli: ") && run.err.endsWith('\n') && run.err.count('\n') == 1;
}

} // namespace lakescope::clitest
