using System.Globalization;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes <c>teiHeader</c>: what the essay is (title, authors, the published article it comes
/// from), how this encoding is published, how it was encoded, its language and abstract, and the
/// conversion that made it.
/// </summary>
internal sealed class HeaderWriter
{
    private readonly TeiXml _xml;
    private readonly InlineWriter _inlines;
    private readonly TeiWriterOptions _options;
    private readonly PeopleWriter _people;

    public HeaderWriter(TeiXml xml, InlineWriter inlines, TeiWriterOptions options)
    {
        _xml = xml;
        _inlines = inlines;
        _options = options;
        _people = new PeopleWriter(xml);
    }

    public void Write(Document document, IReadOnlyList<EditorialNote> writerNotes)
    {
        _xml.OpenBlock("teiHeader");
        WriteFileDesc(document);
        WriteEncodingDesc(document.Metadata, writerNotes);
        WriteProfileDesc(document.Metadata);
        WriteRevisionDesc(document.Metadata);
        _xml.CloseBlock();
    }

    private void WriteFileDesc(Document document)
    {
        var metadata = document.Metadata;
        _xml.OpenBlock("fileDesc");

        _xml.OpenBlock("titleStmt");
        WriteTitles(document, phrase: true);
        foreach (var author in metadata.Authors.OrEmpty())
        {
            _people.WriteAuthor(author);
        }

        _xml.CloseBlock();

        WritePublicationStmt(metadata.Article);

        _xml.OpenBlock("sourceDesc");
        new SourceDescWriter(_xml, _people).Write(document, () => WriteTitles(document, phrase: false));
        _xml.CloseBlock();

        _xml.CloseBlock();
    }

    /// <summary>The main title and the subtitle; <paramref name="phrase"/> false writes plain words (in sourceDesc, notes are not repeated).</summary>
    private void WriteTitles(Document document, bool phrase)
    {
        var metadata = document.Metadata;
        var hasSub = !metadata.Subtitle.IsDefaultOrEmpty;
        _xml.OpenMixed("title");
        if (!phrase)
        {
            _xml.Attribute("level", "a");
        }

        if (hasSub)
        {
            _xml.Attribute("type", "main");
        }

        if (metadata.Title.IsDefaultOrEmpty)
        {
            _xml.Text(document.Id);
        }
        else if (phrase)
        {
            // The title's notes stand in the text's front, once.
            _inlines.Write(TeiInlines.WithoutNotes(metadata.Title), InlineContext.Phrase);
        }
        else
        {
            _xml.Text(PlainText.Of(metadata.Title).Trim());
        }

        _xml.CloseMixed();
        if (hasSub)
        {
            _xml.OpenMixed("title");
            if (!phrase)
            {
                _xml.Attribute("level", "a");
            }

            _xml.Attribute("type", "sub");
            if (phrase)
            {
                _inlines.Write(TeiInlines.WithoutNotes(metadata.Subtitle), InlineContext.Phrase);
            }
            else
            {
                _xml.Text(PlainText.Of(metadata.Subtitle).Trim());
            }

            _xml.CloseMixed();
        }
    }

    /// <summary>
    /// How this encoding is published: publisher and/or distributor, date, DOI, licence; with
    /// neither named, a paragraph saying it is an unpublished conversion (the article's DOI and
    /// licence still stand in sourceDesc).
    /// </summary>
    private void WritePublicationStmt(ArticleMetadata article)
    {
        _xml.OpenBlock("publicationStmt");
        var publisher = article.Publisher ?? _options.Publisher;
        if (string.IsNullOrWhiteSpace(publisher) && string.IsNullOrWhiteSpace(_options.Distributor))
        {
            // TEI's publicationStmt is about this file; with nobody named, say so rather than guess one.
            _xml.TextElement("p", "Unpublished conversion: no publisher or distributor of this TEI encoding was given.");
            _xml.CloseBlock();
            return;
        }

        if (!string.IsNullOrWhiteSpace(publisher))
        {
            _xml.TextElement("publisher", publisher);
        }

        if (!string.IsNullOrWhiteSpace(_options.Distributor))
        {
            _xml.TextElement("distributor", _options.Distributor);
        }

        if (!string.IsNullOrWhiteSpace(article.Year))
        {
            _xml.OpenMixed("date");
            _xml.Attribute("when", article.Year);
            _xml.Text(article.Year);
            _xml.CloseMixed();
        }

        if (!string.IsNullOrWhiteSpace(article.Doi))
        {
            _xml.OpenMixed("idno");
            _xml.Attribute("type", "DOI");
            _xml.Text(article.Doi);
            _xml.CloseMixed();
        }

        if (!SourceDescWriter.WriteLicence(_xml, article))
        {
            _xml.OpenBlock("availability");
            _xml.TextElement("p", _options.Availability);
            _xml.CloseBlock();
        }

        _xml.CloseBlock();
    }

    private void WriteEncodingDesc(DocumentMetadata metadata, IReadOnlyList<EditorialNote> writerNotes)
    {
        _xml.OpenBlock("encodingDesc");

        _xml.OpenBlock("appInfo");
        _xml.OpenBlock("application");
        _xml.Attribute("ident", "pipeline");
        _xml.XmlId(TeiIds.Application);
        _xml.Attribute("version", Version);
        _xml.TextElement("label", "Pipeline");
        _xml.CloseBlock();
        _xml.CloseBlock();

        var notes = metadata.Editorial.OrEmpty().Concat(writerNotes).ToList();
        if (notes.Count > 0 || metadata.Citations is not null)
        {
            _xml.OpenBlock("editorialDecl");

            // TEI lists editorialDecl's parts by kind; one element per kind, its statements as paragraphs.
            foreach (var kind in Enum.GetValues<EditorialKind>())
            {
                var ofKind = notes.Where(note => note.Kind == kind).ToList();
                if (ofKind.Count == 0)
                {
                    continue;
                }

                _xml.OpenBlock(ElementFor(kind));
                if (kind == EditorialKind.Hyphenation)
                {
                    _xml.Attribute("eol", "none");
                }

                foreach (var note in ofKind)
                {
                    _xml.TextElement("p", note.Description);
                }

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
        var language = metadata.Language;
        if (metadata.Abstract.IsDefaultOrEmpty && language is null)
        {
            return;
        }

        _xml.OpenBlock("profileDesc");
        if (language is not null)
        {
            _xml.OpenBlock("langUsage");
            _xml.OpenMixed("language");
            _xml.Attribute("ident", language.Tag);
            _xml.Text(language.Name);
            _xml.CloseMixed();
            _xml.CloseBlock();
        }

        if (!metadata.Abstract.IsDefaultOrEmpty)
        {
            _xml.OpenBlock("abstract");
            foreach (var paragraph in metadata.Abstract)
            {
                _xml.OpenMixed("p");
                _inlines.Write(paragraph.Content, InlineContext.Plain);
                _xml.CloseMixed();
            }

            _xml.CloseBlock();
        }

        _xml.CloseBlock();
    }

    /// <summary>The conversion itself: which file (and its hash) became this encoding, with which version, on which day.</summary>
    private void WriteRevisionDesc(DocumentMetadata metadata)
    {
        _xml.OpenBlock("revisionDesc");
        _xml.OpenMixed("change");
        if (!string.IsNullOrWhiteSpace(_options.ConversionDate))
        {
            _xml.Attribute("when", _options.ConversionDate);
        }

        _xml.Text($"Converted to TEI by Pipeline {Version} from ");
        SourceDescWriter.WriteIdno(_xml, "filename", _options.SourceFileName);
        if (!string.IsNullOrWhiteSpace(metadata.SourceSha256))
        {
            _xml.Text(", SHA-256 ");
            SourceDescWriter.WriteIdno(_xml, "SHA-256", metadata.SourceSha256);
        }

        _xml.Text(".");
        _xml.CloseMixed();
        _xml.CloseBlock();
    }

    private string Version => _options.ApplicationVersion ?? PipelineVersion.Release;

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
