// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/support/peerprocess.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lakescope::testing {

// Our lakeFS-compatible server (`lakescope-cli serve lakefs`) started for
// one test on a free 127.0.0.1 port over a fresh local lake, stopped when
// destroyed. Start it from the test's main thread (see PeerProcess).
//
//     QString error;
//     auto peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
//     QVERIFY2(peer, qPrintable(error));  // a peer that cannot start FAILS
//     // REST API at peer->apiUrl(), basic auth accessKeyId() / secretAccessKey()
//
// endpoint() is the server's base "http://127.0.0.1:PORT", the form lakectl
// takes in LAKECTL_SERVER_ENDPOINT_URL; the REST API lives under /api/v1
// (apiUrl()).
class LakeFsPeer
{
public:
    struct Options
    {
        bool demo = false;     // --demo: repository "demo" with branch experiment and tag v1.0
        QString root;          // the lake's folder; empty: a temporary one owned by the peer
        QString accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        QString secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        QStringList extraArguments;
    };

    // `cliPath` is the lakescope-cli binary (tests define LAKESCOPE_CLI_PATH).
    // nullptr and *error (with the server's output) when it does not start.
    static std::unique_ptr<LakeFsPeer> start(const QString &cliPath, QString *error);
    static std::unique_ptr<LakeFsPeer> start(const QString &cliPath, const Options &options, QString *error);

    ~LakeFsPeer();
    LakeFsPeer(const LakeFsPeer &) = delete;
    LakeFsPeer &operator=(const LakeFsPeer &) = delete;

    quint16 port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:PORT
    QString apiUrl() const;   // http://127.0.0.1:PORT/api/v1
    QString accessKeyId() const { return m_options.accessKeyId; }
    QString secretAccessKey() const { return m_options.secretAccessKey; }
    QString root() const { return m_root; }
    // LAKECTL_SERVER_ENDPOINT_URL and the two LAKECTL_CREDENTIALS_* keys
    // added to the test's own environment, for a lakescope-cli (or lakectl)
    // client of this peer.
    QProcessEnvironment clientEnvironment() const;

    bool isRunning() const { return m_process.isRunning(); }
    qint64 pid() const { return m_process.pid(); }
    // The server's output so far (the "listening on" line, errors).
    QString log() { return m_process.output(); }

    // SIGTERM and wait for the exit; the destructor does the same. The lake
    // stays on disk until the peer is destroyed (or forever, for Options::root).
    void stop();

private:
    LakeFsPeer(const Options &options);
    bool launch(const QString &cliPath, QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    QString m_root;
    quint16 m_port = 0;
    PeerProcess m_process;
};

} // namespace lakescope::testing
