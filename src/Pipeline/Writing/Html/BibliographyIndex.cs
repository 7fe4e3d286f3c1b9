using System.Xml.Linq;

namespace Pipeline.Writing.Html;

/// <summary>
/// The bibliography entries of a TEI document by id, each with a short label (author, title, date) that a
/// linked reference shows, so an ibid or a short form says which work it resolved to.
/// </summary>
internal sealed class BibliographyIndex
{
    // A plain dictionary: it is built for one page and asked once per reference, too few lookups for
    // a frozen one's analysis of its keys to pay off.
    private readonly Dictionary<string, BibliographyLabel> _entries;

    private BibliographyIndex(Dictionary<string, BibliographyLabel> entries) => _entries = entries;

    public static BibliographyIndex From(TeiLookups lookups)
    {
        var entries = new Dictionary<string, BibliographyLabel>(StringComparer.Ordinal);
        foreach (var bibl in lookups.BibliographyLists.Elements(TeiDocument.Ns + "bibl"))
        {
            if (TeiDocument.XmlId(bibl) is { Length: > 0 } id)
            {
                entries.TryAdd(id, new BibliographyLabel(Label(bibl), TeiText.Of(bibl)));
            }
        }

        return new BibliographyIndex(entries);
    }

    public bool TryGet(string id, out BibliographyLabel label) => _entries.TryGetValue(id, out label!);

    private static string Label(XElement bibl)
    {
        var parts = new List<string>(2);
        var author = bibl.Elements(TeiDocument.Ns + "author").Concat(bibl.Elements(TeiDocument.Ns + "editor")).FirstOrDefault();
        if (author is not null)
        {
            parts.Add(TeiText.Of(author));
        }

        if (bibl.Elements(TeiDocument.Ns + "title").FirstOrDefault() is { } title)
        {
            parts.Add(TeiText.Of(title));
        }

        var label = parts.Count == 0 ? TeiText.Of(bibl) : string.Join(", ", parts);
        return bibl.Elements(TeiDocument.Ns + "date").FirstOrDefault() is { } date ? $"{label} ({TeiText.Of(date)})" : label;
    }
}

/// <summary>A bibliography entry as a reference link shows it: a short label and the whole entry's text.</summary>
internal sealed record BibliographyLabel(string Label, string Text);
