using System.Collections.Frozen;

namespace Pipeline.Language;

/// <summary>
/// The words that name a display a text points to by number (a figure, a table, a plate), per language,
/// singular and plural and abbreviated: "Figure 2", "Figs. 3", "Tabelle 1". Data, not code: another
/// language is another row.
/// </summary>
internal static class DisplayLabels
{
    private static readonly (string Language, string Words)[] Rows =
    [
        ("en", "figure|figures|fig|figs|table|tables|plate|plates|illustration|illustrations|map|maps|chart|charts|graph|graphs|diagram|diagrams|image|images|photo|photos|photograph|photographs|exhibit|exhibits"),
        ("de", "abbildung|abbildungen|abb|tabelle|tabellen|tab|tafel|tafeln|karte|karten|bild|bilder|grafik|grafiken"),
        ("fr", "figure|figures|fig|tableau|tableaux|planche|planches|illustration|illustrations|carte|cartes|image|images|graphique|graphiques"),
        ("es", "figura|figuras|fig|tabla|tablas|lámina|láminas|ilustración|ilustraciones|mapa|mapas|imagen|imágenes|gráfico|gráficos"),
        ("it", "figura|figure|fig|tabella|tabelle|tav|tavola|tavole|illustrazione|illustrazioni|carta|carte|immagine|immagini|grafico|grafici"),
    ];

    private static readonly FrozenSet<string> Words =
        Rows.SelectMany(row => row.Words.Split('|')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> (without a full stop) names a display in any language of the table.</summary>
    public static bool IsLabel(string word) => Words.Contains(word);
}
