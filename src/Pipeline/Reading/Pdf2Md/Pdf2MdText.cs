using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Language;
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
    public static string ToLines(string markdown) => ToLines(markdown, new DiagnosticBag(string.Empty));

    /// <summary>The rewritten text; what the rewrite declined to guess is reported in <paramref name="diagnostics"/>, by line of that text.</summary>
    public static string ToLines(string markdown, DiagnosticBag diagnostics)
    {
        var lines = GluedRunningHeads.Cut(SourceLines.Split(markdown));
        var endnotes = lines.Any(l => NotesHeading().IsMatch(l));
        var output = new StringBuilder(markdown.Length + 1024);
        var state = new NoteState { Expected = 1 };
        var block = new StringBuilder();
        var afterHeading = false;

        void Flush()
        {
            if (block.Length == 0)
            {
                return;
            }

            var raw = block.ToString();
            block.Clear();
            var head = RunInSectionHead(raw);
            var heading = head is not null || HeadingMarks().IsMatch(raw);

            // One blank line more before a heading than between other blocks, so that it stays apart from the
            // paragraph before it however the reader counts blank lines (in double-spaced text only runs count).
            if (heading && !afterHeading)
            {
                output.Append('\n');
            }

            afterHeading = heading && head is null;
            if (head is not null)
            {
                output.Append(Clean(head.Value.Name)).Append('\n');
                raw = head.Value.After;
            }

            var text = Clean(raw);
            state.LeftWhole = null;
            foreach (var piece in endnotes ? [text] : SplitNotes(text, ref state))
            {
                if (state.LeftWhole is { } whole && piece.StartsWith(whole.Number + " ", StringComparison.Ordinal))
                {
                    ReportLeftWhole(diagnostics, LineAt(output), whole);
                }

                output.Append(piece).Append('\n');
            }
        }

        foreach (var line in lines)
        {
            if (line.Trim() == "<!-- PAGE_BREAK -->")
            {
                Flush();
                output.Append('\f');
                state.FootOnPage = false;
                continue;
            }

            // pdf.js ends every block it found with a blank line, paragraph or not (a paragraph cut by a page or a
            // column goes on in the next block). Doubled, as a double-spaced text gives them, the reader takes each for a
            // paragraph's end where the line before ends a sentence, and for line spacing where it does not.
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                output.Append("\n\n");
                continue;
            }

            block.Append(block.Length > 0 ? " " : string.Empty).Append(line.Trim());
        }

        Flush();
        return output.ToString();
    }

    private static void ReportLeftWhole(DiagnosticBag diagnostics, int line, (string Number, int CallOut) whole) =>
        diagnostics.Warning(
            Pdf2MdCodes.NoteRunsOn,
            line,
            $"note {whole.Number} (line {line}) holds call-out {whole.CallOut}, so the body runs on inside it, but neither a sentence end followed by a lower-case word nor a citation's end that only prose follows before that call-out tells where; the note is left whole");

    private static int LineAt(StringBuilder output)
    {
        var line = 1;
        foreach (var chunk in output.GetChunks())
        {
            line += chunk.Span.Count('\n');
        }

        return line;
    }

    /// <summary>
    /// A section's name that pdf.js set in bold at the start of the block it ran the section's first
    /// paragraph into (<c>**Bibliography** Andrews, Thomas. …</c>): the bold run alone on a line of its
    /// own, so that it heads what follows. Only a name the vocabulary knows as a section's is taken;
    /// a bold run-in phrase of a paragraph ("**Note.** The …") stays in it.
    /// </summary>
    private static (string Name, string After)? RunInSectionHead(string block)
    {
        var match = BoldRunIn().Match(block);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        return BibliographyNames.IsName(name) || BibliographyNames.IsEnd(name)
            ? (name, block[match.Length..])
            : null;
    }

    /// <summary>Heading marks, links as their text, emphasis marks, <c>^N</c> glued to the word before, and line-end hyphens marked.</summary>
    private static string Clean(string text)
    {
        text = HeadingMarks().Replace(text, string.Empty);
        text = MarkdownLink().Replace(text, m => m.Groups["text"].Value);
        text = Emphasis().Replace(text, string.Empty);
        text = SpacedHyphen().Replace(text, "-" + SpacedHyphens.Mark);
        text = SpaceBeforeComma().Replace(text, string.Empty);
        text = ExplicitNoteStart().Replace(text, m => "\u0001" + m.Groups["n"].Value + " ");
        text = CallOut().Replace(text, m => "^" + m.Groups["n"].Value);
        return TextPages.Normalise(text).Replace(" \u0001", "\u0001", StringComparison.Ordinal);
    }

    /// <summary>
    /// Cuts a block before each note start: every explicit <c>(^N)</c>, and a bare number when it is
    /// the note due and the block (or the page before it) has already shown its call-out, or an
    /// earlier block has shown it or a later one (pdf.js puts a page's last lines, call-outs with
    /// them, on the page before). Where an explicit note runs on into the body (a column's text
    /// printed after the notes of the column before) and the body's next call-out is due, the note
    /// ends at the sentence end that a lower-case continuation follows.
    /// </summary>
    private static IEnumerable<string> SplitNotes(string text, ref NoteState state)
    {
        var pieces = new List<string>();
        var explicitParts = text.Split('\u0001');
        var first = true;
        foreach (var part in explicitParts)
        {
            var rest = part;
            if (!first)
            {
                state.FootOnPage = true;
                if (NumberAtStart().Match(rest) is { Success: true } m)
                {
                    state.Expected = int.Parse(m.Value, CultureInfo.InvariantCulture) + 1;
                    var resumed = BodyAfterNote(rest, m.Length, state.Expected, out var callOut);
                    if (resumed is { } bodyAt)
                    {
                        pieces.Add(rest[..bodyAt].Trim());
                        rest = rest[bodyAt..];
                        state.FootOnPage = false;
                    }
                    else if (callOut is { } bodyCallOut)
                    {
                        state.LeftWhole = (m.Value, bodyCallOut);
                    }
                }
            }

            first = false;
            var cut = 0;
            var from = 0;
            while (true)
            {
                var due = state.Expected.ToString(CultureInfo.InvariantCulture);
                var calledEarlier = !state.FootOnPage && state.CalledBefore >= state.Expected;
                if (!state.FootOnPage && !calledEarlier)
                {
                    var wanted = state.Expected;
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

                // Without the call-out in sight, only a run of notes in sequence ("21 MS. … 22 Seward, …") opens the foot.
                if (calledEarlier && !BareStart((state.Expected + 1).ToString(CultureInfo.InvariantCulture)).Match(rest, start.Index + due.Length).Success)
                {
                    break;
                }

                pieces.Add(rest[cut..start.Index].Trim());
                cut = start.Index;
                from = start.Index + due.Length;
                state.FootOnPage = true;
                state.Expected++;
            }

            pieces.Add(rest[cut..].Trim());
        }

        foreach (Match callOut in MarkedCallOut().Matches(text))
        {
            state.CalledBefore = Math.Max(state.CalledBefore, int.Parse(callOut.Groups["n"].Value, CultureInfo.InvariantCulture));
        }

        return pieces.Where(p => p.Length > 0);
    }

    /// <summary>
    /// Where the body resumes inside an explicit note: before a marked call-out of the note due or a
    /// later one, after the last sentence end that a lower-case word follows, or else after the only
    /// sentence end that closes on a number or a bracket (a citation's page, year or source) and that
    /// a capital follows, or of several the first that only prose follows; null when the note carries
    /// no such call-out or no such sentence end (then the note is left whole). The call-out found, if
    /// any, comes back in <paramref name="bodyCallOut"/>.
    /// </summary>
    private static int? BodyAfterNote(string note, int numberLength, int due, out int? bodyCallOut)
    {
        var callOut = MarkedCallOut().Matches(note).FirstOrDefault(c => int.Parse(c.Groups["n"].Value, CultureInfo.InvariantCulture) >= due);
        bodyCallOut = callOut is null ? null : int.Parse(callOut.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (callOut is null)
        {
            return null;
        }

        var resume = ResumedSentence().Matches(note[..callOut.Index])
            .LastOrDefault(r => r.Index > numberLength && !CitationSignals.English.Covers(note, r.Index + r.Length - 1));
        if (resume is not null)
        {
            return resume.Index + resume.Length - 1;
        }

        // Without a lower-case continuation the body may go on with a capital ("…, 1975. It was while"):
        // taken where one sentence end alone closes on a citation's number or bracket, or, of several,
        // at the first after which nothing up to the call-out reads as a citation (a note of two
        // citations runs on after its second, the body's own dates end sentences too).
        var ends = CitationEnd().Matches(note[..callOut.Index]).Where(r => r.Index > numberLength).ToList();
        if (ends.Count == 1)
        {
            return ends[0].Index + ends[0].Length - 1;
        }

        var prose = ends.FirstOrDefault(r => !CitationSignals.English.AnyIn(note[(r.Index + r.Length - 1)..callOut.Index]));
        return prose is null ? null : prose.Index + prose.Length - 1;
    }

    /// <summary>What the note splitting carries from block to block.</summary>
    private struct NoteState
    {
        /// <summary>The number of the note due next.</summary>
        public int Expected;

        /// <summary>True once the page's foot (a note) has been seen.</summary>
        public bool FootOnPage;

        /// <summary>The highest marked call-out (<c>^N</c>) of the blocks before.</summary>
        public int CalledBefore;

        /// <summary>The note of this block that holds a body call-out and was left whole, with that call-out.</summary>
        public (string Number, int CallOut)? LeftWhole;
    }

    private static Regex BareStart(string number) =>
        new($@"(?<=\s){number}(?=\s+[\p{{Lu}}_“""‘(\d])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^\s*(?:#+\s*)?(?:end\s*)?notes\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^\s*(?:\*\*|__)(?<name>[^*_\n]{1,60})(?:\*\*|__)\s+(?=\S)")]
    private static partial Regex BoldRunIn();

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

    // "Con- gress": a word broken at a printed line's end, its halves joined by a space.
    [GeneratedRegex(@"(?<=\p{L}\p{Ll})- (?=\p{Ll})")]
    private static partial Regex SpacedHyphen();

    // "Tanner , Narrative , 28.": pdf.js puts a space between the items of an italic run and the comma
    // after it. No English or French text sets a space before a comma (French spaces colons and
    // semicolons, so those are left alone).
    [GeneratedRegex(@"(?<=[\p{L}\p{N}]) +(?=,(?:\s|$))")]
    private static partial Regex SpaceBeforeComma();

    [GeneratedRegex(@"\^(?<n>\d{1,3})")]
    private static partial Regex MarkedCallOut();

    // A sentence end, "288. occupied": the last character is the continuation's first letter.
    [GeneratedRegex(@"[.!?][”’""]?\s+\p{Ll}")]
    private static partial Regex ResumedSentence();

    // A citation's end before a capital, "220). Frauncis": the last character is the capital.
    [GeneratedRegex(@"[\d)\]]\.[”’""]?\s+\p{Lu}")]
    private static partial Regex CitationEnd();

    [GeneratedRegex(@"^\d{1,3}")]
    private static partial Regex NumberAtStart();
}
