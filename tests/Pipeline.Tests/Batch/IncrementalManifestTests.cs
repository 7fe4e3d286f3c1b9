using Pipeline.Batch;

namespace Pipeline.Tests.Batch;

public sealed class IncrementalManifestTests
{
    [Fact]
    public async Task IsUpToDate_RecordedThenReopened_TrueForSameFingerprintOnly()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("essay.xml"), "<TEI/>");
        await using (var manifest = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await manifest.RecordAsync(new ManifestEntry("essay", "abc", 3, [new ManifestOutput("essay.xml", 6)]), CancellationToken.None);
        }

        await using var reopened = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);

        Assert.True(reopened.IsUpToDate("essay", "abc"));
        Assert.False(reopened.IsUpToDate("essay", "abd"));
        Assert.False(reopened.IsUpToDate("other", "abc"));
        Assert.Equal(3, reopened.Find("essay")?.Notes);
    }

    [Fact]
    public async Task IsUpToDate_OutputDeletedOrTruncated_False()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("a.xml"), "<TEI/>");
        File.WriteAllText(temp.Combine("b.xml"), "<TEI/>");
        await using var manifest = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);
        await manifest.RecordAsync(new ManifestEntry("a", "f", 0, [new ManifestOutput("a.xml", 6)]), CancellationToken.None);
        await manifest.RecordAsync(new ManifestEntry("b", "f", 0, [new ManifestOutput("b.xml", 6)]), CancellationToken.None);

        File.Delete(temp.Combine("a.xml"));
        File.WriteAllText(temp.Combine("b.xml"), "<TE");

        Assert.False(manifest.IsUpToDate("a", "f"));
        Assert.False(manifest.IsUpToDate("b", "f"));
    }

    [Fact]
    public async Task OpenAsync_TornLastLine_KeepsEarlierEntries()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("a.xml"), "<TEI/>");
        await using (var manifest = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await manifest.RecordAsync(new ManifestEntry("a", "f", 0, [new ManifestOutput("a.xml", 6)]), CancellationToken.None);
        }

        // What kill -9 in the middle of an append leaves.
        File.AppendAllText(temp.Combine(".cache", "manifest.jsonl"), "{\"id\":\"b\",\"fingerp");

        await using (var reopened = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            Assert.True(reopened.IsUpToDate("a", "f"));
            Assert.Null(reopened.Find("b"));
            await reopened.RecordAsync(new ManifestEntry("c", "g", 0, []), CancellationToken.None);
        }

        await using var third = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);
        Assert.True(third.IsUpToDate("c", "g"));
    }

    [Fact]
    public async Task ForgetAsync_FailedAfterSuccess_NotUpToDateAfterReopen()
    {
        using var temp = new TempFolder();
        await using (var manifest = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await manifest.RecordAsync(new ManifestEntry("a", "f", 0, []), CancellationToken.None);
        }

        await using (var second = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await second.ForgetAsync("a", CancellationToken.None);
        }

        await using var third = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);
        Assert.False(third.IsUpToDate("a", "f"));
    }

    [Fact]
    public async Task CompactAsync_RecordedTwice_OneLinePerDocument()
    {
        using var temp = new TempFolder();
        await using (var manifest = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await manifest.RecordAsync(new ManifestEntry("b", "1", 0, []), CancellationToken.None);
            await manifest.RecordAsync(new ManifestEntry("a", "1", 0, []), CancellationToken.None);
            await manifest.RecordAsync(new ManifestEntry("b", "2", 0, []), CancellationToken.None);
            await manifest.CompactAsync(CancellationToken.None);
        }

        var lines = File.ReadAllLines(temp.Combine(".cache", "manifest.jsonl"));

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":\"a\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"fingerprint\":\"2\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompactAsync_NextRun_KeepsEarlierRunsLinesAsTheyWereAndDropsForgotten()
    {
        using var temp = new TempFolder();
        var diagnostic = new Pipeline.Diagnostics.Diagnostic("x.code", Pipeline.Diagnostics.Severity.Warning, "a", 3, "a \"quoted\" message");
        await using (var first = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await first.RecordAsync(new ManifestEntry("a", "1", 2, [new ManifestOutput("a.xml", 10)], [diagnostic]), CancellationToken.None);
            await first.RecordAsync(new ManifestEntry("c", "1", 0, []), CancellationToken.None);
            await first.CompactAsync(CancellationToken.None);
        }

        var firstLines = File.ReadAllLines(temp.Combine(".cache", "manifest.jsonl"));
        await using (var second = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await second.RecordAsync(new ManifestEntry("b", "1", 0, []), CancellationToken.None);
            await second.ForgetAsync("c", CancellationToken.None);
            await second.CompactAsync(CancellationToken.None);
        }

        var lines = File.ReadAllLines(temp.Combine(".cache", "manifest.jsonl"));
        await using var third = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);

        Assert.Equal(2, lines.Length);
        Assert.Equal(firstLines[0], lines[0]);
        Assert.StartsWith("{\"id\":\"b\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(diagnostic, Assert.Single(third.Find("a")!.Diagnostics));
        Assert.Null(third.Find("c"));
    }

    [Fact]
    public async Task RecordAsync_MessagesWithLineEndsQuotesAndNonAscii_OneLineEach_ReadBackEqual()
    {
        using var temp = new TempFolder();
        var diagnostic = new Pipeline.Diagnostics.Diagnostic(
            "x.code", Pipeline.Diagnostics.Severity.Warning, "essai-é", 3,
            "line one\nline two\r\n“curly” \"straight\" <i>&amp;</i> \\ \u2028 Ἡ ἱστορία \t end \u0001");
        await using (var first = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None))
        {
            await first.RecordAsync(new ManifestEntry("a", "1", 0, [], [diagnostic]), CancellationToken.None);
            await first.RecordAsync(new ManifestEntry("b", "1", 0, []), CancellationToken.None);
        }

        var lines = File.ReadAllLines(temp.Combine(".cache", "manifest.jsonl"));
        await using var second = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);

        // Line ends and control characters are escaped, so each entry stays one line; letters beyond ASCII are written as they are.
        Assert.Equal(2, lines.Length);
        Assert.Contains("“curly” \\\"straight\\\" <i>&amp;</i>", lines[0], StringComparison.Ordinal);
        Assert.Contains("Ἡ ἱστορία", lines[0], StringComparison.Ordinal);
        Assert.Equal(diagnostic, Assert.Single(second.Find("a")!.Diagnostics));
    }

    [Fact]
    public async Task OpenAsync_ShardJournals_EachShardWritesItsOwnAndReadsAll()
    {
        using var temp = new TempFolder();
        await using (var first = await IncrementalManifest.OpenAsync(temp.Path, new ShardSpec(0, 2), CancellationToken.None))
        {
            await first.RecordAsync(new ManifestEntry("a", "1", 0, []), CancellationToken.None);
        }

        await using (var second = await IncrementalManifest.OpenAsync(temp.Path, new ShardSpec(1, 2), CancellationToken.None))
        {
            await second.RecordAsync(new ManifestEntry("b", "1", 0, []), CancellationToken.None);
        }

        await using var whole = await IncrementalManifest.OpenAsync(temp.Path, ShardSpec.All, CancellationToken.None);

        Assert.True(File.Exists(temp.Combine(".cache", "manifest.shard-0-of-2.jsonl")));
        Assert.True(File.Exists(temp.Combine(".cache", "manifest.shard-1-of-2.jsonl")));
        Assert.True(whole.IsUpToDate("a", "1"));
        Assert.True(whole.IsUpToDate("b", "1"));
    }
}
