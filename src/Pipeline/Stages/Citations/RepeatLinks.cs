using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Points ibid and short forms that no bibliography entry resolves at the earlier reference whose work
/// they repeat: that reference gets an id, the repeat a <c>sameAs</c> to it. Essays without a
/// bibliography are linked this way, note to note.
/// </summary>
internal static class RepeatLinks
{
    public static ImmutableArray<Resolution> Apply(ImmutableArray<Resolution> resolutions)
    {
        Dictionary<NoteReference, string>? targets = null;
        foreach (var resolution in resolutions)
        {
            if (Repeated(resolution) is { } work)
            {
                targets ??= new Dictionary<NoteReference, string>(ReferenceEqualityComparer.Instance);
                targets.TryAdd(work, string.Empty);
            }
        }

        if (targets is null)
        {
            return resolutions;
        }

        // A note's references are consecutive in reading order: the id numbers them within their note.
        var ordinal = 0;
        string? note = null;
        foreach (var resolution in resolutions)
        {
            var reference = resolution.Reference;
            ordinal = reference.NoteId == note ? ordinal + 1 : 1;
            note = reference.NoteId;
            if (targets.ContainsKey(reference))
            {
                targets[reference] = $"{reference.NoteId}-bibl-{ordinal}";
            }
        }

        var output = ImmutableArray.CreateBuilder<Resolution>(resolutions.Length);
        foreach (var resolution in resolutions)
        {
            var parts = resolution.Parts;
            if (targets.TryGetValue(resolution.Reference, out var id))
            {
                parts = parts with { Id = id };
            }

            if (Repeated(resolution) is { } work)
            {
                parts = parts with { SameAs = targets[work] };
            }

            output.Add(ReferenceEquals(parts, resolution.Parts) ? resolution : resolution with { Parts = parts });
        }

        return output.MoveToImmutable();
    }

    /// <summary>The earlier reference, in another note, whose work an unlinked repeat names; null for anything else.</summary>
    private static NoteReference? Repeated(Resolution resolution) =>
        resolution.BibliographyId is null && resolution.Work is { } work && work.NoteIndex < resolution.Reference.NoteIndex ? work : null;
}
