using System.Diagnostics;
using System.Runtime;
using Pipeline.Conversion;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Converts documents in memory (TEI bytes produced and dropped, nothing written) and measures wall time,
/// the process's CPU time, peak memory and garbage collections. Several steps run in one process, in
/// increasing size, so a peak that stays level shows memory does not grow with the number of documents.
/// </summary>
internal sealed class ConvertBench(DocumentConverter converter, ConversionOptions options, int parallelism)
{
    public async Task<BenchStep> RunAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var (methods, jit) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var converted = 0;
        var clock = Stopwatch.StartNew();
        long peakHeap;
        var sampler = new HeapSampler();
        await using (sampler.ConfigureAwait(false))
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(documents, parallel, async (folder, ct) =>
            {
                var result = await converter.ConvertAsync(folder, options, ct).ConfigureAwait(false);
                if (result.Succeeded)
                {
                    Interlocked.Increment(ref converted);
                }
            }).ConfigureAwait(false);
            peakHeap = sampler.PeakBytes;
        }

        var wall = clock.Elapsed;
        process.Refresh();
        return new BenchStep(
            documents.Count,
            converted,
            wall,
            process.TotalProcessorTime - cpu,
            process.PeakWorkingSet64,
            peakHeap,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            JitInfo.GetCompiledMethodCount() - methods,
            JitInfo.GetCompilationTime() - jit);
    }
}
