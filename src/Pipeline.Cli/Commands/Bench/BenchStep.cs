namespace Pipeline.Cli.Commands.Bench;

/// <summary>One measured run of the benchmark over <see cref="Documents"/> documents.</summary>
internal sealed record BenchStep(
    int Documents,
    int Converted,
    TimeSpan Wall,
    TimeSpan Cpu,
    long PeakWorkingSetBytes,
    long PeakHeapBytes,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    long MethodsCompiled,
    TimeSpan JitTime)
{
    public double DocumentsPerSecond => Documents / Wall.TotalSeconds;

    public double CpuMillisecondsPerDocument => Cpu.TotalMilliseconds / Documents;

    /// <summary>Documents per CPU-second: what one core converts in a second.</summary>
    public double DocumentsPerCoreSecond => Documents / Cpu.TotalSeconds;
}
