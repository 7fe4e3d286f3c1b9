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
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await AtomicFile.WriteAsync(path, async (output, ct) => added = await CopyAsync(input, output, snapshots, ct), cancellationToken);
        return added;
    }

    internal static async Task<int> CopyAsync(Stream input, Stream output, IReadOnlyDictionary<string, ArchiveSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Async = true };
        var writerSettings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
        using var reader = XmlReader.Create(input, readerSettings);
        await using var writer = XmlWriter.Create(output, writerSettings);
        var copier = new Copier(reader, writer, snapshots);
        await writer.WriteStartDocumentAsync();
        var hasNode = await reader.ReadAsync();
        while (hasNode)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsArchivePointer(reader))
            {
                await reader.SkipAsync();
                hasNode = reader.ReadState == ReadState.Interactive;
                continue;
            }

            await copier.CopyNodeAsync();
            hasNode = await reader.ReadAsync();
        }

        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
        return copier.Added;
    }

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
                    await OpenAsync();
                    break;
                case XmlNodeType.EndElement:
                    await CloseAsync();
                    break;
                case XmlNodeType.Text:
                    InnermostContext()?.Text.Append(reader.Value);
                    await writer.WriteStringAsync(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    InnermostContext()?.Text.Append(reader.Value);
                    await writer.WriteCDataAsync(reader.Value);
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    InnermostContext()?.Text.Append(reader.Value);
                    await writer.WriteWhitespaceAsync(reader.Value);
                    break;
                case XmlNodeType.Comment:
                    await writer.WriteCommentAsync(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    await writer.WriteProcessingInstructionAsync(reader.Name, reader.Value);
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
                    if (url.Problem is null && snapshots.TryGetValue(url.Key, out var snapshot))
                    {
                        frame.After.Add(snapshot);
                        (frame.IsContext ? frame : InnermostContext())?.Annotated.Add(url.Key);
                    }
                }
            }

            var isEmpty = reader.IsEmptyElement;
            await writer.WriteStartElementAsync(reader.Prefix, reader.LocalName, reader.NamespaceURI);
            await writer.WriteAttributesAsync(reader, defattr: false);
            reader.MoveToElement();
            _frames.Push(frame);
            if (isEmpty)
            {
                await CloseAsync(empty: true);
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
                    if (url.Problem is null && frame.Annotated.Add(url.Key) && snapshots.TryGetValue(url.Key, out var snapshot))
                    {
                        await WritePointerAsync(snapshot);
                    }
                }
            }

            if (empty)
            {
                await writer.WriteEndElementAsync();
            }
            else
            {
                await writer.WriteFullEndElementAsync();
            }

            foreach (var snapshot in frame.After)
            {
                await WritePointerAsync(snapshot);
            }
        }

        private async Task WritePointerAsync(ArchiveSnapshot snapshot)
        {
            await writer.WriteStartElementAsync(null, "ptr", TeiLinkShape.TeiNamespace);
            await writer.WriteAttributeStringAsync(null, "type", null, TeiLinkShape.ArchiveType);
            await writer.WriteAttributeStringAsync(null, "target", null, snapshot.Url);
            await writer.WriteEndElementAsync();
            Added++;
        }

        private Frame? InnermostContext() => _frames.FirstOrDefault(f => f.IsContext);
    }

    private sealed class Frame(bool isContext)
    {
        public bool IsContext { get; } = isContext;

        public StringBuilder Text { get; } = new();

        public HashSet<string> Annotated { get; } = new(StringComparer.Ordinal);

        public List<ArchiveSnapshot> After { get; } = [];
    }
}
