using Pipeline.Native.Posix;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Native.Posix;

/// <summary>The one syncfs a batch makes after writing its documents unflushed.</summary>
public sealed class FileSystemFlushTests
{
    [SkippableFact]
    public void TryFlush_OpenFileOnTheOutputsFileSystem_Flushes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "syncfs is Linux's");
        using var temp = new TempFolder();
        var path = temp.Combine(".convert.lock");
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

        Assert.True(FileSystemFlush.TryFlush(stream.SafeFileHandle));
    }

    [Fact]
    public void TryFlush_ClosedHandle_FalseSoTheCallerFlushesEachFile()
    {
        using var temp = new TempFolder();
        var stream = new FileStream(temp.Combine("a"), FileMode.Create);
        var handle = stream.SafeFileHandle;
        stream.Dispose();

        Assert.False(FileSystemFlush.TryFlush(handle));
    }
}
