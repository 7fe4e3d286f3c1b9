namespace Pipeline.Stages.Dehyphenation;

/// <summary>A line-end hyphen that neither the text nor the word list decided: the built-in rule did.</summary>
internal sealed record UncertainHyphen(int Line, string Left, string Right, HyphenDecision Decision)
{
    /// <summary>The word as it now reads.</summary>
    public string Result => Decision == HyphenDecision.Join ? Left + Right : Left + "-" + Right;
}
