using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Bench;

/// <summary><c>pipeline bench html</c>: rendering a document's proofreading page beside converting the document.</summary>
internal static class BenchHtmlCommand
{
    public static Command Create(GlobalOptions global)
    {
        var document = new Argument<string>("document")
        {
            Description = "Document folder to convert and render. Default: input/seed-essay.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("input", "seed-essay"),
        };
        var runs = TypedOptions.Whole("--runs", "Timed runs of each conversion mode and of the rendering (at least 3); medians are reported. Default 15.", minimum: 3, defaultValue: 15);
        var command = new Command("html", "Rendering a proofreading page beside converting its document.") { document, runs };
        command.SetAction((parse, cancellationToken) =>
            HtmlBench.RunAsync(parse.GetValue(document)!, parse.GetValue(runs) ?? 15, global.Context(parse).Console, cancellationToken));
        return command;
    }
}
