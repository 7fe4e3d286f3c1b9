using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Resolves the references of a document's notes in reading order: full references against the
/// bibliography, short forms against the full reference given earlier, ibid against the preceding
/// note's last reference.
/// </summary>
internal sealed class ReferenceResolver(BibliographyMatcher matcher)
{
    // Scratch lists reused by every short form: each resolution clears them before use.
    private readonly List<IndexedReference> _earlier = [];
    private readonly List<IndexedReference> _exact = [];
    private readonly List<IndexedReference> _prefix = [];
    private readonly List<IndexedReference> _contained = [];
    private readonly List<IndexedReference> _numberOnly = [];

    // The work each surname was last cited for, for "op. cit.", which means that work.
    // Null when the author's last citation names a work not found before: that work is not known.
    private readonly Dictionary<string, Resolution?> _lastBySurname = new(StringComparer.Ordinal);

    private readonly AuthorsCited _authors = new();

    // The keys computed for each reference met so far: the work a later short form or ibid resolves
    // to is one of them, and its titles need not be folded again each time it is remembered.
    private readonly Dictionary<NoteReference, EntryKeys> _keysOf = new(ReferenceEqualityComparer.Instance);

    public ImmutableArray<Resolution> Resolve(IReadOnlyList<NoteReference> references)
    {
        var output = ImmutableArray.CreateBuilder<Resolution>(references.Count);
        var fulls = new FullReferenceIndex();
        foreach (var reference in references)
        {
            // Ibid compares no keys; the others compute theirs once here.
            var form = reference.Parsed.Parts.Form;
            var keys = form == ReferenceForm.Ibid ? null : EntryKeys.Of(reference.Parsed.Parts);
            if (keys is not null)
            {
                _keysOf[reference] = keys;
            }
            if (reference.Parsed.DeclaresShortForm && LastFullInNote(reference, output) is { } declaring)
            {
                // The announced short form names the work just cited, and later notes may use it.
                output.Add(Build(reference, declaring.Strength, declaring.BibliographyId, $"short form announced for the work of note {declaring.Reference.NoteLabel}", declaring.Reference));
                fulls.Add(declaring, keys!);
                continue;
            }

            var resolution = form switch
            {
                ReferenceForm.Ibid => ResolveIbid(reference, output),
                ReferenceForm.Short => ResolveShort(reference, keys!, fulls),
                _ => ResolveFull(reference, keys!),
            };
            output.Add(resolution);
            if (form == ReferenceForm.Full)
            {
                fulls.Add(resolution, keys!);
            }

            Remember(resolution, keys);
            _authors.Add(resolution, keys);
        }

        return output.MoveToImmutable();
    }

    private Resolution ResolveFull(NoteReference reference, EntryKeys keys)
    {
        var match = matcher.MatchFull(keys);
        if (match.Strength != MatchStrength.Strong && !keys.Surnames.IsEmpty && !match.Reason.Contains("year", StringComparison.Ordinal))
        {
            // Notes that cite against a bibliography often shorten the title even in their first
            // reference ("Galbreath, “Sponsors,” 64."): the entry whose title it begins, if only one.
            var shortened = matcher.MatchShort(keys);
            if (shortened.Strength == MatchStrength.Strong && shortened.Entry is { } entry && keys.YearsAgreeWith(matcher.KeysOf(entry)))
            {
                return Build(reference, MatchStrength.Strong, entry.Id, shortened.Reason, reference);
            }
        }

        return Build(reference, match.Strength, match.Strength == MatchStrength.Strong ? match.Entry?.Id : null, Describe(match), reference);
    }

    private static Resolution? LastFullInNote(NoteReference reference, ImmutableArray<Resolution>.Builder earlier)
    {
        for (var i = earlier.Count - 1; i >= 0 && earlier[i].Reference.NoteIndex == reference.NoteIndex; i--)
        {
            if (earlier[i].Reference.Parsed.Parts.Form == ReferenceForm.Full)
            {
                return earlier[i];
            }
        }

        return null;
    }

    private Resolution ResolveShort(NoteReference reference, EntryKeys keys, FullReferenceIndex fulls)
    {
        var isArticle = keys.HasArticle;
        var shortTitle = isArticle ? keys.Article : keys.Monograph;
        var exact = _exact;
        var prefix = _prefix;
        exact.Clear();
        prefix.Clear();
        fulls.LatestFirst(keys.Surnames, _earlier);
        if (reference.Parsed.InProse)
        {
            return ResolveInProse(reference, keys);
        }

        if (_earlier.Count == 0 && !keys.Surnames.IsEmpty)
        {
            fulls.MentionedLatestFirst(keys.Surnames, _earlier);
        }

        if (shortTitle.Length == 0 && keys.Monograph.Length == 0 && keys.Article.Length == 0)
        {
            return ResolveAuthorOnly(reference, keys);
        }

        var contained = _contained;
        var numberOnly = _numberOnly;
        contained.Clear();
        numberOnly.Clear();
        foreach (var previous in _earlier)
        {
            var title = isArticle ? previous.Keys.Article : previous.Keys.Monograph;
            if (title == shortTitle || (!isArticle && previous.Keys.Article == shortTitle))
            {
                exact.Add(previous);
            }
            else if (MatchKey.StartsWithWords(title, shortTitle))
            {
                prefix.Add(previous);
            }
            else if (!keys.Surnames.IsEmpty && (MatchKey.ContainsHeadWords(title, shortTitle) || MatchKey.ContainsHeadWords(previous.Keys.Monograph, shortTitle)))
            {
                // "Schoolcraft, *Memoirs*" for "Schoolcraft, *Personal Memoirs of a Residence …*": by the same author.
                contained.Add(previous);
            }
            else if (MatchKey.DiffersInNumberOnly(title, shortTitle))
            {
                // "*Journal*, I, 13" for the work announced as "[Hereafter cited as *Journals*.]": taken only when nothing closer fits.
                numberOnly.Add(previous);
            }
        }

        var candidates = exact.Count > 0 ? exact : prefix.Count > 0 ? prefix : contained.Count > 0 ? contained : numberOnly;
        var works = DistinctWorks(candidates);
        if (candidates.Count > 0 && works == 1)
        {
            var target = candidates[0].Resolution;
            var how = exact.Count > 0 ? "short form of" : "short title of";
            return target.IsResolved
                ? Build(reference, MatchStrength.Strong, target.BibliographyId, $"{how} note {target.Reference.NoteLabel}", target.Reference)
                : Build(reference, target.Strength, null, $"{how} note {target.Reference.NoteLabel}, which is not resolved: {target.Reason}", target.Reference);
        }

        if (candidates.Count > 0)
        {
            var notes = string.Join(", ", candidates.Select(c => c.Resolution.Reference.NoteLabel));
            return Build(reference, MatchStrength.Weak, null, $"ambiguous short form: {works} different works in notes {notes} fit", null);
        }

        var direct = matcher.MatchShort(keys);
        return Build(reference, direct.Strength, direct.Strength == MatchStrength.Strong ? direct.Entry?.Id : null, Describe(direct), null);
    }

    private void Remember(Resolution resolution, EntryKeys? keys)
    {
        if (resolution.Work is not { } work)
        {
            // "Burnett, Letters, VII, 192." naming a work not found before: the work an author was
            // last cited for is no longer known, so a later "Burnett, op. cit." must not guess it.
            if (!resolution.IsResolved && keys is not null && (keys.Monograph.Length > 0 || keys.Article.Length > 0))
            {
                foreach (var surname in keys.Surnames)
                {
                    _lastBySurname[surname] = null;
                }
            }

            return;
        }

        var target = ReferenceEquals(work, resolution.Reference) ? resolution : resolution with { Reference = work };
        var surnames = (_keysOf.TryGetValue(work, out var workKeys) ? workKeys : EntryKeys.Of(work.Parsed.Parts)).Surnames;
        foreach (var surname in surnames.IsEmpty ? work.Parsed.Mentioned : surnames)
        {
            _lastBySurname[surname] = target;
        }
    }

    /// <summary>"Smith, 25." or "Smith, op. cit.": the one work by that author cited before, or listed.</summary>
    private Resolution ResolveAuthorOnly(NoteReference reference, EntryKeys keys)
    {
        if (keys.Surnames.IsEmpty)
        {
            return Build(reference, MatchStrength.None, null, "no author and no title to resolve by", null);
        }

        Resolution? remembered = null;
        var known = keys.Surnames.Length == 1 && _lastBySurname.TryGetValue(keys.Surnames[0], out remembered);
        if (known && remembered is null)
        {
            return Build(reference, MatchStrength.Weak, null, "author named alone, but the author's last citation names a work not found before", null);
        }

        if (reference.Parsed.OpCit && keys.Surnames.Length == 1 && remembered is { } last)
        {
            return last.IsResolved
                ? Build(reference, MatchStrength.Strong, last.BibliographyId, $"op. cit.: the author's work last cited, in note {last.Reference.NoteLabel}", last.Reference)
                : Build(reference, last.Strength, null, $"op. cit.: the author's work last cited, in note {last.Reference.NoteLabel}, which is not resolved: {last.Reason}", last.Reference);
        }

        var works = DistinctWorks(_earlier);
        if (works == 1)
        {
            var target = _earlier[0].Resolution;
            return target.IsResolved
                ? Build(reference, MatchStrength.Strong, target.BibliographyId, $"the author's work cited in note {target.Reference.NoteLabel}", target.Reference)
                : Build(reference, target.Strength, null, $"the author's work cited in note {target.Reference.NoteLabel}, which is not resolved: {target.Reason}", target.Reference);
        }

        if (works > 1)
        {
            var notes = string.Join(", ", _earlier.Select(c => c.Resolution.Reference.NoteLabel).Distinct());
            return Build(reference, MatchStrength.Weak, null, $"author named alone, but {works} of the author's works are cited before (notes {notes})", null);
        }

        var direct = matcher.MatchAuthor(keys);
        return Build(reference, direct.Strength, direct.Strength == MatchStrength.Strong ? direct.Entry?.Id : null, Describe(direct), null);
    }

    /// <summary>
    /// A surname opening a note's prose: the one work of that author cited before, or nothing. A
    /// person named in prose is as often the subject as the source, so no bibliography entry is
    /// matched on the name alone and no mention stands in for an author.
    /// </summary>
    private Resolution ResolveInProse(NoteReference reference, EntryKeys keys)
    {
        if (keys.Surnames.Length != 1 || _authors.OnlyWork(keys.Surnames[0]) is not { } target)
        {
            var why = keys.Surnames.Length == 1 && _authors.Cited(keys.Surnames[0])
                ? "the author's works cited before are several or not all known"
                : "no work of that author is cited before";
            return Build(reference, MatchStrength.None, null, $"a surname opening the note's prose, with a quoted page, but {why}", null);
        }

        var note = (target.Work ?? target.Reference).NoteLabel;
        return target.IsResolved
            ? Build(reference, MatchStrength.Strong, target.BibliographyId, $"the author named in the note's prose, whose work is cited in note {note}", target.Work)
            : Build(reference, target.Strength, null, $"the author named in the note's prose, whose work is cited in note {note}, which is not resolved: {target.Reason}", target.Work);
    }

    private static Resolution ResolveIbid(NoteReference reference, ImmutableArray<Resolution>.Builder earlier)
    {
        var before = earlier.Count == 0 ? null : earlier[^1];
        if (before is null)
        {
            return Build(reference, MatchStrength.None, null, "ibid with no earlier reference", null);
        }

        // Ibid points at the immediately preceding note; a gap makes the target a guess.
        if (before.Reference.NoteIndex < reference.NoteIndex - 1)
        {
            return Build(reference, MatchStrength.Weak, null, $"ibid, but the preceding note has no reference (last one is in note {before.Reference.NoteLabel})", null);
        }

        // Notes a reader put out of their printed order: the reference before is not the note numbered before.
        if (!FollowsInNumbering(before.Reference.NoteLabel, reference.NoteLabel))
        {
            return Build(reference, MatchStrength.Weak, null, $"ibid, but the reference before it is in note {before.Reference.NoteLabel}, which is not the note numbered before", null);
        }

        var work = before.Work ?? before.Reference;
        return before.IsResolved
            ? Build(reference, MatchStrength.Strong, before.BibliographyId, $"ibid: note {before.Reference.NoteLabel}", work)
            : Build(reference, before.Strength, null, $"ibid: note {before.Reference.NoteLabel}, which is not resolved: {before.Reason}", work);
    }

    /// <summary>True when the labels are not both numbers, or the earlier one is the same note or the one numbered just before.</summary>
    private static bool FollowsInNumbering(string earlier, string label) =>
        !int.TryParse(earlier, NumberStyles.None, CultureInfo.InvariantCulture, out var before)
        || !int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        || before == number || before == number - 1;

    private static Resolution Build(NoteReference reference, MatchStrength strength, string? id, string reason, NoteReference? work)
    {
        // A parsed reference carries no link yet: an unlinked one keeps its parts as they are.
        var parts = reference.Parsed.Parts;
        return new(reference, parts.BibliographyId == id ? parts : parts with { BibliographyId = id }, strength, id, reason, work);
    }

    private static string Describe(EntryMatch match) => match.Strength switch
    {
        MatchStrength.Strong => match.Reason,
        MatchStrength.Weak => $"weak match to {match.Entry?.Id} ({match.Reason})",
        _ => match.Reason,
    };

    /// <summary>How many different works the references name: article, book and year taken together.</summary>
    private static int DistinctWorks(List<IndexedReference> references)
    {
        var works = 0;
        for (var i = 0; i < references.Count; i++)
        {
            var keys = references[i].Keys;
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                var other = references[j].Keys;
                seen = keys.Article == other.Article && keys.Monograph == other.Monograph && keys.Year == other.Year;
            }

            works += seen ? 0 : 1;
        }

        return works;
    }
}
