namespace Pipeline.Stages.Citations;

/// <summary>
/// Base letters for Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F), lower case. The build
/// runs with invariant globalization, where Unicode decomposition is not available, so matching
/// folds diacritics with this table instead ("Fürst" = "Furst", "Włodzimierz" = "Wlodzimierz").
/// </summary>
internal static class DiacriticFolding
{
    private const int First = 0xC0;

    private const string BaseLetters =
        "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>The base letter of <paramref name="c"/>, or <paramref name="c"/> itself when it has none.</summary>
    public static char Fold(char c)
    {
        var index = c - First;
        if (index < 0 || index >= BaseLetters.Length)
        {
            return c;
        }

        var folded = BaseLetters[index];
        return folded == ' ' ? c : folded;
    }
}
