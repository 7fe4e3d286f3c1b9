using Pipeline.Batch;

namespace Pipeline.Tests.Batch;

public sealed class InputFingerprintTests
{
    [Fact]
    public async Task ComputeAsync_CopiesOfSeed_Equal()
    {
        using var temp = new TempFolder();
        RepoPaths.CopySeedTo(temp.Combine("a"));
        RepoPaths.CopySeedTo(temp.Combine("b"));

        var a = await InputFingerprint.ComputeAsync(temp.Combine("a"), "v1", "", CancellationToken.None);
        var b = await InputFingerprint.ComputeAsync(temp.Combine("b"), "v1", "", CancellationToken.None);

        Assert.Equal(a, b);
    }

    [Fact]
    public async Task ComputeAsync_AnyInputChanged_Differs()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("seed");
        RepoPaths.CopySeedTo(folder);
        var original = await InputFingerprint.ComputeAsync(folder, "v1", "", CancellationToken.None);

        var otherVersion = await InputFingerprint.ComputeAsync(folder, "v2", "", CancellationToken.None);
        var otherSettings = await InputFingerprint.ComputeAsync(folder, "v1", "ocr=off", CancellationToken.None);
        var image = Path.Combine(folder, "appendix-1.jpg");
        var bytes = File.ReadAllBytes(image);
        bytes[^3] ^= 0x01;
        File.WriteAllBytes(image, bytes);
        var imageChanged = await InputFingerprint.ComputeAsync(folder, "v1", "", CancellationToken.None);
        File.Move(image, Path.Combine(folder, "appendix-9.jpg"));
        var imageRenamed = await InputFingerprint.ComputeAsync(folder, "v1", "", CancellationToken.None);

        Assert.Equal(5, new HashSet<string> { original, otherVersion, otherSettings, imageChanged, imageRenamed }.Count);
    }
}
