using System.Diagnostics;
using Pipeline.Native.Posix;

namespace Pipeline.Tests.Native.Posix;

/// <summary>The CPU time of ended child processes, which bench ocr compares with its own.</summary>
public sealed class ChildProcessTimeTests
{
    [SkippableFact]
    public async Task TotalSeconds_AfterAChildThatComputed_HasGrown()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "getrusage children's time is read on Linux only");
        var before = ChildProcessTime.TotalSeconds();
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");

        // A busy loop of a few hundred thousand rounds: CPU time well above the clock's microsecond step.
        start.ArgumentList.Add("i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done");
        using (var child = Process.Start(start)!)
        {
            await child.WaitForExitAsync();
        }

        var after = ChildProcessTime.TotalSeconds();

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.True(after > before, $"{before} -> {after}");
    }
}
