namespace Pipeline.Conversion;

/// <summary>Diagnostic codes of the per-document metadata file.</summary>
internal static class MetadataCodes
{
    public const string Invalid = "metadata.invalid";
}
