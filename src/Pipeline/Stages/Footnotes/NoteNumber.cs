namespace Pipeline.Stages.Footnotes;

/// <summary>
/// Note numbers as written ("7", "007", "123456789012345678901"): compared by value without
/// parsing, so any length works.
/// </summary>
internal static class NoteNumber
{
    /// <summary>The number without leading zeros ("0" stays "0"); non-digit labels are kept as they are.</summary>
    public static string Key(string label)
    {
        var trimmed = label.Trim();
        if (trimmed.Length == 0 || !trimmed.All(char.IsAsciiDigit))
        {
            return trimmed;
        }

        var key = trimmed.TrimStart('0');
        return key.Length == 0 ? "0" : key;
    }

    /// <summary>Orders keys numerically: shorter digit strings are smaller.</summary>
    public static int Compare(string left, string right)
    {
        var byLength = left.Length.CompareTo(right.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(left, right);
    }
}
