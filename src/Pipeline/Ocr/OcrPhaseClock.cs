using System.Diagnostics;
using Pipeline.Native.Posix;

namespace Pipeline.Ocr;

/// <summary>
/// Where one recognition's time goes, for <c>pipeline bench ocr</c>: each <see cref="Lap"/> charges the
/// CPU time of the recognising thread since the previous lap (wall time where the thread clock is
/// missing) to a named phase; laps of the same phase add up. One clock belongs to one recognition on
/// one thread; the engine laps it from the thread it recognises on.
/// </summary>
internal sealed class OcrPhaseClock
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, double> _seconds = new(StringComparer.Ordinal);
    private double _last;

    /// <summary>The phases in the order they were first met, with their seconds.</summary>
    public IEnumerable<(string Phase, double Seconds)> Phases => _order.Select(p => (p, _seconds[p]));

    /// <summary>Starts the next lap now, on the calling thread, charging the time before to no phase.</summary>
    public void Restart() => _last = Now();

    public void Lap(string phase)
    {
        var now = Now();
        if (!_seconds.TryGetValue(phase, out var total))
        {
            _order.Add(phase);
        }

        _seconds[phase] = total + (now - _last);
        _last = now;
    }

    private static double Now() => ThreadCpuTime.Seconds() ?? Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
}
