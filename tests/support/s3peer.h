// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/support/peerprocess.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace lakescope::testing {

// A real S3 server started for one test on a free 127.0.0.1 port, with its
// own empty data folder, stopped (every process of it) when destroyed.
//
//     QString error;
//     auto peer = S3Peer::startSwift(&error);
//     QVERIFY2(peer, qPrintable(error));           // a missing peer FAILS
//     auto store = openStore("s3://" + peer->uniqueBucketName(), peer->storeOptions());
//
// Two peers (install and start recipes in tests/peers/):
//   s3rver 3.7.1 (npm, in $LAKESCOPE_PEERS_DIR or <repo>/.peers): light, and it
//     never checks SigV4 (only an unknown access key id is refused);
//   Swift 2.30 + s3api (Debian packages, tests/peers/swift/): strict, a wrong
//     signature gets 403 SignatureDoesNotMatch.
// Both are path style at endpoint() with region us-east-1. When a peer is not
// installed, start*() returns nullptr and *error names what is missing and
// the fix (bash tests/peers/install.sh).
class S3Peer
{
public:
    enum class Kind { S3rver, Swift };

    static std::unique_ptr<S3Peer> startS3rver(QString *error);
    static std::unique_ptr<S3Peer> startSwift(QString *error);
    static std::unique_ptr<S3Peer> start(Kind kind, QString *error);

    ~S3Peer();
    S3Peer(const S3Peer &) = delete;
    S3Peer &operator=(const S3Peer &) = delete;

    Kind kind() const { return m_kind; }
    QString name() const; // "s3rver" or "swift"
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:PORT
    QString accessKey() const;
    QString secretKey() const;
    QString region() const { return QStringLiteral("us-east-1"); }
    // Whether a wrong secret or a tampered signature is refused (Swift), or
    // any signature passes (s3rver).
    bool checksSignatures() const { return m_kind == Kind::Swift; }

    // A valid bucket name (3-63 of [a-z0-9-]) no other call, test process or
    // run has returned: "<prefix>-<pid>-<n>-<random>". The bucket is not created.
    QString uniqueBucketName(const QString &prefix = QStringLiteral("lakescope")) const;

    // The connection options for an S3 store on this peer: aws_endpoint,
    // aws_access_key_id, aws_secret_access_key, aws_region, aws_allow_http.
    std::map<std::string, std::string> storeOptions() const;

    // Every process of the peer (the launched one first), for leak checks.
    QList<qint64> pids() const { return m_pids; }
    QString dataDir() const { return m_dir.path(); }
    std::chrono::milliseconds startupTime() const { return m_startupTime; }
    // The peer's own output (and for Swift, its daemons' logs), for failure messages.
    QString log();

    // Stops every process of the peer; the destructor does the same.
    void stop();

    // The repository (compile-time) and the folder holding the npm peers:
    // $LAKESCOPE_PEERS_DIR, else <repository>/.peers, as tests/peers/install.sh.
    static QString sourceDir();
    static QString peersDir();

private:
    explicit S3Peer(Kind kind);
    bool launchS3rver(QString *error);
    bool launchSwift(QString *error);

    Kind m_kind;
    quint16 m_port = 0;
    std::chrono::milliseconds m_startupTime { 0 };
    QList<qint64> m_pids;
    QTemporaryDir m_dir; // destroyed after m_process, so the peer is gone first
    PeerProcess m_process;
};

} // namespace lakescope::testing
