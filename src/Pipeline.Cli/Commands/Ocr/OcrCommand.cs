using System.CommandLine;
using Pipeline.Cli.CommandLine;
using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Cli.Commands.Ocr;

/// <summary>
/// <c>pipeline ocr image.jpg</c>: prints the image's text in reading order, reflowed into paragraphs
/// and de-hyphenated; optionally writes hOCR and ALTO. <c>-</c> reads the image from standard input,
/// <c>-o</c> writes the text to a file. Exit code 0 on success, 1 when the image cannot be read or recognised.
/// </summary>
internal static class OcrCommand
{
    public static Command Create(GlobalOptions global)
    {
        var image = new Argument<string>("image") { Description = "The image to recognise (JPEG, PNG, TIFF …); - reads it from standard input." };
        var output = new Option<string>("--output", "-o") { Description = "Write the text here instead of standard output (- for standard output).", HelpName = "FILE" };
        var hocr = new Option<string>("--hocr") { Description = "Also write the recognised page as hOCR.", HelpName = "FILE" };
        var alto = new Option<string>("--alto") { Description = "Also write the recognised page as ALTO XML.", HelpName = "FILE" };
        var lines = new Option<bool>("--lines") { Description = "Print the recognised lines as read, without reflowing them into paragraphs." };
        var language = new Option<string>("--lang")
        {
            Description = "Tesseract language code(s); default eng.",
            HelpName = "LANG",
            DefaultValueFactory = _ => "eng",
        };
        var command = new Command("ocr", "Recognise the text of an image, in reading order.") { image, output, hocr, alto, lines, language };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new OcrRequest(parse.GetValue(image)!, parse.GetValue(output), parse.GetValue(hocr), parse.GetValue(alto), parse.GetValue(lines), parse.GetValue(language)!),
            global.Context(parse),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(OcrRequest request, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cli);
        var fromStdin = StandardStreams.IsDash(request.Image);
        var name = fromStdin ? "stdin" : Path.GetFileName(request.Image);
        byte[] bytes;
        try
        {
            bytes = fromStdin
                ? await StandardStreams.ReadInputAsync(cancellationToken).ConfigureAwait(false)
                : await File.ReadAllBytesAsync(request.Image, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"error: could not read {request.Image}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        using var engine = new TesseractOcrEngine(request.Language, poolSize: 1);
        var options = new OcrOptions { Language = request.Language };
        OcrPage page;
        try
        {
            page = await engine.RecognizeAsync(bytes, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidImageException e)
        {
            await cli.Error.WriteLineAsync($"error: {request.Image}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        var text = request.Lines ? page.PlainText : Reflow(page);
        await StandardStreams.WriteTextAsync(request.Output, cli.Out, text + "\n", cancellationToken).ConfigureAwait(false);
        if (request.Hocr is { } hocr)
        {
            await OcrOutput.WriteHocrAsync(hocr, page, name, engine.Name, cancellationToken).ConfigureAwait(false);
        }

        if (request.Alto is { } alto)
        {
            await OcrOutput.WriteAltoAsync(alto, page, name, engine.Name, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private static string Reflow(OcrPage page)
    {
        using var words = HunspellWordList.TryOpen(new DehyphenationOptions(), out _);
        var judge = HyphenationJudge.Create([page.PlainText], words);
        return OcrReflow.Reflow(page, judge).Text;
    }
}

/// <summary>What <c>pipeline ocr</c> was asked to do.</summary>
internal sealed record OcrRequest(string Image, string? Output, string? Hocr, string? Alto, bool Lines, string Language);
