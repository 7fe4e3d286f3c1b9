using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Turns labelled ranges into the <see cref="BibliographicReference"/> they describe.</summary>
internal static class ReferenceAssembler
{
    public static ParsedReference Assemble(FlatText flat, TextRange range, List<ParsedField> fields, ReferenceForm form, bool invertedNames)
    {
        var text = flat.Value;
        string? First(BibFieldKind kind) =>
            fields.FirstOrDefault(f => f.Kind == kind) is { } field ? Clean(text[field.Range.Start..field.Range.End]) : null;

        var parts = new BibliographicReference
        {
            Authors = [.. Persons(text, fields, BibFieldKind.Author, invertedNames)],
            Editors = [.. Persons(text, fields, BibFieldKind.Editor, inverted: false)],
            ArticleTitle = First(BibFieldKind.ArticleTitle),
            MonographTitle = First(BibFieldKind.MonographTitle),
            JournalTitle = First(BibFieldKind.JournalTitle),
            PubPlace = First(BibFieldKind.PubPlace),
            Publisher = First(BibFieldKind.Publisher),
            Date = First(BibFieldKind.Date),
            Volume = First(BibFieldKind.Volume),
            Issue = First(BibFieldKind.Issue),
            Pages = First(BibFieldKind.Pages),
            Urls = [.. flat.Links.Where(l => range.Covers(l.Range)).Select(l => l.Target)],
            Form = form,
        };
        return new ParsedReference(range, [.. fields.OrderBy(f => f.Range.Start)], parts);
    }

    private static IEnumerable<PersonName> Persons(string text, List<ParsedField> fields, BibFieldKind kind, bool inverted) =>
        fields.Where(f => f.Kind == kind).Select(f => PersonNames.Parse(text[f.Range.Start..f.Range.End], inverted));

    private static string Clean(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
