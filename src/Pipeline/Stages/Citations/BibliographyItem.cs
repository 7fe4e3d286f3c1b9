using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>A parsed bibliography entry: its id, source line and parts.</summary>
internal sealed record BibliographyItem(string Id, int Line, BibliographicReference Parts)
{
    public string Describe() => Describe(Parts);

    /// <summary>"Surname, Title (Year)" for messages.</summary>
    public static string Describe(BibliographicReference parts)
    {
        var name = !parts.Authors.IsEmpty ? parts.Authors[0].Surname : !parts.Editors.IsEmpty ? parts.Editors[0].Surname : null;
        var title = parts.ArticleTitle ?? parts.MonographTitle ?? parts.JournalTitle ?? "untitled";
        var year = MatchKey.Year(parts.Date);
        return (name, year) switch
        {
            (null, null) => title,
            (null, _) => $"{title} ({year})",
            (_, null) => $"{name}, {title}",
            _ => $"{name}, {title} ({year})",
        };
    }
}
