using Pipeline.Cli.CommandLine;

return await PipelineCommandLine.RunAsync(args).ConfigureAwait(false);
