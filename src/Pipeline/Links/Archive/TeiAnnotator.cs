using System.Text;
using System.Xml;
using Pipeline.IO;
using Pipeline.Links.Collect;

namespace Pipeline.Links.Archive;

/// <summary>
/// Writes archived copies into a TEI document: a <c>&lt;ptr type="archive" target="…"/&gt;</c> right after
/// each <c>ref</c>/<c>ptr</c> whose URL has a snapshot, and at the end of a <c>bibl</c>/<c>note</c> for
/// URLs written in its text. A streaming copy (XmlReader to XmlWriter) replaced atomically; earlier
/// archive pointers are dropped and written afresh, so annotating twice changes nothing.
/// </summary>
public static class TeiAnnotator
{
    /// <summary>Annotates one file in place. Returns how many archive pointers it now holds.</summary>
    /// <param name="path">The TEI file.</param>
    /// <param name="snapshots">Snapshots keyed by normalised URL.</param>
    /// <param name="cancellationToken">Cancels the copy; the original file is left untouched.</param>
    public static async Task<int> AnnotateAsync(string path, IReadOnlyDictionary<string, ArchiveSnapshot> snapshots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var added = 0;
        // Opened as input, in its own folder: a file that became a link or a pipe since it was read is refused.
        var input = InputFile.OpenRead(Path.GetDirectoryName(Path.GetFullPath(path))!, path);
        await using var inputDisposal = input.ConfigureAwait(false);
        if (input.Length > InputLimits.Default.MaxInputBytes)
        {
            throw new InputFileException(path, $"it is larger than the {InputLimits.Default.MaxInputBytes / (1024 * 1024)} MB annotated");
        }

        await AtomicFile.WriteAsync(path, async (output, ct) => added = await CopyAsync(input, output, snapshots, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return added;
    }

    internal static async Task<int> CopyAsync(Stream input, Stream output, IReadOnlyDictionary<string, ArchiveSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var limits = InputLimits.Default;
        var readerSettings = XmlInputLimits.Settings(limits);
        readerSettings.Async = true;
        var writerSettings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
        using var reader = XmlReader.Create(input, readerSettings);
        var writer = XmlWriter.Create(output, writerSettings);
        await using var writerDisposal = writer.ConfigureAwait(false);
        var copier = new Copier(reader, writer, snapshots);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        var hasNode = await reader.ReadAsync().ConfigureAwait(false);
        while (hasNode)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (XmlInputLimits.Exceeded(reader, limits) is { } exceeded)
            {
                // Thrown before the file is replaced: the original stays as it was.
                throw new XmlException($"{exceeded}; the file is not annotated.", null, ((IXmlLineInfo)reader).LineNumber, ((IXmlLineInfo)reader).LinePosition);
            }

            if (IsArchivePointer(reader))
            {
                await reader.SkipAsync().ConfigureAwait(false);
                hasNode = reader.ReadState == ReadState.Interactive;
                continue;
            }

            await copier.CopyNodeAsync().ConfigureAwait(false);
            hasNode = await reader.ReadAsync().ConfigureAwait(false);
        }

        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
        return copier.Added;
    }

    /// <summary>
    /// Only an absolute http(s) address becomes a pointer target: an archive service's answer is outside
    /// input, and a <c>javascript:</c> or <c>data:</c> URL must never reach a reader's browser.
    /// </summary>
    internal static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    private static bool IsArchivePointer(XmlReader reader) =>
        reader.NodeType == XmlNodeType.Element
        && reader.NamespaceURI == TeiLinkShape.TeiNamespace
        && reader.LocalName == "ptr"
        && reader.GetAttribute("type") == TeiLinkShape.ArchiveType;

    private sealed class Copier(XmlReader reader, XmlWriter writer, IReadOnlyDictionary<string, ArchiveSnapshot> snapshots)
    {
        private readonly Stack<Frame> _frames = new();

        public int Added { get; private set; }

        public async Task CopyNodeAsync()
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    await OpenAsync().ConfigureAwait(false);
                    break;
                case XmlNodeType.EndElement:
                    await CloseAsync().ConfigureAwait(false);
                    break;
                case XmlNodeType.Text:
                    InnermostContext()?.Text.Append(reader.Value);
                    await writer.WriteStringAsync(reader.Value).ConfigureAwait(false);
                    break;
                case XmlNodeType.CDATA:
                    InnermostContext()?.Text.Append(reader.Value);
                    await writer.WriteCDataAsync(reader.Value).ConfigureAwait(false);
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    InnermostContext()?.Text.Append(reader.Value);
                    await writer.WriteWhitespaceAsync(reader.Value).ConfigureAwait(false);
                    break;
                case XmlNodeType.Comment:
                    await writer.WriteCommentAsync(reader.Value).ConfigureAwait(false);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    await writer.WriteProcessingInstructionAsync(reader.Name, reader.Value).ConfigureAwait(false);
                    break;
                default:
                    // The XML declaration is written by the writer; DTDs are prohibited on reading.
                    break;
            }
        }

        private async Task OpenAsync()
        {
            var isTei = reader.NamespaceURI == TeiLinkShape.TeiNamespace;
            var frame = new Frame(isTei && TeiLinkShape.IsCitationContext(reader.LocalName));
            if (isTei && TeiLinkShape.IsPointer(reader.LocalName))
            {
                foreach (var target in TeiLinkShape.TargetUris(reader.GetAttribute("target")))
                {
                    var url = UrlNormalizer.Normalize(target);
                    if (url.Problem is null && snapshots.TryGetValue(url.Key, out var snapshot) && IsWebAddress(snapshot.Url))
                    {
                        frame.After.Add(snapshot);
                        (frame.IsContext ? frame : InnermostContext())?.Annotated.Add(url.Key);
                    }
                }
            }

            frame.Innermost = frame.IsContext ? frame : InnermostContext();
            var isEmpty = reader.IsEmptyElement;
            await writer.WriteStartElementAsync(reader.Prefix, reader.LocalName, reader.NamespaceURI).ConfigureAwait(false);
            await writer.WriteAttributesAsync(reader, defattr: false).ConfigureAwait(false);
            reader.MoveToElement();
            _frames.Push(frame);
            if (isEmpty)
            {
                await CloseAsync(empty: true).ConfigureAwait(false);
            }
        }

        private async Task CloseAsync(bool empty = false)
        {
            var frame = _frames.Pop();
            if (frame.IsContext)
            {
                foreach (var text in TextUrls.Find(frame.Text.ToString()))
                {
                    var url = UrlNormalizer.NormalizeFromText(text);
                    if (url.Problem is null && frame.Annotated.Add(url.Key) && snapshots.TryGetValue(url.Key, out var snapshot) && IsWebAddress(snapshot.Url))
                    {
                        await WritePointerAsync(snapshot).ConfigureAwait(false);
                    }
                }
            }

            if (empty)
            {
                await writer.WriteEndElementAsync().ConfigureAwait(false);
            }
            else
            {
                await writer.WriteFullEndElementAsync().ConfigureAwait(false);
            }

            foreach (var snapshot in frame.After)
            {
                await WritePointerAsync(snapshot).ConfigureAwait(false);
            }
        }

        private async Task WritePointerAsync(ArchiveSnapshot snapshot)
        {
            await writer.WriteStartElementAsync(null, "ptr", TeiLinkShape.TeiNamespace).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "type", null, TeiLinkShape.ArchiveType).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "target", null, snapshot.Url).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            Added++;
        }

        /// <summary>The innermost open citation context, kept on each frame so deep nesting stays linear.</summary>
        private Frame? InnermostContext() => _frames.TryPeek(out var top) ? top.Innermost : null;
    }

    private sealed class Frame(bool isContext)
    {
        public bool IsContext { get; } = isContext;

        public StringBuilder Text { get; } = new();

        public HashSet<string> Annotated { get; } = new(StringComparer.Ordinal);

        public List<ArchiveSnapshot> After { get; } = [];

        /// <summary>This frame when it is a citation context, else the one it lies in.</summary>
        public Frame? Innermost { get; set; }
    }
}
