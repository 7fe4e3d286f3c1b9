using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<Pipeline.Cli.Commands.Convert.ConvertCommand>("convert").WithDescription("Convert scraped essays to TEI.");
    config.AddCommand<Pipeline.Cli.Commands.Validate.ValidateCommand>("validate").WithDescription("Validate TEI files against the project's schema.");
});
return await app.RunAsync(args).ConfigureAwait(false);
