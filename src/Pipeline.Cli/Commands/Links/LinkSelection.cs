using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Links.Collect;

namespace Pipeline.Cli.Commands.Links;

/// <summary>
/// Which cited links are checked, as lychee chooses: a link matching an <c>--exclude</c> pattern (or a
/// line of the ignore file) is left out unless it also matches an <c>--include</c> pattern, which wins.
/// Patterns are .NET regular expressions matched anywhere in the normalised URL.
/// </summary>
internal sealed class LinkSelection
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly ImmutableArray<Regex> _include;
    private readonly ImmutableArray<Regex> _exclude;

    private LinkSelection(ImmutableArray<Regex> include, ImmutableArray<Regex> exclude)
    {
        _include = include;
        _exclude = exclude;
    }

    /// <summary>The selection, or null with <paramref name="error"/> naming the pattern that is not a valid regular expression.</summary>
    public static LinkSelection? Create(IEnumerable<string> include, IEnumerable<string> exclude, out string? error)
    {
        error = null;
        var included = ImmutableArray.CreateBuilder<Regex>();
        var excluded = ImmutableArray.CreateBuilder<Regex>();
        foreach (var (patterns, into) in new[] { (include, included), (exclude, excluded) })
        {
            foreach (var pattern in patterns)
            {
                try
                {
                    into.Add(new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout));
                }
                catch (ArgumentException e)
                {
                    error = $"'{pattern}' is not a valid regular expression: {e.Message}";
                    return null;
                }
            }
        }

        return new LinkSelection(included.ToImmutable(), excluded.ToImmutable());
    }

    /// <summary>The patterns of an ignore file: one per line; blank lines and lines starting with # are skipped.</summary>
    public static async Task<ImmutableArray<string>> ReadIgnoreFileAsync(string path, CancellationToken cancellationToken) =>
        [.. (await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];

    public bool IsChecked(string url) =>
        _include.Any(r => r.IsMatch(url)) || !_exclude.Any(r => r.IsMatch(url));

    /// <summary>The links to check, and how many were left out.</summary>
    public (ImmutableArray<CitedLink> Checked, int Excluded) Apply(IEnumerable<CitedLink> links)
    {
        var all = links.ToList();
        var kept = all.Where(l => IsChecked(l.Url)).ToImmutableArray();
        return (kept, all.Count - kept.Length);
    }
}
