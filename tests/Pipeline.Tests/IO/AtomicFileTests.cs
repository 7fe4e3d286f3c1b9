using Pipeline.IO;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task WriteAsync_WriterThrows_OldContentKeptAndNoTemporaryLeft()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("essay.xml");
        File.WriteAllText(path, "<TEI>old</TEI>");

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync("<TEI>ha"u8.ToArray(), ct);
            throw new InvalidOperationException("writer died");
        }, CancellationToken.None));

        Assert.Equal("<TEI>old</TEI>", File.ReadAllText(path));
        Assert.Equal(["essay.xml"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_Bytes_ReplacesWholeFile()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("sub", "report.json");

        await AtomicFile.WriteAsync(path, "{\"a\":1}"u8.ToArray(), CancellationToken.None);

        Assert.Equal("{\"a\":1}", File.ReadAllText(path));
    }

    [Fact]
    public async Task WriteAsync_WithoutFlush_ReplacesWholeFileAndLeavesNoTemporary()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("essay.xml");
        File.WriteAllText(path, "<TEI>old, and longer than the new one</TEI>");

        await AtomicFile.WriteAsync(path, (stream, ct) => stream.WriteAsync("<TEI>new</TEI>"u8.ToArray(), ct).AsTask(), flushToDisk: false, CancellationToken.None);
        AtomicFile.FlushToDisk(path);

        Assert.Equal("<TEI>new</TEI>", File.ReadAllText(path));
        Assert.Equal(["essay.xml"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(".essay.xml.0a1b.tmp", true)]
    [InlineData("essay.xml", false)]
    [InlineData("essay.tmp.xml", false)]
    public void IsTemporary_Name_RecognisesTemporaryFiles(string name, bool expected) =>
        Assert.Equal(expected, AtomicFile.IsTemporary(name));
}
