using FsCheck.Xunit;
using Pipeline.Diagnostics;
using Pipeline.Reading;
using Pipeline.Stages.Footnotes;
using Pipeline.Tests.Support;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.BadInput;

/// <summary>Random scraped text never crashes the reader, and the TEI written from it always parses.</summary>
public sealed class ReaderWriterPropertyTests
{
    private static readonly ScrapedTextReader Reader = new();

    [Property(Arbitrary = [typeof(ScrapedTextArbitrary)], MaxTest = 300)]
    public void Read_RandomText_NeverThrows(ScrapedText text)
    {
        var diagnostics = new DiagnosticBag("random");

        var document = Reader.Read("random", "/nonexistent/random", text.Value, diagnostics);

        Assert.Equal("random", document.Id);
    }

    [Property(Arbitrary = [typeof(ScrapedTextArbitrary)], MaxTest = 300)]
    public async Task Write_RandomText_WellFormedXml(ScrapedText text)
    {
        // The writer takes the document as the stages leave it: page-foot nodes linked or turned into text.
        var (document, _) = await StageRunner.ReadAndRunAsync(text.Value, "/nonexistent/random", new FootnoteStage());

        var bytes = TeiWriter.ToBytes(document, new TeiWriterOptions());

        WellFormedXml.AssertParses(bytes);
    }
}
