using System.Collections.Frozen;

namespace Pipeline.Stages.Structure.Language;

/// <summary>
/// Per language: its BCP 47 tag, English name and its commonest function words, the evidence the
/// guess counts. Data: a language is one more row.
/// </summary>
internal sealed record LanguageTable(string Tag, string Name, FrozenSet<string> FunctionWords)
{
    public static IReadOnlyList<LanguageTable> All { get; } =
    [
        Row("en", "English", "the of and to in is that for it as was with by on are this which be from at not his have an or"),
        Row("de", "German", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass"),
        Row("fr", "French", "le de la et les des en un une du est que dans qui par pour au sur pas plus ne se sont avec il ce aux"),
        Row("es", "Spanish", "el la de que y en los del se las por un para con una su al lo como más pero sus le ya o fue este ha"),
        Row("it", "Italian", "il di che è la e per un in del non una sono le della si con dei gli alla anche come più nel ma"),
        Row("pt", "Portuguese", "o de a que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele"),
        Row("nl", "Dutch", "de van het een en in is dat op te zijn met voor niet aan er die ook als bij door om maar dan"),
    ];

    /// <summary>The English name of <paramref name="tag"/>'s primary language, or the tag itself when it is not in the table.</summary>
    public static string NameOf(string tag)
    {
        var primary = tag.Split('-')[0];
        return All.FirstOrDefault(row => string.Equals(row.Tag, primary, StringComparison.OrdinalIgnoreCase))?.Name ?? tag;
    }

    private static LanguageTable Row(string tag, string name, string words) =>
        new(tag, name, words.Split(' ').ToFrozenSet(StringComparer.Ordinal));
}
