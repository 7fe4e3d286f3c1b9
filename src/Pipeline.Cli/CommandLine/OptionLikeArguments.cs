using System.CommandLine;

namespace Pipeline.Cli.CommandLine;

/// <summary>
/// The parser hands a token it cannot match (<c>--forse</c>) to a command's list argument as a value.
/// This makes such a token an error naming the closest option instead, so a mistyped option never
/// runs the command without it. A path that really begins with <c>-</c> can be given as <c>./-name</c>;
/// <c>-</c> alone (standard input) is a value.
/// </summary>
internal static class OptionLikeArguments
{
    public static void Reject(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
                {
                    var closest = Closest(token.Value, command);
                    result.AddError(closest is null
                        ? $"'{token.Value}' is not an option of '{command.Name}'."
                        : $"'{token.Value}' is not an option of '{command.Name}'. Did you mean '{closest}'?");
                }
            });
        }
    }

    private static string? Closest(string token, Command command)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
        var best = names
            .Select(n => (Name: n, Distance: Distance(token, n)))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, token.Length / 3) ? best.Name : null;
    }

    /// <summary>Levenshtein distance: how many single-character edits turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
