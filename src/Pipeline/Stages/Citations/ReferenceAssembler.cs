using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Turns labelled ranges into the <see cref="BibliographicReference"/> they describe.</summary>
internal static class ReferenceAssembler
{
    public static ParsedReference Assemble(FlatText flat, TextRange range, List<ParsedField> fields, ReferenceForm form, bool invertedNames)
    {
        var text = flat.Value;
        var parts = new BibliographicReference
        {
            Authors = Persons(text, fields, BibFieldKind.Author, invertedNames),
            Editors = Persons(text, fields, BibFieldKind.Editor, inverted: false),
            ArticleTitle = First(text, fields, BibFieldKind.ArticleTitle),
            MonographTitle = First(text, fields, BibFieldKind.MonographTitle),
            JournalTitle = First(text, fields, BibFieldKind.JournalTitle),
            PubPlace = First(text, fields, BibFieldKind.PubPlace),
            Publisher = First(text, fields, BibFieldKind.Publisher),
            Date = First(text, fields, BibFieldKind.Date),
            Volume = First(text, fields, BibFieldKind.Volume),
            Issue = First(text, fields, BibFieldKind.Issue),
            Pages = First(text, fields, BibFieldKind.Pages),
            Urls = Urls(flat, range),
            Form = form,
        };
        return new ParsedReference(range, InOrder(fields), parts);
    }

    /// <summary>The words of the first field of <paramref name="kind"/>, white space collapsed.</summary>
    private static string? First(string text, List<ParsedField> fields, BibFieldKind kind)
    {
        foreach (var field in fields)
        {
            if (field.Kind == kind)
            {
                return Clean(text.AsSpan(field.Range.Start, field.Range.Length));
            }
        }

        return null;
    }

    private static ImmutableArray<PersonName> Persons(string text, List<ParsedField> fields, BibFieldKind kind, bool inverted)
    {
        var count = 0;
        foreach (var field in fields)
        {
            count += field.Kind == kind ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var persons = ImmutableArray.CreateBuilder<PersonName>(count);
        foreach (var field in fields)
        {
            if (field.Kind == kind)
            {
                persons.Add(PersonNames.Parse(text.AsSpan(field.Range.Start, field.Range.Length), inverted));
            }
        }

        return persons.MoveToImmutable();
    }

    private static ImmutableArray<string> Urls(FlatText flat, TextRange range)
    {
        var urls = ImmutableArray<string>.Empty;
        foreach (var link in flat.Links)
        {
            if (range.Covers(link.Range))
            {
                urls = urls.Add(link.Target);
            }
        }

        return urls;
    }

    /// <summary>
    /// The fields by where they start; stable, so fields starting together keep their order. The
    /// imprint labels its date before its place, so a few fields are often out of order: an
    /// insertion sort of the handful there are.
    /// </summary>
    private static ImmutableArray<ParsedField> InOrder(List<ParsedField> fields)
    {
        var sorted = fields.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var field = sorted[i];
            var j = i;
            while (j > 0 && sorted[j - 1].Range.Start > field.Range.Start)
            {
                sorted[j] = sorted[j - 1];
                j--;
            }

            sorted[j] = field;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>The words of <paramref name="value"/> joined by single spaces.</summary>
    private static string Clean(ReadOnlySpan<char> value)
    {
        if (IsClean(value))
        {
            return value.ToString();
        }

        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    /// <summary>True when the words are already joined by single spaces, as they mostly are.</summary>
    private static bool IsClean(ReadOnlySpan<char> value)
    {
        if (!value.IsEmpty && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || char.IsWhiteSpace(value[i - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
