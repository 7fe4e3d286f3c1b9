using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Ocr;

/// <summary>Arguments of <c>pipeline ocr</c>.</summary>
internal sealed class OcrSettings : CommandSettings
{
    [CommandArgument(0, "<image>")]
    [Description("The image to recognise (JPEG, PNG, TIFF …).")]
    public string Image { get; init; } = "";

    [CommandOption("--hocr <FILE>")]
    [Description("Also write the recognised page as hOCR.")]
    public string? Hocr { get; init; }

    [CommandOption("--alto <FILE>")]
    [Description("Also write the recognised page as ALTO XML.")]
    public string? Alto { get; init; }

    [CommandOption("--lines")]
    [Description("Print the recognised lines as read, without reflowing them into paragraphs.")]
    public bool Lines { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Tesseract language code(s); default eng.")]
    public string Language { get; init; } = "eng";
}
