namespace Pipeline.Batch;

/// <summary>Diagnostic codes the batch itself reports, apart from those of the conversion.</summary>
internal static class BatchCodes
{
    public const string NotAFolder = "batch.not-a-folder";
    public const string Unreadable = "batch.unreadable";
    public const string NoDocument = "batch.no-document";
    public const string SymbolicLink = "batch.symlink";
    public const string DuplicateId = "batch.duplicate-id";
    public const string UnsafeId = "batch.unsafe-id";
    public const string ConverterFailed = "batch.converter-failed";
    public const string NoOutput = "batch.no-output";
}
