using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Builds the wrapping ranges for references, their fields and cross-references.</summary>
internal static class SpanNodes
{
    public static SpanNode ForReference(ParsedReference parsed, BibliographicReference parts) =>
        new(parsed.Range, inner => new Reference(parts, inner), Fields(parsed));

    // One wrapping function per field kind, shared by every field node.
    private static readonly ImmutableArray<Func<ImmutableArray<Inline>, Inline>> FieldWrappers =
        [.. Enum.GetValues<BibFieldKind>().Select(kind => (Func<ImmutableArray<Inline>, Inline>)(inner => new BibField(kind, inner)))];

    public static ImmutableArray<SpanNode> Fields(ParsedReference parsed)
    {
        var nodes = ImmutableArray.CreateBuilder<SpanNode>(parsed.Fields.Length);
        foreach (var field in parsed.Fields)
        {
            if (field.Range.Length > 0)
            {
                nodes.Add(new SpanNode(field.Range, FieldWrappers[(int)field.Kind], []));
            }
        }

        return nodes.DrainToImmutable();
    }

    public static SpanNode ForCrossReference(FoundCrossReference found) =>
        new(found.Range, inner => new CrossReference(found.TargetId, inner), []);
}
