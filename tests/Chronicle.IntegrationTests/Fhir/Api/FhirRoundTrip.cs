namespace Chronicle.IntegrationTests.Fhir.Api;

using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

/// <summary>
/// Two practices for a FHIR round trip: the demo practice as the source (read by a signed-in care
/// manager) and an empty practice as the target (written with a write token, as an outside EHR would).
/// </summary>
internal sealed class FhirRoundTrip : IAsyncDisposable
{
    private FhirRoundTrip(TestDatabase source, TestDatabase target, ChronicleAppFactory sourceApp, ChronicleAppFactory targetApp)
    {
        Source = source;
        Target = target;
        SourceApp = sourceApp;
        TargetApp = targetApp;
    }

    public TestDatabase Source { get; }

    public TestDatabase Target { get; }

    public ChronicleAppFactory SourceApp { get; }

    public ChronicleAppFactory TargetApp { get; }

    public HttpClient SourceClient { get; private set; } = null!;

    public HttpClient TargetClient { get; private set; } = null!;

    public string Token { get; private set; } = string.Empty;

    public static async Task<FhirRoundTrip> CreateAsync(string provider)
    {
        var source = await TestDatabase.CreateAsync(provider);
        var target = await TestDatabase.CreateAsync(provider);
        var trip = new FhirRoundTrip(source, target, new ChronicleAppFactory(source), new ChronicleAppFactory(target, seedDemo: false));
        trip.TargetApp.CreateClient().Dispose();
        await FhirImportHelpers.CreatePracticeAsync(target);
        trip.SourceClient = await trip.SourceApp.SignedInClientAsync(DemoSignIns.CareManager);
        trip.TargetClient = FhirHttp.TokenClient(trip.TargetApp);
        (_, trip.Token) = await FhirHttp.IssueTokenAsync(trip.TargetApp, target, "--name", "Receiving EHR", "--write");
        return trip;
    }

    /// <summary>The demo patient's $everything from the source.</summary>
    public Task<Bundle> ExportAsync() => EverythingAsync(SourceClient, null);

    /// <summary>The same patient's $everything from the target, after the import.</summary>
    public Task<Bundle> ExportAgainAsync() => EverythingAsync(TargetClient, Token);

    public Task<FhirAnswer> PostAsync(Bundle transaction) =>
        FhirHttp.SendAsync(TargetClient, HttpMethod.Post, "/fhir", Token, FhirJsonSerializer.Default.SerializeToString(transaction));

    /// <summary>The searchset as a transaction: each resource POSTed, references left as Type/id, which the importer resolves within the Bundle.</summary>
    public static Bundle AsTransaction(Bundle searchset)
    {
        ArgumentNullException.ThrowIfNull(searchset);
        var transaction = new Bundle { Type = Bundle.BundleType.Transaction };
        foreach (var entry in searchset.Entry)
        {
            transaction.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = entry.FullUrl,
                Resource = entry.Resource,
                Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = entry.Resource!.TypeName },
            });
        }

        return transaction;
    }

    public async ValueTask DisposeAsync()
    {
        SourceClient?.Dispose();
        TargetClient?.Dispose();
        await SourceApp.DisposeAsync();
        await TargetApp.DisposeAsync();
        await Source.DisposeAsync();
        await Target.DisposeAsync();
    }

    private static async Task<Bundle> EverythingAsync(HttpClient client, string? token)
    {
        var found = await FhirHttp.SearchAsync(client, $"/fhir/Patient?identifier={DemoSignIns.PatientMrn}", token);
        return await FhirHttp.SearchAsync(client, $"/fhir/Patient/{found.Entry.Single().Resource!.Id}/$everything", token);
    }
}
