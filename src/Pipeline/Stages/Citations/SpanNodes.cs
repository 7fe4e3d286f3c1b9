using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Builds the wrapping ranges for references, their fields and cross-references.</summary>
internal static class SpanNodes
{
    public static SpanNode ForReference(ParsedReference parsed, BibliographicReference parts) =>
        new(parsed.Range, inner => new Reference(parts, inner), Fields(parsed));

    public static ImmutableArray<SpanNode> Fields(ParsedReference parsed) =>
        [.. parsed.Fields.Where(f => f.Range.Length > 0).Select(f => new SpanNode(f.Range, inner => new BibField(f.Kind, inner), []))];

    public static SpanNode ForCrossReference(FoundCrossReference found) =>
        new(found.Range, inner => new CrossReference(found.TargetId, inner), []);
}
