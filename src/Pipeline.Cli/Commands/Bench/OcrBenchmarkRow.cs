namespace Pipeline.Cli.Commands.Bench;

/// <summary>One image's results: CER (null without ground truth or tool) and median seconds.</summary>
internal sealed record OcrBenchmarkRow(string Image, double? CliCer, double? CliSeconds, double? PipelineCer, double PipelineSeconds);
