namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.Common;
using DomainCodeSystem = Chronicle.Domain.Patients.CodeSystem;

public sealed class NdjsonTests
{
    [Fact]
    public async Task NDJSON_resources_find_their_patient_on_any_line_of_the_file()
    {
        var content = await FhirFixtures.ReadAsync("patients.ndjson");

        Assert.Empty(content.Issues);
        Assert.Equal(["MRN-002", "p-3", "MRN-004"], content.Patients.Select(p => p.Details.Mrn));
        var rivera = content.Patients[0];
        Assert.Equal("I10", Assert.Single(rivera.Conditions).Details.Code); // on line 1, before its Patient on line 2
        var visit = Assert.Single(rivera.Visits).Details;
        Assert.Equal((HcpcsCode.Parse("G0438"), new DateOnly(2024, 3, 4)), (visit.Code, visit.Date));
    }

    [Fact]
    public async Task NDJSON_keeps_line_numbers_absolute_references_deaths_and_bundles_on_a_line()
    {
        var content = await FhirFixtures.ReadAsync("patients.ndjson");

        var chen = content.Patients[1];
        Assert.Equal((6, "Patient"), (chen.Source.Line, chen.Source.Path));
        Assert.Equal(new DateOnly(2024, 12, 1), chen.Details.DeceasedOn);
        Assert.Equal((DomainCodeSystem.SnomedCt, "44054006"), (chen.Conditions[0].Details.CodeSystem, chen.Conditions[0].Details.Code));
        var okafor = content.Patients[2];
        Assert.Equal((8, "Bundle.entry[0].resource"), (okafor.Source.Line, okafor.Source.Path));
        Assert.Equal("55822004", Assert.Single(okafor.Conditions).Details.Code);
        Assert.Equal((8, 1), (content.ResourcesRead, content.Skipped));
    }

    [Fact]
    public async Task A_broken_NDJSON_line_is_reported_by_line_and_the_other_lines_are_still_read()
    {
        var lines = FhirFixtures.Text("patients.ndjson").Split('\n');
        lines[5] = lines[5][..40];

        var content = await FhirFixtures.ReadTextAsync("broken.ndjson", string.Join('\n', lines));

        Assert.False(content.IsUnreadable);
        var issue = Assert.Single(content.Issues, i => i.Line == 6);
        Assert.Contains("not valid JSON", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(["MRN-002", "MRN-004"], content.Patients.Select(p => p.Details.Mrn));
        Assert.Contains(content.Issues, i => i.Line == 7 && i.Path == "Condition.subject.reference");
    }
}
