using System.Diagnostics;
using Pipeline.Diagnostics;
using Pipeline.Native.Posix;

namespace Pipeline.Ocr;

/// <summary>
/// Where one recognition's time goes, for <c>pipeline bench ocr</c>: the CPU seconds of the recognising
/// thread per phase (wall time where the thread clock is missing). The engine laps it from the thread
/// it recognises on.
/// </summary>
internal sealed class OcrPhaseClock() : PhaseTally<double>(Now)
{
    private static double Now() => ThreadCpuTime.Seconds() ?? Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
}
