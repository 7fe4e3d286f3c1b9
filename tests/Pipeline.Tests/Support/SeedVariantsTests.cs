namespace Pipeline.Tests.Support;

public class SeedVariantsTests
{
    [Fact]
    public void PageStarts_Seed_AreTheSixteenPageStarts()
    {
        int[] expected = [3, 15, 35, 45, 63, 79, 91, 103, 117, 133, 145, 159, 173, 191, 209, 217];
        Assert.Equal(expected, SeedVariants.PageStarts(SeedFiles.SeedText).ToArray());
    }

    [Fact]
    public void HardWrap_Seed_KeepsLinesNearTheWidth()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText);

        var lines = SeedVariants.Lines(variant.Text);
        Assert.True(lines.Length > 600, $"only {lines.Length} lines");
        var overlong = lines.Where(line => line.TrimEnd().Length > 66).ToList();
        Assert.All(overlong, line => Assert.True(line.StartsWith('#') || line.TrimStart().StartsWith("<http", StringComparison.Ordinal) || EndsWithListMarkerShape(line), line));
        Assert.Equal(16, variant.PageCount);
        Assert.Equal(32, variant.FurnitureLines.Length);
    }

    [Fact]
    public void HardWrap_Seed_RecordsEveryHyphenatedLineEnd()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText);
        var lines = SeedVariants.Lines(variant.Text);

        Assert.Contains(variant.Hyphens, hyphen => !hyphen.IsCompound);
        Assert.Contains(variant.Hyphens, hyphen => hyphen.IsCompound);
        Assert.Contains(variant.Hyphens, hyphen => hyphen.Word == "characterised" && hyphen.Left == "char");
        Assert.Contains(variant.Hyphens, hyphen => hyphen is { Left: "de", Right: "Stalinisation", IsCompound: true });
        foreach (var hyphen in variant.Hyphens)
        {
            Assert.EndsWith(hyphen.Left + "-", lines[hyphen.Line - 1], StringComparison.Ordinal);
            Assert.StartsWith(hyphen.Right, lines[hyphen.Line].TrimStart(), StringComparison.Ordinal);
        }

        var hyphenLines = lines.Select((line, index) => (line, index)).Where(pair => pair.line.EndsWith('-') && !pair.line.EndsWith("--", StringComparison.Ordinal));
        Assert.Equal(variant.Hyphens.Select(hyphen => hyphen.Line), hyphenLines.Select(pair => pair.index + 1));
    }

    [Fact]
    public void HardWrap_UndoingTheRecordedHyphens_GivesBackTheSeedWords()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText);
        var lines = SeedVariants.Lines(variant.Text);
        foreach (var hyphen in variant.Hyphens.Reverse())
        {
            var index = hyphen.Line - 1;
            var next = lines[index + 1];
            var indent = next.Length - next.TrimStart().Length;
            var glue = hyphen.IsCompound ? "-" : string.Empty;
            lines[index] = lines[index][..^1] + glue + next.TrimStart();
            lines[index + 1] = string.Empty;
            Assert.True(indent <= 2);
        }

        var furniture = variant.FurnitureLines.Select(line => SeedVariants.Lines(variant.Text)[line - 1]);
        var restored = ModelText.SourceWords(string.Join('\n', lines));
        var expected = ModelText.SourceWords(SeedFiles.SeedText).Concat(ModelText.SourceWords(string.Join('\n', furniture)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), restored.Order(StringComparer.Ordinal));
    }

    /// <summary>A last token like "2009." may not start a line (it would read as a list item), so its line may overflow.</summary>
    private static bool EndsWithListMarkerShape(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @" \d+[.)]$");
}
