using Pipeline.Reading;

namespace Pipeline.Tests.Reading;

/// <summary>Spec table: furniture lines per page (page:line, ';' between lines) and the labels read from them.</summary>
public sealed class PrintedPageNumbersTests
{
    [Theory]
    [InlineData("1:1;2:2;3:3", "1:1;2:2;3:3")]
    [InlineData("1:Journal 12 (2019) 41;2:42 Journal 12 (2019);3:Journal 12 (2019) 43", "1:41;2:42;3:43")]
    [InlineData("2:Page 8;3:Page 9;4:– 10 –", "2:8;3:9;4:10")]
    [InlineData("1:https://example.org/essay 1/9;2:https://example.org/essay 2/9;3:3 of 9", "1:1;2:2;3:3")]
    [InlineData("1:i;2:ii;3:iii;4:1;5:2;6:3", "1:i;2:ii;3:iii;4:1;5:2;6:3")]
    [InlineData("1:Running Head;2:Running Head;3:Running Head", "")]
    [InlineData("1:12;2:7;3:30", "")]
    [InlineData("5:17", "")]
    [InlineData("1:1;2:2;3:3;4:Vol. 12", "1:1;2:2;3:3")]
    [InlineData("1:Volume 1852 of the Journal;2:Volume 1852 of the Journal", "")]
    public void From_FurnitureLines_GivesTheNumbersThatFollowThePages(string furniture, string expected)
    {
        var lines = furniture.Split(';').Select(entry => entry.Split(':', 2)).Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1]));

        var labels = PrintedPageNumbers.From(lines);

        Assert.Equal(expected, string.Join(";", labels.Select(l => $"{l.Key}:{l.Value}")));
    }
}
