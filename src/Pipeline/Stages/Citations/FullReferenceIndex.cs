using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The full references met so far, indexed by author surname with their title keys computed once, so
/// resolving a short form looks only at works by the same people: a long document with tens of
/// thousands of notes stays linear instead of comparing every short form with every earlier note.
/// </summary>
internal sealed class FullReferenceIndex
{
    private readonly List<IndexedReference> _all = [];
    private readonly Dictionary<string, List<IndexedReference>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedReference>> _byMention = new(StringComparer.Ordinal);

    public void Add(Resolution resolution, EntryKeys keys)
    {
        var indexed = new IndexedReference(_all.Count, resolution, keys);
        _all.Add(indexed);
        foreach (var name in resolution.Reference.Parsed.Mentioned)
        {
            if (!_byMention.TryGetValue(name, out var mentions))
            {
                mentions = [];
                _byMention[name] = mentions;
            }

            mentions.Add(indexed);
        }

        foreach (var surname in keys.Surnames)
        {
            if (!_bySurname.TryGetValue(surname, out var list))
            {
                list = [];
                _bySurname[surname] = list;
            }

            list.Add(indexed);
        }
    }

    /// <summary>
    /// Fills <paramref name="found"/> with the earlier full references that share a surname with
    /// <paramref name="surnames"/> (all of them when the short form names nobody), most recent first,
    /// each once.
    /// </summary>
    public void LatestFirst(ImmutableArray<string> surnames, List<IndexedReference> found)
    {
        found.Clear();
        if (surnames.IsEmpty)
        {
            AddReversed(_all, found);
            return;
        }

        if (surnames.Length == 1)
        {
            // One name's list holds each reference once, in order.
            if (_bySurname.TryGetValue(surnames[0], out var only))
            {
                AddReversed(only, found);
            }

            return;
        }

        var seen = new HashSet<int>();
        foreach (var surname in surnames)
        {
            if (_bySurname.TryGetValue(surname, out var list))
            {
                found.AddRange(list.Where(r => seen.Add(r.Order)));
            }
        }

        found.Sort((a, b) => b.Order.CompareTo(a.Order));
    }

    /// <summary>
    /// Fills <paramref name="found"/> with the earlier full references that name no author but whose
    /// sentence names the one surname given, most recent first.
    /// </summary>
    public void MentionedLatestFirst(ImmutableArray<string> surnames, List<IndexedReference> found)
    {
        found.Clear();
        if (surnames.Length == 1 && _byMention.TryGetValue(surnames[0], out var list))
        {
            AddReversed(list, found);
        }
    }

    private static void AddReversed(List<IndexedReference> references, List<IndexedReference> found)
    {
        for (var i = references.Count - 1; i >= 0; i--)
        {
            found.Add(references[i]);
        }
    }
}

/// <summary>A full reference with its position among the full references and its comparison keys.</summary>
internal sealed record IndexedReference(int Order, Resolution Resolution, EntryKeys Keys);
