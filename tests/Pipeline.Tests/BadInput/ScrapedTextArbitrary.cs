using FsCheck;
using FsCheck.Fluent;

namespace Pipeline.Tests.BadInput;

/// <summary>Text a scraper might emit, at random: what the reader must never crash on.</summary>
public sealed record ScrapedText(string Value)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

/// <summary>
/// Builds <see cref="ScrapedText"/> from the pieces that matter to the reader (footnote call-outs, rules,
/// emphasis, links, images, line ends, markup characters, characters illegal in XML) mixed with arbitrary
/// characters, so random inputs reach the reader's edge cases far more often than uniform noise would.
/// </summary>
public static class ScrapedTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "<sup>", "</sup>", "<sup>1</sup>", "<sup>0</sup>", "<sup>99999999999999999999</sup>", "<sup>a</sup>",
        "---", "\n---\n", "\n\n", "\n", "\r\n", "\r", "  \n", "\\\n",
        "*", "**", "_", "`", "#", "## ", "> ", "- ", "1. ", "[", "]", "(", ")", "![x](../../etc/passwd)",
        "![Figure 1](appendix-1.jpg)", "<http://example.org/a?b=c&d>", "[t](http://x.org)",
        "&", "&amp;", "<", ">", "]]>", "<!--", "-->", "<![CDATA[", "<?xml", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;",
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uFEFF",
        "\u202E", "\u05D0\u05D1", "\u0627\u0644", "e\u0301", "\u0308", "\U0001F600",
        "Khrushchev", "de-", "Stalin", " ", "\t", "1", "12", ".",
    ];

    public static Arbitrary<ScrapedText> Texts()
    {
        var piece = Gen.Frequency(
            (6, Gen.Elements(Pieces)),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));
        return Gen.ListOf(piece).Select(parts => new ScrapedText(string.Concat(parts))).ToArbitrary();
    }
}
