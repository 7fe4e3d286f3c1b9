using Pipeline.Model;

namespace Pipeline.Reading.Layout;

/// <summary>The rule (or the scrape's <c>---</c>) that separates a page's body from its footnotes.</summary>
public sealed record FootRule(SourceSpan Span) : Block(Span);
