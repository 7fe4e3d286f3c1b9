using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes <c>sourceDesc</c> as the published article: <c>biblStruct</c> (the article in
/// <c>analytic</c>, the journal in <c>monogr</c>) when the journal is known, else a <c>bibl</c>
/// with what is known. The intermediate file the text was read from is not the source; it is
/// recorded in <c>revisionDesc</c>.
/// </summary>
internal sealed class SourceDescWriter
{
    private readonly TeiXml _xml;
    private readonly PeopleWriter _people;

    public SourceDescWriter(TeiXml xml, PeopleWriter people)
    {
        _xml = xml;
        _people = people;
    }

    public void Write(Document document, Action writeTitles)
    {
        var metadata = document.Metadata;
        var article = metadata.Article;
        if (string.IsNullOrWhiteSpace(article.Journal))
        {
            _xml.OpenBlock("bibl");
            writeTitles();
            WriteAuthors(metadata, asPrinted: true);
            WritePublisherAndDate(article);
            WriteScopes(article);
            WriteIdentifiers(article);
            WriteLicence(_xml, article);
            _xml.CloseBlock();
            return;
        }

        _xml.OpenBlock("biblStruct");
        _xml.OpenBlock("analytic");
        writeTitles();
        WriteAuthors(metadata);
        WriteIdentifiers(article);
        WriteLicence(_xml, article);
        _xml.CloseBlock();

        _xml.OpenBlock("monogr");
        _xml.OpenMixed("title");
        _xml.Attribute("level", "j");
        _xml.Text(article.Journal);
        _xml.CloseMixed();
        _xml.OpenBlock("imprint");
        WritePublisherAndDate(article, always: true);
        _xml.CloseBlock();
        WriteScopes(article);
        _xml.CloseBlock();
        _xml.CloseBlock();
    }

    /// <summary>The article's licence as <c>availability/licence</c>, when the metadata names one.</summary>
    public static bool WriteLicence(TeiXml xml, ArticleMetadata article)
    {
        if (Licences.Describe(article.Licence) is not { } licence)
        {
            return false;
        }

        xml.OpenBlock("availability");
        xml.OpenMixed("licence");
        xml.Attribute("target", licence.Url);
        xml.Text(licence.Name);
        xml.CloseMixed();
        xml.CloseBlock();
        return true;
    }

    public static void WriteIdno(TeiXml xml, string type, string value)
    {
        xml.OpenInline("idno");
        xml.Attribute("type", type);
        xml.Text(value);
        xml.Close();
    }

    /// <param name="metadata">The document's metadata.</param>
    /// <param name="asPrinted">In a bibl (mixed content): the names joined as a by-line joins them, "A, B and C".</param>
    private void WriteAuthors(DocumentMetadata metadata, bool asPrinted = false)
    {
        var authors = metadata.Authors.OrEmpty();
        for (var i = 0; i < authors.Length; i++)
        {
            var author = authors[i];
            if (asPrinted && i > 0)
            {
                _xml.Text(i == authors.Length - 1 ? " and " : ", ");
            }

            _xml.OpenMixed("author");
            _people.WriteName(author);
            _xml.CloseMixed();
        }
    }

    /// <summary>Publisher and date; an imprint with neither still needs a date, so it says none is known.</summary>
    private void WritePublisherAndDate(ArticleMetadata article, bool always = false)
    {
        if (!string.IsNullOrWhiteSpace(article.Publisher))
        {
            _xml.TextElement("publisher", article.Publisher);
        }

        if (!string.IsNullOrWhiteSpace(article.Year))
        {
            _xml.OpenMixed("date");
            _xml.Attribute("when", article.Year);
            _xml.Text(article.Year);
            _xml.CloseMixed();
        }
        else if (always && string.IsNullOrWhiteSpace(article.Publisher))
        {
            // An imprint must hold something: an empty date says no date is known.
            _xml.OpenEmpty("date");
            _xml.Close();
        }
    }

    private void WriteScopes(ArticleMetadata article)
    {
        WriteScope("volume", article.Volume);
        WriteScope("issue", article.Issue);
        WriteScope("page", article.Pages);
    }

    private void WriteScope(string unit, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        _xml.OpenMixed("biblScope");
        _xml.Attribute("unit", unit);
        _xml.Text(value);
        _xml.CloseMixed();
    }

    private void WriteIdentifiers(ArticleMetadata article)
    {
        if (!string.IsNullOrWhiteSpace(article.Doi))
        {
            _xml.OpenMixed("idno");
            _xml.Attribute("type", "DOI");
            _xml.Text(article.Doi);
            _xml.CloseMixed();
        }

        if (!string.IsNullOrWhiteSpace(article.Url))
        {
            _xml.OpenMixed("idno");
            _xml.Attribute("type", "URL");
            _xml.Text(article.Url);
            _xml.CloseMixed();
        }
    }
}
