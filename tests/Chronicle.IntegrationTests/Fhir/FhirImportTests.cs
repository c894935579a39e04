namespace Chronicle.IntegrationTests.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class FhirImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transaction_bundle_is_imported_once_and_a_second_import_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);

        var (firstRun, first) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("transaction-small.json"));
        var (_, second) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("transaction-small.json"));

        Assert.True(firstRun.ExitCode == 0, firstRun.ToString());
        // Patient, 3 conditions, 2 visits, 9 records (the observation among them), 1 staff member; the practice's own Organization is recognised.
        Assert.Equal((16, 0, 1, 0, 3), (first.Created, first.Updated, first.Unchanged, first.Rejected, first.Skipped));
        Assert.Equal((0, 0, 17), (second.Created, second.Updated, second.Unchanged));
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var patient = await db.Patients.SingleAsync(ct);
        Assert.Equal(("MRN-001", Mbi.Parse("1EG4TE5MK73")), (patient.Mrn, patient.Mbi));
        var staff = await db.StaffMembers.SingleAsync(ct);
        Assert.Equal(("1987654328", StaffRole.BillingPractitioner), (staff.ExternalId, staff.Role));
        var hypertension = await db.Conditions.SingleAsync(c => c.SourceKey == "cond-hypertension", ct);
        Assert.True(hypertension.IsChronic);
        Assert.Equal("I10", hypertension.Icd10?.Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_resource_is_updated_and_what_FHIR_does_not_carry_is_kept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);
        using var folder = FhirImportHelpers.NewFolder();
        var text = File.ReadAllText(FhirImportHelpers.Fixture("transaction-small.json"));
        File.WriteAllText(folder.File("bundle.json"), text);
        await FhirImportHelpers.ImportJsonAsync(database, folder.File("bundle.json"));
        var ct = TestContext.Current.CancellationToken;
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Patients\" SET \"Qmb\" = TRUE", ct);
        }

        File.WriteAllText(folder.File("bundle.json"), text
            .Replace("\"code\": \"resolved\"", "\"code\": \"active\"", StringComparison.Ordinal)
            .Replace(",\n        \"abatementDateTime\": \"2023-02-14T09:00:00-06:00\"", string.Empty, StringComparison.Ordinal)
            .Replace("{ \"system\": \"http://hl7.org/fhir/sid/us-mbi\", \"value\": \"1EG4-TE5-MK73\" }", "{ \"system\": \"urn:other\", \"value\": \"x\" }", StringComparison.Ordinal));
        var (_, second) = await FhirImportHelpers.ImportJsonAsync(database, folder.File("bundle.json"));

        Assert.Equal((0, 1), (second.Created, second.Updated));
        await using var check = database.NewContext();
        var patient = await check.Patients.SingleAsync(ct);
        Assert.Equal((true, Mbi.Parse("1EG4TE5MK73")), (patient.Qmb, patient.Mbi));
        Assert.Equal(ClinicalStatus.Active, (await check.Conditions.SingleAsync(c => c.SourceKey == "cond-pharyngitis", ct)).ClinicalStatus);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_truncated_bundle_is_named_with_its_position_and_nothing_from_it_is_written_while_the_good_file_beside_it_is(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);
        using var folder = FhirImportHelpers.NewFolder();
        var text = File.ReadAllText(FhirImportHelpers.Fixture("transaction-small.json"));
        File.WriteAllText(folder.File("a-good.json"), text);
        var other = text.Replace("MRN-001", "MRN-CUT", StringComparison.Ordinal).Replace("pat-1", "pat-cut", StringComparison.Ordinal);
        var cut = other.IndexOf("\"resourceType\": \"MedicationRequest\"", StringComparison.Ordinal);
        File.WriteAllText(folder.File("b-truncated.json"), other[..cut]);

        var result = await CliRunner.RunAsync(database, "import", "fhir", folder.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = other[..cut].Count(c => c == '\n') + 1;
        Assert.Contains($"{folder.File("b-truncated.json")}:{line} [Bundle.entry[8]]: The file ends after", result.Error, StringComparison.Ordinal);
        Assert.Contains("truncated", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 file(s) had errors and nothing from them was written", result.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(["MRN-001"], await db.Patients.Select(p => p.Mrn).ToListAsync(ct));
        Assert.Equal(3, await db.Conditions.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_MBI_a_future_birth_date_or_a_bad_ICD10_code_is_named_and_nothing_from_that_file_is_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);
        var cases = new[]
        {
            ("bad-mbi.json", "Bundle.entry[0].resource.identifier[1].value", "'1EG4-TS5-MK73' is not an MBI"),
            ("future-birth-date.json", "Bundle.entry[0].resource.birthDate", "The birth date 2199-01-01 is in the future"),
            ("bad-icd10.json", "Bundle.entry[1].resource.code.coding[0].code", "'11.9X' is not an ICD-10-CM code"),
        };

        foreach (var (file, path, reason) in cases)
        {
            var (result, summary) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture(file));

            Assert.True(result.ExitCode == 1, result.ToString());
            var issue = Assert.Single(summary.Issues, i => i.Field == path);
            Assert.EndsWith(file, issue.File, StringComparison.Ordinal);
            Assert.NotNull(issue.Line);
            Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
            Assert.Equal((1, 0, 0), (summary.FilesNotWritten, summary.Created, summary.Unchanged));
        }

        await using var db = database.NewContext();
        Assert.Equal(0, await db.Patients.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_partial_the_good_resources_of_a_file_with_bad_ones_are_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);

        var (icdRun, icd) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("bad-icd10.json"), "--partial");
        var (_, birth) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("future-birth-date.json"), "--partial");

        Assert.True(icdRun.ExitCode == 1, "Rejected resources still make the exit code 1.\n" + icdRun);
        Assert.Equal((2, 1, 0), (icd.Created, icd.Rejected, icd.FilesNotWritten));
        Assert.Equal((2, 2), (birth.Created, birth.Rejected));
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(["MRN-ICD", "MRN-PRESENT"], await db.Patients.Select(p => p.Mrn).OrderBy(m => m).ToListAsync(ct));
        Assert.Equal(["I10", "59621000"], await db.Conditions.OrderBy(c => c.SourceKey).Select(c => c.Code).ToListAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_NDJSON_file_is_imported_with_references_across_lines_and_eligibility_sees_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);

        var (run, summary) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("patients.ndjson"));
        var (_, again) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("patients.ndjson"));
        var eligibility = await CliRunner.RunAsync(database, "eligibility", "--json", "--as-of", "2025-01-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal((8, 7, 0, 1), (summary.Read, summary.Created, summary.Rejected, summary.Skipped));
        Assert.Equal((0, 0, 7), (again.Created, again.Updated, again.Unchanged));
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var rivera = await db.Patients.SingleAsync(p => p.Mrn == "MRN-002", ct);
        Assert.Equal(HcpcsCode.Parse("G0438"), (await db.Visits.SingleAsync(v => v.PatientId == rivera.Id, ct)).Code);
        Assert.Contains("\"mrn\": \"MRN-002\"", eligibility.Output, StringComparison.Ordinal);
        Assert.Contains("\"category\": \"Hypertension\"", eligibility.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_practice_the_import_says_to_create_one_first()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        var result = await CliRunner.RunAsync(database, "import", "fhir", FhirImportHelpers.Fixture("transaction-small.json"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("chronicle demo seed", result.Error, StringComparison.Ordinal);
        Assert.Contains("chronicle import csv practice", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_clear_error()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await FhirImportHelpers.CreatePracticeAsync(database);

        var result = await CliRunner.RunAsync(database, "import", "fhir", "/no/such/place.json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("'/no/such/place.json' is neither a file nor a folder", result.Error, StringComparison.Ordinal);
    }
}
