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
});
return await app.RunAsync(args).ConfigureAwait(false);
