using Pipeline.Diagnostics;

namespace Pipeline.Stages;

/// <summary>What a stage may use besides the document: where to report, and the source lines for messages.</summary>
public sealed class StageContext
{
    public StageContext(DiagnosticBag diagnostics, IReadOnlyList<string> sourceLines)
    {
        Diagnostics = diagnostics;
        SourceLines = sourceLines;
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The source text split into lines (index 0 is line 1).</summary>
    public IReadOnlyList<string> SourceLines { get; }
}
