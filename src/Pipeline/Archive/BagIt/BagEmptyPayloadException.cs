namespace Pipeline.Archive.BagIt;

/// <summary>The output folder holds nothing to archive: a bag of nothing would verify yet preserve nothing.</summary>
internal sealed class BagEmptyPayloadException : IOException
{
    public BagEmptyPayloadException()
    {
    }

    public BagEmptyPayloadException(string message)
        : base(message)
    {
    }

    public BagEmptyPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
