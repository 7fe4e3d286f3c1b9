using System.Runtime.InteropServices;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// A printed line (or, on a page with columns, the part of a line in one column): its glyphs left
/// to right, raised call-outs included, with the line's baseline and the size of its ordinary glyphs.
/// </summary>
internal sealed class PdfLine
{
    /// <summary>A word space is a space glyph or a gap wider than this share of the type size.</summary>
    private const double SpaceGap = 0.13;

    private readonly List<PdfGlyph> _all;

    public PdfLine(List<PdfGlyph> glyphs, int page)
    {
        _all = glyphs;
        Page = page;
        Refresh();
    }

    /// <summary>The printed glyphs left to right (space glyphs removed), each knowing whether a space precedes it.</summary>
    public List<PdfGlyph> Glyphs { get; private set; } = [];

    public int Page { get; }

    /// <summary>
    /// Set where the page's paragraphs are known before assembly (a scanned page, reflowed by OCR
    /// as a figure is): true when the line starts a paragraph, false when it goes on the one above.
    /// Null on a typeset page, whose paragraphs come from gaps and indents.
    /// </summary>
    public bool? StartsParagraph { get; init; }

    /// <summary>The 1-based number of the line in reading order over the whole document (set when ordered).</summary>
    public int Number { get; set; }

    public double Baseline { get; private set; }

    /// <summary>The left edge most lines of this line's column start at (set when the column is read).</summary>
    public double ColumnLeft { get; set; }

    /// <summary>The right edge full lines of this line's column reach (set when the column is read).</summary>
    public double ColumnRight { get; set; }

    /// <summary>The display a typesetter's placement line names ("Figure 2"), or null for any other line (set when blocks are read).</summary>
    public string? Placement { get; set; }

    public double Left { get; private set; }

    public double Right { get; private set; }

    /// <summary>The size most of the line's ordinary (not raised) glyphs have.</summary>
    public double Size { get; private set; }

    /// <summary>True when every letter of the line is bold.</summary>
    public bool AllBold { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>Takes the glyphs of <paramref name="raised"/> into the line, marked raised (a superscript call-out's line).</summary>
    public void AbsorbRaised(PdfLine raised)
    {
        // Grown to its exact new size at once (EnsureCapacity would double it): a row's list is made at its size.
        var glyphs = raised._all;
        if (_all.Capacity < _all.Count + glyphs.Count)
        {
            _all.Capacity = _all.Count + glyphs.Count;
        }

        foreach (var glyph in glyphs)
        {
            _all.Add(glyph with { Raised = true });
        }

        Refresh();
    }

    /// <summary>Every glyph of the line, spaces included; their <see cref="PdfGlyph.SpaceBefore"/> says nothing (<see cref="Glyphs"/> has it).</summary>
    public IReadOnlyList<PdfGlyph> AllGlyphs => _all;

    /// <summary>Replaces glyphs (a private-use glyph by its letters) and measures the line again.</summary>
    public void Map(Func<PdfGlyph, PdfGlyph> map)
    {
        for (var i = 0; i < _all.Count; i++)
        {
            _all[i] = map(_all[i]);
        }

        Refresh();
    }

    private void Refresh()
    {
        // Glyphs mostly come left to right already; only then, with no two at one place, is the sort skipped
        // (an unstable sort may reorder glyphs that share a left edge, and must go on doing so alike).
        if (!StrictlyLeftToRight(_all))
        {
            _all.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        Glyphs = _all.Count > 0 && !HasSpaceGlyph(_all) ? MarkSpacesInPlace(_all) : Visible(_all);

        // Raised call-outs say nothing about the line's baseline, size or weight unless the line is nothing else.
        var skipRaised = HasRaised(Glyphs, true) && HasRaised(Glyphs, false);
        Baseline = Glyphs[MostCommon(Glyphs, skipRaised, bySize: false).First].Baseline;
        Left = Glyphs[0].Left;
        Right = Glyphs[0].Right;
        var letters = 0;
        var boldLetters = 0;
        foreach (var glyph in CollectionsMarshal.AsSpan(Glyphs))
        {
            Right = Math.Max(Right, glyph.Right);
            if ((!skipRaised || !glyph.Raised) && HasLetter(glyph.Value))
            {
                letters++;
                boldLetters += (glyph.Face & FontFace.Bold) != 0 ? 1 : 0;
            }
        }

        Size = MostCommon(Glyphs, skipRaised, bySize: true).Key;
        AllBold = letters > 0 && boldLetters == letters;
        Text = TextOf(Glyphs);
    }

    /// <summary>
    /// A line without space glyphs (most typesetters leave them out) is its own list of printed
    /// glyphs: each is marked in place, not copied into another list. Nothing reads the marks on
    /// <see cref="AllGlyphs"/>, and every measuring marks them again.
    /// </summary>
    private static List<PdfGlyph> MarkSpacesInPlace(List<PdfGlyph> glyphs)
    {
        var span = CollectionsMarshal.AsSpan(glyphs);
        span[0] = span[0] with { SpaceBefore = false };
        for (var i = 1; i < span.Length; i++)
        {
            ref readonly var previous = ref span[i - 1];
            span[i] = span[i] with { SpaceBefore = span[i].Left - previous.Right > SpaceGap * Math.Max(span[i].Size, previous.Size) };
        }

        return glyphs;
    }

    private static bool HasSpaceGlyph(List<PdfGlyph> glyphs)
    {
        foreach (var glyph in CollectionsMarshal.AsSpan(glyphs))
        {
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRaised(List<PdfGlyph> glyphs, bool raised)
    {
        foreach (var glyph in CollectionsMarshal.AsSpan(glyphs))
        {
            if (glyph.Raised == raised)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The printed glyphs, space glyphs left out, each marked with whether a space (a glyph or a gap) precedes it.</summary>
    private static List<PdfGlyph> Visible(List<PdfGlyph> all)
    {
        var visible = new List<PdfGlyph>(all.Count);
        var space = false;
        foreach (var glyph in all)
        {
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                space = visible.Count > 0;
                continue;
            }

            var gap = visible.Count > 0 && glyph.Left - visible[^1].Right > SpaceGap * Math.Max(glyph.Size, visible[^1].Size);
            visible.Add(glyph with { SpaceBefore = visible.Count > 0 && (space || gap) });
            space = false;
        }

        return visible.Count > 0 ? visible : [.. all.Take(1)];
    }

    /// <summary>The glyphs' text with a space where one is marked, made at its length (lines are long).</summary>
    private static string TextOf(List<PdfGlyph> glyphs)
    {
        var length = 0;
        foreach (var glyph in glyphs)
        {
            length += glyph.Value.Length + (glyph.SpaceBefore && length > 0 ? 1 : 0);
        }

        return string.Create(length, glyphs, static (span, glyphs) =>
        {
            var at = 0;
            foreach (var glyph in glyphs)
            {
                if (glyph.SpaceBefore && at > 0)
                {
                    span[at++] = ' ';
                }

                glyph.Value.AsSpan().CopyTo(span[at..]);
                at += glyph.Value.Length;
            }
        });
    }

    /// <summary>
    /// The most frequent key (a baseline to a tenth of a point, or a size to half a point) and the index
    /// of the first glyph that has it, raised glyphs left out with <paramref name="skipRaised"/>; a tie
    /// goes to the baseline seen first, or to the larger size. Every line is measured, often more than
    /// once, and has few distinct keys: counting in place beats grouping, which copies every glyph.
    /// </summary>
    private static (double Key, int First) MostCommon(List<PdfGlyph> list, bool skipRaised, bool bySize)
    {
        var glyphs = CollectionsMarshal.AsSpan(list);

        // Few keys are distinct: a long line takes a heap buffer only once it has more than 64 of them.
        Span<(double Key, int Count, int First)> counts = stackalloc (double, int, int)[Math.Min(glyphs.Length, 64)];
        var distinct = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            ref readonly var glyph = ref glyphs[i];
            if (skipRaised && glyph.Raised)
            {
                continue;
            }

            var k = bySize ? Math.Round(glyph.Size * 2) / 2 : Math.Round(glyph.Baseline, 1);
            var j = 0;
            while (j < distinct && !counts[j].Key.Equals(k))
            {
                j++;
            }

            if (j < distinct)
            {
                counts[j].Count++;
            }
            else
            {
                if (distinct == counts.Length)
                {
                    var larger = new (double, int, int)[glyphs.Length];
                    counts.CopyTo(larger);
                    counts = larger;
                }

                counts[distinct++] = (k, 1, i);
            }
        }

        var best = counts[0];
        foreach (var candidate in counts[1..distinct])
        {
            if (candidate.Count > best.Count || (bySize && candidate.Count == best.Count && candidate.Key > best.Key))
            {
                best = candidate;
            }
        }

        return (best.Key, best.First);
    }

    private static bool StrictlyLeftToRight(List<PdfGlyph> glyphs)
    {
        for (var i = 1; i < glyphs.Count; i++)
        {
            if (!(glyphs[i - 1].Left < glyphs[i].Left))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"p{Page} y{Baseline:0.#} x{Left:0.#}-{Right:0.#} s{Size}: {Text}";
}
