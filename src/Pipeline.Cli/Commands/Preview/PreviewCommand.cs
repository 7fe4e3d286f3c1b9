using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Preview;

/// <summary><c>pipeline preview &lt;tei files or folders&gt;</c>: proofreading pages and an index for existing TEI.</summary>
internal static class PreviewCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "TEI files, or folders of them (an output folder of convert).",
            Arity = ArgumentArity.OneOrMore,
        };
        var links = new Option<string?>("--links")
        {
            Description = "Link report to show statuses from (default: links.json beside the TEI, when it exists).",
            HelpName = "FILE",
        };
        var sources = new Option<string[]>("--sources")
        {
            Description = "The documents' inputs (as convert takes them): each is converted again so its diagnostics are placed in the text, when it still gives the same TEI.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var noOcr = new Option<bool>("--no-ocr") { Description = "With --sources: convert them without figure OCR, as convert --no-ocr did." };
        var command = new Command("preview", "Write proofreading HTML pages and an index for existing TEI.") { paths, links, sources, noOcr };
        command.SetAction((parse, cancellationToken) =>
        {
            var cli = global.Context(parse);
            return new PreviewRun(cli.Quiet ? TextWriter.Null : cli.Out, cli.Error)
                .ExecuteAsync(parse.GetValue(paths) ?? [], parse.GetValue(links), parse.GetValue(sources) ?? [], parse.GetValue(noOcr), cancellationToken);
        });
        return command;
    }
}
