using System.Runtime;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Converts rounds of documents until the JIT has nothing left to compile. The first few hundred
/// documents of a process run slower while tiered compilation replaces quick first-pass code with
/// optimised code; the benchmark reports that start-up cost on its own and measures throughput after it.
/// </summary>
internal static class BenchWarmUp
{
    private const int MaxRounds = 40;
    private const int RoundSize = 100;

    // Settled when compiling takes less than this share of a round's CPU time: the optimised code is in
    // place for everything a document runs, not only its busiest loops.
    private const double SettledJitShare = 0.01;

    public static async Task<WarmUpResult> RunAsync(ConvertBench bench, IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        var round = documents.Take(Math.Min(RoundSize, documents.Count)).ToList();
        var jitBefore = JitInfo.GetCompilationTime();
        var methodsBefore = JitInfo.GetCompiledMethodCount();
        var cpu = TimeSpan.Zero;
        var converted = 0;
        for (var i = 0; i < MaxRounds; i++)
        {
            var step = await bench.RunAsync(round, cancellationToken).ConfigureAwait(false);
            cpu += step.Cpu;
            converted += step.Documents;
            if (step.JitTime < step.Cpu * SettledJitShare)
            {
                break;
            }
        }

        return new WarmUpResult(converted, cpu, JitInfo.GetCompilationTime() - jitBefore, JitInfo.GetCompiledMethodCount() - methodsBefore);
    }
}

/// <summary>What warming up cost: documents converted, CPU time, and the JIT's share.</summary>
internal sealed record WarmUpResult(int Documents, TimeSpan Cpu, TimeSpan JitTime, long MethodsCompiled);
