using System.Diagnostics;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Where a read's time goes, for <c>pipeline bench pdf</c>: each <see cref="Lap"/> charges the time since
/// the previous lap to a named phase, so phases met once per page add up over the pages. One clock
/// belongs to one read on one thread.
/// </summary>
internal sealed class PhaseClock
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, TimeSpan> _phases = new(StringComparer.Ordinal);
    private long _last = Stopwatch.GetTimestamp();

    /// <summary>The phases in the order they were first met, with their time.</summary>
    public IEnumerable<(string Phase, TimeSpan Time)> Phases => _order.Select(p => (p, _phases[p]));

    /// <summary>Starts the next lap now, charging the time before to no phase.</summary>
    public void Restart() => _last = Stopwatch.GetTimestamp();

    public void Lap(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_phases.TryGetValue(phase, out var total))
        {
            _order.Add(phase);
        }

        _phases[phase] = total + Stopwatch.GetElapsedTime(_last, now);
        _last = now;
    }
}
