namespace Pipeline.Cli.CommandLine;

/// <summary>The exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything fine.</summary>
    public const int Ok = 0;

    /// <summary>The command could not run: a usage error, a missing input, an unwritable output.</summary>
    public const int CouldNotRun = 1;

    /// <summary>It ran, but some documents, links or files are not fine.</summary>
    public const int SomeNotFine = 2;
}
