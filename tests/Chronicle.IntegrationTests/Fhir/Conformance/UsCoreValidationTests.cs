namespace Chronicle.IntegrationTests.Fhir.Conformance;

using System.Text.Json;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// Issue 18 item 3: <c>$everything</c> of every demo patient validates with 0 errors against base
/// R4 and against the US Core 9.0.0 profiles each resource claims, and every resource of a type US
/// Core profiles claims one of that type's US Core profiles (as the US Core server
/// CapabilityStatement lists them), so the US Core check cannot pass by claiming nothing.
/// </summary>
public sealed class UsCoreValidationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Everything_of_every_demo_patient_validates_against_base_R4_and_US_Core_9(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "US Core validator");
        await FhirValidityTests.CloseFirstDemoMonthAsync(database);
        List<Guid> patients;
        await using (var db = database.NewContext())
        {
            patients = await db.Patients.AsNoTracking().Select(p => p.Id.Value).ToListAsync(TestContext.Current.CancellationToken);
        }

        var profiles = UsCoreServerProfiles();
        var errors = new List<string>();
        var resources = 0;
        foreach (var patient in patients)
        {
            var everything = await FhirHttp.SearchAsync(client, $"/fhir/Patient/{patient}/$everything", token);
            foreach (var resource in everything.Entry.Select(e => e.Resource!))
            {
                resources++;
                errors.AddRange(FhirValidation.Errors(resource));
                errors.AddRange(FhirValidation.UsCoreErrors(resource));
                if (profiles.TryGetValue(resource.TypeName, out var allowed) && !(resource.Meta?.Profile.Any(p => p is not null && allowed.Contains(p)) ?? false))
                {
                    errors.Add($"{resource.TypeName}/{resource.Id} claims none of its US Core profiles ({string.Join(", ", allowed)}).");
                }
            }
        }

        Assert.True(errors.Count == 0, $"{errors.Count} error(s) in {resources} resources:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Distinct().Take(40))}");
        Assert.Equal(48, patients.Count);
        Assert.True(resources > patients.Count * 5, $"Only {resources} resources in {patients.Count} $everything bundles.");
    }

    /// <summary>Every resource type of the US Core 9 server CapabilityStatement with the profiles it supports.</summary>
    internal static Dictionary<string, HashSet<string>> UsCoreServerProfiles()
    {
        var path = TestEnvironment.SubsetFile(Path.Combine("fhir_conformance", "us-core-9.0.0", "CapabilityStatement-us-core-server.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var profiles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var resource in json.RootElement.GetProperty("rest")[0].GetProperty("resource").EnumerateArray())
        {
            if (resource.TryGetProperty("supportedProfile", out var supported))
            {
                profiles[resource.GetProperty("type").GetString()!] = [.. supported.EnumerateArray().Select(p => p.GetString()!.Split('|')[0])];
            }
        }

        return profiles;
    }
}
