using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.Dehyphenation;
using Xunit.Abstractions;

namespace Pipeline.Tests.Stages.Dehyphenation;

public sealed class SeedRoundTripTests : IClassFixture<SystemWordList>
{
    private readonly HunspellWordList _words;
    private readonly ITestOutputHelper _output;

    public SeedRoundTripTests(SystemWordList fixture, ITestOutputHelper output)
    {
        _words = fixture.List;
        _output = output;
    }

    private static bool IsClosedUp(string expected, string actual) =>
        expected.Count(c => c == '-') == actual.Count(c => c == '-') + 1
        && expected.Replace("-", string.Empty, StringComparison.Ordinal) == actual.Replace("-", string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData(66)]
    [InlineData(52)]
    [InlineData(40)]
    public async Task RunAsync_WrappedHyphenatedSeed_RestoresEveryWord(int width)
    {
        var paragraphs = WrappedSeed.Paragraphs();
        var hyphenated = 0;
        var blocks = paragraphs.Select(p => (Block)new Paragraph(WrappedSeed.Wrap(p, width, ref hyphenated), SourceSpan.None)).ToImmutableArray();
        var document = new Document { Id = "seed-wrapped", SourceDirectory = "/tmp", Blocks = blocks };
        var bag = new DiagnosticBag(document.Id);

        var result = await new DehyphenationStage(_words).RunAsync(document, new StageContext(bag, []), CancellationToken.None);

        var errors = new List<string>();
        var closedCompounds = new List<string>();
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var restored = InlineRendering.PlainText(((Paragraph)result.Blocks[i]).Content);
            var expectedWords = paragraphs[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var actualWords = restored.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (expected, actual) in expectedWords.Zip(actualWords).Where(w => w.First != w.Second))
            {
                // A real compound whose closed form is also a dictionary word ("hare-brained") and that
                // the text uses nowhere else is undecidable; anything else is a defect.
                (IsClosedUp(expected, actual) ? closedCompounds : errors).Add($"{expected} -> {actual}");
            }

            if (expectedWords.Length != actualWords.Length)
            {
                errors.Add($"paragraph {i}: {expectedWords.Length} words became {actualWords.Length}");
            }

            if (restored != paragraphs[i] && expectedWords.SequenceEqual(actualWords))
            {
                errors.Add($"paragraph {i}: same words, different spacing");
            }
        }

        _output.WriteLine($"width {width}: {paragraphs.Length} paragraphs, {hyphenated} line-end hyphens; "
            + bag.Items.Single(d => d.Code == DehyphenationStage.SummaryCode).Message);
        errors.ForEach(_output.WriteLine);
        closedCompounds.ForEach(c => _output.WriteLine("closed up: " + c));
        Assert.True(hyphenated > 50, $"only {hyphenated} hyphenated line ends");
        Assert.Empty(errors);
        Assert.True(closedCompounds.Count <= 2, string.Join("; ", closedCompounds));
    }
}
