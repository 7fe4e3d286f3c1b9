using Pipeline.Conversion;
using Pipeline.Reading.Pdf;
using Pipeline.Stages;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;
using Pipeline.Validation;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>
/// Pages spread over several workers give the same conversion as pages read one by one: the same
/// TEI, byte for byte, and the same diagnostics in the same order.
/// </summary>
public sealed class PageWorkersTests
{
    [Theory]
    [InlineData("buildings-1.pdf")]
    [InlineData("buildings-2.pdf")]
    [InlineData("seed-essay.pdf")]
    public async Task Convert_OnFourPageWorkers_IsTheSameAsOnOne(string name)
    {
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, Path.GetFileNameWithoutExtension(name));
        Directory.CreateDirectory(document);
        File.Copy(Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "pdf", name), Path.Combine(document, "document.pdf"));
        var images = Path.Combine(folder.Path, "images");
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };

        async Task<ConversionResult> ConvertAsync(int workers)
        {
            using var converter = new DocumentConverter([new PdfReader(images, pageWorkers: workers)], PipelineStages.Default, new TeiValidator());
            return await converter.ConvertAsync(document, options, CancellationToken.None);
        }

        var one = await ConvertAsync(1);
        var four = await ConvertAsync(4);

        Assert.True(one.Succeeded, string.Join("\n", one.Diagnostics));
        Assert.Equal(one.Tei, four.Tei);
        Assert.Equal(one.Diagnostics.Select(d => d.ToString()), four.Diagnostics.Select(d => d.ToString()));
    }
}
