using System.Globalization;
using Pipeline.Links;
using Pipeline.Links.Report;

namespace Pipeline.Cli.Commands.Links;

/// <summary>The closing line of a link check, and the hint when every look-up failed as if the machine were offline.</summary>
internal static class LinksSummary
{
    /// <summary>E.g. <c>12 links: 10 fine, 2 not fine (1 broken, 1 timeout); 3 excluded; 4 from the cache</c>.</summary>
    public static string Line(IReadOnlyCollection<LinkResult> results, int excluded)
    {
        ArgumentNullException.ThrowIfNull(results);
        var fine = results.Count(r => r.Status.IsFine());
        var notFine = results.Where(r => !r.Status.IsFine())
            .GroupBy(r => r.Status)
            .OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToWord()}"))
            .ToList();
        var line = string.Create(CultureInfo.InvariantCulture, $"{results.Count} links: {fine} fine, {results.Count - fine} not fine");
        if (notFine.Count > 0)
        {
            line += " (" + string.Join(", ", notFine) + ")";
        }

        if (excluded > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; {excluded} excluded");
        }

        var cached = results.Count(r => r.Cached);
        return cached > 0 ? line + string.Create(CultureInfo.InvariantCulture, $"; {cached} from the cache") : line;
    }

    /// <summary>A hint when every link fetched in this run failed to resolve or connect: most likely no network at all.</summary>
    public static string? OfflineHint(IReadOnlyCollection<LinkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var fetched = results.Where(r => !r.Cached && r.Status is not (LinkStatus.InvalidUrl or LinkStatus.UnsupportedScheme or LinkStatus.Refused)).ToList();
        return fetched.Count > 0 && fetched.All(r => r.Status is LinkStatus.DnsFailure or LinkStatus.ConnectionFailed)
            ? "hint: every look-up failed to resolve or connect; is this machine offline? Check the network (or a proxy) and run again."
            : null;
    }
}
