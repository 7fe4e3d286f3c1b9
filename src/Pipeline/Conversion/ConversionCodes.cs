namespace Pipeline.Conversion;

/// <summary>Diagnostic codes of the converter and its output.</summary>
public static class ConversionCodes
{
    public const string MissingInput = "convert.missing-input";
    public const string EmptyInput = "convert.empty-input";
    public const string BinaryInput = "convert.binary-input";
    public const string InvalidUtf8 = "convert.invalid-utf8";
    public const string UnknownFormat = "convert.unknown-format";
    public const string ReadFailed = "convert.read-failed";
    public const string StageFailed = "convert.stage-failed";
    public const string WriteFailed = "convert.write-failed";
    public const string ImageMissing = "convert.image-missing";
    public const string OutputFailed = "convert.output-failed";
    public const string NestedTooDeep = "convert.nested-too-deep";
    public const string RefusedInput = "convert.refused-input";
    public const string Utf16Input = "convert.utf16-input";
}
