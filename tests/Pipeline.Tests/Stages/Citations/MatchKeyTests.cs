using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

public sealed class MatchKeyTests
{
    [Theory]
    [InlineData("Fürst", "Furst")]
    [InlineData("François Furet", "Francois Furet")]
    [InlineData("Włodzimierz", "Wlodzimierz")]
    [InlineData("Jörg Baberowski", "Jorg Baberowski")]
    [InlineData("Khrushchev’s Cold Summer", "Khrushchev's Cold Summer")]
    [InlineData("Soviet Union, 1953–70", "Soviet Union, 1953-70")]
    [InlineData("The Khrushchev Era, 1953 – 1964", "The Khrushchev Era, 1953-1964")]
    [InlineData("‘The Beria Affair,’", "\"The Beria Affair\"")]
    [InlineData("Rowman & Littlefield", "Rowman and Littlefield")]
    public void Of_TypographicVariants_GiveTheSameKey(string one, string other) =>
        Assert.Equal(MatchKey.Of(one), MatchKey.Of(other));

    [Theory]
    [InlineData("The Dilemmas of De-Stalinisation", "The Dilemmas of De-Stalinization")]
    [InlineData("Khrushchev", "Khrushchev: The Years in Power")]
    public void Of_DifferentWords_GiveDifferentKeys(string one, string other) =>
        Assert.NotEqual(MatchKey.Of(one), MatchKey.Of(other));
}
