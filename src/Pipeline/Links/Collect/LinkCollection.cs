using System.Collections.Immutable;
using Pipeline.Diagnostics;

namespace Pipeline.Links.Collect;

/// <summary>The distinct URLs of a set of documents (sorted by URL) and what went wrong reading them.</summary>
public sealed record LinkCollection(ImmutableArray<CitedLink> Links, ImmutableArray<Diagnostic> Diagnostics);
