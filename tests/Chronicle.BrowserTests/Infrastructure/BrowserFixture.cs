namespace Chronicle.BrowserTests.Infrastructure;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Microsoft.Playwright;

/// <summary>
/// One app server and one Chromium for the whole browser suite; each test opens its own context
/// (cookies, JavaScript setting) so tests stay independent without paying for a browser each.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private ChronicleServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's clearinghouse folders (folder transport): 'out' receives claim files, 'in' holds the responses to fetch.</summary>
    public string ClearinghouseFolder => _server!.ClearinghouseFolder;

    public async ValueTask InitializeAsync()
    {
        if (!BrowserEnvironment.ChromiumPresent)
        {
            return;
        }

        _server = new ChronicleServer();
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context; skips (or in CI fails) the test when Chromium is missing.</summary>
    /// <param name="viewport">The window's size; 1280×900 when null.</param>
    public Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true, ViewportSize? viewport = null) =>
        NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), JavaScriptEnabled = javaScriptEnabled, ViewportSize = viewport });

    /// <summary>A fresh browser context with these options (e.g. another server's address); the locale is the suite's, the viewport 1280×900 unless given.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        BrowserEnvironment.RequireChromium();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.Locale = "en-US";
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>
    /// A fresh context signed in through the sign-in form, as a person would, once; its cookies
    /// keep the session for every page the test opens.
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(string email, bool javaScriptEnabled = true, ViewportSize? viewport = null)
    {
        var context = await NewContextAsync(javaScriptEnabled, viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), SignedIn());
        await page.CloseAsync();
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [GeneratedRegex("^(?!.*/Account/SignIn).*$")]
    private static partial Regex SignedIn();
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
