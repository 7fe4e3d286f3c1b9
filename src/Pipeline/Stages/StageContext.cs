using Pipeline.Diagnostics;

namespace Pipeline.Stages;

/// <summary>What a stage may use besides the document: where to report, and the source lines for messages.</summary>
public sealed class StageContext
{
    private readonly Lazy<IReadOnlyList<string>> _sourceLines;

    public StageContext(DiagnosticBag diagnostics, IReadOnlyList<string> sourceLines)
    {
        Diagnostics = diagnostics;
        _sourceLines = new Lazy<IReadOnlyList<string>>(sourceLines);
    }

    /// <summary>
    /// A context over the decoded source text, split into lines only if a stage asks for them: most
    /// documents never need them, and splitting costs a copy of the whole text.
    /// </summary>
    public StageContext(DiagnosticBag diagnostics, string sourceText)
    {
        Diagnostics = diagnostics;
        _sourceLines = new Lazy<IReadOnlyList<string>>(() => Reading.SourceLines.Split(sourceText), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The source text split into lines (index 0 is line 1).</summary>
    public IReadOnlyList<string> SourceLines => _sourceLines.Value;
}
