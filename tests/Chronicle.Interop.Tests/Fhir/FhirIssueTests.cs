namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.Codes;

public sealed class FhirIssueTests
{
    [Fact]
    public async Task An_invalid_MBI_is_reported_at_its_identifier_and_rejects_the_patient_with_everything_that_is_theirs()
    {
        var content = await FhirFixtures.ReadAsync("bad-mbi.json");

        var issue = Assert.Single(content.Issues, i => i.Path == "Bundle.entry[0].resource.identifier[1].value");
        Assert.Equal("bad-mbi.json", issue.File);
        Assert.Equal(FhirFixtures.LineOf(FhirFixtures.Text("bad-mbi.json"), "\"resource\": {"), issue.Line);
        Assert.Contains("is not an MBI", issue.Reason, StringComparison.Ordinal);
        Assert.Contains(content.Issues, i => i.Reason.Contains("1 resource(s) that belong to this patient", StringComparison.Ordinal));
        Assert.Empty(content.Patients);
        Assert.Equal(2, content.Rejected);
    }

    [Fact]
    public async Task A_future_birth_date_is_reported_at_birthDate_and_the_other_patient_is_kept()
    {
        var content = await FhirFixtures.ReadAsync("future-birth-date.json");

        var issue = Assert.Single(content.Issues, i => i.Path == "Bundle.entry[0].resource.birthDate");
        Assert.Contains("2199-01-01 is in the future", issue.Reason, StringComparison.Ordinal);
        var kept = Assert.Single(content.Patients);
        Assert.Equal("MRN-PRESENT", kept.Details.Mrn);
        Assert.Single(kept.Conditions);
        Assert.Equal(2, content.Rejected);
    }

    [Fact]
    public async Task A_malformed_ICD10_code_is_reported_at_its_coding_and_the_good_condition_is_kept()
    {
        var content = await FhirFixtures.ReadAsync("bad-icd10.json");

        var issue = Assert.Single(content.Issues);
        Assert.Equal("Bundle.entry[1].resource.code.coding[0].code", issue.Path);
        Assert.Contains("'11.9X' is not an ICD-10-CM code", issue.Reason, StringComparison.Ordinal);
        Assert.Equal("I10", Assert.Single(Assert.Single(content.Patients).Conditions).Details.Code);
    }

    [Theory]
    [InlineData("E11", "is a category header")]
    [InlineData("E11.99", "is not in ICD-10-CM FY2026")]
    public async Task With_a_code_set_loaded_a_header_or_unknown_ICD10_code_is_refused(string code, string reason)
    {
        var codes = new Icd10CodeSet(new Dictionary<string, bool> { ["E11"] = false, ["E119"] = true, ["I10"] = true }, "FY2026");
        var text = FhirFixtures.Text("bad-icd10.json").Replace("11.9X", code, StringComparison.Ordinal);

        var content = await FhirFixtures.ReadTextAsync("bad-icd10.json", text, codes);

        var issue = Assert.Single(content.Issues);
        Assert.Equal("Bundle.entry[1].resource.code.coding[0].code", issue.Path);
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_of_the_wrong_JSON_type_are_reported_with_their_FHIR_path_and_line()
    {
        var text = FhirFixtures.Text("wrong-types.json");

        var content = await FhirFixtures.ReadAsync("wrong-types.json");

        Assert.Contains(content.Issues, i => i.Path == "Bundle.entry[0].resource.birthDate" && i.Line == FhirFixtures.LineOf(text, "19500312"));
        Assert.Contains(content.Issues, i => i.Path == "Bundle.entry[1].resource.code" && i.Line == FhirFixtures.LineOf(text, "\"code\": \"E11.9\""));
        Assert.Contains(content.Issues, i => i.Path == "Bundle.entry[2].resource.period" && i.Line == FhirFixtures.LineOf(text, "\"period\": ["));
        Assert.Empty(content.Patients);
        Assert.Equal(3, content.Rejected);
    }

    [Fact]
    public async Task A_reference_to_a_patient_not_in_the_file_is_reported()
    {
        var text = FhirFixtures.Text("bad-icd10.json").Replace("11.9X", "E11.9", StringComparison.Ordinal)
            .Replace("\"reference\": \"urn:uuid:7c7c7c7c-0000-4000-8000-000000000001\" },\n        \"onsetDateTime\": \"2014", "\"reference\": \"Patient/elsewhere\" },\n        \"onsetDateTime\": \"2014", StringComparison.Ordinal);

        var content = await FhirFixtures.ReadTextAsync("elsewhere.json", text);

        var issue = Assert.Single(content.Issues);
        Assert.Equal("Bundle.entry[2].resource.subject.reference", issue.Path);
        Assert.Contains("'Patient/elsewhere' does not refer to a Patient in this file", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_NPI_in_a_conditional_practitioner_reference_is_reported()
    {
        var text = FhirFixtures.Text("transaction-small.json").Replace("us-npi|9999197897", "us-npi|9999197890", StringComparison.Ordinal);

        var content = await FhirFixtures.ReadTextAsync("npi.json", text);

        var issue = Assert.Single(content.Issues);
        Assert.Equal("Bundle.entry[6].resource.participant[0].individual.reference", issue.Path);
        Assert.Contains("check digit", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_patients_with_one_MRN_in_a_file_are_refused()
    {
        var text = FhirFixtures.Text("future-birth-date.json").Replace("MRN-PRESENT", "MRN-FUTURE", StringComparison.Ordinal)
            .Replace("2199-01-01", "1950-01-01", StringComparison.Ordinal);

        var content = await FhirFixtures.ReadTextAsync("twins.json", text);

        Assert.Contains(content.Issues, i => i.Path == "Bundle.entry[2].resource"
            && i.Reason.Contains("The MRN MRN-FUTURE is already used by Bundle.entry[0].resource", StringComparison.Ordinal));
        Assert.Equal("MRN-FUTURE", Assert.Single(content.Patients).Details.Mrn);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"x\"}", "resourceType", "not a Bundle")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"message\",\"entry\":[]}", "Bundle.type", "'message' Bundle is not imported")]
    [InlineData("[1, 2]", null, "does not hold a JSON object")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"batch\"} {}", null, "more content after the end of the Bundle")]
    [InlineData("", null, "The file is empty")]
    public async Task A_json_file_that_is_not_a_readable_Bundle_is_unreadable(string text, string? path, string reason)
    {
        var content = await FhirFixtures.ReadTextAsync("odd.json", text);

        Assert.True(content.IsUnreadable);
        var issue = Assert.Single(content.Issues);
        Assert.Equal(path, issue.Path);
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
    }
}
