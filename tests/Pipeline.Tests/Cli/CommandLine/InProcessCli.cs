using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Tests.Cli.CommandLine;

/// <summary>Runs the real <c>pipeline</c> command line in this process, with its output and errors captured.</summary>
internal static class InProcessCli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PipelineCommandLine.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
