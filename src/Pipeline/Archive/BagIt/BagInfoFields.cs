using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// The labels of <c>bag-info.txt</c> (RFC 8493, section 2.2.2): the reserved ones a user gives, in the
/// RFC's order, those this pipeline computes itself, and the rules every label and value must keep.
/// </summary>
internal static partial class BagInfoFields
{
    public const string SourceOrganization = "Source-Organization";
    public const string ExternalDescription = "External-Description";
    public const string BagCount = "Bag-Count";

    /// <summary>Reserved labels the user supplies, in the order RFC 8493 lists them.</summary>
    public static readonly ImmutableArray<string> UserReserved =
    [
        SourceOrganization,
        "Organization-Address",
        "Contact-Name",
        "Contact-Phone",
        "Contact-Email",
        ExternalDescription,
        "External-Identifier",
        "Bag-Group-Identifier",
        BagCount,
        "Internal-Sender-Identifier",
        "Internal-Sender-Description",
    ];

    /// <summary>Labels computed from the bag itself: a value typed by hand could only disagree with it.</summary>
    public static readonly ImmutableArray<string> WrittenByTool = ["Bagging-Date", "Payload-Oxum", "Bag-Software-Agent", "Pipeline-Version"];

    /// <summary>Why <paramref name="label"/> with <paramref name="value"/> cannot go into bag-info.txt, or null.</summary>
    public static string? Problem(string label, string value)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        if (!Label().IsMatch(label))
        {
            return $"'{label}' is not a bag-info label: letters, digits, '-', '_' and '.', starting with a letter or digit";
        }

        if (WrittenByTool.Contains(label, StringComparer.OrdinalIgnoreCase))
        {
            return $"{label} is written by the tool from the bag itself";
        }

        if (value.Trim().Length == 0)
        {
            return $"{label} needs a value";
        }

        return string.Equals(label, BagCount, StringComparison.OrdinalIgnoreCase) && !IsBagCount(value.Trim())
            ? $"{BagCount} is 'N of T' (T may be '?'), with N from 1 to T, not '{value}'"
            : null;
    }

    private static bool IsBagCount(string value)
    {
        var match = Count().Match(value);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, out var n) || n < 1)
        {
            return false;
        }

        return match.Groups[2].Value == "?" || (long.TryParse(match.Groups[2].Value, out var total) && n <= total);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^([0-9]{1,9}) of ([0-9]{1,9}|\?)$")]
    private static partial Regex Count();
}
