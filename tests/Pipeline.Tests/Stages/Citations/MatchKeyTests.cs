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

public sealed class MatchKeyWriterTests
{
    // ASCII takes a shorter path through the writer than other letters: both must write the key
    // the rules give (case folded, diacritics and apostrophes dropped, "&" as "and", any run of
    // other characters one space).
    [Theory]
    [InlineData("The Dust Bowl", "the dust bowl")]
    [InlineData("O'Brien & Sons, Ltd.", "obrien and sons ltd")]
    [InlineData("&Co", "and co")]
    [InlineData("A&B", "a and b")]
    [InlineData("Khrushchev’s Soviet Union, 1953–70", "khrushchevs soviet union 1953 70")]
    [InlineData("ÉTUDES Françaises", "etudes francaises")]
    [InlineData("Cafe\u0301 Society", "cafe society")]
    [InlineData("  “Quoted” -- (1999) ", "quoted 1999")]
    [InlineData("ʼAbd", "abd")]
    public void Of_WritesTheKeyOfItsRules(string value, string expected) =>
        Assert.Equal(expected, MatchKey.Of(value));

    [Theory]
    [InlineData("The Dust Bowl: Southern Plains in the 1930s")]
    [InlineData("Rowman & Littlefield’s Ée Catalogue")]
    [InlineData("O'Brien, Jean-Marie. Naïve Art")]
    public void Append_InPieces_WritesTheKeyOfTheWhole(string value)
    {
        var buffer = new char[MatchKey.Room(value)];
        var writer = new MatchKeyWriter(buffer);
        foreach (var piece in value.Split(' '))
        {
            writer.Append(piece);
            writer.Append(" ");
        }

        Assert.Equal(MatchKey.Of(value), writer.Written.ToString());
    }
}
