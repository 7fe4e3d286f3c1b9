using System.Collections.Immutable;
using Pipeline.Diagnostics;

namespace Pipeline.Batch;

/// <summary>
/// What converting one document produced: whether its TEI was written, how many footnotes it holds, the
/// diagnostics, and the full paths of every output file written (TEI and copied images).
/// </summary>
internal sealed record DocumentConversion(bool Written, int Notes, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> OutputFiles);
