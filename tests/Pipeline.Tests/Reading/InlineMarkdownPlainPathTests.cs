using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading;

/// <summary>
/// Blocks without inline markup skip Markdig; these tests hold the shortcut to giving exactly what
/// Markdig gives, inlines and diagnostics, on the seed's blocks and on generated text.
/// </summary>
public sealed class InlineMarkdownPlainPathTests
{
    private readonly InlineMarkdown _markdown = new();

    [Fact]
    public void Parse_SeedBlocks_PlainPathEqualsMarkdig()
    {
        var blocks = SeedFiles.SeedText.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n")
            .Select(b => b.Trim('\n'))
            .Where(b => b.Length > 0)
            .ToList();
        var plain = blocks.Where(InlineMarkdown.IsPlain).ToList();

        // The shortcut must actually be taken on ordinary prose, or this test would prove nothing.
        Assert.True(plain.Count >= 20, $"only {plain.Count} of {blocks.Count} seed blocks are plain");
        Assert.Contains(plain, b => b.Contains("<sup>", StringComparison.Ordinal));
        foreach (var block in plain)
        {
            Assert.Equal(ViaMarkdig(block), ViaShortcut(block));
        }
    }

    [Theory]
    [InlineData("word *emphasis*")]
    [InlineData("line one  \nline two")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("a & b")]
    [InlineData("see <b>bold</b>")]
    [InlineData("")]
    public void IsPlain_MarkupOrSpacesMarkdigWouldRead_IsFalse(string text) =>
        Assert.False(InlineMarkdown.IsPlain(text));

    [Property(MaxTest = 2000)]
    public Property Parse_GeneratedText_PlainPathEqualsMarkdig()
    {
        var pieces = Gen.Elements(
            "word", "Stalin’s", " ", "  ", "\t", "\n", "\u00A0", "<sup>", "</sup>", "<sup>12</sup>", "3", ".", ",",
            "—", "é", "<", ">", "*", "_", "[", "]", "!", "&", "\\", "`", "(", ")", "#", "-", "1.", "\u200B");
        var texts = pieces.ListOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(texts.ToArbitrary(), text =>
            !InlineMarkdown.IsPlain(text) || ViaMarkdig(text) == ViaShortcut(text));
    }

    private string ViaShortcut(string text)
    {
        var diagnostics = new DiagnosticBag("doc");
        return Describe(_markdown.Parse(text, 7, new InlineConverter(diagnostics)), diagnostics);
    }

    private string ViaMarkdig(string text)
    {
        var diagnostics = new DiagnosticBag("doc");
        return Describe(_markdown.ParseWithMarkdig(text, 7, new InlineConverter(diagnostics)), diagnostics);
    }

    private static string Describe(IEnumerable<Inline> inlines, DiagnosticBag diagnostics)
    {
        var output = new StringBuilder();
        Append(output, inlines);
        foreach (var item in diagnostics.Items)
        {
            output.Append('\n').Append(item.Code).Append(' ').Append(item.Line).Append(' ').Append(item.Message);
        }

        return output.ToString();
    }

    private static void Append(StringBuilder output, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Styled styled:
                    output.Append("Styled(").Append(styled.Style).Append(':');
                    Append(output, styled.Content);
                    output.Append(')');
                    break;
                case Link link:
                    output.Append("Link(").Append(link.Target).Append(',').Append(link.IsBare).Append(':');
                    Append(output, link.Content);
                    output.Append(')');
                    break;
                default:
                    output.Append(inline).Append(';');
                    break;
            }
        }
    }
}
