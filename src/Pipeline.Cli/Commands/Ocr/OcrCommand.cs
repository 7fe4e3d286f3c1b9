using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Ocr;

/// <summary>
/// <c>pipeline ocr image.jpg</c>: prints the image's text in reading order, reflowed into paragraphs
/// and de-hyphenated; optionally writes hOCR and ALTO. Exit code 0 on success, 1 when the image cannot
/// be read or recognised.
/// </summary>
internal sealed class OcrCommand : AsyncCommand<OcrSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OcrSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(settings.Image, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] could not read {settings.Image}: {e.Message}");
            return 1;
        }

        using var engine = new TesseractOcrEngine(settings.Language, poolSize: 1);
        var options = new OcrOptions { Language = settings.Language };
        OcrPage page;
        try
        {
            page = await engine.RecognizeAsync(bytes, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidImageException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.Image}: {e.Message}");
            return 1;
        }

        var text = settings.Lines ? page.PlainText : Reflow(page);
        Console.Out.WriteLine(text);
        if (settings.Hocr is { } hocr)
        {
            await OcrOutput.WriteHocrAsync(hocr, page, Path.GetFileName(settings.Image), engine.Name, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Alto is { } alto)
        {
            await OcrOutput.WriteAltoAsync(alto, page, Path.GetFileName(settings.Image), engine.Name, cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    private static string Reflow(OcrPage page)
    {
        using var words = HunspellWordList.TryOpen(new DehyphenationOptions(), out _);
        var judge = HyphenationJudge.Create([page.PlainText], words);
        return OcrReflow.Reflow(page, judge).Text;
    }
}
