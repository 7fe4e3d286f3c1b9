using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Tests.Writing.Tei;

/// <summary>
/// Builds a random but reproducible document from a seed: nested blocks and inlines of every kind,
/// hostile text (markup characters, control characters, surrogates, CDATA ends) and odd ids.
/// </summary>
internal sealed class RandomDocument
{
    private static readonly string[] Words =
    [
        "Stalin", "thaw", "<p>", "&amp;", "a & b", "\"quoted\"", "it's", "]]>", "\u0007bell", "tab\there",
        "Fürst", "Włodzimierz", "😀", "\uD800lone", "עברית", " ", "", "line\nbreak", "\uFFFE", "--",
    ];

    private static readonly string[] Ids = ["ok-id", "1starts-with-digit", "has space", "a:colon", "", "ünïcode", "x"];

    private readonly Random _random;
    private int _counter;

    private RandomDocument(int seed) => _random = new Random(seed);

    public static Document Build(int seed) => new RandomDocument(seed).Document();

    private Document Document() => new()
    {
        Id = "random",
        SourceDirectory = "/nonexistent",
        Metadata = new DocumentMetadata
        {
            Title = Inlines(2),
            Authors = [new Author(Word(), _random.Next(2) == 0 ? null : Word())],
            Abstract = _random.Next(2) == 0 ? [] : [new Paragraph(Inlines(2), Span)],
            SourceSha256 = "00",
            Editorial = [.. Enumerable.Range(0, _random.Next(4)).Select(_ => new EditorialNote((EditorialKind)_random.Next(5), Word()))],
        },
        Blocks = Blocks(3),
    };

    private static SourceSpan Span => new(1, 1, 1);

    private ImmutableArray<Block> Blocks(int depth) =>
        [.. Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Block(depth))];

    private Block Block(int depth) => _random.Next(depth > 0 ? 11 : 9) switch
    {
        0 => new Paragraph(Inlines(depth), Span),
        1 => new Heading(_random.Next(1, 4), Inlines(depth - 1), Span),
        2 => new ListItem(Inlines(depth), Span),
        3 => new Paragraph(Inlines(depth - 1), Span),
        4 => new ListItem(Inlines(depth - 1), Span),
        5 => new Heading(2, Inlines(depth - 1), Span),
        6 => new Figure(UniqueId(), Word() + ".jpg", Inlines(depth - 1), Transcription(), Span),
        7 => new BibliographyEntry(UniqueId(), Inlines(depth), _random.Next(2) == 0 ? null : Parts(), Span),
        8 => new Paragraph([], Span),
        _ => new Division((DivisionKind)_random.Next(3), UniqueId(), _random.Next(2) == 0 ? null : new Heading(1, Inlines(depth - 1), Span), Blocks(depth - 1), Span),
    };

    private ImmutableArray<Inline> Inlines(int depth) =>
        [.. Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Inline(depth))];

    private Inline Inline(int depth) => _random.Next(depth > 0 ? 12 : 4) switch
    {
        0 or 1 => new Text(Word()),
        2 => new LineEnd((LineEndKind)_random.Next(3), 1),
        3 => new NoteCall(Word(), 1),
        4 => new Styled((TextStyle)_random.Next(3), Inlines(depth - 1)),
        5 => new Link("https://example.org/" + _random.Next(100), Inlines(depth - 1), _random.Next(2) == 0),
        6 => new Note(_random.Next(3) == 0 ? "" : Word(), _random.Next(4) == 0 ? "" : UniqueId(), Blocks(depth - 1)),
        7 => new CrossReference(Ids[_random.Next(Ids.Length)], Inlines(depth - 1)),
        8 => new Reference(Parts(), Inlines(depth - 1)),
        _ => new BibField((BibFieldKind)_random.Next(11), Inlines(depth - 1)),
    };

    private BibliographicReference Parts() => new()
    {
        Authors = [new PersonName(null, Word())],
        Editors = [new PersonName("A", "Stalin")],
        BibliographyId = _random.Next(2) == 0 ? null : Ids[_random.Next(Ids.Length)],
    };

    private Transcription? Transcription() => _random.Next(4) switch
    {
        0 => null,
        1 => new Transcription(TranscriptionStatus.NotTranscribed, 0, 0, [], 0, ReadingTextSource.Ocr, _random.Next(2) == 0 ? null : Word()),
        _ => new Transcription(
            TranscriptionStatus.Transcribed, _random.Next(0, 3000), _random.Next(0, 3000),
            [.. Enumerable.Range(0, _random.Next(0, 3)).Select(_ => new TranscribedParagraph(
                [.. Enumerable.Range(0, _random.Next(0, 4)).Select(_ => new TranscribedLine(
                    Word(),
                    new PixelBox(_random.Next(-5, 100), _random.Next(-5, 100), _random.Next(100, 3000), _random.Next(100, 3000)),
                    _random.NextDouble() * 1.4 - 0.2,
                    _random.Next(2) == 0))]))],
            _random.NextDouble(),
            (ReadingTextSource)_random.Next(2),
            null),
    };

    private string Word() => Words[_random.Next(Words.Length)];

    /// <summary>An id that may need repair but never repeats another.</summary>
    private string UniqueId() => Ids[_random.Next(Ids.Length)] + "-" + ++_counter;
}
