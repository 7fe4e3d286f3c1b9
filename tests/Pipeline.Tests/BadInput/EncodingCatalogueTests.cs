using System.Text;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Tests.Batch;
using static Pipeline.Tests.BadInput.BadInputHarness;

namespace Pipeline.Tests.BadInput;

/// <summary>The catalogue's entries about bytes and characters.</summary>
public sealed class EncodingCatalogueTests
{
    [Fact]
    public async Task Convert_EmptyFile_ErrorNamesDocumentAndNoTei()
    {
        using var temp = new TempFolder();

        var result = await ConvertAsync(temp, []);

        Assert.Null(result.Tei);
        Assert.Contains("empty", AssertReported(result, ConversionCodes.EmptyInput, Severity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_WhitespaceOnly_ErrorNamesDocumentAndNoTei()
    {
        using var temp = new TempFolder();

        var result = await ConvertAsync(temp, " \n\t\r\n   \n");

        Assert.Null(result.Tei);
        Assert.Contains("whitespace", AssertReported(result, ConversionCodes.EmptyInput, Severity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_BinaryFile_ErrorNamesDocumentAndNoTei()
    {
        using var temp = new TempFolder();
        var jpeg = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seed, "appendix-1.jpg"));

        var result = await ConvertAsync(temp, jpeg);

        Assert.Null(result.Tei);
        Assert.Contains("binary", AssertReported(result, ConversionCodes.BinaryInput, Severity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_InvalidUtf8_ErrorWithLineAndNoTei()
    {
        using var temp = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes(Essay("Line one.\n\nLine two has a bad byte: X here."));
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // a lead byte followed by a space: not UTF-8

        var result = await ConvertAsync(temp, bytes);

        Assert.Null(result.Tei);
        var error = AssertReported(result, ConversionCodes.InvalidUtf8, Severity.Error);
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public async Task Convert_Utf8Bom_ConvertedWithoutBomInText()
    {
        using var temp = new TempFolder();
        var text = Essay("The body of the essay.");

        var result = await ConvertAsync(temp, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

        Assert.NotNull(result.Tei);
        Assert.DoesNotContain('\uFEFF', Encoding.UTF8.GetString(result.Tei));
        Assert.Contains("The body", BodyText(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Convert_CrlfOrLoneCrLineEnds_SameTextAsLf(string lineEnd)
    {
        using var temp = new TempFolder();
        using var lfTemp = new TempFolder();
        var seed = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Seed, "document.md"));

        var lf = await ConvertAsync(lfTemp, seed);
        var other = await ConvertAsync(temp, seed.Replace("\n", lineEnd, StringComparison.Ordinal));

        Assert.NotNull(other.Tei);
        Assert.Equal(Notes(lf), Notes(other));
        Assert.Equal(BodyText(lf), BodyText(other));
    }

    [Fact]
    public async Task Convert_ControlCharactersAndLoneSurrogates_RemovedWithWarningAndLine()
    {
        using var temp = new TempFolder();
        var text = Essay("Before\u0001\u0008\u000B\u001F after.\n\nA lone \uD800 high and \uDC00 low surrogate.");

        var result = await ConvertAsync(temp, Encoding.UTF8.GetBytes(text.Replace("\uD800", "", StringComparison.Ordinal).Replace("\uDC00", "", StringComparison.Ordinal))
            .Concat(Encoding.UTF8.GetBytes("\n\nTrailing \u0002 control.\n")).ToArray());

        Assert.NotNull(result.Tei);
        var warning = AssertReported(result, "read.illegal-character", Severity.Warning);
        Assert.True(warning.Line > 0);
        Assert.Contains("Before after.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_LoneSurrogatesInText_RemovedAndWellFormed()
    {
        // Lone surrogates cannot be encoded in UTF-8 bytes, so they reach the pipeline only as .NET text:
        // the reader is given the string directly, and its page-foot nodes linked before writing.
        var diagnostics = new DiagnosticBag(Id);
        var read = new Pipeline.Reading.ScrapedTextReader().Read(Id, "/nowhere", Essay("A lone \uD800 high and \uDC00 low surrogate."), diagnostics);
        var document = await new Pipeline.Stages.Footnotes.FootnoteStage().RunAsync(read, new Pipeline.Stages.StageContext(diagnostics, []), CancellationToken.None);

        var tei = Pipeline.Writing.Tei.TeiWriter.ToBytes(document, new Pipeline.Writing.Tei.TeiWriterOptions());

        WellFormedXml.AssertParses(tei);
        Assert.Contains(diagnostics.Items, d => d.Code == "read.illegal-character" && d.Document == Id && d.Line > 0);
    }

    [Fact]
    public async Task Convert_AmpersandLessThanAndCdataEnd_EscapedAndKept()
    {
        using var temp = new TempFolder();

        var result = await ConvertAsync(temp, Essay("Salt & pepper, 3 < 4, and the end ]]> of CDATA."));

        Assert.NotNull(result.Tei);
        Assert.Contains("Salt & pepper, 3 < 4, and the end ]]> of CDATA.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_RightToLeftAndCombiningCharacters_KeptExactly()
    {
        using var temp = new TempFolder();
        const string Hebrew = "\u05E9\u05DC\u05D5\u05DD";
        const string Arabic = "\u0627\u0644\u0633\u0644\u0627\u0645";
        const string Combining = "Cafe\u0301 and n\u0303 and \u202Bembedded\u202C";

        var result = await ConvertAsync(temp, Essay($"Greetings: {Hebrew}, {Arabic}. {Combining}."));

        Assert.NotNull(result.Tei);
        var body = BodyText(result);
        Assert.Contains(Hebrew, body, StringComparison.Ordinal);
        Assert.Contains(Arabic, body, StringComparison.Ordinal);
        Assert.Contains(Combining, body, StringComparison.Ordinal);
    }
}
