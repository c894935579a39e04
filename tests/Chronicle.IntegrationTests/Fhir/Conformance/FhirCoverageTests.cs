namespace Chronicle.IntegrationTests.Fhir.Conformance;

using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>Issue 16 / 18: the payers and coverage model served as US Core Coverage, by read, search by patient and $everything.</summary>
public sealed class FhirCoverageTests(DemoApps apps) : IClassFixture<DemoApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_demo_patients_coverage_is_served_as_US_Core_Coverage_by_search_read_and_everything(string provider)
    {
        var demo = await apps.GetAsync(provider);
        var client = await demo.ClientAsync(Roles.CareManager);
        var patient = await demo.PatientIdAsync(DemoSignIns.PatientMrn);
        await using var db = demo.Database.NewContext();
        var stored = await db.Coverages.AsNoTracking().Where(c => c.PatientId == new Domain.Common.PatientId(patient)).ToListAsync(TestContext.Current.CancellationToken);
        var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id, TestContext.Current.CancellationToken);

        var found = await FhirHttp.SearchAllAsync(client, $"/fhir/Coverage?patient={patient}");
        var byBeneficiary = await FhirHttp.SearchAllAsync(client, $"/fhir/Coverage?beneficiary=Patient/{patient}");
        var everything = await FhirHttp.SearchAsync(client, $"/fhir/Patient/{patient}/$everything?_type=Coverage");

        Assert.NotEmpty(stored);
        Assert.Equal(stored.Select(c => c.Id.Value.ToString()).Order(StringComparer.Ordinal), found.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(found.Select(c => c.Id), byBeneficiary.Select(c => c.Id));
        Assert.Equal(found.Select(c => c.Id).Order(StringComparer.Ordinal), everything.Entry.Select(e => e.Resource!.Id).Order(StringComparer.Ordinal));
        foreach (var row in stored)
        {
            var coverage = Assert.IsType<Coverage>(found.Single(c => c.Id == row.Id.Value.ToString()));
            var read = Assert.IsType<Coverage>((await FhirHttp.GetAsync(client, $"/fhir/Coverage/{coverage.Id}")).Resource);
            Assert.Equal(["http://hl7.org/fhir/us/core/StructureDefinition/us-core-coverage"], coverage.Meta!.Profile);
            Assert.Equal(row.MemberId, coverage.SubscriberId);
            Assert.Equal($"Patient/{patient}", coverage.Beneficiary!.Reference);
            Assert.Equal((payers[row.PayerId].Code, payers[row.PayerId].Name), (coverage.Payor.Single().Identifier!.Value, coverage.Payor.Single().Display));
            Assert.Equal(row.Order == Domain.Payers.CoverageOrder.Primary ? 1 : 2, coverage.Order);
            Assert.Equal(row.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), coverage.Period!.Start);
            Assert.Equal(coverage.Meta.VersionId, read.Meta!.VersionId);
            Assert.Empty(FhirValidation.UsCoreErrors(coverage));
        }
    }

    [Fact]
    public void The_US_Core_validator_finds_a_resource_that_breaks_the_profile_it_claims()
    {
        var patient = new Patient
        {
            Id = "broken",
            Meta = new Meta { Profile = ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"] },
            Gender = AdministrativeGender.Female,
        };
        var unknown = new Patient
        {
            Id = "unknown-profile",
            Meta = new Meta { Profile = ["http://example.org/StructureDefinition/not-there"] },
            Identifier = [new Identifier("urn:x", "1")],
            Name = [new HumanName { Family = "Doe" }],
            Gender = AdministrativeGender.Female,
        };

        Assert.Empty(FhirValidation.Errors(patient));
        Assert.NotEmpty(FhirValidation.UsCoreErrors(patient));
        Assert.NotEmpty(FhirValidation.UsCoreErrors(unknown));
    }
}
