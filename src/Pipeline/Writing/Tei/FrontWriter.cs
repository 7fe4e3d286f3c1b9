using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes <c>front</c>: what was printed above the title, the title as <c>docTitle</c> (main and
/// subtitle as <c>titlePart</c>) and a <c>byline</c> per author, so viewers that render the text
/// show the title and authors as the article printed them.
/// </summary>
internal sealed class FrontWriter
{
    private readonly TeiXml _xml;
    private readonly InlineWriter _inlines;
    private readonly PeopleWriter _people;

    public FrontWriter(TeiXml xml, InlineWriter inlines)
    {
        _xml = xml;
        _inlines = inlines;
        _people = new PeopleWriter(xml);
    }

    public void Write(DocumentMetadata metadata)
    {
        var above = metadata.AboveTitle.OrEmpty().OfType<Paragraph>().ToList();
        if (metadata.Title.IsDefaultOrEmpty && metadata.Authors.IsDefaultOrEmpty && above.Count == 0)
        {
            return;
        }

        _xml.OpenBlock("front");
        // The front matter is read from the start of the text: it stands on the first page.
        _inlines.Pages.Write(1);
        foreach (var paragraph in above)
        {
            _xml.OpenMixed("p");
            _inlines.Write(paragraph.Content, InlineContext.Plain);
            _xml.CloseMixed();
        }

        if (!metadata.Title.IsDefaultOrEmpty)
        {
            _xml.OpenBlock("docTitle");
            WriteTitlePart("main", metadata.Title);
            if (!metadata.Subtitle.IsDefaultOrEmpty)
            {
                WriteTitlePart("sub", metadata.Subtitle);
            }

            _xml.CloseBlock();
        }

        foreach (var author in metadata.Authors.OrEmpty())
        {
            _xml.OpenMixed("byline");
            _xml.OpenInline("docAuthor");
            _xml.Text(author.Name);
            _xml.Close();
            if (!string.IsNullOrWhiteSpace(author.Affiliation))
            {
                _xml.Text(", ");
                _people.WriteAffiliation(author.Affiliation);
            }

            _xml.CloseMixed();
        }

        _xml.CloseBlock();
    }

    private void WriteTitlePart(string type, System.Collections.Immutable.ImmutableArray<Inline> content)
    {
        _xml.OpenMixed("titlePart");
        _xml.Attribute("type", type);
        _inlines.Write(content, InlineContext.Phrase);
        _xml.CloseMixed();
    }
}
