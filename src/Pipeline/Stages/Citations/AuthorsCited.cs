namespace Pipeline.Stages.Citations;

/// <summary>
/// The works each surname has been cited for so far, by any form: what an author named in prose
/// can refer to. An author cited for two works, or for a work not found, has no one work.
/// </summary>
internal sealed class AuthorsCited
{
    private readonly Dictionary<string, Resolution?> _onlyWork = new(StringComparer.Ordinal);

    public void Add(Resolution resolution, EntryKeys? keys)
    {
        // A person named in prose and not taken as a citation says nothing about the author's works.
        if (keys is null || (resolution.Reference.Parsed.InProse && !resolution.IsResolved && resolution.Work is null))
        {
            return;
        }

        var known = resolution.IsResolved || resolution.Work is not null;
        foreach (var surname in keys.Surnames)
        {
            if (!known)
            {
                _onlyWork[surname] = null;
            }
            else if (!_onlyWork.TryGetValue(surname, out var before))
            {
                _onlyWork[surname] = resolution;
            }
            else if (before is not null && !SameWork(before, resolution))
            {
                _onlyWork[surname] = null;
            }
        }
    }

    /// <summary>The one work cited for <paramref name="surname"/>, or null for none, several or an unknown one.</summary>
    public Resolution? OnlyWork(string surname) => _onlyWork.GetValueOrDefault(surname);

    /// <summary>True when <paramref name="surname"/> has been cited at all.</summary>
    public bool Cited(string surname) => _onlyWork.ContainsKey(surname);

    private static bool SameWork(Resolution a, Resolution b) =>
        a.IsResolved || b.IsResolved
            ? string.Equals(a.BibliographyId, b.BibliographyId, StringComparison.Ordinal)
            : ReferenceEquals(a.Work, b.Work);
}
