using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Reads a bibliography entry ("Surname, Forename. *Title*. Place: Publisher, Year.") with the same
/// tail reader as the notes; only the names (surname first) and the separators differ.
/// </summary>
internal static class EntryParser
{
    public static ParsedReference? Parse(FlatText flat)
    {
        var text = flat.Value;
        for (var position = TitleHead.NextCandidate(flat, 0); position < text.Length; position = TitleHead.NextCandidate(flat, position + 1))
        {
            if (TitleHead.At(flat, position) is not { } head)
            {
                continue;
            }

            // Room for the fields of a long entry, so the list seldom grows.
            var fields = new List<ParsedField>(16);
            var authors = AuthorBlock(text, position);
            if (authors is { } block)
            {
                PersonNames.Split(text, block, inverted: true, BibFieldKind.Author, fields);
            }

            var titleField = fields.Count;
            fields.Add(new ParsedField(head.Quoted ? BibFieldKind.ArticleTitle : BibFieldKind.MonographTitle, head.Title));
            var end = ReferenceTailParser.Parse(flat, head.End, text.Length, head.Quoted, allowLooseTail: false, fields, out var facts);
            if (!head.Quoted && facts.IsJournal)
            {
                fields[titleField] = new ParsedField(BibFieldKind.JournalTitle, head.Title);
            }

            return ReferenceAssembler.Assemble(flat, new TextRange(0, end), fields, ReferenceForm.Full, invertedNames: true);
        }

        return null;
    }

    /// <summary>The names before the title, without the full stop that ends them (an initial keeps its own).</summary>
    private static TextRange? AuthorBlock(string text, int titleStart)
    {
        var start = 0;
        while (start < titleStart && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = titleStart;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && text[end - 1] == ',')
        {
            end--;
        }
        else if (end > start && text[end - 1] == '.')
        {
            var wordStart = end - 1;
            while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (!NameScanner.IsInitial(text.AsSpan(wordStart, end - wordStart)))
            {
                end--;
            }
        }

        return end > start ? new TextRange(start, end) : null;
    }
}
