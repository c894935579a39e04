namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>Signing in as a person does, and the navigation each role is offered.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class SignInBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_care_manager_signs_in_and_reaches_a_patient_chart()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Patients");
        Assert.Matches(SignInUrl(), page.Url);

        await page.GetByLabel("E-mail address").FillAsync(DemoSignIns.CareManager);
        await page.GetByLabel("Password").FillAsync(DemoSignIns.Password);
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), PatientsUrl());
        await page.GetByLabel("Name or MRN").FillAsync("RB1001");
        await page.NavigateByAsync(() => page.GetByLabel("Name or MRN").PressAsync("Enter"), new Regex("q=RB1001"));
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Abernathy, Harold" }).ClickAsync(), ChartUrl());

        Assert.StartsWith("Abernathy, Harold", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Rosa Castillo, RN", await page.Locator("header .account").TextContentAsync(), StringComparison.Ordinal);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = "Users" }).CountAsync());
        Assert.Equal(1, await navigation.GetByRole(AriaRole.Link, new() { Name = "Eligible, not enrolled" }).CountAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_announced_and_the_form_keeps_the_address()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        await page.GetByLabel("E-mail address").FillAsync(DemoSignIns.Biller);
        await page.GetByLabel("Password").FillAsync("Not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("is not right", await page.GetByRole(AriaRole.Alert).TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(DemoSignIns.Biller, await page.GetByLabel("E-mail address").InputValueAsync());
        Assert.Equal(string.Empty, await page.GetByLabel("Password").InputValueAsync());
    }

    [Fact]
    public async Task A_caregiver_lands_on_the_shared_record_and_signs_out()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.Caregiver);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/MyRecord");

        Assert.Equal("Records shared with you", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Contains("RB1001", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = "Patients" }).CountAsync());
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(), SignInUrl());
        await page.GotoAsync("/MyRecord");
        Assert.Matches(SignInUrl(), page.Url);
    }

    [GeneratedRegex("/Account/SignIn")]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/Patients$")]
    private static partial Regex PatientsUrl();

    [GeneratedRegex("/Patients/[0-9a-f-]{36}$")]
    private static partial Regex ChartUrl();
}
