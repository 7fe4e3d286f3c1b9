using System.CommandLine;
using System.CommandLine.Invocation;

namespace Pipeline.Cli.CommandLine;

/// <summary>
/// The <c>pipeline</c> command line: the root command with <c>--version</c>, <c>-h</c>, <c>-q</c> and
/// <c>-v</c>, and the commands of <see cref="CommandList"/>. Unknown commands and options are errors
/// with "did you mean" suggestions and exit code 1, as every other usage error.
/// </summary>
internal static class PipelineCommandLine
{
    public static RootCommand Build()
    {
        var global = new GlobalOptions();
        var root = new RootCommand("Turns scraped humanities essays into TEI P5, checks the links they cite, and packages the result as BagIt bags.");
        root.Options.Add(global.Quiet);
        root.Options.Add(global.Verbose);
        foreach (var command in CommandList.All(global))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in Descendants(root))
        {
            OptionLikeArguments.Reject(command);
        }

        return root;
    }

    private static IEnumerable<Command> Descendants(Command command) =>
        command.Subcommands.SelectMany(c => Descendants(c).Prepend(c));

    /// <summary>Parses and runs <paramref name="args"/>; <paramref name="configuration"/> lets tests capture the output.</summary>
    public static Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var parse = Build().Parse(args);

        // A usage error prints the error and the suggestions, not the whole help, as git and pandoc do.
        if (parse.Action is ParseErrorAction error)
        {
            error.ShowHelp = false;
        }

        return parse.InvokeAsync(configuration, cancellationToken);
    }
}
