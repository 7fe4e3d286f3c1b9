using System.Collections.Immutable;
using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Stages;
using Pipeline.Stages.FigureOcr;

namespace Pipeline.Writing.Html;

/// <summary>
/// The inputs a preview reads again to place diagnostics (<c>pipeline preview --sources</c>): the TEI keeps
/// no source lines, so the document model is made anew from the document's input, by the converter a
/// batch uses. The model is used only when its conversion gives the very bytes of the TEI being shown:
/// an input changed since, or converted with other options, would place diagnostics by spans that are no
/// longer that TEI's, and a flag in the wrong place is worse than a flag in the panel.
/// </summary>
public sealed class PreviewSources : IDisposable
{
    private readonly ImmutableDictionary<string, DocumentSource> _sources;
    private readonly DocumentConverter _converter = new();
    private readonly ConversionOptions _options;

    private PreviewSources(ImmutableDictionary<string, DocumentSource> sources, bool ocr)
    {
        _sources = sources;
        _options = new ConversionOptions { Pipeline = new PipelineOptions { FigureOcr = new FigureOcrOptions { Enabled = ocr } } };
    }

    /// <summary>Paths that named nothing, found when the sources were discovered.</summary>
    public ImmutableArray<string> Errors { get; private init; } = [];

    /// <summary>
    /// The documents under <paramref name="paths"/> (document folders, corpus folders or files, as
    /// <c>convert</c> takes them), to be converted as <c>convert</c> does, with or without figure OCR.
    /// </summary>
    public static PreviewSources Discover(IEnumerable<string> paths, bool ocr)
    {
        var (documents, errors) = CorpusDiscovery.Discover(paths);
        var byId = documents.Where(d => d.Problem is null).GroupBy(d => d.Id, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new PreviewSources(byId, ocr) { Errors = errors };
    }

    /// <summary>The model behind <paramref name="tei"/>, made again from the document's input, or why there is none.</summary>
    public async Task<SourceModel> ModelAsync(string id, byte[] tei, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tei);
        if (!_sources.TryGetValue(id, out var source))
        {
            return SourceModel.Missing("not placed: no source given for " + id);
        }

        var result = await _converter.ConvertAsync(source.Path, _options, cancellationToken).ConfigureAwait(false);
        if (result.Document is null || result.Tei is null)
        {
            return SourceModel.Missing("not placed: its source " + source.Path + " does not convert now");
        }

        return result.Tei.AsSpan().SequenceEqual(tei)
            ? new SourceModel(result.Document, result.Diagnostics, null)
            : SourceModel.Missing("not placed: its source " + source.Path + " no longer converts to this TEI (changed, or converted with other options)");
    }

    public void Dispose() => _converter.Dispose();
}

/// <summary>A document model read again from its source with the diagnostics of that conversion, or why it could not be used.</summary>
public sealed record SourceModel(Model.Document? Document, ImmutableArray<Diagnostic> Diagnostics, string? Problem)
{
    internal static SourceModel Missing(string problem) => new(null, [], problem);
}
