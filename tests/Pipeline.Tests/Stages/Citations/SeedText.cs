using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The seed essay's notes and bibliography entries read straight from document.md, for testing the
/// parsers on the real texts independently of the reader.
/// </summary>
internal static partial class SeedText
{
    public static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test folder.");
        }
    }

    public static string DocumentPath => Path.Combine(RepoRoot, "input", "seed-essay", "document.md");

    public static string[] Lines => File.ReadAllLines(DocumentPath);

    /// <summary>Note number, first source line and content; note 50 joined with its continuation.</summary>
    public static ImmutableArray<(int Number, int Line, ImmutableArray<Inline> Content)> Notes()
    {
        var lines = Lines;
        var notes = new List<(int, int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = NoteLine().Match(lines[i]);
            if (match.Success)
            {
                notes.Add((int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), i + 1, match.Groups[2].Value));
            }
        }

        var continuation = lines[198];
        return [.. notes.Select(n => (n.Item1, n.Item2, Inlines(n.Item1 == 50 ? n.Item3 + " " + continuation : n.Item3)))];
    }

    /// <summary>The 34 bibliography entries (lines 253-291), a wrapped URL joined to its entry.</summary>
    public static ImmutableArray<(int Line, ImmutableArray<Inline> Content)> Entries()
    {
        var lines = Lines;
        var entries = new List<(int Line, string Text)>();
        for (var i = 252; i < 291; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('<'))
            {
                entries[^1] = (entries[^1].Line, entries[^1].Text.TrimEnd() + " " + line);
                continue;
            }

            entries.Add((i + 1, line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line));
        }

        return [.. entries.Select(e => (e.Line, Inlines(e.Text)))];
    }

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

    [GeneratedRegex(@"^<sup>(\d+)</sup> (.*)$")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"\*(?<italic>[^*]+)\*|<(?<url>https?://[^>]+)>")]
    private static partial Regex InlineToken();
}
