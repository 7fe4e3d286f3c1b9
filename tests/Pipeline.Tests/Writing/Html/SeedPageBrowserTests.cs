using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// The seed's proofreading page and the batch index, opened in headless Chromium after their scripts
/// ran: every note mark opens its note, references lead to their bibliography entries, both figures
/// carry their zones, the diagnostics are in the panel and at their place, and axe finds no serious
/// or critical accessibility violation. Set PIPELINE_SCREENSHOTS to a folder (docs/) to keep screenshots.
/// </summary>
public sealed class SeedPageBrowserTests(Chromium chromium, SeedPages seed) : IClassFixture<Chromium>, IClassFixture<SeedPages>
{
    private const int SeedNotes = 55;

    [SkippableFact]
    public async Task SeedPage_EveryNoteMark_OpensItsNote()
    {
        var page = await OpenSeedAsync();

        var marks = page.Locator("main .note-mark[aria-controls]");
        Assert.Equal(SeedNotes, await marks.CountAsync());
        for (var i = 0; i < SeedNotes; i++)
        {
            var mark = marks.Nth(i);
            var pop = page.Locator("#" + await mark.GetAttributeAsync("aria-controls"));
            Assert.False(await pop.IsVisibleAsync());

            await mark.ClickAsync();

            Assert.True(await pop.IsVisibleAsync(), $"note mark {i + 1} did not open its note");
            Assert.Equal("true", await mark.GetAttributeAsync("aria-expanded"));
            Assert.StartsWith((await mark.InnerTextAsync()).Trim() + ".", (await pop.InnerTextAsync()).Trim(), StringComparison.Ordinal);
            await mark.ClickAsync();
            Assert.False(await pop.IsVisibleAsync());
        }

        // All notes are listed again at the end for print, each under its own number.
        Assert.Equal(SeedNotes, await page.Locator("#notes > ol > li").CountAsync());
    }

    [SkippableFact]
    public async Task SeedPage_LinkedReferences_LeadToTheirBibliographyEntries()
    {
        var page = await OpenSeedAsync();

        // The TEI links 52 of the notes' 54 references; note 9's ibid resolved to Jones 2006.
        var targets = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#notes .ref-link')].map(a => a.getAttribute('href'))");
        Assert.NotEmpty(targets);
        foreach (var target in targets.Distinct())
        {
            Assert.Equal(1, await page.Locator($"li.bibl-entry{target}").CountAsync());
        }

        var ibid = page.Locator("#note-9 .ref-link");
        Assert.Equal("#bibl-jones2006", await ibid.GetAttributeAsync("href"));
        Assert.Contains("Jones", await ibid.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#call-note-9").ClickAsync();
        await page.Locator("#pop-note-9 .ref-link").ClickAsync();
        Assert.EndsWith("#bibl-jones2006", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#bibl-jones2006").IsVisibleAsync());

        // The two references the citation stage could not link are marked as such.
        Assert.Equal(1, await page.Locator("#note-2 .ref-unlinked").CountAsync());
    }

    [SkippableFact]
    public async Task SeedPage_BothFigures_ShowTheirZonesAndHoverHighlightsThem()
    {
        var page = await OpenSeedAsync();

        Assert.Equal(2, await page.Locator("figure.figure").CountAsync());
        Assert.Equal(15, await page.Locator("#figure-appendix-1 .zone").CountAsync());
        // Appendix 2 is read from its scraped transcription, which agrees with the OCR; the TEI keeps no
        // zones that no text points to, so its scan has none to draw.
        Assert.Equal(0, await page.Locator("#figure-appendix-2 .zone").CountAsync());
        Assert.Equal(15, await page.Locator("#figure-appendix-1 .ocr-line").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('figure img')].every(i => i.complete && i.naturalWidth > 0)"));

        // A zone is drawn inside its scan, where the TEI put it.
        var scan = await page.Locator("#figure-appendix-1 .scan img").BoundingBoxAsync();
        var zone = await page.Locator("#zone-figure-appendix-1-z1").BoundingBoxAsync();
        Assert.NotNull(scan);
        Assert.NotNull(zone);
        Assert.InRange(zone.X - scan.X, scan.Width * 854 / 2574 - 2, scan.Width * 854 / 2574 + 2);
        Assert.InRange(zone.Width, scan.Width * 857 / 2574 - 2, scan.Width * 857 / 2574 + 2);
        Assert.InRange(zone.Y - scan.Y, scan.Height * 112 / 869 - 2, scan.Height * 112 / 869 + 2);
        Assert.InRange(zone.Height, scan.Height * 81 / 869 - 2, scan.Height * 81 / 869 + 2);

        await page.EvaluateAsync("() => window.scrollTo(0, document.getElementById('figure-appendix-1').getBoundingClientRect().top + window.scrollY - 16)");
        await page.Locator("#line-figure-appendix-1-z3").HoverAsync();
        await ScreenshotAsync(page, "proofreading-figure.png", null);
        Assert.Contains("hot", await page.Locator("#zone-figure-appendix-1-z3").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await page.Locator("#line-figure-appendix-1-z5").HoverAsync();
        Assert.DoesNotContain("hot", await page.Locator("#zone-figure-appendix-1-z3").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SeedPage_Diagnostics_AreInThePanelAndAtTheirPlace()
    {
        var page = await OpenSeedAsync();

        Assert.True(await page.Locator("#diagnostics").IsVisibleAsync());
        Assert.Equal(2, await page.Locator("#diagnostics .problems li.sev-warning").CountAsync());
        Assert.True(await page.Locator("#diagnostics tbody tr").CountAsync() > 50);

        // The unlinked reference of note 2 is flagged in the note, and the flag leads to its row.
        var flag = page.Locator("#note-2 .flag.sev-warning");
        Assert.True(await flag.IsVisibleAsync());
        Assert.Contains("citation-unresolved", await flag.InnerTextAsync(), StringComparison.Ordinal);
        var row = await flag.Locator("a").GetAttributeAsync("href");
        Assert.Contains("citation-unresolved", await page.Locator($"#diagnostics {row}").TextContentAsync() ?? "", StringComparison.Ordinal);

        // Notes (severity info) are hidden in the text until asked for.
        var info = page.Locator("#p-1 .flag.sev-info").First;
        Assert.False(await info.IsVisibleAsync());
        await page.Locator("#show-info").CheckAsync();
        Assert.True(await info.IsVisibleAsync());
    }

    [SkippableFact]
    public async Task SeedPage_Axe_FindsNoSeriousOrCriticalViolation()
    {
        var page = await OpenSeedAsync();
        await page.Locator("#call-note-1").ClickAsync();
        await ScreenshotAsync(page, "proofreading-seed.png", ".doc-head");
        await ScreenshotAsync(page, "proofreading-note.png", "#p-1");
        await page.Locator("#show-info").CheckAsync();

        var results = await page.RunAxe();

        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})")));
    }

    [SkippableFact]
    public async Task SeedPage_OnAPhone_HasNoHorizontalScroll()
    {
        Skip.If(chromium.Missing is not null, chromium.Missing);
        var page = await chromium.OpenAsync(seed.Page, width: 390, height: 844);

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [SkippableFact]
    public async Task Index_ListsTheSeedAndLinksToItsPage()
    {
        Skip.If(chromium.Missing is not null, chromium.Missing);
        Assert.True(seed.ExitCode == 0, seed.ConvertOutput);
        var page = await chromium.OpenAsync(seed.Index, height: 500);

        var row = page.Locator("tbody tr");
        Assert.Equal(1, await row.CountAsync());
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["converted", "55", "2", "0", "not checked"], cells);
        Assert.DoesNotContain((await page.RunAxe()).Violations, v => v.Impact is "serious" or "critical");
        await ScreenshotAsync(page, "proofreading-index.png", "h1");

        await row.Locator("a").ClickAsync();
        Assert.EndsWith("/seed-essay.html", page.Url, StringComparison.Ordinal);
        Assert.Equal(SeedNotes, await page.Locator("main .note-mark[aria-controls]").CountAsync());
    }

    private async Task<IPage> OpenSeedAsync()
    {
        Skip.If(chromium.Missing is not null, chromium.Missing);
        Assert.True(seed.ExitCode == 0, seed.ConvertOutput);
        return await chromium.OpenAsync(seed.Page);
    }

    /// <summary>With PIPELINE_SCREENSHOTS set, the viewport from <paramref name="top"/> (null: where the page is now).</summary>
    private static async Task ScreenshotAsync(IPage page, string name, string? top)
    {
        if (Environment.GetEnvironmentVariable("PIPELINE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            if (top is not null)
            {
                await page.EvaluateAsync("selector => window.scrollTo(0, document.querySelector(selector).getBoundingClientRect().top + window.scrollY - 16)", top);
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
        }
    }
}
