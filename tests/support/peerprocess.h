// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace lakescope::testing {

// A server a test starts on 127.0.0.1 and owns: the program runs in a
// process group (and session) of its own, and the destructor ends the whole
// group, so nothing it started outlives the test. It also dies with the
// test process (a parent-death SIGKILL), even when the test crashes or is
// killed by ctest's timeout. That signal is tied to the thread that started
// the process: start peers from the test's main thread (initTestCase, a
// test function), not from a worker thread that ends first.
//
//     PeerProcess peer;
//     const quint16 port = PeerProcess::freePort();
//     peer.setProgram("memcached", {"-l", "127.0.0.1", "-p", QString::number(port)});
//     QVERIFY2(peer.start(&error), qPrintable(error));
//     QVERIFY2(peer.waitForPort(port, 10s, &error), qPrintable(error));
//
// stdout and stderr are merged and kept (output()), for failure messages.
// They are read whenever the test waits (an event loop, or a call here), so
// a peer that prints a lot while the test blocks elsewhere could stall on a
// full pipe: start peers quietly (s3rver --silent; Swift logs to files).
class PeerProcess
{
public:
    struct HttpReply
    {
        int status = 0;
        QByteArray headers; // the raw header block, status line included
        QByteArray body;
    };

    PeerProcess();
    ~PeerProcess();
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // A port on 127.0.0.1 that nothing listens on right now (bind to port 0,
    // read it, close), or 0 when even that fails.
    static quint16 freePort();
    // `count` distinct free ports (all held open while they are picked).
    static QList<quint16> freePorts(int count);

    void setProgram(const QString &program, const QStringList &arguments = {});
    void setWorkingDirectory(const QString &directory);
    // Replaces the environment (the default is the test's own).
    void setEnvironment(const QProcessEnvironment &environment);
    // Pids outside the process group that belong to the peer (daemons that
    // called setsid()); stop() makes sure they are gone too.
    void addOwnedPids(const QList<qint64> &pids);

    // Starts the program; false (and *error) when it cannot be started.
    bool start(QString *error);

    // Waits for a line of output matching `pattern` (event-driven: woken by
    // each read), up to `timeout`. Fails when the process exits first.
    std::optional<QRegularExpressionMatch> waitForLine(
        const QRegularExpression &pattern, std::chrono::milliseconds timeout, QString *error);
    // Polls a TCP connect to 127.0.0.1:port every 50 ms until it succeeds,
    // the process exits or `timeout` passes.
    bool waitForPort(quint16 port, std::chrono::milliseconds timeout, QString *error);
    // Polls GET `path` every 50 ms until it answers `status`.
    bool waitForHttp(
        quint16 port, const QByteArray &path, int status, std::chrono::milliseconds timeout, QString *error);

    // One raw HTTP/1.1 request to 127.0.0.1:port (Connection: close); the
    // whole reply, or nullopt (and *error) when none came within `timeout`.
    static std::optional<HttpReply> httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
        const QList<QPair<QByteArray, QByteArray>> &headers = {},
        std::chrono::milliseconds timeout = std::chrono::seconds(10), QString *error = nullptr);

    bool isRunning() const;
    qint64 pid() const; // also the process group id; 0 before start
    QString program() const { return m_program; }
    // Everything the process printed so far (stdout and stderr merged).
    QString output();
    // The last lines of output(), for a one-glance failure message.
    QString outputTail(int lines = 15);

    // SIGTERM to the group, SIGKILL to whatever is left after `grace`; returns
    // once the group's processes and the owned pids are all gone.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

    // Whether `pid` is a live process (a zombie counts as gone).
    static bool isAlive(qint64 pid);

private:
    void readAvailable();
    QString describeExit() const;

    QProcess m_process;
    QString m_program;
    QByteArray m_output;
    qint64 m_pid = 0;
    QList<qint64> m_ownedPids;
};

} // namespace lakescope::testing
