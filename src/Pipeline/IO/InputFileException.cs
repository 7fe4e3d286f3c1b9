namespace Pipeline.IO;

/// <summary>An input file refused before a byte of it was read; the message names the file and the reason.</summary>
public sealed class InputFileException : IOException
{
    public InputFileException()
    {
    }

    public InputFileException(string message)
        : base(message)
    {
    }

    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputFileException(string path, string reason)
        : base($"'{path}' is not read: {reason}.")
    {
        Path = path;
    }

    /// <summary>The file refused.</summary>
    public string? Path { get; }
}
