using Pipeline.Stages.Structure.Front;

namespace Pipeline.Tests.Stages.Structure.Front;

/// <summary>The by-line forms essays print, and lines that look like them but are titles or sentences.</summary>
public class BylineParserTests
{
    /// <summary>Line → authors as "name|affiliation" ("name" alone without one; "org:" marks a body).</summary>
    public static TheoryData<string, string[]> ByLines => new()
    {
        { "Maria Lopez Hart", ["Maria Lopez Hart"] },
        { "Jerome McGann", ["Jerome McGann"] },
        { "John T. Fierst", ["John T. Fierst"] },
        { "by Maria Lopez Hart", ["Maria Lopez Hart"] },
        { "By J.-P. Sartre", ["J.-P. Sartre"] },
        { "Nicole Gray and Kenneth M. Price", ["Nicole Gray", "Kenneth M. Price"] },
        { "Ann Smith, Bo Li, and Carla de la Cruz", ["Ann Smith", "Bo Li", "Carla de la Cruz"] },
        { "Ann Smith & Bo Li", ["Ann Smith", "Bo Li"] },
        { "Ludwig van Beethoven", ["Ludwig van Beethoven"] },
        { "Martin Luther King Jr.", ["Martin Luther King Jr."] },
        { "Seán O'Brien", ["Seán O'Brien"] },
        { "Anna Doering-Manteuffel", ["Anna Doering-Manteuffel"] },
        { "Elena Seniuc (Lincoln, University of Oxford)", ["Elena Seniuc|Lincoln, University of Oxford"] },
        { "Ann Smith (University of Leeds) and Bo Li (Peking University)", ["Ann Smith|University of Leeds", "Bo Li|Peking University"] },
        { "Jacob Swisher Department of History, University of Notre Dame", ["Jacob Swisher|Department of History, University of Notre Dame"] },
        { "Office of the Historian", ["org:Office of the Historian"] },
        { "MARIA LOPEZ HART", ["MARIA LOPEZ HART"] },
    };

    public static TheoryData<string> NotByLines => new()
    {
        "The Human Sciences in STEM Worlds",
        "Scholarly Editing and the Organization of Time in",
        "De-Stalinisation Programme in the USSR",
        "A Tale of Three Valleys",
        "Abstract",
        "Introduction",
        "In the spring of 1790 Manidoogiizhig and his son Giishkako, with five other warriors, made their way.",
        "Lincoln, University of Oxford",
        "Volume 33, 2012 | http://www.scholarlyediting.org/2012/essays/essay.fierst.html",
        "Anna Lind's Portland",
        "Editing Maria Hart’s Letters",
        "1774–1788",
        "J. R.",
        "Smith",
        "",
    };

    [Theory]
    [MemberData(nameof(ByLines))]
    public void TryParse_ByLine_GivesItsAuthors(string line, string[] expected)
    {
        var authors = BylineParser.TryParse(line, FrontVocabulary.English);

        Assert.NotNull(authors);
        Assert.Equal(expected, authors.Value.Select(a => (a.IsOrganisation ? "org:" : "") + a.Name + (a.Affiliation is null ? "" : "|" + a.Affiliation)));
    }

    [Theory]
    [MemberData(nameof(NotByLines))]
    public void TryParse_TitleOrSentence_IsNoByLine(string line)
    {
        Assert.Null(BylineParser.TryParse(line, FrontVocabulary.English));
    }

    [Theory]
    [InlineData("Lincoln, University of Oxford", true)]
    [InlineData("Department of Writing and Rhetoric, University of Central Florida", true)]
    [InlineData("Institut für Geschichte, Universität Wien", true)]
    [InlineData("The following article assesses the limitations of the programme.", false)]
    [InlineData("Scholarly Editing and the Organization of Time in", false)]
    public void AffiliationLine_Is_NamesAnOrganisation(string line, bool expected)
    {
        Assert.Equal(expected, AffiliationLine.Is(line, FrontVocabulary.English));
    }
}
