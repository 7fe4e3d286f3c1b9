using Microsoft.Playwright;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>, installed by scripts/setup.sh) driven by Playwright; no
/// browser is ever downloaded. One browser serves every test of a class; <see cref="Missing"/> says why
/// there is none, and the tests skip with that reason.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string? Missing { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Missing = $"Chromium is not installed at {ExecutablePath} (scripts/setup.sh installs it).";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }

    public async Task<IPage> OpenAsync(string file, int width = 1280, int height = 900)
    {
        var page = await Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
