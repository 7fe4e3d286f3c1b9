using System.Collections.Immutable;
using Pipeline.Cli.CommandLine;
using Pipeline.Links.Collect;

namespace Pipeline.Cli.Commands.Links;

/// <summary>
/// What <c>pipeline links</c> was given: TEI files and folders, URLs typed as arguments, and <c>-</c> for
/// URLs on standard input (one per line, # comments and blank lines skipped).
/// </summary>
internal sealed record LinkInputs(ImmutableArray<string> Paths, ImmutableArray<CitedLink> Urls)
{
    public static async Task<LinkInputs> ReadAsync(IReadOnlyList<string> arguments, Func<CancellationToken, Task<string>> readStandardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(readStandardInput);
        var paths = ImmutableArray.CreateBuilder<string>();
        var urls = new List<CitedLink>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (StandardStreams.IsDash(argument))
            {
                var lines = (await readStandardInput(cancellationToken).ConfigureAwait(false)).Split('\n');
                for (var n = 0; n < lines.Length; n++)
                {
                    var line = lines[n].Trim();
                    if (line.Length > 0 && !line.StartsWith('#'))
                    {
                        urls.Add(Link(line, new Citation("stdin", $"line {n + 1}")));
                    }
                }
            }
            else if (IsUrl(argument))
            {
                urls.Add(Link(argument, new Citation("command line", $"argument {i + 1}")));
            }
            else
            {
                paths.Add(argument);
            }
        }

        var merged = urls.GroupBy(u => u.Url, StringComparer.Ordinal)
            .Select(g => g.First() with { CitedIn = [.. g.SelectMany(u => u.CitedIn)] })
            .ToImmutableArray();
        return new LinkInputs(paths.ToImmutable(), merged);
    }

    private static bool IsUrl(string argument) =>
        argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static CitedLink Link(string url, Citation citation)
    {
        var normalized = UrlNormalizer.Normalize(url);
        return new CitedLink(normalized.Key, normalized.Problem, null, [citation]);
    }
}
