using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Reading.ExtractedText;

namespace Pipeline.Reading.Pdf2Md;

/// <summary>
/// Rewrites the markdown of <c>@opendocsg/pdf2md</c> (pdf.js) as the line-per-block text the
/// extracted-text reader reads: a form feed for each <c>&lt;!-- PAGE_BREAK --&gt;</c>, one line per
/// markdown block (heading marks, emphasis marks and link syntax removed, a link keeping its
/// text), <c>^N</c> call-outs glued to the word before them (their mark kept: the numbering takes a marked call-out wherever it stands),
/// and the notes pdf.js runs together at a page's foot (<c>(^9) Ibid. (^10) …</c>, or bare
/// <c>1 James D. …</c> after call-out 1) cut onto lines of their own, one per note.
/// </summary>
internal static partial class Pdf2MdText
{
    public static string ToLines(string markdown)
    {
        var lines = SourceLines.Split(markdown);
        var endnotes = lines.Any(l => NotesHeading().IsMatch(l));
        var output = new StringBuilder(markdown.Length + 1024);
        var expected = 1;
        var block = new StringBuilder();
        var footOnPage = false;

        void Flush()
        {
            if (block.Length == 0)
            {
                return;
            }

            var text = Clean(block.ToString());
            block.Clear();
            foreach (var piece in endnotes ? [text] : SplitNotes(text, ref expected, ref footOnPage))
            {
                output.Append(piece).Append('\n');
            }
        }

        foreach (var line in lines)
        {
            if (line.Trim() == "<!-- PAGE_BREAK -->")
            {
                Flush();
                output.Append('\f');
                footOnPage = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                output.Append('\n');
                continue;
            }

            block.Append(block.Length > 0 ? " " : string.Empty).Append(line.Trim());
        }

        Flush();
        return output.ToString();
    }

    /// <summary>Heading marks, links as their text, emphasis marks and <c>^N</c> glued to the word before.</summary>
    private static string Clean(string text)
    {
        text = HeadingMarks().Replace(text, string.Empty);
        text = MarkdownLink().Replace(text, m => m.Groups["text"].Value);
        text = Emphasis().Replace(text, string.Empty);
        text = ExplicitNoteStart().Replace(text, m => "\u0001" + m.Groups["n"].Value + " ");
        text = CallOut().Replace(text, m => "^" + m.Groups["n"].Value);
        return TextPages.Normalise(text).Replace(" \u0001", "\u0001", StringComparison.Ordinal);
    }

    /// <summary>
    /// Cuts a block before each note start: every explicit <c>(^N)</c>, and a bare number when it is
    /// the note due and the block (or the page before it) has already shown its call-out.
    /// </summary>
    private static IEnumerable<string> SplitNotes(string text, ref int expected, ref bool footOnPage)
    {
        var pieces = new List<string>();
        var explicitParts = text.Split('\u0001');
        var first = true;
        foreach (var part in explicitParts)
        {
            var rest = part;
            if (!first)
            {
                footOnPage = true;
                if (NumberAtStart().Match(rest) is { Success: true } m)
                {
                    expected = int.Parse(m.Value, CultureInfo.InvariantCulture) + 1;
                }
            }

            first = false;
            var cut = 0;
            var from = 0;
            while (true)
            {
                var due = expected.ToString(CultureInfo.InvariantCulture);
                if (!footOnPage)
                {
                    var wanted = expected;
                    var offset = from;
                    var mention = CallOutCandidates.Find(rest[from..]).OrderBy(c => c.Index).Where(c => NoteSequence.CouldCall(c.Digits, wanted)).Select(c => (int?)(offset + c.Index + c.Length)).FirstOrDefault();
                    if (mention is null)
                    {
                        break;
                    }

                    from = mention.Value;
                }

                var start = BareStart(due).Match(rest, from);
                if (!start.Success)
                {
                    break;
                }

                pieces.Add(rest[cut..start.Index].Trim());
                cut = start.Index;
                from = start.Index + due.Length;
                footOnPage = true;
                expected++;
            }

            pieces.Add(rest[cut..].Trim());
        }

        return pieces.Where(p => p.Length > 0);
    }

    private static Regex BareStart(string number) =>
        new($@"(?<=\s){number}(?=\s+[\p{{Lu}}_“""‘(\d])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^\s*(?:#+\s*)?(?:end\s*)?notes\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)\s]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<![\p{L}\d])[_*]+|[_*]+(?![\p{L}\d])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s*\(\^(?<n>\d{1,3})\)\s*")]
    private static partial Regex ExplicitNoteStart();

    [GeneratedRegex(@"\s\^(?<n>\d{1,3})")]
    private static partial Regex CallOut();

    [GeneratedRegex(@"^\d{1,3}")]
    private static partial Regex NumberAtStart();
}
