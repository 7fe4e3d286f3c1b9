using Microsoft.Playwright;
using Pipeline.Tests.Batch;
using Pipeline.Writing.Html;

namespace Pipeline.Tests.Writing.Html;

/// <summary>The hostile TEI's page in Chromium: after every mark is opened and every element hovered, nothing ran.</summary>
public sealed class HostilePageBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task HostilePage_InChromium_RunsNoInjectedScript()
    {
        Skip.If(chromium.Missing is not null, chromium.Missing);
        using var folder = new TempFolder();
        var file = folder.Combine("hostile.html");
        await File.WriteAllBytesAsync(file, HtmlPageWriter.Render(new HtmlPageSource { DocumentId = "hostile", Tei = HostileTei.Create() }));
        var page = await chromium.OpenAsync(file);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        foreach (var mark in await page.Locator(".note-mark[aria-controls]").AllAsync())
        {
            await mark.ClickAsync();
        }

        foreach (var element in await page.Locator("main *:visible").AllAsync())
        {
            await element.HoverAsync(new LocatorHoverOptions { Force = true });
        }

        Assert.Equal(0, dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.body.classList.contains('scripted')"), "the page's own script ran");
        Assert.Contains(HostileTei.ScriptText, await page.Locator("#pop-note-1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
