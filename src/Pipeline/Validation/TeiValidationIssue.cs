using Pipeline.Diagnostics;

namespace Pipeline.Validation;

/// <summary>One schema or well-formedness problem in a TEI file, with its 1-based line and column.</summary>
public sealed record TeiValidationIssue(Severity Severity, int Line, int Column, string Message)
{
    /// <summary>The issue as a diagnostic of <paramref name="document"/> (the column goes into the message).</summary>
    public Diagnostic ToDiagnostic(string document) =>
        new(TeiValidator.DiagnosticCode, Severity, document, Line, $"TEI output column {Column}: {Message}");

    public override string ToString() => $"{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
