using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// pdftotext's reading order on pages in two columns: the body's blocks come out by the height they
/// start at, alternating between the columns, and are read back column by column.
/// </summary>
public sealed class InterleavedColumnsTests
{
    /// <summary>
    /// buildings-1 (US public domain, two columns) as plain pdftotext prints it: as printed, its call-outs
    /// run 13, 17, 18, 19, 14, … and 37–43 before 31–36.
    /// </summary>
    [Fact]
    public void TwoColumnPagesInReadingOrder_AreReadLeftColumnThenRight()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "text", "buildings-1.pdftotext.txt"));
        var diagnostics = new DiagnosticBag("buildings-1");

        var document = new ExtractedTextReader().Read("buildings-1", "", text, diagnostics);

        var calls = TextReading.Calls(document).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 25), calls.Take(25));
        Assert.Equal(Enumerable.Range(31, 30), calls.SkipWhile(n => n != 31).Take(30));
        Assert.True(diagnostics.Items.Count(d => d.Code == "read.text-columns-interleaved") >= 7, string.Join("\n", diagnostics.Items));
        Assert.Contains(diagnostics.Items, d => d.Code == "read.text-foot-stray-line");
        var note5 = document.Blocks.OfType<FootnoteText>().First(n => n.Label == "5");
        Assert.StartsWith("The twelve buildings", ModelText.Plain(note5.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void OnePageOutOfNumberOrder_IsNotEvidenceEnough_AndStaysAsPrinted()
    {
        const string page =
            "The committee met first in the hall of the college.1 Its\n" +
            "members wrote often to their friends abroad.2 They kept\n" +
            "\n" +
            "The second meeting was held in the spring.4 The clerk\n" +
            "kept the minutes of it in a book of his own for the\n" +
            "members to read.\n" +
            "\n" +
            "a record of every letter they sent.3 The hall was small\n" +
            "and the meetings were often cold in the winter.\n" +
            "\n" +
            "1 Journals, I, 11.\n2 Ibid., p. 12.\n3 Ibid., p. 13.\n4 Ibid., p. 14.\n\f";
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read("test", "", page, diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "read.text-columns-interleaved");
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("They kept a record", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadsAndParagraphsOfOneColumn_StayAsPrinted()
    {
        static string OneColumn(int first, string head, string subhead) =>
            $"{head}\n\n" +
            $"The committee met first in the hall of the college.{first} Its\n" +
            $"members wrote often to their friends abroad.{first + 1}\n\n" +
            $"{subhead}\n\n" +
            $"The second meeting was held in the spring.{first + 2} The clerk\n" +
            "kept the minutes.\n\n" +
            $"{first} Journals, I, 13.\n{first + 1} Ibid., p. 14.\n{first + 2} Ibid., p. 15.\n\f";
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read(
            "test", "", OneColumn(1, "The Period of the Congress", "The Hall in the Spring") + OneColumn(4, "A Second Period of Meetings", "The House in the Autumn"), diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code.StartsWith("read.text-column", StringComparison.Ordinal));
        Assert.Equal("The Period of the Congress", TextReading.Paragraphs(document)[0]);
    }
}
