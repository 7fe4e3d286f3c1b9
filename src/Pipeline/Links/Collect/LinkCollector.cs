using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Pipeline.Diagnostics;
using Pipeline.IO;

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
        foreach (var (root, file) in ExpandInputs(paths, diagnostics))
        {
            var bag = new DiagnosticBag(file);
            try
            {
                // Opened as input: a pipe named *.xml is refused, not waited on; a link is not followed out of the folder.
                var stream = root is null ? InputFile.OpenNamed(file) : InputFile.OpenRead(root, file);
                await using var streamDisposal = stream.ConfigureAwait(false);
                if (stream.Length > InputLimits.Default.MaxInputBytes)
                {
                    bag.Error("links.too-large", 0, $"the file is {stream.Length / (1024 * 1024)} MB, more than the {InputLimits.Default.MaxInputBytes / (1024 * 1024)} MB read; its links are not collected");
                }
                else
                {
                    await CollectDocumentAsync(stream, file, occurrences, bag, cancellationToken).ConfigureAwait(false);
                }
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
        var limits = InputLimits.Default;
        settings.MaxCharactersInDocument = limits.MaxInputBytes;
        var walker = new Walker(document, occurrences);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (XmlInputLimits.Exceeded(reader, limits) is { } exceeded)
                {
                    diagnostics.Error("links.limit", ((IXmlLineInfo)reader).LineNumber, exceeded + "; links after this point are not collected");
                    walker.Flush();
                    return;
                }

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
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, ImmutableArray<Diagnostic>.Builder diagnostics) =>
        ExpandInputs(paths, diagnostics).Select(input => input.File);

    /// <summary>
    /// The files named by the arguments, each with the folder argument it was found under (null for a
    /// file named itself). Folders are walked without following links: a linked folder or file inside
    /// one is reported and left alone, so nothing outside the folder is read or annotated.
    /// </summary>
    internal static IEnumerable<(string? Root, string File)> ExpandInputs(IEnumerable<string> paths, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in XmlFilesUnder(path, diagnostics))
                {
                    yield return (path, file);
                }
            }
            else if (File.Exists(path))
            {
                yield return (null, path);
            }
            else
            {
                diagnostics.Add(new Diagnostic("links.missing", Severity.Error, path, 0, "no such file or directory"));
            }
        }
    }

    private static List<string> XmlFilesUnder(string root, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var files = new List<string>();
        var folders = new Stack<DirectoryInfo>();
        folders.Push(new DirectoryInfo(root));
        while (folders.Count > 0)
        {
            foreach (var entry in folders.Pop().EnumerateFileSystemInfos())
            {
                var isXml = entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
                if (entry.LinkTarget is not null)
                {
                    if (isXml || entry is DirectoryInfo || Directory.Exists(entry.FullName))
                    {
                        diagnostics.Add(new Diagnostic("links.symlink", Severity.Warning, entry.FullName, 0,
                            $"is a symbolic link (to '{entry.LinkTarget}'); not followed, so nothing outside {root} is read or rewritten"));
                    }
                }
                else if (entry is DirectoryInfo folder)
                {
                    folders.Push(folder);
                }
                else if (isXml)
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
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

            frame.Innermost = frame.Context ?? InnermostContext();
            frame.InnerSection = frame.Section ?? (_frames.TryPeek(out var parent) ? parent.InnerSection : null);
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

        /// <summary>The innermost open citation context, kept on each frame so deep nesting stays linear.</summary>
        private CitationContext? InnermostContext() =>
            _frames.TryPeek(out var top) ? top.Innermost : null;

        private string WhereOutsideCitations(Frame current) =>
            current.Section ?? (_frames.TryPeek(out var parent) ? parent.InnerSection : null) ?? "document";

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

        /// <summary>This frame's context, or the one it lies in.</summary>
        public CitationContext? Innermost { get; set; }

        /// <summary>This frame's section, or the one it lies in.</summary>
        public string? InnerSection { get; set; }
    }

    private sealed class CitationContext(string where, bool inNote)
    {
        public string Where { get; } = where;

        public bool InNote { get; } = inNote;

        public StringBuilder Text { get; } = new();

        public List<NormalizedUrl> Pointers { get; } = [];
    }
}
