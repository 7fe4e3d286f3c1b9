namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// Decides what a hyphen at a line or page end means. Shared by the scraped-text stage and by OCR
/// reflow, so both undo hyphenation the same way.
/// </summary>
public interface IHyphenationJudge
{
    /// <param name="left">The word fragment before the line end, without its trailing hyphen.</param>
    /// <param name="right">The word fragment that starts the next line.</param>
    HyphenDecision Decide(string left, string right);

    /// <summary>The decision and the evidence that settled it; a judge that keeps no reasons calls it a built-in rule.</summary>
    HyphenVerdict Judge(string left, string right) => new(Decide(left, right), HyphenReason.BuiltInRule);
}

public enum HyphenDecision
{
    /// <summary>A syllable break: drop the hyphen and join ("char-" + "acterised").</summary>
    Join,

    /// <summary>A real compound: keep the hyphen and join without a space ("Marxist-" + "Leninist").</summary>
    KeepHyphen,
}
