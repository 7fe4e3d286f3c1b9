using System.Diagnostics;
using System.Text;
using Pipeline.Tests.Batch;
using static Pipeline.Tests.BadInput.BadInputHarness;

namespace Pipeline.Tests.BadInput;

/// <summary>The catalogue's 50 MB document: the seed essay repeated, written to a temp folder by the test.</summary>
[Collection(AloneCollection.Name)]
public sealed partial class LargeDocumentTests
{
    private const long TargetBytes = 50L * 1024 * 1024;

    [Fact]
    public async Task Convert_FiftyMegabyteDocument_ConvertsWellFormedWithBoundedMemory()
    {
        using var temp = new TempFolder();
        // The seed with its section headings made plain paragraphs, so the copies repeat no section id; see
        // Convert_SeedTwiceInOneFile_SectionIdsStayUnique for the seed repeated as it is.
        var seed = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Seed, "document.md")))
            .Replace("## **Appendices**", "Appendices", StringComparison.Ordinal)
            .Replace("## Appendix 2.", "Appendix 2.", StringComparison.Ordinal)
            .Replace("## Bibliography", "Bibliography", StringComparison.Ordinal);
        var folder = temp.Combine(Id);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "document.md");
        await using (var file = File.Create(path))
        {
            // The seed again and again, its footnote numbers shifted per copy so every number stays unique.
            for (var copy = 0; file.Length < TargetBytes; copy++)
            {
                var offset = copy * 1000;
                var shifted = NoteCall().Replace(seed, m => Number().Replace(m.Value, n =>
                    (offset + int.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                await file.WriteAsync(Encoding.UTF8.GetBytes(shifted + "\n\n"));
            }
        }

        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        var result = await new Pipeline.Conversion.DocumentConverter().ConvertAsync(folder, new Pipeline.Conversion.ConversionOptions(), CancellationToken.None);
        process.Refresh();

        AssertSound(result);
        Assert.True(result.Tei is not null, string.Join(" | ", result.Diagnostics.Where(d => d.Severity == Pipeline.Diagnostics.Severity.Error).Take(5)));
        Assert.EndsWith("</TEI>\n", Encoding.UTF8.GetString(result.Tei.AsSpan(result.Tei.Length - 20)), StringComparison.Ordinal);

        // Bounded: a small multiple of the input, not a blow-up (50 MB of text becomes ~100 MB as .NET
        // strings, plus the model and the TEI bytes).
        var grown = Math.Max(0, process.PeakWorkingSet64 - before);
        Assert.True(grown < 40 * TargetBytes, $"working set grew by {grown / 1048576} MB converting 50 MB");
    }

    [Fact]
    public async Task Convert_SeedTwiceInOneFile_SectionIdsStayUnique()
    {
        // Two essays pasted into one scrape repeat the appendix and bibliography headings. Fails while the
        // structure stage gives both the same xml:id ('appendices', 'bibliography'): the schema then
        // rejects the TEI and the document has no output.
        using var temp = new TempFolder();
        var seed = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Seed, "document.md"));
        var second = NoteCall().Replace(seed, m => Number().Replace(m.Value, n =>
            (1000 + int.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var result = await ConvertAsync(temp, seed + "\n\n" + second);

        Assert.True(result.Tei is not null, string.Join(" | ", result.Diagnostics.Where(d => d.Severity == Pipeline.Diagnostics.Severity.Error)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<sup>[0-9 ,]+</sup>")]
    private static partial System.Text.RegularExpressions.Regex NoteCall();

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Number();
}
