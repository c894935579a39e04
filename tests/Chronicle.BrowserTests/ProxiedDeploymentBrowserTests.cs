namespace Chronicle.BrowserTests;

using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// The deployment the README describes, end to end (issue 15, item 7; ADR 0190): two Production
/// instances of the app behind nginx with TLS on 127.0.0.1, sharing one PostgreSQL database. A
/// care manager signs in, creates caregiver invitations through the form until its POSTs have
/// reached both instances, and signs out; nobody is signed out when the other instance answers.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed partial class ProxiedDeploymentBrowserTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_behind_nginx_keep_the_session_and_forms_with_secure_cookies_and_public_links()
    {
        ProxiedDeployment.RequireTools();
        await using var deployment = new ProxiedDeployment();
        await deployment.StartAsync(Ct);
        var publicBase = deployment.PublicBaseUrl.ToString();
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = publicBase, IgnoreHTTPSErrors = true });
        var answers = new List<(string Method, string Url, int Status, string Upstream, string? Location)>();
        context.Response += (_, r) => answers.Add((r.Request.Method, r.Url, r.Status, r.Headers.GetValueOrDefault(NginxProxy.UpstreamHeader, ""), r.Headers.GetValueOrDefault("location")));
        // A first request to each instance compiles its pages; on a busy machine that takes a while.
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        try
        {
            await WalkThroughAsync(deployment, context, page, answers);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            var trail = string.Join('\n', answers.Select(a => $"{a.Method} {a.Url} {a.Status} via {a.Upstream} {a.Location}"));
            throw new InvalidOperationException($"{ex.Message}\nAnswers:\n{trail}\n{string.Join('\n', deployment.Instances.Select(i => $"Instance {i.Port}:\n{i.Output}"))}", ex);
        }
    }

    private static async Task WalkThroughAsync(ProxiedDeployment deployment, IBrowserContext context, IPage page, List<(string Method, string Url, int Status, string Upstream, string? Location)> answers)
    {
        var publicBase = deployment.PublicBaseUrl.ToString();

        // The sign-in redirect names the public address, not the instance's own.
        await page.GotoAsync("/Patients");
        var redirect = Assert.Single(answers, a => a.Status == 302 && a.Url.EndsWith("/Patients", StringComparison.Ordinal));
        Assert.StartsWith(publicBase + "Account/SignIn", redirect.Location, StringComparison.Ordinal);

        await page.GetByLabel("E-mail address").FillAsync(DemoSignIns.CareManager);
        await page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), PatientsUrl());
        var signedInAt = answers.Count;
        await page.GetByLabel("Name or MRN").FillAsync("RB1001");
        await page.NavigateByAsync(() => page.GetByLabel("Name or MRN").PressAsync("Enter"), new Regex("q=RB1001"));
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Abernathy, Harold" }).ClickAsync(), ChartUrl());
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Portal access: patient, caregivers, invitations" }).ClickAsync(), AccessUrl());

        // The invitation form (POST with its antiforgery token) until its POSTs have reached both instances.
        var postedTo = new HashSet<string>();
        for (var i = 0; i < 6 && postedTo.Count < 2; i++)
        {
            var before = answers.Count;
            await page.GetByLabel("Caregiver's name").FillAsync($"Proxy Caregiver {i}");
            await page.GetByLabel("Caregiver's e-mail address").FillAsync($"proxy.caregiver.{i}@example.org");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the invitation" }).Last.ClickAsync();
            await Assertions.Expect(page.Locator("#invitation-link")).ToContainTextAsync($"{publicBase}Account/Invitation/");
            Assert.Contains($"proxy.caregiver.{i}@example.org", await page.Locator(".issued").TextContentAsync(), StringComparison.Ordinal);
            var post = answers.Skip(before).Single(a => a.Method == "POST");
            if (!postedTo.Add(post.Upstream))
            {
                // Round robin in step with the page's requests: one more request moves it to the other instance.
                await context.APIRequest.GetAsync("/health");
            }
        }

        Assert.Equal(deployment.Instances.Select(i => $"127.0.0.1:{i.Port}").Order(), postedTo.Order());

        // Every page and FHIR link after sign-in, from either instance, still knows who is signed in.
        foreach (var _ in deployment.Instances)
        {
            await page.GotoAsync("/Patients");
            Assert.Contains("Rosa Castillo, RN", await page.Locator("header .account").TextContentAsync(), StringComparison.Ordinal);
        }

        var bundle = await context.APIRequest.GetAsync("/fhir/Patient?_count=1");
        Assert.Equal(200, bundle.Status);
        using (var json = JsonDocument.Parse(await bundle.TextAsync()))
        {
            Assert.All(json.RootElement.GetProperty("link").EnumerateArray(), l => Assert.StartsWith(publicBase + "fhir/", l.GetProperty("url").GetString(), StringComparison.Ordinal));
        }

        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "Chronicle.Session");
        Assert.Contains(cookies, c => c.Name == "Chronicle.Antiforgery");
        Assert.All(cookies, c => Assert.True(c.Secure, $"{c.Name} is not Secure"));
        Assert.Equal(2, answers.Select(a => a.Upstream).Where(u => u.Length > 0).Distinct().Count());
        Assert.DoesNotContain(answers.Skip(signedInAt), a => a.Url.Contains("/Account/SignIn", StringComparison.Ordinal));

        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(), SignInUrl());
        foreach (var _ in deployment.Instances)
        {
            await page.GotoAsync("/Patients");
            Assert.Matches(SignInUrl(), page.Url);
        }
    }

    [GeneratedRegex("/Account/SignIn")]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/Patients$")]
    private static partial Regex PatientsUrl();

    [GeneratedRegex("/Patients/[0-9a-f-]{36}$")]
    private static partial Regex ChartUrl();

    [GeneratedRegex("/Patients/[0-9a-f-]{36}/Access$")]
    private static partial Regex AccessUrl();
}
