using System.Runtime;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Converts rounds of documents until the JIT has next to nothing left to compile. The first few hundred
/// documents of a process run slower while tiered compilation replaces quick first-pass code with
/// optimised code; the benchmark reports that start-up cost on its own and measures throughput after it.
/// </summary>
internal static class BenchWarmUp
{
    private const int MaxRounds = 30;
    private const int RoundSize = 200;

    // Settled when two rounds in a row compile fewer methods than this: tiered compilation promotes
    // methods in bursts as their call counts come in, so one quiet round can come between two bursts.
    private const int SettledMethods = 20;

    public static async Task<WarmUpResult> RunAsync(ConvertBench bench, IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        var round = documents.Take(Math.Min(RoundSize, documents.Count)).ToList();
        var jitBefore = JitInfo.GetCompilationTime();
        var methodsBefore = JitInfo.GetCompiledMethodCount();
        var cpu = TimeSpan.Zero;
        var converted = 0;
        var quietRounds = 0;
        for (var i = 0; i < MaxRounds && quietRounds < 2; i++)
        {
            var step = await bench.RunAsync(round, cancellationToken).ConfigureAwait(false);
            cpu += step.Cpu;
            converted += step.Documents;
            quietRounds = step.MethodsCompiled < SettledMethods ? quietRounds + 1 : 0;
        }

        return new WarmUpResult(converted, cpu, JitInfo.GetCompilationTime() - jitBefore, JitInfo.GetCompiledMethodCount() - methodsBefore);
    }
}

/// <summary>What warming up cost: documents converted, CPU time, and the JIT's share.</summary>
internal sealed record WarmUpResult(int Documents, TimeSpan Cpu, TimeSpan JitTime, long MethodsCompiled);
