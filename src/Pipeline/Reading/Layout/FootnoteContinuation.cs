using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Reading.Layout;

/// <summary>
/// A paragraph in a page's footnote zone that does not start with a number: the continuation of the
/// previous page's last note.
/// </summary>
public sealed record FootnoteContinuation(ImmutableArray<Inline> Content, SourceSpan Span) : ContentBlock(Content, Span);
