using System.Text;
using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Tests.Writing.Tei;

/// <summary>
/// <c>pb</c> end to end: every input's page breaks reach the TEI, each page once and in order, with
/// the number printed on the page as <c>@n</c> where the page showed one.
/// </summary>
public sealed class PageBreakTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    private static async Task<XDocument> ConvertAsync(string folder)
    {
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
        var result = await new DocumentConverter().ConvertAsync(folder, options, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var stream = new MemoryStream(result.Tei!);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static List<string?> Labels(XDocument tei) =>
        [.. tei.Descendants(Tei + "pb").Select(pb => (string?)pb.Attribute("n"))];

    /// <summary>The text of the body outside notes, with each pb written as [n] and the indentation between blocks left out.</summary>
    private static string BodyWithBreaks(XDocument tei) => string.Concat(
        tei.Descendants(Tei + "body").Single().DescendantNodes()
            .Where(n => n.Ancestors(Tei + "note").FirstOrDefault() is null)
            .Select(n => n switch
            {
                XText text when !string.IsNullOrWhiteSpace(text.Value) => text.Value,
                XElement { Name.LocalName: "pb" } pb => $"[{(string?)pb.Attribute("n")}]",
                _ => string.Empty,
            }));

    /// <summary>
    /// Three pages of one running paragraph, printed as pages 41–43 of a journal whose running head
    /// carries a volume and a year, so only the foot numbers follow the page sequence.
    /// </summary>
    private static byte[] NumberedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Journal of Test Studies 12 (2019)", 9, new PdfPoint(230, 800), font);
            var y = 760.0;
            for (var l = 0; l < 8; l++)
            {
                var last = l == 7 && p == 3;
                page.AddText($"Line {l} of sheet {p} runs on with words enough to fill the measure{(last ? "." : string.Empty)}", 12, new PdfPoint(72, y), font);
                y -= 14.4;
            }

            page.AddText($"{40 + p}", 10, new PdfPoint(297, 40), font);
        }

        return builder.Build();
    }

    [Fact]
    public async Task Pdf_WithPrintedPageNumbers_GivesEachPageItsNumberWhereItBegins()
    {
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "numbered");
        Directory.CreateDirectory(document);
        await File.WriteAllBytesAsync(Path.Combine(document, "document.pdf"), NumberedPdf());

        var tei = await ConvertAsync(document);

        Assert.Equal(["41", "42", "43"], Labels(tei));
        var body = BodyWithBreaks(tei);
        Assert.Contains("fill the measure [42]Line 0 of sheet 2", body, StringComparison.Ordinal);
        Assert.Contains("fill the measure [43]Line 0 of sheet 3", body, StringComparison.Ordinal);
        Assert.DoesNotContain("2019", string.Concat(Labels(tei)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdftotextText_WithFormFeedsAndNumbers_GivesEachPageItsNumber()
    {
        var text = new StringBuilder();
        string[] pages =
        [
            "A Short Study of Pages\nAnn Example\nThe first page opens the essay with a paragraph that runs on for a while and\nends here.\nA second paragraph begins on the first page and is cut by the page break, so\n",
            "it goes on at the top of the second page and ends there.\nA third paragraph stands on the second page alone and ends in a full stop.\n",
            "The last page holds one more paragraph, which closes the essay for good.\n",
        ];
        for (var p = 0; p < pages.Length; p++)
        {
            text.Append(pages[p]).Append('\n').Append(CultureInvariant(117 + p)).Append("\n\f");
        }

        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "pages");
        Directory.CreateDirectory(document);
        await File.WriteAllTextAsync(Path.Combine(document, "document.txt"), text.ToString());

        var tei = await ConvertAsync(document);

        Assert.Equal(["117", "118", "119"], Labels(tei));
        var body = BodyWithBreaks(tei);
        Assert.Contains("cut by the page break, so [118]it goes on", body, StringComparison.Ordinal);
        Assert.Contains("[119]The last page", body, StringComparison.Ordinal);
        Assert.DoesNotContain("117", body.Replace("[117]", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string CultureInvariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Write_PagedModel_GivesEveryPageOneBreakInOrder_OutsideNotesAndHeader()
    {
        var document = FullDocument.Build() with
        {
            PageLabels = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(new Dictionary<int, string> { [1] = "iv", [2] = "5", [9] = "12" }),
        };
        var bytes = Pipeline.Writing.Tei.TeiWriter.ToBytes(document, new Pipeline.Writing.Tei.TeiWriterOptions());
        using var stream = new MemoryStream(bytes);
        var tei = XDocument.Load(stream);

        var breaks = tei.Descendants(Tei + "pb").ToList();
        Assert.Equal(["iv", "5", null, "12", null, null], breaks.Select(pb => (string?)pb.Attribute("n")));
        Assert.Equal("front", breaks[0].Parent!.Name.LocalName);
        Assert.Equal("head", breaks[1].Parent!.Name.LocalName);
        Assert.DoesNotContain(breaks, pb => pb.Ancestors(Tei + "note").Any() || pb.Ancestors(Tei + "teiHeader").Any());
        using var again = new MemoryStream(bytes);
        Assert.Empty(new Pipeline.Validation.TeiValidator().Validate(again));
    }

    [Fact]
    public async Task Seed_ScrapedPages_GetOnePageBreakEachWithoutNumbers()
    {
        var tei = await ConvertAsync(SeedFiles.SeedDirectory);

        var breaks = tei.Descendants(Tei + "pb").ToList();
        var rules = File.ReadAllLines(Path.Combine(SeedFiles.SeedDirectory, "document.md")).Count(l => l.Trim() == "---");
        // The scrape separates a page's body from its notes by a rule: one rule per page; the last
        // pages (appendices, bibliography) may have none, so at least as many breaks as rules.
        Assert.True(breaks.Count >= rules, $"{breaks.Count} page breaks for {rules} footnote rules");
        Assert.All(breaks, pb => Assert.Null(pb.Attribute("n")));
        Assert.DoesNotContain(breaks, pb => pb.Ancestors(Tei + "note").Any() || pb.Ancestors(Tei + "teiHeader").Any());
        Assert.Contains("the expression of the [][overcoming of]", BodyWithBreaks(tei).Replace("“", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
