using Extraction.Search.Tests.Fixtures;
using Extraction.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Extraction.Web.Tests.Fixtures;

/// <summary>
/// The site as <c>extraction serve</c> runs it (Kestrel on 127.0.0.1, a free port) over the corpus
/// records, and Debian's Chromium driven by Playwright. Playwright cannot download its own browsers
/// here, so it is pointed at /usr/bin/chromium (installed by scripts/setup).
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder folder = new();
    private WebApplication? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/setup (it installs Debian's chromium).");
        }
        var records = folder.Combine("records");
        GoldCorpus.WriteRecordsFolder(records);
        app = StaffSearchHost.Build([], new StaffSearchOptions
        {
            Records = records,
            Index = folder.Combine("index"),
            Originals = GoldCorpus.LettersDirectory,
            Port = 0,
        });
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        folder.Dispose();
    }
}
