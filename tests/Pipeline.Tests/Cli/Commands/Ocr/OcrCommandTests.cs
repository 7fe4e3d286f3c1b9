using System.Xml;
using Pipeline.Tests.Cli.CommandLine;
using Pipeline.Tests.Ocr;

namespace Pipeline.Tests.Cli.Commands.Ocr;

public sealed class OcrCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "ocr-command-test-" + Guid.NewGuid().ToString("N"));

    public OcrCommandTests() => Directory.CreateDirectory(_work);

    [Fact]
    public async Task Run_Appendix1WithHocrAndAlto_ExitsZeroAndWritesBothFiles()
    {
        var hocr = Path.Combine(_work, "page.hocr");
        var alto = Path.Combine(_work, "page.alto.xml");

        var (exit, _, _) = await InProcessCli.RunAsync("ocr", OcrTestImages.ImagePath(1), "--hocr", hocr, "--alto", alto);

        Assert.Equal(0, exit);
        Assert.Contains("KHRUSHCHEV", ReadXml(hocr), StringComparison.Ordinal);
        Assert.Contains("CONTENT=\"KHRUSHCHEV\"", File.ReadAllText(alto), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TruncatedJpeg_ExitsOneWithoutWritingOutput()
    {
        var image = Path.Combine(_work, "cut.jpg");
        await File.WriteAllBytesAsync(image, OcrTestImages.TruncatedJpeg());
        var hocr = Path.Combine(_work, "cut.hocr");

        var (exit, _, _) = await InProcessCli.RunAsync("ocr", image, "--hocr", hocr);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(hocr));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static string ReadXml(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var text = new System.Text.StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Text)
            {
                text.Append(reader.Value).Append(' ');
            }
        }

        return text.ToString();
    }
}
