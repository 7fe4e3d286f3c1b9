using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// Bibliography titles written in plain words in a note: found whole, the longest at each place,
/// whatever the lengths of the other titles; an opening of a title that runs on into other words
/// is no title.
/// </summary>
public sealed class KnownTitlesTests
{
    private static readonly string[] Entries =
    [
        "Roosevelt, Theodore. Report of the Country Life Commission. Washington: Government Printing Office, 1909.",
        "Worley, Dana. Dust Roads of the Southern Plains and Their Farms. New York: Harbor Press, 1979.",
        "Worley, Dana. Dust Roads of the Southern Plains. New York: Harbor Press, 1981.",
    ];

    [Theory]
    [InlineData("As Roosevelt’s Report of the Country Life Commission, which was read widely, said.", "Report of the Country Life Commission")]
    [InlineData("Both Dust Roads of the Southern Plains and Report of the Country Life Commission.", "Dust Roads of the Southern Plains|Report of the Country Life Commission")]
    [InlineData("Read Dust Roads of the Southern Plains and Their Farms, then the rest.", "Dust Roads of the Southern Plains and Their Farms")]
    [InlineData("The Report of the Country Life in 1909 was short.", "")]
    [InlineData("The Report of the Country Life Commissioners met.", "")]
    [InlineData("report of the country life commission", "")]
    [InlineData("Dust Roads of the Southern", "")]
    public void FindPlain_FindsWholeTitles(string note, string expected)
    {
        var titles = KnownTitles.Of(Entries.Select((e, i) => new BibliographyItem($"e{i}", i, EntryParser.Parse(NoteReferenceParserSpecTests.Flat(e))!.Parts)));

        var found = titles.FindPlain(note) ?? [];

        Assert.Equal(expected, string.Join("|", found.Select(r => note[r.Start..r.End])));
    }
}
