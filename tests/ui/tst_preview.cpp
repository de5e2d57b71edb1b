// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorystore.h"
#include "core/common/bytestream.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/preview/delimitedtext.h"
#include "ui/preview/previewbuilder.h"
#include "ui/preview/previewloader.h"
#include "ui/preview/previewpanel.h"
#include "ui/preview/textdecoding.h"
#include "ui/session/session.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

StoreUrl url(const std::string &text)
{
    auto parsed = StoreUrl::parse(text);
    if (!parsed)
        qFatal("test URL does not parse: %s", text.c_str());
    return parsed.value();
}

// A memory store whose head() of one key waits at a gate, so a test can
// hold one preview back while another finishes.
class GatedStore final : public ObjectStore
{
public:
    explicit GatedStore(std::shared_ptr<MemoryStore> inner) : m_inner(std::move(inner)) {}
    std::string gatedKey;
    QSemaphore gate;
    std::atomic<int> gatedHeads{0};

    std::string displayName() const override { return m_inner->displayName(); }
    Capabilities capabilities() const override { return m_inner->capabilities(); }
    Result<ListPage> list(const ListOptions &o, CancellationToken c = {}) override { return m_inner->list(o, c); }
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override
    {
        if (key == gatedKey) {
            ++gatedHeads;
            gate.acquire();
        }
        return m_inner->head(key, cancel);
    }
    Result<ObjectInfo> get(const std::string &k, ByteSink &s, const ByteRange &r = {}, const GetOptions &o = {},
                           CancellationToken c = {}) override
    {
        return m_inner->get(k, s, r, o, c);
    }
    Result<ObjectInfo> put(const std::string &k, ByteSource &d, const PutOptions &o = {},
                           CancellationToken c = {}) override
    {
        return m_inner->put(k, d, o, c);
    }
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &k, const PutOptions &o = {}) override
    {
        return m_inner->startMultipart(k, o);
    }
    Result<ObjectInfo> copy(const std::string &f, const std::string &t, const CopyOptions &o = {},
                            CancellationToken c = {}) override
    {
        return m_inner->copy(f, t, o, c);
    }
    Result<ObjectInfo> rename(const std::string &f, const std::string &t, CancellationToken c = {}) override
    {
        return m_inner->rename(f, t, c);
    }
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &k, CancellationToken c = {}) override
    {
        return m_inner->removeBatch(k, c);
    }
    Result<std::string> presign(const std::string &k, PresignMethod m, std::chrono::seconds e) override
    {
        return m_inner->presign(k, m, e);
    }

private:
    std::shared_ptr<MemoryStore> m_inner;
};

QByteArray utf16WithBom(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

ObjectInfo infoOf(std::uint64_t size)
{
    ObjectInfo info;
    info.size = size;
    return info;
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decodesText();
    void parsesCsvWithQuotes();
    void parsesTsv();
    void prettyPrintsJson();
    void showsUtf8Text();
    void showsImage();
    void showsTableInPanel();
    void summarisesOversizedFile();
    void capsLargeText();
    void dropsStalePreview();
    void showsErrorsInWords();
    void followsSelectionOnlyWhenVisible();

private:
    void put(const std::string &key, const QByteArray &bytes, const std::string &contentType = {});
    void showAndWait(const std::string &key);

    std::shared_ptr<MemoryStore> m_memory;
    std::shared_ptr<GatedStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PreviewPanel> m_panel;
};

void TestPreview::init()
{
    m_memory = std::make_shared<MemoryStore>("t");
    m_store = std::make_shared<GatedStore>(m_memory);
    auto store = m_store;
    m_session = std::make_unique<Session>(
        [store](const StoreUrl &where) -> Result<StoreLocation> { return StoreLocation{store, where.key(), where}; },
        QList<Connection>{});
    m_panel = std::make_unique<PreviewPanel>(m_session.get());
    m_panel->resize(400, 300);
}

void TestPreview::cleanup()
{
    m_store->gate.release(100);
    m_session->runner()->waitForDone();
    m_panel.reset();
    m_session.reset();
}

void TestPreview::put(const std::string &key, const QByteArray &bytes, const std::string &contentType)
{
    StringSource source(bytes.toStdString());
    PutOptions options;
    options.contentType = contentType;
    QVERIFY(m_memory->put(key, source, options));
}

void TestPreview::showAndWait(const std::string &key)
{
    QSignalSpy shown(m_panel.get(), &PreviewPanel::shown);
    m_panel->showUrl(url("memory://t/" + key), false);
    QCOMPARE(m_panel->messageText(), QStringLiteral("Loading…"));
    QVERIFY(shown.wait(5000));
}

void TestPreview::decodesText()
{
    const QString sample = QStringLiteral("Grüße, 東京 — ok");
    auto utf8 = TextDecoding::decode(sample.toUtf8(), false);
    QCOMPARE(utf8.text, sample);
    QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));

    auto utf16 = TextDecoding::decode(utf16WithBom(sample), false);
    QCOMPARE(utf16.text, sample);
    QCOMPARE(utf16.encoding, QStringLiteral("UTF-16LE"));
    QVERIFY(!TextDecoding::looksBinary(utf16WithBom(sample)));

    const QByteArray latin1("caf\xe9 na\xefve", 10);
    auto legacy = TextDecoding::decode(latin1, false);
    QCOMPARE(legacy.text, QStringLiteral("café naïve"));
    QVERIFY(legacy.encoding == QLatin1String("Windows-1252") || legacy.encoding == QLatin1String("ISO-8859-1"));

    // A multi-byte character cut by the read limit is still UTF-8.
    QByteArray cut = QStringLiteral("abc東").toUtf8();
    cut.chop(1);
    auto truncated = TextDecoding::decode(cut, true);
    QCOMPARE(truncated.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(truncated.text, QStringLiteral("abc"));

    QVERIFY(TextDecoding::looksBinary(QByteArray("PAR1\0\0\x15", 7)));
}

void TestPreview::parsesCsvWithQuotes()
{
    const QString csv = QStringLiteral("id,comment,amount\n"
                                       "1,\"hello, world\",3.5\n"
                                       "2,\"two\nlines\",4\n"
                                       "3,\"say \"\"hi\"\"\",5\r\n");
    QCOMPARE(DelimitedText::sniff(csv), QLatin1Char(','));
    const QList<QStringList> rows = DelimitedText::parse(csv, QLatin1Char(','), 1000, true);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("1"), QStringLiteral("hello, world"), QStringLiteral("3.5")}));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("two\nlines"));
    QCOMPARE(rows.at(3).at(1), QStringLiteral("say \"hi\""));

    const PreviewContent content = PreviewBuilder::build(url("memory://t/a.csv"), infoOf(csv.size()), csv.toUtf8(), false);
    QCOMPARE(content.kind, PreviewContent::Kind::Table);
    QCOMPARE(content.header, (QStringList{QStringLiteral("id"), QStringLiteral("comment"), QStringLiteral("amount")}));
    QCOMPARE(content.rows.size(), 3);

    // Semicolons (European exports) are sniffed too.
    QCOMPARE(DelimitedText::sniff(QStringLiteral("a;b;c\n1;2,5;3\n4;5;6\n")), QLatin1Char(';'));

    // A prefix drops its possibly cut last row.
    const QList<QStringList> prefix = DelimitedText::parse(QStringLiteral("a,b\n1,2\n3,"), QLatin1Char(','), 10, false);
    QCOMPARE(prefix.size(), 2);
}

void TestPreview::parsesTsv()
{
    const QByteArray tsv("name\tcity\nAda\tLondon\nGrace\tNew York, NY\n");
    const PreviewContent content = PreviewBuilder::build(url("memory://t/people.tsv"), infoOf(tsv.size()), tsv, false);
    QCOMPARE(content.kind, PreviewContent::Kind::Table);
    QCOMPARE(content.header, (QStringList{QStringLiteral("name"), QStringLiteral("city")}));
    QCOMPARE(content.rows.size(), 2);
    QCOMPARE(content.rows.at(1).at(1), QStringLiteral("New York, NY"));
}

void TestPreview::prettyPrintsJson()
{
    const QByteArray json(R"({"a":1,"b":[true,null]})");
    const PreviewContent content = PreviewBuilder::build(url("memory://t/x.json"), infoOf(json.size()), json, false);
    QCOMPARE(content.kind, PreviewContent::Kind::Text);
    QVERIFY2(content.text.contains(QLatin1String("\n    \"a\": 1")), qPrintable(content.text));

    const QByteArray lines("{\"n\":1}\n{\"n\":2}\n");
    const PreviewContent jsonl = PreviewBuilder::build(url("memory://t/x.jsonl"), infoOf(lines.size()), lines, false);
    QCOMPARE(jsonl.text.count(QLatin1String("\"n\":")), 2);
    QVERIFY(jsonl.text.contains(QLatin1String("    \"n\": 2")));
}

void TestPreview::showsUtf8Text()
{
    put("notes/readme.md", QStringLiteral("# Title\nÜber alles\n").toUtf8());
    showAndWait("notes/readme.md");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("text"));
    QCOMPARE(m_panel->textView()->toPlainText(), QStringLiteral("# Title\nÜber alles\n"));

    put("notes/utf16.txt", utf16WithBom(QStringLiteral("Zürich")));
    showAndWait("notes/utf16.txt");
    QCOMPARE(m_panel->textView()->toPlainText(), QStringLiteral("Zürich"));
    QVERIFY(m_panel->content().type.contains(QLatin1String("UTF-16")));

    put("notes/latin1.txt", QByteArray("Gr\xfc\xdf" "e", 5));
    showAndWait("notes/latin1.txt");
    QCOMPARE(m_panel->textView()->toPlainText(), QStringLiteral("Grüße"));
}

void TestPreview::showsImage()
{
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "PNG"));
    put("img/red.png", png);
    showAndWait("img/red.png");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("image"));
    QCOMPARE(m_panel->content().image.size(), QSize(64, 32));
    QCOMPARE(m_panel->content().image.pixelColor(3, 3), QColor(Qt::red));
    QVERIFY(m_panel->content().type.contains(QStringLiteral("64 × 32")));
}

void TestPreview::showsTableInPanel()
{
    put("data/t.csv", "a,b\n1,\"x,y\"\n2,z\n");
    showAndWait("data/t.csv");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("table"));
    QTableWidget *table = m_panel->tableView();
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("b"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("x,y"));
}

void TestPreview::summarisesOversizedFile()
{
    m_panel->loader()->setLimits(1024, 2048);
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bmp;
    QBuffer buffer(&bmp);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "BMP"));
    QVERIFY(bmp.size() > 2048);
    put("img/huge.bmp", bmp);
    showAndWait("img/huge.bmp");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("summary"));
    QVERIFY(m_panel->downloadButton()->isVisible() || !m_panel->isVisible());
    QVERIFY(m_panel->downloadButton()->isVisibleTo(m_panel.get()));
    QSignalSpy download(m_panel.get(), &PreviewPanel::downloadRequested);
    m_panel->downloadButton()->click();
    QCOMPARE(download.size(), 1);
    QCOMPARE(download.front().front().value<StoreUrl>(), url("memory://t/img/huge.bmp"));

    put("bin/data.parquet", QByteArray("PAR1\0\0\0", 7));
    showAndWait("bin/data.parquet");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("summary"));
}

void TestPreview::capsLargeText()
{
    m_panel->loader()->setLimits(1024, 2048);
    put("logs/big.log", QByteArray(40 * 1024, 'a'));
    showAndWait("logs/big.log");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("text"));
    QCOMPARE(m_panel->textView()->toPlainText().size(), 1024);
    QVERIFY2(m_panel->content().note.contains(QLatin1String("First 1.0 KiB of 40.0 KiB")),
             qPrintable(m_panel->content().note));
}

void TestPreview::dropsStalePreview()
{
    put("slow.txt", "the old selection");
    put("fast.txt", "the new selection");
    m_store->gatedKey = "slow.txt";
    QSignalSpy loaded(m_panel->loader(), &PreviewLoader::loaded);
    m_panel->showUrl(url("memory://t/slow.txt"), false);
    QTRY_COMPARE(m_store->gatedHeads.load(), 1);
    m_panel->showUrl(url("memory://t/fast.txt"), false);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_panel->textView()->toPlainText(), QStringLiteral("the new selection"));

    // The old request finishes afterwards; it must not replace the new one.
    m_store->gate.release();
    QTRY_COMPARE(m_session->runner()->pendingTasks(), 0);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_panel->textView()->toPlainText(), QStringLiteral("the new selection"));
    QCOMPARE(m_panel->content().name, QStringLiteral("fast.txt"));

    // Clearing the selection drops what is in flight as well.
    m_panel->showUrl(url("memory://t/slow.txt"), false);
    QTRY_COMPARE(m_store->gatedHeads.load(), 2);
    m_panel->showNothing();
    m_store->gate.release();
    QTRY_COMPARE(m_session->runner()->pendingTasks(), 0);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_panel->currentPage(), QStringLiteral("message"));
    QCOMPARE(loaded.size(), 1);
}

void TestPreview::showsErrorsInWords()
{
    showAndWait("missing.txt");
    QCOMPARE(m_panel->currentPage(), QStringLiteral("message"));
    QVERIFY2(m_panel->messageText().startsWith(QLatin1String("Cannot preview")), qPrintable(m_panel->messageText()));
}

void TestPreview::followsSelectionOnlyWhenVisible()
{
    put("a.txt", "alpha");
    QSignalSpy started(m_panel->loader(), &PreviewLoader::started);
    QSignalSpy shown(m_panel.get(), &PreviewPanel::shown);
    m_panel->showSelection({{url("memory://t/a.txt"), false, 5}});
    QCOMPARE(started.size(), 0); // hidden: nothing is read
    m_panel->show();
    QCOMPARE(started.size(), 1);
    QVERIFY(shown.wait(5000));
    QCOMPARE(m_panel->textView()->toPlainText(), QStringLiteral("alpha"));

    // The same selection again does not read it again.
    m_panel->showSelection({{url("memory://t/a.txt"), false, 5}});
    QCOMPARE(started.size(), 1);

    m_panel->showSelection({{url("memory://t/a.txt"), false, 5}, {url("memory://t/b.txt"), false, 1}});
    QCOMPARE(m_panel->currentPage(), QStringLiteral("message"));
    QVERIFY(m_panel->messageText().contains(QLatin1String("2 items")));
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
