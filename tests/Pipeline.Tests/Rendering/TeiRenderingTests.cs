using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rendering;

/// <summary>
/// The seed's TEI (the golden output) rendered with CETEIcean in headless Chromium: the title,
/// the author, every note and both figures must be on the page a viewer shows.
/// </summary>
public class TeiRenderingTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    private static string Output => Path.Combine(SeedFiles.RepositoryRoot, "output");

    private static string Script => File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "tests", "Pipeline.Tests", "Rendering", "CETEIcean", "CETEI.js"));

    [SkippableFact]
    public async Task Render_SeedWithCeteicean_ShowsTitleAuthorEveryNoteAndBothFigures()
    {
        Skip.If(Chromium.Path is null, "chromium is not on PATH (scripts/setup.sh installs it)");
        var teiXml = await File.ReadAllTextAsync(Path.Combine(Output, "seed-essay.xml"));
        var notes = XDocument.Parse(teiXml).Descendants(Tei + "note").Select(n => (string?)n.Attribute(XNamespace.Xml + "id")).ToList();
        var folder = Directory.CreateTempSubdirectory("pipeline-render-");
        try
        {
            var page = CeteiceanPage.Write(folder.FullName, teiXml, Script, Output);
            {
                var dom = await Chromium.DumpDomAsync(page, Path.Combine(folder.FullName, "profile"));
                var html = new HtmlParser().ParseDocument(dom);

                Assert.Equal("yes", html.Body!.GetAttribute("data-rendered"));
                var title = Assert.Single(html.QuerySelectorAll("tei-front tei-titlepart"));
                Assert.Equal("The Fundamental Weaknesses of Khrushchev's De-Stalinisation Programme in the USSR", title.TextContent.Trim());
                Assert.Contains("Elena Seniuc", Assert.Single(html.QuerySelectorAll("tei-front tei-byline tei-docauthor")).TextContent, StringComparison.Ordinal);
                Assert.Equal(55, notes.Count);
                var shown = html.QuerySelectorAll("tei-text tei-note").Select(n => n.GetAttribute("id")).ToHashSet();
                Assert.All(notes, id => Assert.Contains(id, shown));
                var figures = html.QuerySelectorAll("tei-text tei-figure");
                Assert.Equal(2, figures.Length);
                Assert.All(figures, figure => Assert.EndsWith(".jpg", figure.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal));
                Assert.Contains("KHRUSHCHEV TALK ON STALIN", figures[0].TextContent, StringComparison.Ordinal);
                Assert.DoesNotContain("AwaitedMany", html.Body.TextContent, StringComparison.Ordinal);
                Assert.All(figures, figure => Assert.StartsWith(new Uri(Output).AbsoluteUri, figure.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal));

                // docs/tei-rendering.png is made this way: PIPELINE_RENDER_SCREENSHOT=docs/tei-rendering.png.
                if (Environment.GetEnvironmentVariable("PIPELINE_RENDER_SCREENSHOT") is { Length: > 0 } screenshot)
                {
                    await Chromium.ScreenshotAsync(page, Path.GetFullPath(screenshot, SeedFiles.RepositoryRoot), Path.Combine(folder.FullName, "profile"), 1100, 1400);
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
