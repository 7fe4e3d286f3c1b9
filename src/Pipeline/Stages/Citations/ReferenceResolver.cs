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
    public ImmutableArray<Resolution> Resolve(IReadOnlyList<NoteReference> references)
    {
        var output = new List<Resolution>();
        var fulls = new FullReferenceIndex();
        foreach (var reference in references)
        {
            var resolution = reference.Parsed.Parts.Form switch
            {
                ReferenceForm.Ibid => ResolveIbid(reference, output),
                ReferenceForm.Short => ResolveShort(reference, fulls),
                _ => ResolveFull(reference),
            };
            output.Add(resolution);
            if (reference.Parsed.Parts.Form == ReferenceForm.Full)
            {
                fulls.Add(resolution);
            }
        }

        return [.. output];
    }

    private Resolution ResolveFull(NoteReference reference)
    {
        var match = matcher.MatchFull(reference.Parsed.Parts);
        return Build(reference, match.Strength, match.Strength == MatchStrength.Strong ? match.Entry?.Id : null, Describe(match), reference);
    }

    private Resolution ResolveShort(NoteReference reference, FullReferenceIndex fulls)
    {
        var parts = reference.Parsed.Parts;
        var surnames = BibliographyMatcher.Surnames(parts);
        var isArticle = parts.ArticleTitle is not null;
        var shortTitle = MatchKey.Of(isArticle ? parts.ArticleTitle : parts.MonographTitle);
        var exact = new List<Resolution>();
        var prefix = new List<Resolution>();
        foreach (var previous in fulls.LatestFirst(surnames))
        {
            var title = isArticle ? previous.ArticleKey : previous.MonographKey;
            if (title == shortTitle)
            {
                exact.Add(previous.Resolution);
            }
            else if (MatchKey.StartsWithWords(title, shortTitle))
            {
                prefix.Add(previous.Resolution);
            }
        }

        var candidates = exact.Count > 0 ? exact : prefix;
        var works = candidates.Select(c => WorkKey(c.Reference.Parsed.Parts)).Distinct().Count();
        if (candidates.Count > 0 && works == 1)
        {
            var target = candidates[0];
            var how = exact.Count > 0 ? "short form of" : "short title of";
            return target.IsResolved
                ? Build(reference, MatchStrength.Strong, target.BibliographyId, $"{how} note {target.Reference.NoteLabel}", target.Reference)
                : Build(reference, target.Strength, null, $"{how} note {target.Reference.NoteLabel}, which is not resolved: {target.Reason}", target.Reference);
        }

        if (candidates.Count > 0)
        {
            var notes = string.Join(", ", candidates.Select(c => c.Reference.NoteLabel));
            return Build(reference, MatchStrength.Weak, null, $"ambiguous short form: {works} different works in notes {notes} fit", null);
        }

        var direct = matcher.MatchShort(parts);
        return Build(reference, direct.Strength, direct.Strength == MatchStrength.Strong ? direct.Entry?.Id : null, Describe(direct), null);
    }

    private static Resolution ResolveIbid(NoteReference reference, List<Resolution> earlier)
    {
        var before = earlier.LastOrDefault();
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

    private static Resolution Build(NoteReference reference, MatchStrength strength, string? id, string reason, NoteReference? work) =>
        new(reference, reference.Parsed.Parts with { BibliographyId = id }, strength, id, reason, work);

    private static string Describe(EntryMatch match) => match.Strength switch
    {
        MatchStrength.Strong => match.Reason,
        MatchStrength.Weak => $"weak match to {match.Entry?.Id} ({match.Reason})",
        _ => match.Reason,
    };

    private static string WorkKey(BibliographicReference parts) =>
        MatchKey.Of(parts.ArticleTitle) + "|" + MatchKey.Of(parts.MonographTitle) + "|" + MatchKey.Year(parts.Date);
}
