using System.Text;
using Pipeline.Conversion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Conversion;

/// <summary>
/// output/seed-essay.xml is what <c>pipeline convert input/ --out output/</c> wrote. A fresh
/// conversion must reproduce it byte for byte; when a change is intended, regenerate it with that
/// command and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public async Task ConvertAsync_SeedEssay_ReproducesGoldenFileByteForByte()
    {
        var goldenPath = Path.Combine(SeedFiles.RepositoryRoot, "output", "seed-essay.xml");
        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing; run: pipeline convert input/ --out output/");
        var golden = await File.ReadAllBytesAsync(goldenPath);

        var result = await new DocumentConverter().ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var difference = FirstDifference(golden, result.Tei!);
        Assert.True(difference is null, $"output/seed-essay.xml differs from a fresh conversion (regenerate with: pipeline convert input/ --out output/):\n{difference}");
    }

    [Fact]
    public async Task GoldenFile_EveryGraphicUrl_PointsToACopiedImage()
    {
        var output = Path.Combine(SeedFiles.RepositoryRoot, "output");
        var text = await File.ReadAllTextAsync(Path.Combine(output, "seed-essay.xml"));

        var urls = System.Text.RegularExpressions.Regex.Matches(text, "<graphic url=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(output, Uri.UnescapeDataString(url))), $"{url} not found under output/"));
    }

    /// <summary>The first line that differs, with both versions, or null when the bytes are equal.</summary>
    private static string? FirstDifference(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var got = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (!string.Equals(want, got, StringComparison.Ordinal))
            {
                return $"line {i + 1}:\n  golden: {want}\n  fresh:  {got}";
            }
        }

        return $"same lines, different bytes ({expected.Length} golden vs {actual.Length} fresh)";
    }
}
