namespace Pipeline.Tests.Ocr;

/// <summary>The seed essay's appendix images and ground truth, and bad image files made from them.</summary>
internal static class OcrTestImages
{
    public static string SeedDirectory { get; } = FindSeed();

    public static string ImagePath(int appendix) => Path.Combine(SeedDirectory, $"appendix-{appendix}.jpg");

    public static byte[] Image(int appendix) => File.ReadAllBytes(ImagePath(appendix));

    public static string GroundTruth(int appendix) => File.ReadAllText(Path.Combine(SeedDirectory, $"appendix-{appendix}.gt.txt"));

    /// <summary>The first 40 % of a real JPEG: a valid header, no end-of-image marker.</summary>
    public static byte[] TruncatedJpeg() => Image(1)[..(Image(1).Length * 2 / 5)];

    /// <summary>Plain text with a .jpg name.</summary>
    public static byte[] NotAnImage() => "This is a caption, not a picture.\n"u8.ToArray();

    /// <summary>A real JPEG whose frame header (SOF0) is patched to claim 60000×60000 pixels.</summary>
    public static byte[] HugeHeaderJpeg()
    {
        var bytes = Image(1);
        for (var i = 2; i + 9 < bytes.Length; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                // Marker, length (2), precision (1), then height and width, big-endian.
                bytes[i + 5] = 0xEA;
                bytes[i + 6] = 0x60;
                bytes[i + 7] = 0xEA;
                bytes[i + 8] = 0x60;
                return bytes;
            }
        }

        throw new InvalidOperationException("No frame header in the seed JPEG.");
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "input", "seed-essay");
            if (File.Exists(Path.Combine(seed, "appendix-1.jpg")))
            {
                return seed;
            }
        }

        throw new DirectoryNotFoundException("input/seed-essay not found above the test binaries.");
    }
}
