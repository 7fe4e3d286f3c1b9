using System.Text;
using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.BadInput;

/// <summary>Converts a hand-made bad document with the real converter and checks what every entry of the catalogue must hold.</summary>
internal static class BadInputHarness
{
    public const string Id = "bad-essay";

    private static readonly DocumentConverter Converter = new();

    /// <summary>
    /// A small well-formed essay: title, author, <paramref name="body"/>, then the footnotes after a rule. With
    /// the default notes the body gets a paragraph calling note 1, so no note is left without its call-out.
    /// </summary>
    public static string Essay(string body, string? notes = null) =>
        notes is null
            ? $"## A Title\n\nAnn Author (Somewhere)\n\nAn opening claim<sup>1</sup>.\n\n{body}\n\n---\n\n<sup>1</sup> A note.\n"
            : $"## A Title\n\nAnn Author (Somewhere)\n\n{body}\n\n---\n\n{notes}\n";

    public static Task<ConversionResult> ConvertAsync(TempFolder temp, string text) =>
        ConvertAsync(temp, Encoding.UTF8.GetBytes(text));

    public static async Task<ConversionResult> ConvertAsync(TempFolder temp, byte[] bytes)
    {
        var folder = temp.Combine(Id);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "document.md"), bytes);
        var result = await Converter.ConvertAsync(folder, new ConversionOptions(), CancellationToken.None);
        AssertSound(result);
        return result;
    }

    /// <summary>Every diagnostic names the document; any TEI produced is well-formed XML.</summary>
    public static void AssertSound(ConversionResult result)
    {
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(Id, d.Document);
            Assert.StartsWith(Id, d.ToString(), StringComparison.Ordinal);
        });
        if (result.Tei is not null)
        {
            WellFormedXml.AssertParses(result.Tei);
        }
    }

    /// <summary>The conversion reported <paramref name="code"/> with <paramref name="severity"/>; returns that diagnostic.</summary>
    public static Diagnostic AssertReported(ConversionResult result, string code, Severity severity)
    {
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Severity == severity);
        Assert.True(diagnostic is not null,
            $"expected {severity} {code}; got: {string.Join(" | ", result.Diagnostics)}");
        return diagnostic;
    }

    /// <summary>The text of the TEI's <c>text</c> element (not the header), whitespace collapsed, to compare what survived.</summary>
    public static string BodyText(ConversionResult result)
    {
        Assert.NotNull(result.Tei);
        var all = WellFormedXml.Text(result.Tei, "text");
        return string.Join(' ', all.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    public static int Notes(ConversionResult result) => NoteCounter.Count(result.Document);
}
