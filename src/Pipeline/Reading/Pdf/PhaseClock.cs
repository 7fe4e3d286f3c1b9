using System.Diagnostics;
using System.Numerics;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Where a read's time goes, for <c>pipeline bench pdf</c>: wall time and the bytes the thread
/// allocated, per phase. On a loaded machine times scatter, allocations do not, and garbage collection
/// is paid by whoever allocates.
/// </summary>
internal sealed class PhaseClock() : PhaseTally<WallTimeAndBytes>(WallTimeAndBytes.Now);

/// <summary>A reading of the stopwatch and of the bytes the calling thread has allocated, or the difference of two.</summary>
internal readonly record struct WallTimeAndBytes(long Ticks, long Bytes)
    : IAdditionOperators<WallTimeAndBytes, WallTimeAndBytes, WallTimeAndBytes>, ISubtractionOperators<WallTimeAndBytes, WallTimeAndBytes, WallTimeAndBytes>
{
    public TimeSpan Time => TimeSpan.FromSeconds(Ticks / (double)Stopwatch.Frequency);

    public static WallTimeAndBytes Now() => new(Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    public static WallTimeAndBytes operator +(WallTimeAndBytes left, WallTimeAndBytes right) => new(left.Ticks + right.Ticks, left.Bytes + right.Bytes);

    public static WallTimeAndBytes operator -(WallTimeAndBytes left, WallTimeAndBytes right) => new(left.Ticks - right.Ticks, left.Bytes - right.Bytes);
}
