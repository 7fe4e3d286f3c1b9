using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>The scrape's inline Markdown subset (*italic*, &lt;url&gt; autolinks, text) as inlines, for hand-made notes.</summary>
internal static partial class MarkdownInlines
{
    /// <summary>Markdown inline subset of the scrape: *italic*, &lt;url&gt; autolinks, text.</summary>
    public static ImmutableArray<Inline> Inlines(string markdown)
    {
        var output = ImmutableArray.CreateBuilder<Inline>();
        var position = 0;
        foreach (Match match in InlineToken().Matches(markdown))
        {
            if (match.Index > position)
            {
                output.Add(new Text(markdown[position..match.Index]));
            }

            if (match.Groups["italic"].Success)
            {
                output.Add(new Styled(TextStyle.Italic, [new Text(match.Groups["italic"].Value)]));
            }
            else
            {
                var url = match.Groups["url"].Value;
                output.Add(new Link(url, [new Text(url)], IsBare: true));
            }

            position = match.Index + match.Length;
        }

        if (position < markdown.Length)
        {
            output.Add(new Text(markdown[position..]));
        }

        return output.ToImmutable();
    }

    [GeneratedRegex(@"\*(?<italic>[^*]+)\*|<(?<url>https?://[^>]+)>")]
    private static partial Regex InlineToken();
}
