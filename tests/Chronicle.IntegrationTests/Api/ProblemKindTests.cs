namespace Chronicle.IntegrationTests.Api;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Chronicle.Application.Common;
using Chronicle.Application.Fhir;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Enrollment;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// Issue 14 item 3: a code's kind alone decides its answer. A database that cannot be reached is
/// 503 with Retry-After on /api (ProblemDetails) and /fhir (OperationOutcome), never 500; conflicts
/// are 409 (the API tests for time and care plans show them through real requests).
/// </summary>
public sealed class ProblemKindTests
{
    public static TheoryData<string, string> Unreachable => new()
    {
        { "sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"chronicle-missing-{Guid.NewGuid():N}", "no-such-folder", "chronicle.db")};Mode=ReadWrite" },
        { "postgres", "Host=127.0.0.1;Port=1;Database=chronicle;Username=chronicle;Password=chronicle;Timeout=3" },
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public async Task A_database_that_cannot_be_reached_is_503_with_retry_after_on_the_api_and_fhir(string provider, string connectionString)
    {
        await using var app = new UnreachableApp(provider, connectionString);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "chr_0123456789abcdef0123456789abcdef0123456789a");
        var ct = TestContext.Current.CancellationToken;

        using var api = await client.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), ct);
        using var fhir = await client.GetAsync(new Uri("/fhir/Patient", UriKind.Relative), ct);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync(ct)).RootElement;
        var outcome = JsonDocument.Parse(await fhir.Content.ReadAsStringAsync(ct)).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(ProblemCatalogue.DatabaseUnavailable, problem.GetProperty("code").GetString());
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, fhir.StatusCode);
        Assert.Equal("transient", outcome.GetProperty("issue")[0].GetProperty("code").GetString());
        Assert.NotNull(fhir.Headers.RetryAfter);
    }

    [Fact]
    public void Kinds_decide_conflicts_and_the_retired_consent_code_is_an_alias_of_the_one_fact()
    {
        Assert.Equal(ProblemKind.Conflict, ProblemCatalogue.KindOf("TIME-MONTH-LOCKED"));
        Assert.Equal(ProblemKind.Conflict, ProblemCatalogue.KindOf("CLAIM-CHANGED"));
        Assert.Equal(ProblemKind.Conflict, ProblemCatalogue.KindOf("MONTH-CLOSE-RUNNING"));
        Assert.Equal(ProblemKind.NotFound, ProblemCatalogue.KindOf(FhirErrors.ResourceUnknown));
        Assert.Equal(BillingReasonCodes.NoConsent, EnrollmentCodes.ConsentMissing);
        Assert.Equal(BillingReasonCodes.NoConsent, ProblemCatalogue.Aliases["CONSENT-MISSING"]);
    }

    private sealed class UnreachableApp(string provider, string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Demo:SeedOnEmptyDatabase", "false");
            builder.UseEnvironment("Testing");
        }
    }
}
