namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// One image's results: CER (null without ground truth or tool), the timings of every run, and the
/// pipeline's phases (CPU seconds of every run, by phase).
/// </summary>
internal sealed record OcrBenchmarkRow(
    string Image, double? CliCer, double? PipelineCer, OcrTimings Cli, OcrTimings Pipeline, IReadOnlyDictionary<string, List<double>> Phases);

/// <summary>Wall and CPU seconds of each timed run of one tool on one image (CPU null where it cannot be measured).</summary>
internal sealed record OcrTimings(IReadOnlyList<double> Wall, IReadOnlyList<double> Cpu)
{
    public static readonly OcrTimings None = new([], []);

    /// <summary>The CPU seconds (the measure a loaded machine distorts least) or the wall seconds.</summary>
    public IReadOnlyList<double> Preferred(bool cpu) => cpu ? Cpu : Wall;

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
