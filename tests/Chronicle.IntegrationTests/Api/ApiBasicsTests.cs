namespace Chronicle.IntegrationTests.Api;

using System.Net;
using System.Text.Json;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>What every /api/v1 endpoint shares: sign-in, ProblemDetails errors naming the fault, the OpenAPI document.</summary>
public sealed class ApiBasicsTests(DemoApps apps) : IClassFixture<DemoApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_anonymous_caller_gets_401_problem_details_not_the_sign_in_page(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync("anonymous");

        var (status, problem) = await GetProblemAsync(client, "/api/v1/patients");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_lists_the_practice_patients_a_page_at_a_time(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync("care-manager");

        using var response = await client.GetAsync(new Uri("/api/v1/patients?pageSize=5&page=2", UriKind.Relative), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(5, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(48, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_that_does_not_exist_is_a_404_with_the_stable_code(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync("care-manager");

        var (status, problem) = await GetProblemAsync(client, $"/api/v1/patients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("PATIENT-UNKNOWN", problem.GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_query_values_are_400s_that_name_the_parameter(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync("care-manager");

        var (outOfRange, rangeProblem) = await GetProblemAsync(client, "/api/v1/patients?pageSize=0");
        var (notANumber, typeProblem) = await GetProblemAsync(client, "/api/v1/patients?page=abc");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (outOfRange, notANumber));
        Assert.StartsWith("pageSize:", rangeProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("page", typeProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("REQUEST-INVALID", typeProblem.GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", typeProblem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_signed_in_to_the_portal_may_not_use_the_staff_api(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync("patient");

        var (status, _) = await GetProblemAsync(client, "/api/v1/patients");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_openapi_document_describes_the_endpoints(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync("anonymous");

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/patients", out _));
        Assert.True(paths.TryGetProperty("/api/v1/patients/{id}", out _));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Problem)> GetProblemAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, json.RootElement.Clone());
    }
}
