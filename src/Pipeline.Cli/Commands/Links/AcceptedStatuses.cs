using System.Globalization;
using Pipeline.Links;
using Pipeline.Links.Report;

namespace Pipeline.Cli.Commands.Links;

/// <summary>
/// <c>--accept 200..=299,403,429</c>: HTTP statuses that count as fine for this run (a site that answers
/// robots with 403, say), in lychee's syntax: single codes and inclusive ranges <c>A..=B</c> (or <c>A-B</c>).
/// </summary>
internal sealed class AcceptedStatuses
{
    private readonly List<(int From, int To)> _ranges;

    private AcceptedStatuses(List<(int From, int To)> ranges) => _ranges = ranges;

    public static AcceptedStatuses None { get; } = new([]);

    /// <summary>The list parsed, or null with <paramref name="error"/> naming the part that is not a status or range.</summary>
    public static AcceptedStatuses? Parse(IEnumerable<string> values, out string? error)
    {
        error = null;
        var ranges = new List<(int, int)>();
        foreach (var part in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var bounds = part.Split(["..=", "-"], 2, StringSplitOptions.TrimEntries);
            if (!TryStatus(bounds[0], out var from) || !TryStatus(bounds[^1], out var to) || from > to)
            {
                error = $"--accept takes HTTP statuses and ranges such as 200..=299,403, not '{part}'.";
                return null;
            }

            ranges.Add((from, to));
        }

        return new AcceptedStatuses(ranges);
    }

    public bool Accepts(int status) => _ranges.Any(r => status >= r.From && status <= r.To);

    /// <summary>Results whose HTTP status is accepted become ok, with a detail saying why.</summary>
    public LinkResult Apply(LinkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Status.IsFine() && result.HttpStatus is { } status && Accepts(status)
            ? result with { Status = LinkStatus.Ok, Detail = string.Create(CultureInfo.InvariantCulture, $"HTTP {status} accepted by --accept") }
            : result;
    }

    private static bool TryStatus(string text, out int status) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out status) && status is >= 100 and <= 999;
}
