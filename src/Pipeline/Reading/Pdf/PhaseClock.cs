using System.Diagnostics;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Where a read's time goes, for <c>pipeline bench pdf</c>: each <see cref="Lap"/> charges the time since
/// the previous lap to a named phase, so phases met once per page add up over the pages. One clock
/// belongs to one read on one thread. Each lap also charges the bytes the thread allocated: on a
/// loaded machine times scatter, allocations do not, and garbage collection is paid by whoever allocates.
/// </summary>
internal sealed class PhaseClock
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (TimeSpan Time, long Bytes)> _phases = new(StringComparer.Ordinal);
    private long _last = Stopwatch.GetTimestamp();
    private long _lastBytes = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>The phases in the order they were first met, with their time and the bytes allocated in them.</summary>
    public IEnumerable<(string Phase, TimeSpan Time, long Bytes)> Phases => _order.Select(p => (p, _phases[p].Time, _phases[p].Bytes));

    /// <summary>Starts the next lap now, charging the time before to no phase.</summary>
    public void Restart()
    {
        _last = Stopwatch.GetTimestamp();
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
    }

    public void Lap(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        if (!_phases.TryGetValue(phase, out var total))
        {
            _order.Add(phase);
        }

        _phases[phase] = (total.Time + Stopwatch.GetElapsedTime(_last, now), total.Bytes + bytes - _lastBytes);
        _last = now;
        _lastBytes = bytes;
    }
}
