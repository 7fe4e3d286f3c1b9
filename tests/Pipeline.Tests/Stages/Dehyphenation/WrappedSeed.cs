using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Dehyphenation;

/// <summary>
/// A hard-wrapped, hyphenated rendering of the seed essay's paragraphs, as a typesetter would break
/// them: lines of at most <c>width</c> columns, a long word broken after one of its own hyphens or
/// at a consonant pair between vowels (VC-CV, "charac-terised"), with a soft line end between lines.
/// </summary>
internal static class WrappedSeed
{
    private const string Vowels = "aeiouyAEIOUY";

    // Pairs that spell one sound and are never split ("ch", "th" …).
    private static readonly string[] Digraphs = ["ch", "sh", "th", "ph", "wh", "ck", "gh", "qu"];

    public static string SeedPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("repository root"), "input", "seed-essay", "document.md");
    }

    /// <summary>The seed's running-text paragraphs (headings and footnote rules left out), one line each.</summary>
    public static ImmutableArray<string> Paragraphs() =>
        [.. File.ReadAllText(SeedPath()).Split("\n\n")
            .Select(p => string.Join(' ', p.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0 && !p.StartsWith('#') && p != "---")];

    /// <summary>Wraps one paragraph; <paramref name="hyphenated"/> counts lines ending in a hyphen.</summary>
    public static ImmutableArray<Inline> Wrap(string paragraph, int width, ref int hyphenated)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (true)
            {
                var room = width - line.Length - (line.Length > 0 ? 1 : 0);
                if (rest.Length <= room)
                {
                    Append(line, rest);
                    break;
                }

                var cut = BreakPoint(rest, room);
                if (cut > 0)
                {
                    var head = rest[..cut];
                    Append(line, head.EndsWith('-') ? head : head + "-");
                    rest = rest[cut..];
                    hyphenated++;
                }

                if (line.Length == 0)
                {
                    Append(line, rest);
                    break;
                }

                lines.Add(line.ToString());
                line.Clear();
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        var content = ImmutableArray.CreateBuilder<Inline>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                content.Add(new LineEnd(LineEndKind.Soft, i + 1));
            }

            content.Add(new Text(lines[i]));
        }

        return content.ToImmutable();
    }

    private static void Append(StringBuilder line, string text)
    {
        if (line.Length > 0)
        {
            line.Append(' ');
        }

        line.Append(text);
    }

    /// <summary>
    /// Where to break <paramref name="word"/> so the first part plus a hyphen fits in
    /// <paramref name="room"/>: after an existing hyphen, else at the rightmost VC-CV pair of a
    /// purely alphabetic stretch, leaving at least three letters on each side. 0 when none fits.
    /// </summary>
    private static int BreakPoint(string word, int room)
    {
        for (var i = Math.Min(room, word.Length - 2); i >= 3; i--)
        {
            if (word[i - 1] == '-' && char.IsLetter(word[i - 2]) && char.IsLetter(word[i]))
            {
                return i;
            }
        }

        // Addresses are only ever broken at their own hyphens.
        if (word.Contains("://", StringComparison.Ordinal) || word.Contains("www.", StringComparison.Ordinal))
        {
            return 0;
        }

        for (var i = Math.Min(room - 1, word.Length - 3); i >= 3; i--)
        {
            if (IsSyllableBreak(word, i))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool IsSyllableBreak(string word, int i)
    {
        if (!word[(i - 3)..(i + 3)].All(char.IsLetter) || !char.IsLower(word[i - 1]) || !char.IsLower(word[i]))
        {
            return false;
        }

        return IsVowel(word[i - 2]) && !IsVowel(word[i - 1]) && !IsVowel(word[i]) && IsVowel(word[i + 1])
            && !Digraphs.Contains(word.Substring(i - 1, 2), StringComparer.Ordinal);
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
