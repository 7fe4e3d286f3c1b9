using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Pipeline.Diagnostics;

namespace Pipeline.Links.Collect;

/// <summary>
/// Reads TEI documents and collects every cited URL: <c>@target</c> of <c>ref</c>/<c>ptr</c> and URLs
/// written in the text of <c>bibl</c>, <c>biblStruct</c> and <c>note</c>. Bad documents give diagnostics, not exceptions.
/// </summary>
public static class LinkCollector
{
    /// <summary>Collects from files; directories are searched for <c>*.xml</c>.</summary>
    public static async Task<LinkCollection> CollectAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var occurrences = new List<Occurrence>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in ExpandPaths(paths, diagnostics))
        {
            var bag = new DiagnosticBag(file);
            try
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
                await CollectDocumentAsync(stream, file, occurrences, bag, cancellationToken);
            }
            catch (IOException ex)
            {
                bag.Error("links.read", 0, ex.Message);
            }
            catch (UnauthorizedAccessException ex)
            {
                bag.Error("links.read", 0, ex.Message);
            }

            diagnostics.AddRange(bag.Items);
        }

        return new LinkCollection(Merge(occurrences), diagnostics.ToImmutable());
    }

    /// <summary>Collects from one document already open as a stream.</summary>
    internal static async Task CollectDocumentAsync(Stream stream, string document, List<Occurrence> occurrences, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            Async = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var walker = new Walker(document, occurrences);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (await reader.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                walker.Visit(reader);
            }
        }
        catch (XmlException ex)
        {
            diagnostics.Error("links.xml", ex.LineNumber, $"not well-formed XML, links after this point are not collected: {ex.Message}");
            walker.Flush();
        }
    }

    /// <summary>Files named by the arguments, directories expanded, in a stable order.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                diagnostics.Add(new Diagnostic("links.missing", Severity.Error, path, 0, "no such file or directory"));
            }
        }
    }

    private static ImmutableArray<CitedLink> Merge(List<Occurrence> occurrences) =>
        [.. occurrences
            .GroupBy(o => o.Url.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CitedLink(
                g.Key,
                g.First().Url.Problem,
                g.Select(o => o.AccessDate).Where(d => d is not null).Min(),
                [.. g.Select(o => o.Citation).Distinct()]))];

    internal readonly record struct Occurrence(NormalizedUrl Url, Citation Citation, DateOnly? AccessDate);

    /// <summary>Keeps the element stack of one document and turns what it sees into occurrences.</summary>
    private sealed class Walker(string document, List<Occurrence> occurrences)
    {
        private readonly Stack<Frame> _frames = new();

        public void Visit(XmlReader reader)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    Open(reader);
                    break;
                case XmlNodeType.EndElement:
                    Close();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    InnermostContext()?.Text.Append(reader.Value);
                    break;
                default:
                    break;
            }
        }

        /// <summary>Closes what is still open after a read error, keeping what was found.</summary>
        public void Flush()
        {
            while (_frames.Count > 0)
            {
                Close();
            }
        }

        private void Open(XmlReader reader)
        {
            var name = reader.LocalName;
            var frame = new Frame(Section(name) ?? Division(reader));
            if (reader.NamespaceURI == TeiLinkShape.TeiNamespace && TeiLinkShape.IsCitationContext(name))
            {
                // A reference inside a footnote is cited by that note: name the note, not "bibliography".
                var enclosing = InnermostContext();
                frame.Context = enclosing is { InNote: true }
                    ? new CitationContext(enclosing.Where, inNote: true)
                    : new CitationContext(
                        TeiLinkShape.Describe(name, reader.GetAttribute("n"), reader.GetAttribute("id", TeiLinkShape.XmlNamespace)),
                        inNote: name == "note");
            }

            if (reader.NamespaceURI == TeiLinkShape.TeiNamespace && TeiLinkShape.IsPointer(name)
                && reader.GetAttribute("type") != TeiLinkShape.ArchiveType)
            {
                foreach (var target in TeiLinkShape.TargetUris(reader.GetAttribute("target")))
                {
                    AddPointer(frame, UrlNormalizer.Normalize(target));
                }
            }

            _frames.Push(frame);
            if (reader.IsEmptyElement)
            {
                Close();
            }
        }

        private void AddPointer(Frame current, NormalizedUrl url)
        {
            var context = current.Context ?? InnermostContext();
            if (context is null)
            {
                occurrences.Add(new Occurrence(url, new Citation(document, WhereOutsideCitations(current)), null));
            }
            else
            {
                context.Pointers.Add(url);
            }
        }

        private void Close()
        {
            var frame = _frames.Pop();
            if (frame.Context is not { } context)
            {
                return;
            }

            var text = context.Text.ToString();
            var date = AccessDates.Find(text);
            var citation = new Citation(document, context.Where);
            foreach (var url in context.Pointers)
            {
                occurrences.Add(new Occurrence(url, citation, date));
            }

            foreach (var url in TextUrls.Find(text))
            {
                occurrences.Add(new Occurrence(UrlNormalizer.NormalizeFromText(url), citation, date));
            }
        }

        private CitationContext? InnermostContext() =>
            _frames.Select(f => f.Context).FirstOrDefault(c => c is not null);

        private string WhereOutsideCitations(Frame current) =>
            current.Section ?? _frames.Select(f => f.Section).FirstOrDefault(s => s is not null) ?? "document";

        private static string? Section(string name) => TeiLinkShape.Section(name);

        private static string? Division(XmlReader reader) =>
            reader.LocalName == "div" && reader.NamespaceURI == TeiLinkShape.TeiNamespace
                ? TeiLinkShape.DescribeDivision(reader.GetAttribute("type"), reader.GetAttribute("id", TeiLinkShape.XmlNamespace))
                : null;
    }

    private sealed class Frame(string? section)
    {
        public string? Section { get; } = section;

        public CitationContext? Context { get; set; }
    }

    private sealed class CitationContext(string where, bool inNote)
    {
        public string Where { get; } = where;

        public bool InNote { get; } = inNote;

        public StringBuilder Text { get; } = new();

        public List<NormalizedUrl> Pointers { get; } = [];
    }
}
