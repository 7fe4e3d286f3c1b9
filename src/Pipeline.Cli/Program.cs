using Pipeline.Cli.Commands.Bench;
using Pipeline.Cli.Commands.Links;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<LinksCommand>("links").WithDescription("Check the URLs cited in TEI documents for link rot");
    config.AddBranch("bench", bench => bench.AddCommand<BenchLinksCommand>("links").WithDescription("Benchmark the link checker on loopback hosts"));
});
return await app.RunAsync(args).ConfigureAwait(false);
