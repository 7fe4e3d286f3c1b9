namespace Pipeline.Stages.Citations;

/// <summary>What rewriting the notes of one document did, for its report.</summary>
internal sealed class RewriteTally
{
    /// <summary>Cross-references linked in the paragraphs that were rewritten.</summary>
    public int CrossReferences { get; set; }

    /// <summary>True when a paragraph was left as it was because wrapping would have changed its text.</summary>
    public bool TextGuardTripped { get; set; }
}
