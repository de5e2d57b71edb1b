// SPDX-License-Identifier: Apache-2.0
#include "tests/support/peerprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/prctl.h>
#include <unistd.h>

namespace lakescope::testing {

using namespace std::chrono_literals;

namespace {

// Readiness and shutdown polls only: nothing else in the tests waits by time.
constexpr unsigned long kPollIntervalMs = 50;

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(0, deadline.remainingTime()));
}

// The "state" and "pgrp" fields of /proc/PID/stat; false when there is no such process.
bool readStat(const QString &statPath, char *state, qint64 *group)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    // "pid (comm) S ppid pgrp ...": comm may hold spaces and parentheses.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 3 || fields[0].isEmpty())
        return false;
    *state = fields[0][0];
    *group = fields[2].toLongLong();
    return true;
}

// Live (non-zombie) processes in process group `group`.
std::vector<qint64> groupMembers(qint64 group)
{
    std::vector<qint64> members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        char state = 0;
        qint64 pgrp = 0;
        if (isPid && readStat(QStringLiteral("/proc/%1/stat").arg(entry), &state, &pgrp) && pgrp == group
            && state != 'Z' && state != 'X')
            members.push_back(pid);
    }
    return members;
}

} // namespace

PeerProcess::PeerProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setInputChannelMode(QProcess::ManagedInputChannel);
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        // A group of its own, so stop() reaches everything the peer starts.
        ::setsid();
        // Die with the test, even when it crashes or is SIGKILLed.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the test died before prctl()
            ::_exit(127);
    });
}

PeerProcess::~PeerProcess()
{
    stop();
}

quint16 PeerProcess::freePort()
{
    const QList<quint16> ports = freePorts(1);
    return ports.isEmpty() ? 0 : ports.first();
}

QList<quint16> PeerProcess::freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports; // the servers close here, freeing the ports for the peer
}

void PeerProcess::setProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_process.setProgram(program);
    m_process.setArguments(arguments);
}

void PeerProcess::setWorkingDirectory(const QString &directory)
{
    m_process.setWorkingDirectory(directory);
}

void PeerProcess::setEnvironment(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
}

void PeerProcess::addOwnedPids(const QList<qint64> &pids)
{
    m_ownedPids.append(pids);
}

bool PeerProcess::start(QString *error)
{
    m_output.clear();
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(10'000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    m_pid = m_process.processId();
    return true;
}

void PeerProcess::readAvailable()
{
    m_output += m_process.readAll();
}

QString PeerProcess::output()
{
    readAvailable();
    return QString::fromLocal8Bit(m_output);
}

QString PeerProcess::outputTail(int lines)
{
    QStringList all = output().split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.last().trimmed().isEmpty())
        all.removeLast();
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QString PeerProcess::describeExit() const
{
    if (m_process.exitStatus() == QProcess::CrashExit)
        return QStringLiteral("%1 died (%2)").arg(m_program, m_process.errorString());
    return QStringLiteral("%1 exited with status %2").arg(m_program).arg(m_process.exitCode());
}

std::optional<QRegularExpressionMatch> PeerProcess::waitForLine(
    const QRegularExpression &pattern, std::chrono::milliseconds timeout, QString *error)
{
    const QDeadlineTimer deadline(timeout);
    qsizetype from = 0; // lines before this were already matched against
    for (;;) {
        readAvailable();
        for (qsizetype end = m_output.indexOf('\n', from); end >= 0; end = m_output.indexOf('\n', from)) {
            const QString line = QString::fromLocal8Bit(m_output.mid(from, end - from)).trimmed();
            from = end + 1;
            QRegularExpressionMatch match = pattern.match(line);
            if (match.hasMatch())
                return match;
        }
        if (m_process.state() == QProcess::NotRunning) {
            if (error)
                *error = QStringLiteral("%1 before printing a line matching /%2/; its output:\n%3")
                             .arg(describeExit(), pattern.pattern(), outputTail());
            return std::nullopt;
        }
        if (deadline.hasExpired()) {
            if (error)
                *error = QStringLiteral("%1 printed no line matching /%2/ within %3 ms; its output:\n%4")
                             .arg(m_program, pattern.pattern())
                             .arg(timeout.count())
                             .arg(outputTail());
            return std::nullopt;
        }
        // Blocks until output arrives, the process ends or time is up.
        m_process.waitForReadyRead(remainingMs(deadline));
    }
}

bool PeerProcess::waitForPort(quint16 port, std::chrono::milliseconds timeout, QString *error)
{
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(std::min(1000, remainingMs(deadline))))
            return true;
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(0)) {
            if (error)
                *error = QStringLiteral("%1 before port %2 accepted connections; its output:\n%3")
                             .arg(describeExit())
                             .arg(port)
                             .arg(outputTail());
            return false;
        }
        if (deadline.hasExpired()) {
            if (error)
                *error = QStringLiteral("%1: port %2 accepted no connection within %3 ms; its output:\n%4")
                             .arg(m_program)
                             .arg(port)
                             .arg(timeout.count())
                             .arg(outputTail());
            return false;
        }
        QThread::msleep(kPollIntervalMs);
    }
}

bool PeerProcess::waitForHttp(
    quint16 port, const QByteArray &path, int status, std::chrono::milliseconds timeout, QString *error)
{
    const QDeadlineTimer deadline(timeout);
    QString last = QStringLiteral("no answer");
    for (;;) {
        QString failure;
        const auto reply = httpRequest(
            port, "GET", path, {}, std::chrono::milliseconds(std::min(5000, remainingMs(deadline))), &failure);
        if (reply && reply->status == status)
            return true;
        last = reply ? QStringLiteral("HTTP %1").arg(reply->status) : failure;
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(0)) {
            if (error)
                *error = QStringLiteral("%1 before GET %2 answered %3; its output:\n%4")
                             .arg(describeExit(), QString::fromLatin1(path))
                             .arg(status)
                             .arg(outputTail());
            return false;
        }
        if (deadline.hasExpired()) {
            if (error)
                *error = QStringLiteral("%1: GET %2 on port %3 did not answer %4 within %5 ms (last: %6)")
                             .arg(m_program, QString::fromLatin1(path))
                             .arg(port)
                             .arg(status)
                             .arg(timeout.count())
                             .arg(last);
            return false;
        }
        QThread::msleep(kPollIntervalMs);
    }
}

std::optional<PeerProcess::HttpReply> PeerProcess::httpRequest(quint16 port, const QByteArray &method,
    const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds timeout,
    QString *error)
{
    const QDeadlineTimer deadline(timeout);
    auto fail = [&](const QString &why) -> std::optional<HttpReply> {
        if (error)
            *error = QStringLiteral("%1 http://127.0.0.1:%2%3: %4")
                         .arg(QString::fromLatin1(method))
                         .arg(port)
                         .arg(QString::fromLatin1(path), why);
        return std::nullopt;
    };

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(remainingMs(deadline)))
        return fail(socket.errorString());
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    socket.write(request);
    if (!socket.waitForBytesWritten(remainingMs(deadline)))
        return fail(socket.errorString());

    // Connection: close, so the reply ends where the stream does.
    QByteArray raw;
    while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
        raw += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (deadline.hasExpired())
            return fail(QStringLiteral("no complete reply within %1 ms").arg(timeout.count()));
        socket.waitForReadyRead(remainingMs(deadline));
    }
    raw += socket.readAll();

    const qsizetype split = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || split < 0)
        return fail(QStringLiteral("not an HTTP reply: %1").arg(QString::fromLatin1(raw.left(80))));
    HttpReply reply;
    reply.headers = raw.left(split);
    reply.body = raw.mid(split + 4);
    reply.status = raw.mid(9, 3).toInt();
    if (reply.headers.toLower().contains("transfer-encoding: chunked")) {
        // De-chunk: tests read small bodies only, so the simple way is enough.
        QByteArray body;
        qsizetype at = 0;
        for (;;) {
            const qsizetype eol = reply.body.indexOf("\r\n", at);
            if (eol < 0)
                break;
            bool ok = false;
            const qsizetype size = reply.body.mid(at, eol - at).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size == 0)
                break;
            body += reply.body.mid(eol + 2, size);
            at = eol + 2 + size + 2;
        }
        reply.body = body;
    }
    return reply;
}

bool PeerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 PeerProcess::pid() const
{
    return m_pid;
}

bool PeerProcess::isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    char state = 0;
    qint64 group = 0;
    return readStat(QStringLiteral("/proc/%1/stat").arg(pid), &state, &group) && state != 'Z' && state != 'X';
}

void PeerProcess::stop(std::chrono::milliseconds grace)
{
    if (m_pid <= 0)
        return;
    const pid_t group = pid_t(m_pid);
    auto leftovers = [&] {
        std::vector<qint64> left = groupMembers(group);
        for (qint64 pid : m_ownedPids)
            if (isAlive(pid))
                left.push_back(pid);
        return left;
    };
    auto signalAll = [&](int signal) {
        ::kill(-group, signal);
        for (qint64 pid : m_ownedPids)
            if (isAlive(pid))
                ::kill(pid_t(pid), signal);
    };

    if (m_process.state() != QProcess::NotRunning || !leftovers().empty()) {
        // Most peers exit on SIGTERM at once; a supervisor script (the Swift
        // peer) stops its daemons first.
        signalAll(SIGTERM);
        const QDeadlineTimer deadline(grace);
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(remainingMs(deadline));
        while (!leftovers().empty() && !deadline.hasExpired())
            QThread::msleep(10);
        const QDeadlineTimer killDeadline(5s);
        while (!leftovers().empty() && !killDeadline.hasExpired()) {
            signalAll(SIGKILL);
            QThread::msleep(10);
        }
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(5000);
    }
    readAvailable();
    m_pid = 0;
    m_ownedPids.clear();
}

} // namespace lakescope::testing
