using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
});
return await app.RunAsync(args).ConfigureAwait(false);
