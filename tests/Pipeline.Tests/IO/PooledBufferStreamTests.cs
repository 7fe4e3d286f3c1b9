using Pipeline.IO;
using Pipeline.Tests.Stages.Citations;
using Pipeline.Tests.Support;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.IO;

public sealed class PooledBufferStreamTests
{
    [Fact]
    public void Write_ManyGrowths_KeepsEveryByteInOrder()
    {
        var expected = Enumerable.Range(0, 700_000).Select(i => (byte)(i * 31 % 251)).ToArray();
        using var stream = new PooledBufferStream(initialCapacity: 16);
        for (var offset = 0; offset < expected.Length;)
        {
            var count = Math.Min(1 + (offset % 9_973), expected.Length - offset);
            stream.Write(expected, offset, count);
            offset += count;
        }

        Assert.Equal(expected.Length, stream.Length);
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void WriteByte_AfterDispose_Throws()
    {
        var stream = new PooledBufferStream();
        stream.WriteByte(1);
        stream.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.WriteByte(2));
    }

    [Fact]
    public async Task ToBytes_SeedDocument_EqualsWritingToAMemoryStream()
    {
        var (_, outcome, _) = await RealSeed.RunAsync(SeedFiles.SeedText);
        var document = outcome.Document;
        var options = new TeiWriterOptions { ImageBaseUrl = "seed-essay/" };
        using var reference = new MemoryStream();
        TeiWriter.Write(document, reference, options);

        Assert.Equal(reference.ToArray(), TeiWriter.ToBytes(document, options));
    }
}
