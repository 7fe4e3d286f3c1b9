using System.Collections.Immutable;

namespace Pipeline.Batch.Merge;

/// <summary>
/// How a merged run report was made: the number of shards, the shard reports it read (file names, relative
/// to the output folder where they lie in it) and every problem found in putting them together.
/// </summary>
internal sealed record MergeInfo(int Shards, ImmutableArray<string> Reports, ImmutableArray<MergeProblem> Problems);

/// <summary>One thing that keeps the shards from adding up to the corpus: a missing shard, a document twice or never.</summary>
internal sealed record MergeProblem(string Code, string Message, string? Document = null);
