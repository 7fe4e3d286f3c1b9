namespace Pipeline.Diagnostics;

/// <summary>
/// Something a stage wants the user to know: what (a stable code and a message), where (document and
/// 1-based line, 0 when it concerns the whole document) and how bad.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Document, int Line, string Message)
{
    public override string ToString() =>
        Line > 0
            ? $"{Document}:{Line}: {SeverityWord} {Code}: {Message}"
            : $"{Document}: {SeverityWord} {Code}: {Message}";

    private string SeverityWord => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}

public enum Severity
{
    Info,
    Warning,
    Error,
}
