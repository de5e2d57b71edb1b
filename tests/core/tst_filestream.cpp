// SPDX-License-Identifier: Apache-2.0
#include "core/common/filestream.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <cstdio>
#include <string>

#include <fcntl.h>
#include <unistd.h>

using namespace lakescope;
using lakescope::testing::TempDir;

namespace {

// Pulls a source dry through a small buffer, as a store would.
Result<std::string> drain(ByteSource &source, std::size_t chunk = 7)
{
    std::string out;
    std::string buffer(chunk, '\0');
    for (;;) {
        auto n = source.read(buffer);
        if (!n)
            return n.error();
        if (*n == 0)
            return out;
        out.append(buffer.data(), *n);
    }
}

} // namespace

class TstFileStream final : public QObject
{
    Q_OBJECT

private slots:
    void readsWholeFileAndRewinds()
    {
        TempDir dir;
        QVERIFY(dir.writeFile("in.txt", "the quick brown fox"));
        auto source = FileSource::open(dir.filePath("in.txt").string());
        LS_VERIFY_OK(source);
        QCOMPARE((*source)->size().value_or(0), std::uint64_t{19});
        QCOMPARE(drain(**source).valueOr("?"), std::string("the quick brown fox"));
        QVERIFY((*source)->rewind());
        QCOMPARE(drain(**source, 3).valueOr("?"), std::string("the quick brown fox"));
    }

    void readsARange()
    {
        TempDir dir;
        QVERIFY(dir.writeFile("in.txt", "0123456789"));
        auto middle = FileSource::open(dir.filePath("in.txt").string(), ByteRange::span(3, 4));
        LS_VERIFY_OK(middle);
        QCOMPARE((*middle)->size().value_or(0), std::uint64_t{4});
        QCOMPARE(drain(**middle).valueOr("?"), std::string("3456"));
        auto tail = FileSource::open(dir.filePath("in.txt").string(), ByteRange::span(8, 100));
        LS_VERIFY_OK(tail);
        QCOMPARE(drain(**tail).valueOr("?"), std::string("89"));
        LS_VERIFY_ERROR(FileSource::open(dir.filePath("in.txt").string(), ByteRange::from(11)),
                        ErrorCode::InvalidInput);
    }

    void missingOrFolderIsAnError()
    {
        TempDir dir;
        LS_VERIFY_ERROR(FileSource::open(dir.filePath("absent").string()), ErrorCode::NotFound);
        QVERIFY(dir.makeDir("folder"));
        LS_VERIFY_ERROR(FileSource::open(dir.filePath("folder").string()), ErrorCode::InvalidInput);
    }

    void pipeHasNoSizeAndCannotRewind()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const std::string text = "through a pipe";
        QCOMPARE(::write(fds[1], text.data(), text.size()), static_cast<ssize_t>(text.size()));
        ::close(fds[1]);
        FileSource source(fds[0], true);
        QVERIFY(!source.size().has_value());
        QCOMPARE(drain(source).valueOr("?"), text);
        QVERIFY(!source.rewind());
    }

    void sinkWritesToDescriptorAndStream()
    {
        TempDir dir;
        const std::string path = dir.filePath("out.bin").string();
        {
            const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            QVERIFY(fd >= 0);
            FileSink sink(fd, true);
            LS_VERIFY_OK(sink.write(std::string_view("abc")));
            LS_VERIFY_OK(sink.write(std::string_view("def")));
            QCOMPARE(sink.bytesWritten(), std::uint64_t{6});
        }
        QCOMPARE(dir.readFile("out.bin"), std::string("abcdef"));

        std::FILE *stream = std::fopen(dir.filePath("stream.txt").c_str(), "w");
        QVERIFY(stream);
        {
            FileSink sink(stream);
            LS_VERIFY_OK(sink.write(std::string_view("via stdio")));
            LS_VERIFY_OK(sink.flush());
        }
        std::fclose(stream);
        QCOMPARE(dir.readFile("stream.txt"), std::string("via stdio"));
    }

    void sinkReportsWriteErrors()
    {
        // /dev/full fails every write with ENOSPC.
        const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        FileSink sink(fd, true);
        QVERIFY(!sink.write(std::string_view("no room")).ok());
    }
};

QTEST_GUILESS_MAIN(TstFileStream)
#include "tst_filestream.moc"
