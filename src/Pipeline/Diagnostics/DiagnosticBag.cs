using System.Collections.Immutable;

namespace Pipeline.Diagnostics;

/// <summary>Collects the diagnostics of one document's conversion. One bag per document, never shared.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(string document) => Document = document;

    public string Document { get; }

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public ImmutableArray<Diagnostic> Items => [.. _items];

    public void Report(string code, Severity severity, int line, string message) =>
        _items.Add(new Diagnostic(code, severity, Document, line, message));

    public void Error(string code, int line, string message) => Report(code, Severity.Error, line, message);

    public void Warning(string code, int line, string message) => Report(code, Severity.Warning, line, message);

    public void Info(string code, int line, string message) => Report(code, Severity.Info, line, message);
}
