// SPDX-License-Identifier: Apache-2.0
// Drives the real lakescope-cli binary against s3rver: buckets (ls s3://,
// mkdir, rm), copies both ways checked by hash, cat, stat, presign, the
// HTTP trace of -v, and connection settings from options, the environment
// and ~/.aws profiles.
#include "core/http/httpclient.h"
#include "tests/support/s3peer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lakescope;
using namespace lakescope::testing;

#include "clitesthelpers.h"

using namespace lakescope::clitest;

namespace {

// The secret the CLI is given: s3rver accepts any, and the trace must
// never show it.
constexpr const char *kSecret = "very-secret-value-4711";

} // namespace

class TestCliS3 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void buckets();
    void fullBucketIsRefused();
    void copyBothWays();
    void copyTree();
    void presign();
    void verboseTrace();
    void clearErrors();
    void settingsFromEnvironmentAndProfile();

private:
    // The CLI with a clean environment (no AWS_* of the developer's) plus
    // `env`, and the peer's connection options unless `withOptions` is off.
    Run cli(QStringList args, const QStringList &env = {}, bool withOptions = true) const;
    QString path(const QString &relative) const { return m_dir->path() + "/" + relative; }
    QString bucketUrl(const QString &key = {}) const { return "s3://" + m_bucket + "/" + key; }

    std::unique_ptr<S3Peer> m_peer;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bucket;
};

Run TestCliS3::cli(QStringList args, const QStringList &env, bool withOptions) const
{
    if (withOptions) {
        QStringList options;
        for (const auto &[key, value] : m_peer->storeOptions()) {
            const std::string given = key == "aws_secret_access_key" ? kSecret : value;
            options << "--option" << QString::fromStdString(key + "=" + given);
        }
        args = options + args;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith("AWS_"))
            environment.remove(name);
    }
    environment.insert("HOME", m_dir->path() + "/home");
    for (const QString &pair : env)
        environment.insert(pair.section('=', 0, 0), pair.section('=', 1));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LAKESCOPE_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "lakescope-cli" << args << "did not exit normally:" << process.errorString();
        return run;
    }
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliS3::initTestCase()
{
    QString error;
    m_peer = S3Peer::startS3rver(&error);
    QVERIFY2(m_peer, qPrintable(error));
}

void TestCliS3::cleanupTestCase()
{
    m_peer.reset();
}

void TestCliS3::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_bucket = m_peer->uniqueBucketName("cli");
    const Run made = cli({ "mkdir", "s3://" + m_bucket });
    QVERIFY2(made.code == 0, made.err.constData());
}

void TestCliS3::buckets()
{
    const QString name = m_peer->uniqueBucketName("made");
    QVERIFY(!cli({ "ls", "s3://" }).out.contains(name.toUtf8() + "/\n"));
    const Run made = cli({ "mkdir", "s3://" + name });
    QCOMPARE(made.code, 0);
    QVERIFY(made.out.isEmpty() && made.err.isEmpty());

    const Run plain = cli({ "ls", "s3://" });
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains(name.toUtf8() + "/\n"));
    QVERIFY(plain.out.contains(m_bucket.toUtf8() + "/\n"));
    const Run longForm = cli({ "ls", "-l", "s3://" });
    QCOMPARE(longForm.code, 0);
    QVERIFY2(QRegularExpression("\\s+-  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  " + QRegularExpression::escape(name) + "/\n")
                 .match(QString::fromUtf8(longForm.out))
                 .hasMatch(),
             longForm.out.constData());
    const Run json = cli({ "--json", "ls", "s3://" });
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc["url"].toString(), QString("s3://"));
    bool found = false;
    for (const auto &entry : doc["entries"].toArray()) {
        const QJsonObject bucket = entry.toObject();
        if (bucket["name"].toString() == name) {
            found = true;
            QCOMPARE(bucket["type"].toString(), QString("bucket"));
            QVERIFY(bucket["created"].toString().endsWith('Z'));
        }
    }
    QVERIFY(found);

    const Run again = cli({ "mkdir", "s3://" + name });
    QCOMPARE(again.code, 1);
    QVERIFY2(isOneLineError(again) && again.err.contains("already exists"), again.err.constData());

    const Run removed = cli({ "rm", "s3://" + name });
    QCOMPARE(removed.code, 0);
    QVERIFY(!cli({ "ls", "s3://" }).out.contains(name.toUtf8() + "/\n"));
    const Run gone = cli({ "rm", "s3://" + name });
    QCOMPARE(gone.code, 1);
    QCOMPARE(gone.err, "lakescope-cli: not found: bucket " + name.toUtf8() + " does not exist (HTTP 404)\n");
}

void TestCliS3::fullBucketIsRefused()
{
    QVERIFY(writeFile(path("one.txt"), "one"));
    QCOMPARE(cli({ "cp", path("one.txt"), bucketUrl("sub/") }).code, 0);
    const Run refused = cli({ "rm", bucketUrl() });
    QCOMPARE(refused.code, 1);
    QVERIFY2(isOneLineError(refused), refused.err.constData());
    QVERIFY(refused.err.contains("is not empty"));
    QVERIFY(refused.err.contains("--force-bucket"));
    const Run recursive = cli({ "rm", "-R", bucketUrl() });
    QCOMPARE(recursive.code, 1);
    QVERIFY(recursive.err.contains("--force-root") && recursive.err.contains("--force-bucket"));
    QCOMPARE(cli({ "cat", bucketUrl("sub/one.txt") }).out, QByteArray("one"));

    const Run forced = cli({ "rm", "-R", "--force-bucket", bucketUrl() });
    QCOMPARE(forced.code, 0);
    QVERIFY(!cli({ "ls", "s3://" }).out.contains(m_bucket.toUtf8() + "/\n"));
}

void TestCliS3::copyBothWays()
{
    QByteArray data(3 * 1024 * 1024 + 17, '\0');
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    QVERIFY(writeFile(path("data file.bin"), data));
    const QString remote = bucketUrl("in dir/data file+1.bin");
    QCOMPARE(cli({ "cp", path("data file.bin"), remote }).code, 0);
    const Run back = cli({ "cp", remote, path("back.bin") });
    QVERIFY2(back.code == 0, back.err.constData());
    QCOMPARE(sha256Of(path("back.bin")), sha256Of(path("data file.bin")));
    const Run cat = cli({ "cat", remote });
    QCOMPARE(cat.code, 0);
    QCOMPARE(QCryptographicHash::hash(cat.out, QCryptographicHash::Sha256).toHex(), sha256Of(path("data file.bin")));

    const Run stat = cli({ "--json", "stat", remote });
    QCOMPARE(stat.code, 0);
    const QJsonObject info = QJsonDocument::fromJson(stat.out).object();
    QCOMPARE(info["size"].toInteger(), qint64(data.size()));
    QCOMPARE(info["checksum"].toString(),
             "md5:" + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    const Run ls = cli({ "ls", "-l", bucketUrl("in dir/") });
    QCOMPARE(ls.code, 0);
    QVERIFY2(ls.out.contains("     3145745  ") && ls.out.endsWith("  data file+1.bin\n"), ls.out.constData());
    const Run du = cli({ "du", bucketUrl() });
    QCOMPARE(du.out, "3145745\t1 object\ts3://" + m_bucket.toUtf8() + "\n");
}

void TestCliS3::copyTree()
{
    QVERIFY(writeFile(path("tree/a.txt"), "a"));
    QVERIFY(writeFile(path("tree/sub/b.txt"), "bb"));
    QVERIFY(writeFile(path("tree/sub/deeper/c #1.txt"), "ccc"));
    // s3rver folds a prefix only when some key sits directly in it (its
    // listing walk skips deeper directories), so "copied/" gets a marker
    // first; AWS and Swift list it either way.
    QCOMPARE(cli({ "mkdir", bucketUrl("copied") }).code, 0);
    QCOMPARE(cli({ "cp", "-R", path("tree"), bucketUrl("copied/") }).code, 0);
    const Run listed = cli({ "ls", "-R", bucketUrl("copied/") });
    QCOMPARE(listed.out, QByteArray("tree/a.txt\ntree/sub/b.txt\ntree/sub/deeper/c #1.txt\n"));
    QCOMPARE(cli({ "ls", bucketUrl("copied/tree/") }).out, QByteArray("sub/\na.txt\n"));
    QCOMPARE(cli({ "cp", "-R", bucketUrl("copied/tree/"), path("restored") }).code, 0);
    QCOMPARE(sha256Of(path("restored/sub/deeper/c #1.txt")), sha256Of(path("tree/sub/deeper/c #1.txt")));
    QCOMPARE(sha256Of(path("restored/a.txt")), sha256Of(path("tree/a.txt")));
    // A marker "folder/" with mkdir, gone with rm -R.
    QCOMPARE(cli({ "mkdir", bucketUrl("empty-folder") }).code, 0);
    QCOMPARE(cli({ "ls", bucketUrl() }).out, QByteArray("copied/\nempty-folder/\n"));
    QCOMPARE(cli({ "rm", "-R", bucketUrl("copied/") }).code, 0);
    QCOMPARE(cli({ "ls", bucketUrl() }).out, QByteArray("empty-folder/\n"));
}

void TestCliS3::presign()
{
    QVERIFY(writeFile(path("shared.txt"), "shared by URL"));
    QCOMPARE(cli({ "cp", path("shared.txt"), bucketUrl("shared.txt") }).code, 0);
    const Run get = cli({ "presign", "--expires", "30m", bucketUrl("shared.txt") });
    QCOMPARE(get.code, 0);
    const std::string url = get.out.trimmed().toStdString();
    QVERIFY(url.find("X-Amz-Expires=1800") != std::string::npos);
    HttpClient anonymous;
    HttpRequest fetch;
    fetch.url = url;
    StringSink body;
    auto fetched = anonymous.send(fetch, &body);
    QVERIFY(fetched.ok() && fetched->status == 200);
    QCOMPARE(body.data(), std::string("shared by URL"));

    const Run put = cli({ "--json", "presign", "--put", "--expires=7d", bucketUrl("uploaded.txt") });
    QCOMPARE(put.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(put.out).object();
    QCOMPARE(doc["method"].toString(), QString("PUT"));
    QCOMPARE(doc["source"].toString(), bucketUrl("uploaded.txt"));
    HttpRequest upload;
    upload.method = "PUT";
    upload.url = doc["url"].toString().toStdString();
    StringSource data("uploaded by URL");
    upload.body = &data;
    upload.bodySize = 15;
    auto uploaded = anonymous.send(upload);
    QVERIFY(uploaded.ok() && uploaded->status == 200);
    QCOMPARE(cli({ "cat", bucketUrl("uploaded.txt") }).out, QByteArray("uploaded by URL"));

    const Run tooLong = cli({ "presign", "--expires", "8d", bucketUrl("shared.txt") });
    QCOMPARE(tooLong.code, 1);
    QVERIFY2(isOneLineError(tooLong) && tooLong.err.contains("at most 7 days"), tooLong.err.constData());
    QCOMPARE(cli({ "presign", "--expires", "soon", bucketUrl("shared.txt") }).code, 2);
    QCOMPARE(cli({ "presign", bucketUrl("folder/") }).code, 1);
    const Run local = cli({ "presign", path("shared.txt") });
    QCOMPARE(local.code, 1);
    QVERIFY(local.err.contains("not supported"));
}

void TestCliS3::verboseTrace()
{
    const Run quiet = cli({ "ls", bucketUrl() });
    QVERIFY(quiet.err.isEmpty());
    const Run traced = cli({ "-v", "ls", bucketUrl() });
    QCOMPARE(traced.code, 0);
    QCOMPARE(traced.out, quiet.out);
    const QString port = QString::number(m_peer->port());
    QVERIFY2(traced.err.contains("* > GET http://127.0.0.1:" + port.toUtf8() + "/" + m_bucket.toUtf8() + "?list-type=2"),
             traced.err.constData());
    QVERIFY(traced.err.contains("* < 200"));
    QVERIFY(traced.err.contains("Authorization: AWS4-HMAC-SHA256 <redacted>"));
    QVERIFY(!traced.err.contains(kSecret));
    QCOMPARE(cli({ "--verbose", "ls", "s3://" }).err.contains("* > GET"), true);
}

void TestCliS3::clearErrors()
{
    const Run unknownKey = cli({ "--option", "aws_access_key_id=NOBODY", "ls", bucketUrl() });
    QCOMPARE(unknownKey.code, 1);
    QCOMPARE(unknownKey.err, QByteArray("lakescope-cli: unauthenticated: the access key id is not known to the server "
                                        "(HTTP 403)\n"));
    const Run missingObject = cli({ "cat", bucketUrl("nothing-here") });
    QCOMPARE(missingObject.code, 1);
    QCOMPARE(missingObject.err, "lakescope-cli: not found: " + bucketUrl("nothing-here").toUtf8() + "\n");

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    const Run unreachable = cli({ "--option", "aws_endpoint=http://127.0.0.1:" + port, "ls", bucketUrl() });
    QCOMPARE(unreachable.code, 1);
    QVERIFY2(isOneLineError(unreachable), unreachable.err.constData());
    QVERIFY(unreachable.err.startsWith("lakescope-cli: temporary failure: cannot connect to 127.0.0.1:" + port.toUtf8()));
}

void TestCliS3::settingsFromEnvironmentAndProfile()
{
    const QString endpoint = m_peer->endpoint();
    // The AWS CLI's variables, no options.
    const Run fromEnv = cli({ "ls", "s3://" },
                            { "AWS_ENDPOINT_URL=" + endpoint, "AWS_ACCESS_KEY_ID=" + m_peer->accessKey(),
                              "AWS_SECRET_ACCESS_KEY=" + m_peer->secretKey(), "AWS_REGION=us-east-1" },
                            false);
    QVERIFY2(fromEnv.code == 0, fromEnv.err.constData());
    QVERIFY(fromEnv.out.contains(m_bucket.toUtf8() + "/\n"));

    // A named profile in ~/.aws, chosen by AWS_PROFILE.
    QVERIFY(writeFile(path("home/.aws/credentials"), "[peer]\naws_access_key_id = " + m_peer->accessKey().toUtf8()
                                                         + "\naws_secret_access_key = " + m_peer->secretKey().toUtf8()
                                                         + "\n"));
    QVERIFY(writeFile(path("home/.aws/config"), "[profile peer]\nregion = us-east-1\nendpoint_url = "
                                                    + endpoint.toUtf8() + "\n"));
    const Run fromProfile = cli({ "ls", "s3://" }, { "AWS_PROFILE=peer" }, false);
    QVERIFY2(fromProfile.code == 0, fromProfile.err.constData());
    QVERIFY(fromProfile.out.contains(m_bucket.toUtf8() + "/\n"));
    const Run missingProfile = cli({ "ls", "s3://" }, { "AWS_PROFILE=nosuch" }, false);
    QCOMPARE(missingProfile.code, 1);
    QVERIFY2(isOneLineError(missingProfile) && missingProfile.err.contains("nosuch"), missingProfile.err.constData());
}

QTEST_GUILESS_MAIN(TestCliS3)
#include "tst_cli_s3.moc"
