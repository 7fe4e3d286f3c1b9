using FsCheck.Xunit;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

public sealed class CharacterErrorRateTests
{
    [Fact]
    public void Compute_TypographicQuotesDashesAndSpacing_CountAsEqual()
    {
        var cer = CharacterErrorRate.Compute("The  \u201CHero City\u201D\n(Reuters)\u2014the city\u2019s", "The \"Hero City\" (Reuters)-the city's");

        Assert.Equal(0, cer);
    }

    [Fact]
    public void Compute_OneWrongLetterInTen_IsTenPercent()
    {
        Assert.Equal(0.1, CharacterErrorRate.Compute("Volgograb.", "Volgograd."), 6);
    }

    [Fact]
    public void Compute_SameWordsInAnotherOrder_CountsAsErrors()
    {
        Assert.True(CharacterErrorRate.Compute("column two column one", "column one column two") > 0.1);
    }

    [Fact]
    public void Normalize_DecomposedAccent_ComposedToNfc()
    {
        Assert.Equal("caf\u00E9", CharacterErrorRate.Normalize("cafe\u0301"));
    }

    [Property]
    public bool EditDistance_IsSymmetricAndZeroOnlyForEqualStrings(string a, string b)
    {
        a ??= "";
        b ??= "";
        var d = CharacterErrorRate.EditDistance(a, b);
        return d == CharacterErrorRate.EditDistance(b, a)
            && (d == 0) == (a == b)
            && d <= Math.Max(a.Length, b.Length)
            && d >= Math.Abs(a.Length - b.Length);
    }
}
