using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<Pipeline.Cli.Commands.Convert.ConvertCommand>("convert").WithDescription("Convert scraped essays to TEI.");
    config.AddCommand<Pipeline.Cli.Commands.Validate.ValidateCommand>("validate").WithDescription("Validate TEI files against the project's schema.");
    config.AddCommand<Pipeline.Cli.Commands.Archive.ArchiveCommand>("archive").WithDescription("Package an output folder as a BagIt 1.0 bag.");
    config.AddCommand<Pipeline.Cli.Commands.Verify.VerifyCommand>("verify").WithDescription("Check a bag's completeness and every checksum.");
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Measure the pipeline.");
        bench.AddCommand<Pipeline.Cli.Commands.Bench.BenchConvertCommand>("convert").WithDescription("Conversion without OCR of copies of the seed essay, beside pandoc.");
    });
});
return await app.RunAsync(args).ConfigureAwait(false);
