using System.Numerics;

namespace Pipeline.Diagnostics;

/// <summary>
/// Where a measured run's cost goes, for the benchmarks: each <see cref="Lap"/> charges what the meter
/// read since the previous lap to a named phase, so phases met once per page or per image add up. The
/// meter decides the measure (wall time and bytes for a PDF read, thread CPU for a recognition); one
/// tally belongs to one run on one thread.
/// </summary>
/// <typeparam name="T">A meter reading; the cost of a lap is the difference of two readings.</typeparam>
internal abstract class PhaseTally<T>
    where T : struct, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>
{
    private readonly Func<T> _read;
    private readonly List<string> _order = [];
    private readonly Dictionary<string, T> _totals = new(StringComparer.Ordinal);
    private T _last;

    /// <summary>Starts the first lap now.</summary>
    protected PhaseTally(Func<T> read)
    {
        _read = read;
        _last = read();
    }

    /// <summary>The phases in the order they were first met, with what each cost.</summary>
    public IEnumerable<(string Phase, T Cost)> Phases => _order.Select(p => (p, _totals[p]));

    /// <summary>Starts the next lap now, on the calling thread, charging what went before to no phase.</summary>
    public void Restart() => _last = _read();

    public void Lap(string phase)
    {
        var now = _read();
        if (!_totals.TryGetValue(phase, out var total))
        {
            _order.Add(phase);
        }

        _totals[phase] = total + (now - _last);
        _last = now;
    }
}
