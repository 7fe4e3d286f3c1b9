using System.Collections.Immutable;

namespace Pipeline.Batch;

/// <summary>
/// The end of a run. <see cref="ExitCode"/>: 0 every document converted (or up to date), 2 some failed,
/// 1 the run could not start (<see cref="Problems"/> says why).
/// </summary>
internal sealed record BatchResult(int ExitCode, ImmutableArray<string> Problems, RunReport? Report, string? ReportPath)
{
    public const int Success = 0;
    public const int CouldNotRun = 1;
    public const int SomeFailed = 2;

    public static BatchResult NotRun(params string[] problems) => new(CouldNotRun, [.. problems], null, null);
}
