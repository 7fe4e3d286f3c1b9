using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>Journals print an article's plates after its endnotes, under a head such as "Figures".</summary>
public sealed class FigureListTests
{
    private const string Essay =
        "The letters were kept in a box under the bed until the poet died.1 His friend\n" +
        "sorted them in the winter after, and gave most of them to the library.2\n" +
        "\f" +
        "Notes\n" +
        "1. Traubel, With Walt Whitman, 2:14.\n" +
        "2. Ibid., 6:479.\n";

    [Fact]
    public void FigureHeadAfterTheEndnotes_EndsTheLastNote_AndItsCaptionsBecomeAnAppendix()
    {
        const string text = Essay +
            "\f" +
            "Figures\n" +
            "\n" +
            "Figure 1: The poet in his bedroom in the year of his death. Photograph by a friend of\n" +
            "the family. Library of Congress.\n" +
            "Figure 2: Fragment of a letter, written on the back of an undated letter to the poet.\n";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));
        Assert.Equal("Ibid., 6:479.", notes["2"]);
        var figures = Assert.Single(document.Blocks.OfType<Division>());
        Assert.Equal(DivisionKind.Appendix, figures.Kind);
        Assert.Equal("Figures", ModelText.Plain(figures.Head!.Content));
        var captions = figures.Content.OfType<Paragraph>().Select(p => ModelText.Plain(p.Content)).ToList();
        Assert.Equal(2, captions.Count);
        Assert.StartsWith("Figure 1: The poet", captions[0], StringComparison.Ordinal);
        Assert.StartsWith("Figure 2: Fragment", captions[1], StringComparison.Ordinal);
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("Photograph", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelWordInsideANote_DoesNotEndIt()
    {
        const string text = Essay +
            "See the plates at the back of the first volume, listed under\n" +
            "Figures and maps, 2:301-9.\n";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));
        Assert.EndsWith("Figures and maps, 2:301-9.", notes["2"], StringComparison.Ordinal);
        Assert.Empty(document.Blocks.OfType<Division>());
    }
}
