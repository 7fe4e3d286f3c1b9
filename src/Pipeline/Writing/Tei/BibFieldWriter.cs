using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes a labelled part of a reference as its TEI element. Fields that TEI allows only directly
/// inside <c>bibl</c> (author, publisher, biblScope …) get a <c>bibl</c> of their own elsewhere.
/// </summary>
internal sealed class BibFieldWriter
{
    private readonly TeiXml _xml;
    private readonly InlineWriter _inlines;

    public BibFieldWriter(TeiXml xml, InlineWriter inlines)
    {
        _xml = xml;
        _inlines = inlines;
    }

    public void Write(BibField field, InlineContext context)
    {
        var phraseLevel = field.Kind is BibFieldKind.ArticleTitle or BibFieldKind.MonographTitle
            or BibFieldKind.JournalTitle or BibFieldKind.Date;
        if (!phraseLevel && context.PhraseOnly)
        {
            // Neither the field's element nor a bibl is allowed here: the words stay, unlabelled.
            _inlines.Write(field.Content, context);
            return;
        }

        var ownBibl = !phraseLevel && !context.DirectlyInBibl;
        if (ownBibl)
        {
            _xml.OpenInline("bibl");
        }

        var inner = context.InField;
        switch (field.Kind)
        {
            case BibFieldKind.Author:
                WriteResponsible("author", field, context.Parts?.Authors ?? [], inner);
                break;
            case BibFieldKind.Editor:
                WriteResponsible("editor", field, context.Parts?.Editors ?? [], inner);
                break;
            case BibFieldKind.ArticleTitle:
                WriteTitle("a", field, inner);
                break;
            case BibFieldKind.MonographTitle:
                WriteTitle("m", field, inner);
                break;
            case BibFieldKind.JournalTitle:
                WriteTitle("j", field, inner);
                break;
            case BibFieldKind.PubPlace:
                WriteSimple("pubPlace", field, inner);
                break;
            case BibFieldKind.Publisher:
                WriteSimple("publisher", field, inner);
                break;
            case BibFieldKind.Date:
                WriteSimple("date", field, inner);
                break;
            case BibFieldKind.Volume:
                WriteScope("volume", field, inner);
                break;
            case BibFieldKind.Issue:
                WriteScope("issue", field, inner);
                break;
            case BibFieldKind.Pages:
                WriteScope("page", field, inner);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown bibliographic field.");
        }

        if (ownBibl)
        {
            _xml.Close();
        }
    }

    private void WriteResponsible(string element, BibField field, ImmutableArray<PersonName> people, InlineContext inner)
    {
        _xml.OpenInline(element);
        var named = Named(field, people);
        // The schema keeps orgName to plain text: a body's name in italics is written as the author's words alone.
        if (named is { IsOrganisation: true } && field.Content is not [Text])
        {
            named = null;
        }

        if (named is not null)
        {
            _xml.OpenInline(named.IsOrganisation ? "orgName" : "persName");
        }

        _inlines.Write(field.Content, inner);
        if (named is not null)
        {
            _xml.Close();
        }

        _xml.Close();
    }

    private void WriteTitle(string level, BibField field, InlineContext inner)
    {
        _xml.OpenInline("title");
        _xml.Attribute("level", level);
        _inlines.Write(field.Content, inner);
        _xml.Close();
    }

    private void WriteSimple(string element, BibField field, InlineContext inner)
    {
        _xml.OpenInline(element);
        _inlines.Write(field.Content, inner);
        _xml.Close();
    }

    private void WriteScope(string unit, BibField field, InlineContext inner)
    {
        _xml.OpenInline("biblScope");
        _xml.Attribute("unit", unit);
        _inlines.Write(field.Content, inner);
        _xml.Close();
    }

    /// <summary>The person (or body) the parser found whose surname the field contains, if any.</summary>
    private static PersonName? Named(BibField field, ImmutableArray<PersonName> people)
    {
        // The field's text is built only once a surname needs looking for.
        string? text = null;
        foreach (var person in people)
        {
            if (string.IsNullOrWhiteSpace(person.Surname))
            {
                continue;
            }

            // Most fields are one text: its value is the plain text.
            text ??= field.Content is { IsDefault: false } and [Text only] ? only.Value : PlainText.Of(field.Content);
            if (text.Contains(person.Surname, StringComparison.Ordinal))
            {
                return person;
            }
        }

        return null;
    }
}
