namespace Chronicle.IntegrationTests.Infrastructure;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// Signing in the way a browser does: GET the form, POST the credentials with the form's
/// antiforgery token, keep the cookies. Clients speak HTTPS because the session cookie is Secure.
/// </summary>
public static partial class WebSignIn
{
    public const string TokenField = "__RequestVerificationToken";

    public const string Origin = "https://localhost";

    /// <summary>
    /// A cookie-keeping client that does not follow redirects, so tests see where they lead. Like
    /// a browser on Chronicle's own pages it names its origin, which cookie-authenticated API
    /// changes require (a request that names another origin sets its own Origin header).
    /// </summary>
    public static HttpClient CreateBrowserClient(this WebApplicationFactory<Program> app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(Origin),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add("Origin", Origin);
        return client;
    }

    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> app, string email, string password = DemoSignIns.Password)
    {
        var client = app.CreateBrowserClient();
        using var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}:\n{await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", email), ("Password", password));

    /// <summary>GETs the page holding the form, then POSTs the fields with that page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, formPage);
        return await client.PostAsync(new Uri(action, UriKind.Relative), Form([.. fields, (TokenField, token)]), TestContext.Current.CancellationToken);
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string formPage)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(formPage, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"GET {formPage} ({(int)response.StatusCode}) has no antiforgery token:\n{html}");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>The path a redirect leads to, without the query.</summary>
    public static string? RedirectPath(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0])
            : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();
}
