namespace Chronicle.Interop.Tests.Billing;

using System.Text.Json.Nodes;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Billing;

/// <summary>The scenario reader: what it accepts, what it reads as absent, and how it names problems.</summary>
public sealed class BillingScenarioReaderTests
{
    private const string Minimal = """
        {
          "month": "2026-03",
          "practice": { "timeZone": "America/Chicago", "placeOfService": "11" },
          "billingPractitioner": { "npi": "1234567893" },
          "patient": { "mbi": null, "conditions": [ { "code": "E11.9" } ] },
          "program": "pcm"
        }
        """;

    [Fact]
    public void Optional_parts_left_out_or_null_read_as_absent()
    {
        var facts = BillingScenarioReader.Read(Minimal).Facts!;

        Assert.Equal(CareProgram.Pcm, facts.Program);
        Assert.Null(facts.Enrollment);
        Assert.Null(facts.Consent);
        Assert.Null(facts.CarePlan);
        Assert.Null(facts.Patient.Mbi);
        Assert.Null(facts.Patient.Conditions[0].Chronic);
        Assert.Equal(Complexity.None, facts.Complexity);
        Assert.Empty(facts.TimeEntries);
        Assert.Equal(Domain.Practices.BillingSetting.ProfessionalOffice, facts.Setting);
    }

    [Theory]
    [InlineData("rhc", Domain.Practices.BillingSetting.RuralHealthClinic)]
    [InlineData("fqhc", Domain.Practices.BillingSetting.FederallyQualifiedHealthCenter)]
    [InlineData("cah-method-ii", Domain.Practices.BillingSetting.CriticalAccessHospitalMethodII)]
    [InlineData("office", Domain.Practices.BillingSetting.ProfessionalOffice)]
    public void The_practice_may_name_its_billing_setting(string code, Domain.Practices.BillingSetting setting)
    {
        var json = With(Minimal, s => s["practice"]!["billingSetting"] = code);

        Assert.Equal(setting, BillingScenarioReader.Read(json).Facts!.Setting);
    }

    [Fact]
    public void An_unknown_billing_setting_is_named_by_its_path()
    {
        var json = With(Minimal, s => s["practice"]!["billingSetting"] = "hospital");

        Assert.Contains("$.practice.billingSetting: 'hospital' is not a billing setting; use one of office, rhc, fqhc, cah-method-ii.", BillingScenarioReader.Read(json).Errors);
    }

    [Fact]
    public void Local_start_times_become_instants_in_the_practices_zone()
    {
        var json = With(Minimal, s => s["timeEntries"] = new JsonArray(Entry("2026-03-31T23:30")));

        var entry = Assert.Single(BillingScenarioReader.Read(json).Facts!.TimeEntries);

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 4, 30, 0, TimeSpan.Zero), entry.Start);
    }

    [Fact]
    public void A_start_the_clocks_skip_is_refused_with_its_path()
    {
        var json = With(Minimal, s => s["timeEntries"] = new JsonArray(Entry("2026-03-08T09:00"), Entry("2026-03-08T02:30")));

        var error = Assert.Single(BillingScenarioReader.Read(json).Errors);

        Assert.StartsWith("$.timeEntries[1].start: 2026-03-08 02:30 does not exist in America/Chicago", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consent", """{ "date": "2026-01-05", "method": "verbal", "decision": "maybe", "billingNpi": "1234567893" }""", "$.consent.decision: 'maybe' is not one of accepted, declined.")]
    [InlineData("consent", """{ "date": "2026-01-05", "method": "verbal", "decision": "accepted", "billingNpi": "1234567893", "disclosures": ["cost"] }""", "$.consent.disclosures[0]: the string \"cost\" is not one of availability, cost-sharing, one-practitioner, right-to-stop.")]
    [InlineData("enrollment", """{ "start": "2026-01-05", "end": "2025-12-31" }""", "$.enrollment.end: 2025-12-31 is before the start 2026-01-05.")]
    [InlineData("carePlan", """{ "lastActivity": "2026-03-03" }""", "$.carePlan.complete: is required but missing.")]
    [InlineData("visits", """[ { "date": "03/10/2026", "code": "99214", "npi": "1234567893" } ]""", "$.visits[0].date: '03/10/2026' is not a date in the form YYYY-MM-DD.")]
    [InlineData("otherServices", """[ "99490" ]""", "$.otherServices[0]: expected an object, found the string \"99490\".")]
    [InlineData("complexity", "\"medium\"", "$.complexity: 'medium' is not one of none, low, moderate, high.")]
    public void A_bad_part_is_named_by_its_JSON_path(string property, string value, string expected)
    {
        var json = With(Minimal, s => s[property] = JsonNode.Parse(value));

        var result = BillingScenarioReader.Read(json);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Errors);
    }

    [Fact]
    public void Identifiers_are_passed_on_as_written_for_the_engine_to_judge()
    {
        var json = With(Minimal, s =>
        {
            s["billingPractitioner"] = JsonNode.Parse("""{ "npi": "12345" }""");
            s["enrollment"] = JsonNode.Parse("""{ "start": "2026-01-05" }""");
            s["timeEntries"] = new JsonArray(Entry("2026-03-10T09:00"), Entry("2026-03-11T09:00"), Entry("2026-03-12T09:00"));
        });

        var facts = BillingScenarioReader.Read(json).Facts!;
        var decision = MonthlyBilling.Evaluate(facts);

        Assert.Equal("12345", facts.BillingPractitioner.Npi);
        Assert.Equal(BillingStatus.Blocked, decision.Status);
        Assert.Contains(decision.Reasons, r => r.Code == BillingReasonCodes.InvalidNpi);
        Assert.Contains(decision.Reasons, r => r.Code == BillingReasonCodes.InvalidMbi);
    }

    private static JsonObject Entry(string start) =>
        new() { ["start"] = start, ["minutes"] = 10, ["performer"] = "clinical-staff", ["staffId"] = "rn1" };

    private static string With(string json, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        change(root);
        return root.ToJsonString();
    }
}
