using System.Globalization;
using Pipeline.Batch;

namespace Pipeline.Tests.Batch;

public sealed class ShardSpecTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 2000).Select(i => "essay-" + i.ToString(CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/8", 3, 8)]
    [InlineData("7/8", 7, 8)]
    public void TryParse_ValidSpec_IndexAndCount(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard, out _));
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("8/8")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    [InlineData("")]
    public void TryParse_InvalidSpec_FalseWithMessage(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out var error));
        Assert.Contains("--shard", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_EightShards_EveryIdInExactlyOne()
    {
        var shards = Enumerable.Range(0, 8).Select(i => new ShardSpec(i, 8)).ToArray();

        foreach (var id in Ids)
        {
            Assert.Single(shards, s => s.Contains(id));
        }
    }

    [Fact]
    public void Of_TwoThousandIds_SpreadsEvenlyOverFourShards()
    {
        var sizes = Ids.GroupBy(id => ShardSpec.Of(id, 4)).Select(g => g.Count()).ToArray();

        Assert.Equal(4, sizes.Length);
        Assert.All(sizes, size => Assert.InRange(size, 400, 600));
    }

    [Fact]
    public void Of_SameId_SameShardEveryTime()
    {
        // Fixed values: a hash that changed between processes or machines would split a corpus differently.
        Assert.Equal(ShardSpec.Of("seed-essay", 8), ShardSpec.Of("seed-essay", 8));
        Assert.Equal(Ids.Select(id => ShardSpec.Of(id, 5)), Ids.Select(id => ShardSpec.Of(id, 5)));

        // Pinned: the first 8 bytes of SHA-256("seed-essay"), little-endian, modulo n.
        Assert.Equal(426, ShardSpec.Of("seed-essay", 1000));
    }
}
