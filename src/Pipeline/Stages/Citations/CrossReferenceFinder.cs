using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Finds "See Appendix N" and "see note N" in a note. "see note N. in Author, …" names a note of the
/// cited work, not of this document, and is left alone.
/// </summary>
internal static partial class CrossReferenceFinder
{
    public static ImmutableArray<FoundCrossReference> Find(FlatText flat)
    {
        // Most notes mention nothing; checking costs no allocation, collecting the matches does.
        if (!Appendix().IsMatch(flat.Value) && !NoteMention().IsMatch(flat.Value))
        {
            return [];
        }

        var output = ImmutableArray.CreateBuilder<FoundCrossReference>();
        foreach (Match match in Appendix().Matches(flat.Value))
        {
            var target = match.Groups["target"];
            output.Add(new FoundCrossReference(
                new TextRange(target.Index, target.Index + target.Length),
                "appendix-" + match.Groups["n"].Value,
                External: false));
        }

        foreach (Match match in NoteMention().Matches(flat.Value))
        {
            var target = match.Groups["target"];
            output.Add(new FoundCrossReference(
                new TextRange(target.Index, target.Index + target.Length),
                "note-" + match.Groups["n"].Value,
                External: match.Groups["elsewhere"].Success));
        }

        return output.ToImmutable();
    }

    [GeneratedRegex(@"\b[Ss]ee\s+(?:also\s+)?(?<target>Appendix\s+(?<n>\d+))\b")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"\b[Ss]ee\s+(?:also\s+)?(?<target>[Nn]otes?\s+(?<n>\d+))\b(?<elsewhere>\.?\s+(?:in|of)\s)?")]
    private static partial Regex NoteMention();
}
