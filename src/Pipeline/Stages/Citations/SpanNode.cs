using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// A range of a flattened text to wrap in a new inline (a reference, a field, a cross-reference),
/// with the narrower ranges to wrap inside it.
/// </summary>
internal sealed record SpanNode(TextRange Range, Func<ImmutableArray<Inline>, Inline> Wrap, ImmutableArray<SpanNode> Children);
