namespace Pipeline.Batch;

/// <summary>Diagnostic codes the batch itself reports, apart from those of the conversion.</summary>
internal static class BatchCodes
{
    public const string NotAFolder = "BATCH001";
    public const string Unreadable = "BATCH002";
    public const string NoDocument = "BATCH003";
    public const string SymbolicLink = "BATCH004";
    public const string DuplicateId = "BATCH005";
    public const string ConverterFailed = "BATCH006";
    public const string WriteFailed = "BATCH007";
    public const string NoOutput = "BATCH008";
}
