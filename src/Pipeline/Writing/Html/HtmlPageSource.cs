using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Xml.Linq;

namespace Pipeline.Writing.Html;

/// <summary>Everything one proofreading page shows: the TEI, its diagnostics and, when checked, its links.</summary>
public sealed record HtmlPageSource
{
    public required string DocumentId { get; init; }

    /// <summary>The validated TEI the page renders.</summary>
    public required XDocument Tei { get; init; }

    public ImmutableArray<PlacedDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Link report entries by normalised URL; empty when no report exists.</summary>
    public IReadOnlyDictionary<string, LinkMark> Links { get; init; } = FrozenDictionary<string, LinkMark>.Empty;

    /// <summary>Where the diagnostics came from, said in the panel (a conversion, a run report, none).</summary>
    public string DiagnosticsOrigin { get; init; } = "this conversion";
}
