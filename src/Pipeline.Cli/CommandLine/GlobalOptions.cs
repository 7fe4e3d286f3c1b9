using System.CommandLine;

namespace Pipeline.Cli.CommandLine;

/// <summary>The options every command accepts (<c>-q</c>, <c>-v</c>), and the context they give an action.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and the final result.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print every warning and detail, not only the first few.",
        Recursive = true,
    };

    /// <summary>The invocation's writers and verbosity; the last of -q and -v given wins when both are.</summary>
    public CliContext Context(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var verbose = parse.GetValue(Verbose);
        var quiet = parse.GetValue(Quiet);
        var verbosity = verbose && quiet
            ? LastGiven(parse)
            : verbose ? Verbosity.Verbose : quiet ? Verbosity.Quiet : Verbosity.Normal;
        var configuration = parse.InvocationConfiguration;
        return new CliContext(configuration.Output, configuration.Error, verbosity);
    }

    private Verbosity LastGiven(ParseResult parse)
    {
        var tokens = parse.Tokens.Select(t => t.Value).ToList();
        var lastVerbose = tokens.FindLastIndex(t => Verbose.Name == t || Verbose.Aliases.Contains(t));
        var lastQuiet = tokens.FindLastIndex(t => Quiet.Name == t || Quiet.Aliases.Contains(t));
        return lastVerbose > lastQuiet ? Verbosity.Verbose : Verbosity.Quiet;
    }
}
