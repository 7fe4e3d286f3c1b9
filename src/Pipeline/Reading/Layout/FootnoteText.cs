using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Reading.Layout;

/// <summary>A footnote paragraph at a page's foot (<c>&lt;sup&gt;N&lt;/sup&gt; …</c>, <c>N.</c>), before re-linking.</summary>
public sealed record FootnoteText(string Label, ImmutableArray<Inline> Content, SourceSpan Span) : ContentBlock(Content, Span);
