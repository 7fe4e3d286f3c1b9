using YamlDotNet.RepresentationModel;

namespace Pipeline.Tests.Batch.Slurm;

/// <summary>
/// The job definitions shipped for clusters that cannot run here: the Kubernetes jobs must at least be valid
/// YAML of the right shape, with the shard count written once and the same everywhere; the Slurm scripts must
/// be valid bash.
/// </summary>
public sealed class ClusterScriptsTests
{
    private static string Kubernetes => Path.Combine(RepoPaths.Root, "scripts", "kubernetes", "convert-job.yaml");

    [Fact]
    public void KubernetesJobs_AreAnIndexedConvertJobAndAMergeJob()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Kubernetes))
        {
            yaml.Load(reader);
        }

        Assert.Equal(2, yaml.Documents.Count);
        var convert = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("batch/v1", Scalar(convert, "apiVersion"));
        Assert.Equal("Job", Scalar(convert, "kind"));
        var spec = (YamlMappingNode)convert["spec"];
        Assert.Equal("Indexed", Scalar(spec, "completionMode"));
        var completions = Scalar(spec, "completions");
        Assert.Equal(completions, Scalar(spec, "parallelism"));
        var command = Command(spec);
        Assert.Contains($"--shard \"${{JOB_COMPLETION_INDEX}}/{completions}\"", command, StringComparison.Ordinal);
        Assert.StartsWith("pipeline convert ", command, StringComparison.Ordinal);

        var merge = (YamlMappingNode)yaml.Documents[1].RootNode;
        Assert.Equal("Job", Scalar(merge, "kind"));
        var mergeCommand = Command((YamlMappingNode)merge["spec"]);
        Assert.StartsWith("pipeline merge /corpus/output --corpus /corpus/input", mergeCommand, StringComparison.Ordinal);
        Assert.Contains("pipeline verify /corpus/bag", mergeCommand, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cluster.sh")]
    [InlineData("convert-array.sh")]
    [InlineData("merge-and-bag.sh")]
    [InlineData("submit.sh")]
    public async Task SlurmScripts_ParseAsBash(string script)
    {
        var (exit, output) = await RunAsync("bash", "-n", SlurmCluster.Script(script));

        Assert.True(exit == 0, output);
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static string Command(YamlMappingNode jobSpec)
    {
        var pod = (YamlMappingNode)((YamlMappingNode)jobSpec["template"])["spec"];
        var container = (YamlMappingNode)((YamlSequenceNode)pod["containers"]).Children[0];
        return ((YamlScalarNode)((YamlSequenceNode)container["args"]).Children[0]).Value!;
    }

    private static async Task<(int, string)> RunAsync(string file, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
