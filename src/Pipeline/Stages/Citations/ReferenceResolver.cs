using System.Collections.Immutable;
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

    public ImmutableArray<Resolution> Resolve(IReadOnlyList<NoteReference> references)
    {
        var output = ImmutableArray.CreateBuilder<Resolution>(references.Count);
        var fulls = new FullReferenceIndex();
        foreach (var reference in references)
        {
            // Ibid compares no keys; the others compute theirs once here.
            var form = reference.Parsed.Parts.Form;
            var keys = form == ReferenceForm.Ibid ? null : EntryKeys.Of(reference.Parsed.Parts);
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
        }

        return output.MoveToImmutable();
    }

    private Resolution ResolveFull(NoteReference reference, EntryKeys keys)
    {
        var match = matcher.MatchFull(keys);
        return Build(reference, match.Strength, match.Strength == MatchStrength.Strong ? match.Entry?.Id : null, Describe(match), reference);
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
        foreach (var previous in _earlier)
        {
            var title = isArticle ? previous.Keys.Article : previous.Keys.Monograph;
            if (title == shortTitle)
            {
                exact.Add(previous);
            }
            else if (MatchKey.StartsWithWords(title, shortTitle))
            {
                prefix.Add(previous);
            }
        }

        var candidates = exact.Count > 0 ? exact : prefix;
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

        var work = before.Work ?? before.Reference;
        return before.IsResolved
            ? Build(reference, MatchStrength.Strong, before.BibliographyId, $"ibid: note {before.Reference.NoteLabel}", work)
            : Build(reference, before.Strength, null, $"ibid: note {before.Reference.NoteLabel}, which is not resolved: {before.Reason}", work);
    }

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
