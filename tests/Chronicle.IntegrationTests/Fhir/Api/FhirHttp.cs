namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>Calls /fhir as another system would, and reads every answer back with Firely's strict deserializer.</summary>
internal static class FhirHttp
{
    public static HttpClient TokenClient(ChronicleAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Issues a token with the CLI against the app's database (the app seeds the demo practice first).</summary>
    public static async Task<(Guid Id, string Token)> IssueTokenAsync(ChronicleAppFactory app, TestDatabase database, params string[] options)
    {
        app.CreateClient().Dispose();
        var result = await CliRunner.RunAsync(database, ["tokens", "create", .. options, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("token").GetString()!);
    }

    public static async Task<FhirAnswer> SendAsync(HttpClient client, HttpMethod method, string path, string? token = null, string? body = null, string? prefer = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/fhir+json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/fhir+json",
            $"{method} {path} answered {(int)response.StatusCode} as {response.Content.Headers.ContentType}: {text}");
        return new FhirAnswer(response.StatusCode, FhirJsonDeserializer.STRICT.DeserializeResource(text)!, text);
    }

    public static Task<FhirAnswer> GetAsync(HttpClient client, string path, string? token = null, string? prefer = null) =>
        SendAsync(client, HttpMethod.Get, path, token, prefer: prefer);

    public static async Task<Bundle> SearchAsync(HttpClient client, string path, string? token = null)
    {
        var answer = await GetAsync(client, path, token);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        return Assert.IsType<Bundle>(answer.Resource);
    }

    /// <summary>Every match of a search, following its next links to the end.</summary>
    public static async Task<List<Resource>> SearchAllAsync(HttpClient client, string path, string? token = null)
    {
        var all = new List<Resource>();
        var next = path;
        while (next is not null)
        {
            var bundle = await SearchAsync(client, next, token);
            all.AddRange(bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource!));
            next = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url is { } url ? new Uri(url).PathAndQuery : null;
        }

        return all;
    }
}

internal sealed record FhirAnswer(HttpStatusCode Status, Resource Resource, string Body)
{
    public OperationOutcome Outcome => Assert.IsType<OperationOutcome>(Resource);

    /// <summary>The stable reason codes of an OperationOutcome's issues.</summary>
    public IReadOnlyList<string> Codes => [.. Outcome.Issue.SelectMany(i => i.Details?.Coding ?? []).Select(c => c.Code!)];

    public override string ToString() => $"{(int)Status} {Body}";
}
