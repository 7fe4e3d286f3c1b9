using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Bench;

/// <summary><c>pipeline bench …</c>: the benchmarks, one subcommand each (one line here per benchmark).</summary>
internal static class BenchCommand
{
    public static Command Create(GlobalOptions global)
    {
        var bench = new Command("bench", "Measure the pipeline.")
        {
            BenchConvertCommand.Create(global),
            BenchOcrCommand.Create(global),
            BenchCitationsCommand.Create(global),
            BenchPdfCommand.Create(global),
            BenchHtmlCommand.Create(global),
            BenchLinksCommand.Create(global),
            BenchColdCommand.Create(global),
        };
        return bench;
    }
}
