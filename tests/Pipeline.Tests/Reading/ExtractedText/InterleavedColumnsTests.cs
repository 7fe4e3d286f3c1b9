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

    /// <summary>
    /// buildings-1's pages 4 and 8: page 4's head cut into pieces (<c>Court House, York Sept.</c> …
    /// <c>30,</c>), page 8's right column printed first where it starts mid-sentence. Both tied between
    /// two dealings and stayed as printed, the York paragraphs read into the left column.
    /// </summary>
    [Fact]
    public void PagesThatTiedOnAFragmentOrThePageSeam_AreReadInColumnOrder()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "text", "buildings-1.pdftotext.txt"));
        var diagnostics = new DiagnosticBag("buildings-1");

        var document = new ExtractedTextReader().Read("buildings-1", "", text, diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "read.text-column-order-unknown");
        var body = string.Join("\n", TextReading.Paragraphs(document));
        Assert.True(
            body.IndexOf("meeting of the Congress in York.\nIt was while the Congress", StringComparison.Ordinal) >= 0
            && body.IndexOf("It was while", StringComparison.Ordinal) < body.IndexOf("Because of the conditions", StringComparison.Ordinal),
            body);
        Assert.True(body.IndexOf("• (2) the records", StringComparison.Ordinal) < body.IndexOf("to 1769, when", StringComparison.Ordinal), body);
    }

    /// <summary>
    /// A page whose four flows alternate between the columns, call-outs <paramref name="first"/>, +2,
    /// +1, +3 as printed, about <paramref name="place"/> (so that no line repeats at the page edges
    /// and reads as a running head); it ends on <paramref name="end"/>.
    /// </summary>
    private static string CalledPage(int first, string place, string end) =>
        $"The committee met first in the {place} of the college.{first} Its\n" +
        "members wrote often to their friends abroad and at home.\n" +
        "\n" +
        $"The second meeting was held in the spring.{first + 2} The clerk\n" +
        "kept the minutes of it in a book of his own.\n" +
        "\n" +
        $"They kept a record of every letter they sent.{first + 1} The {place}\n" +
        "was small and the meetings were often cold.\n" +
        "\n" +
        $"The third meeting was held in the summer.{first + 3} The clerk\n" +
        $"{end}\n" +
        "\n" +
        $"{first} Journals of the {place}, I, 11.\n{first + 1} Ibid., p. 12.\n{first + 2} Ibid., p. 13.\n{first + 3} Letters from the {place}, p. 14.\n\f";

    /// <summary>
    /// A page printed as four flows without call-outs, the second in lower case: either it is the
    /// right column's first, going on from the left column's last line ("and"), or the left
    /// column's, going on from the page before.
    /// </summary>
    private const string UncalledPage =
        "The fourth meeting was held in the town hall. The clerk\n" +
        "kept the minutes of it as before, in his own hand.\n" +
        "\n" +
        "the report of the committee on the letters\n" +
        "was read out to the members in the autumn. It ended\n" +
        "the session of that year.\n" +
        "\n" +
        "The fifth meeting came late in the year. The members\n" +
        "were few and the business was short, and\n" +
        "\n" +
        "The sixth meeting was held in the winter. The clerk\n" +
        "wrote little of it in his book.\n\f";

    /// <summary>
    /// Two dealings of a page fit alike when its first flow in lower case may start either column.
    /// After a page that ended its sentence it is the right column's, read after the left column's
    /// last line; after a page that stopped mid-sentence it goes on from there, first.
    /// </summary>
    [Theory]
    [InlineData("kept the minutes of it in the same book.", false)]
    [InlineData("kept the minutes of it and the letters of the", true)]
    public void ALowerCaseFlowPrintedFirst_IsReadByHowThePageBeforeEnded(string firstPageEnd, bool readFirst)
    {
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read("test", "", CalledPage(1, "hall", firstPageEnd) + UncalledPage + CalledPage(5, "library", "kept the minutes."), diagnostics);

        var body = string.Join("\n", TextReading.Paragraphs(document));
        var lower = body.IndexOf("the report of the committee", StringComparison.Ordinal);
        var log = body + "\n" + string.Join("\n", diagnostics.Items);
        Assert.True(lower >= 0, log);
        var fourth = body.IndexOf("The fourth meeting", StringComparison.Ordinal);
        var fifth = body.IndexOf("The fifth meeting", StringComparison.Ordinal);
        var sixth = body.IndexOf("The sixth meeting", StringComparison.Ordinal);
        Assert.True(readFirst ? lower < sixth && sixth < fourth && fourth < fifth : fourth < fifth && fifth < lower && lower < sixth, log);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "read.text-column-order-unknown");
    }

    /// <summary>
    /// A flow ending on a colon is read right before the quotation it introduces, not before a plain
    /// new sentence: of a page's two dealings that fit alike otherwise (the burnt hall in either
    /// column), the one with the quotation after the colon.
    /// </summary>
    [Fact]
    public void AFlowEndingOnAColon_IsReadBeforeTheQuotation()
    {
        const string page =
            "The committee met first in the hall of the college.5 Its\n" +
            "members wrote often to their friends abroad.\n" +
            "\n" +
            "The clerk of the committee kept its minutes and\n" +
            "wrote of the hall in a letter to his brother:\n" +
            "\n" +
            "The hall was burnt down in the winter of that year.\n" +
            "\n" +
            "The new hall was built in the spring.6 It was\n" +
            "larger than the old one and warmer.\n" +
            "\n" +
            "“The hall is small and cold, and the members\n" +
            "complain of it every day.”7\n" +
            "\n" +
            "The second meeting was held in the new hall.\n" +
            "\n" +
            "5 Ibid., p. 15.\n6 Ibid., p. 16.\n7 Minutes of the committee, p. 17.\n\f";
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read("test", "", CalledPage(1, "hall", "kept the minutes.") + page + CalledPage(8, "library", "kept the minutes."), diagnostics);

        var body = string.Join("\n", TextReading.Paragraphs(document));
        var log = body + "\n" + string.Join("\n", diagnostics.Items);
        Assert.True(body.IndexOf("to his brother: “The hall is small", StringComparison.Ordinal) >= 0 || body.IndexOf("to his brother:\n“The hall is small", StringComparison.Ordinal) >= 0, log);
        Assert.True(body.IndexOf("The hall was burnt", StringComparison.Ordinal) < body.IndexOf("The new hall", StringComparison.Ordinal), log);
    }
}
