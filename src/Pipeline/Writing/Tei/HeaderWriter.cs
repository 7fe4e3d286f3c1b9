using System.Globalization;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>Writes <c>teiHeader</c>: what the essay is, where its text came from, and how it was encoded.</summary>
internal sealed class HeaderWriter
{
    private readonly TeiXml _xml;
    private readonly InlineWriter _inlines;
    private readonly TeiWriterOptions _options;

    public HeaderWriter(TeiXml xml, InlineWriter inlines, TeiWriterOptions options)
    {
        _xml = xml;
        _inlines = inlines;
        _options = options;
    }

    public void Write(Document document)
    {
        _xml.OpenBlock("teiHeader");
        WriteFileDesc(document);
        WriteEncodingDesc(document.Metadata);
        WriteProfileDesc(document.Metadata);
        _xml.CloseBlock();
    }

    private void WriteFileDesc(Document document)
    {
        var metadata = document.Metadata;
        _xml.OpenBlock("fileDesc");

        _xml.OpenBlock("titleStmt");
        WriteTitle(document);
        foreach (var author in metadata.Authors.OrEmpty())
        {
            _xml.OpenMixed("author");
            _xml.OpenInline("persName");
            _xml.Text(author.Name ?? "");
            _xml.Close();
            if (!string.IsNullOrWhiteSpace(author.Affiliation))
            {
                _xml.OpenInline("affiliation");
                _xml.Text(author.Affiliation);
                _xml.Close();
            }

            _xml.CloseMixed();
        }

        _xml.CloseBlock();

        _xml.OpenBlock("publicationStmt");
        _xml.TextElement("publisher", _options.Publisher);
        if (!string.IsNullOrWhiteSpace(_options.Distributor))
        {
            _xml.TextElement("distributor", _options.Distributor);
        }

        _xml.OpenBlock("availability");
        _xml.TextElement("p", _options.Availability);
        _xml.CloseBlock();
        _xml.CloseBlock();

        _xml.OpenBlock("sourceDesc");
        _xml.OpenBlock("bibl");
        _xml.Attribute("type", "scraped-text");

        // Plain words here: the title's notes and highlights are already in titleStmt.
        _xml.TextElement("title", document.Metadata.Title.IsDefaultOrEmpty ? document.Id : PlainText.Of(document.Metadata.Title));
        WriteIdno("filename", _options.SourceFileName);
        if (!string.IsNullOrWhiteSpace(metadata.SourceSha256))
        {
            WriteIdno("SHA-256", metadata.SourceSha256);
        }

        _xml.CloseBlock();
        _xml.CloseBlock();

        _xml.CloseBlock();
    }

    private void WriteTitle(Document document)
    {
        _xml.OpenMixed("title");
        if (document.Metadata.Title.IsDefaultOrEmpty)
        {
            _xml.Text(document.Id);
        }
        else
        {
            _inlines.Write(document.Metadata.Title, InlineContext.Phrase);
        }

        _xml.CloseMixed();
    }

    private void WriteIdno(string type, string value)
    {
        _xml.OpenMixed("idno");
        _xml.Attribute("type", type);
        _xml.Text(value);
        _xml.CloseMixed();
    }

    private void WriteEncodingDesc(DocumentMetadata metadata)
    {
        _xml.OpenBlock("encodingDesc");

        _xml.OpenBlock("appInfo");
        _xml.OpenBlock("application");
        _xml.Attribute("ident", "pipeline");
        _xml.Attribute("version", _options.ApplicationVersion ?? PipelineVersion.Release);
        _xml.TextElement("label", "Pipeline");
        _xml.CloseBlock();
        _xml.CloseBlock();

        if (!metadata.Editorial.IsDefaultOrEmpty || metadata.Citations is not null)
        {
            _xml.OpenBlock("editorialDecl");
            foreach (var note in metadata.Editorial.IsDefault ? System.Collections.Immutable.ImmutableArray<EditorialNote>.Empty : metadata.Editorial)
            {
                _xml.OpenBlock(ElementFor(note.Kind));
                if (note.Kind == EditorialKind.Hyphenation)
                {
                    _xml.Attribute("eol", "none");
                }

                _xml.TextElement("p", note.Description);
                _xml.CloseBlock();
            }

            if (metadata.Citations is { } citations)
            {
                _xml.OpenBlock("interpretation");
                _xml.TextElement("p", CitationStatement(citations));
                _xml.CloseBlock();
            }

            _xml.CloseBlock();
        }

        _xml.CloseBlock();
    }

    /// <summary>What was done to the citations, in the counts the citation stage recorded.</summary>
    private static string CitationStatement(CitationFacts facts) => string.Create(
        CultureInfo.InvariantCulture,
        $"Citations: {facts.References} references in the notes were marked up with their parts (bibl), {facts.Ibid} of them ibid and {facts.ShortForms} short forms; "
        + $"{facts.LinkedToBibliography} point to their bibliography entry (@corresp); "
        + $"{facts.LinkedToEarlierNote} ibid and short forms of works not in the bibliography point to the reference of the earlier note they repeat (@sameAs to its xml:id); "
        + $"{facts.UnresolvedRepeats} ibid and short forms whose work could not be told with confidence are left unlinked; "
        + $"{facts.FullUnlisted} full references match no bibliography entry. "
        + $"{facts.EntriesStructured} of {facts.BibliographyEntries} bibliography entries were marked up with their parts.");

    private void WriteProfileDesc(DocumentMetadata metadata)
    {
        if (metadata.Abstract.IsDefaultOrEmpty)
        {
            return;
        }

        _xml.OpenBlock("profileDesc");
        _xml.OpenBlock("abstract");
        foreach (var paragraph in metadata.Abstract)
        {
            _xml.OpenMixed("p");
            _inlines.Write(paragraph.Content, InlineContext.Plain);
            _xml.CloseMixed();
        }

        _xml.CloseBlock();
        _xml.CloseBlock();
    }

    private static string ElementFor(EditorialKind kind) => kind switch
    {
        EditorialKind.Correction => "correction",
        EditorialKind.Normalization => "normalization",
        EditorialKind.Hyphenation => "hyphenation",
        EditorialKind.Segmentation => "segmentation",
        EditorialKind.Interpretation => "interpretation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown editorial kind."),
    };
}
