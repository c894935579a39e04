namespace Chronicle.IntegrationTests.Audit;

using System.Text.Json;
using Chronicle.Application.Audit;
using Chronicle.Domain.Audit;
using Chronicle.IntegrationTests.Codes;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Fhir;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>What the CLI's reads and changes of patient data leave in the audit trail, and who they name.</summary>
public sealed class AuditCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_csv_import_records_one_event_per_patient_changed_by_the_cli_operator(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff");
        Assert.Empty(await AuditData.EventsAsync(database));

        await CsvFiles.ImportFixturesAsync(database, "patients");
        await CsvFiles.ImportFixturesAsync(database, "patients");
        var afterPatients = await AuditData.EventsAsync(database);
        await CsvFiles.ImportFixturesAsync(database, "conditions");
        var all = await AuditData.EventsAsync(database);

        var patients = await PatientIdsAsync(database);
        Assert.Equal([1L, 2L, 3L], afterPatients.Select(e => e.Sequence));
        Assert.Equal(patients.Values.Select(id => id.Value).Order(), afterPatients.Select(e => e.PatientId!.Value.Value).Order());
        Assert.All(afterPatients, e => Assert.Equal("csv patients import: patient created", e.What));
        var keys = AuditKeyFile.Load(new AuditKeySettings { KeyFile = database.AuditKeyFile }, database.Options);
        Assert.All(all, e =>
        {
            Assert.Equal(("import", "cli", "system"), (e.Action, e.Surface, e.Role));
            Assert.Equal((AuditData.CliActorId, Environment.UserName, Environment.MachineName), (e.ActorId, e.ActorName, e.Address));
            Assert.NotNull(e.PracticeId);
            Assert.True(e.HashMatches(keys));
        });
        var conditions = all.Skip(3).ToDictionary(e => e.PatientId!.Value, e => e.What);
        Assert.Equal("csv conditions import: condition 2 created", conditions[patients["LK1001"]]);
        Assert.Equal("csv conditions import: condition 2 created", conditions[patients["LK1002"]]);
        Assert.Equal("csv conditions import: condition 1 created", conditions[patients["LK1003"]]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_fhir_import_records_what_changed_for_the_patient_and_nothing_when_nothing_changed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);

        await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("transaction-small.json"));
        await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("transaction-small.json"));

        var e = Assert.Single(await AuditData.EventsAsync(database));
        await using var db = database.NewContext();
        var patient = await db.Patients.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((patient.Id, patient.PracticeId), (e.PatientId!.Value, e.PracticeId!.Value));
        Assert.Equal(("import", "cli"), (e.Action, e.Surface));
        Assert.Matches(@"^fhir import: patient created; clinical record \d+ created; condition \d+ created; visit 2 created$", e.What);
        Assert.DoesNotContain(patient.LastName, e.What, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(patient.Mrn, e.What, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_seed_the_eligibility_list_and_the_code_imports_are_recorded(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CodeFixtures();

        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "eligibility", "--json")).ExitCode);
        var codes = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", files.Write("icd10cm_order_2026.txt", CodeFixtures.SmallRelease()));
        Assert.True(codes.ExitCode == 0, codes.ToString());
        var chronic = await CliRunner.RunAsync(database, "codes", "import", "chronic", files.Write("rules.csv", ["system,code,category,maps_to_icd10", "icd-10-cm,I10,Hypertension,"]));
        Assert.True(chronic.ExitCode == 0, chronic.ToString());

        var events = await AuditData.EventsAsync(database);
        var seeded = events.Take(48).ToList();
        Assert.All(seeded, e =>
        {
            Assert.Equal(("seed", "cli"), (e.Action, e.Surface));
            // RB1001 also gains the demo caregiver's grant and the patient sign-in, RB1002 the outside provider's share; most have an enrollment and consent; every one has coverage (RB1001 a Medigap secondary too).
            // An audit text is kept to 400 characters: RB1001's, with the most kinds of row, loses its last word.
            Assert.Matches(@"^demo seed: patient created; (care plan( [a-z]+)? \d+ created; )*(caregiver grant 1 created; )?(chronicle user 1 created; )?(clinical record \d+ created; )?condition \d created; (consent record [12] created; )?coverage [12] created; (patient consents 1 created; )?(patient enrollments 1 created; )?(program enrollment 1 created; )?(provider share 1 created; )?(time entry \d+ created; )?visit 1( created)?$", e.What);
        });
        Assert.Equal(48, seeded.Select(e => e.PatientId).Distinct().Count());
        var eligibility = events[48];
        Assert.Equal(("read", (Chronicle.Domain.Common.PatientId?)null), (eligibility.Action, eligibility.PatientId));
        Assert.Matches(@"^eligibility list on \d{4}-\d\d-\d\d: 48 patients shown$", eligibility.What);
        Assert.Equal(seeded[0].PracticeId, eligibility.PracticeId);
        var codeSet = events[49];
        Assert.Equal(("import", "icd-10-cm code set FY2026: 5 codes, 0 replaced"), (codeSet.Action, codeSet.What));
        Assert.Null(codeSet.PatientId);
        var classification = events[50];
        Assert.Equal(("import", "cli", (Chronicle.Domain.Common.PatientId?)null), (classification.Action, classification.Surface, classification.PatientId));
        Assert.Matches(@"^chronic classification chronicle:rules\.csv: 1 rules; [1-9]\d* conditions reclassified, 0 mapped to ICD-10-CM$", classification.What);
        Assert.Equal(51, events.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_list_filters_by_patient_user_action_and_period_and_is_itself_recorded(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients", "conditions");
        var patients = await PatientIdsAsync(database);
        var lk1001 = (await AuditData.EventsAsync(database)).Where(e => e.PatientId == patients["LK1001"]).Select(e => e.Sequence).Reverse().ToList();

        var byPatient = await ListAsync(database, "--patient", "LK1001");
        var byUser = await ListAsync(database, "--user", Environment.UserName, "--action", "import", "--limit", "2");
        var none = await ListAsync(database, "--user", "somebody-else");
        var outside = await ListAsync(database, "--from", "2001-01-01", "--to", "2001-12-31");
        var unknown = await CliRunner.RunAsync(database, "audit", "list", "--patient", "NO-SUCH");
        var badDate = await CliRunner.RunAsync(database, "audit", "list", "--from", "March");

        Assert.Equal(2, lk1001.Count);
        Assert.Equal(lk1001, byPatient.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.All(byPatient.GetProperty("events").EnumerateArray(), e => Assert.Equal("LK1001", e.GetProperty("patientMrn").GetString()));
        Assert.Equal([6L, 5L], byUser.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(5, byUser.GetProperty("olderBefore").GetInt64());
        Assert.Empty(none.GetProperty("events").EnumerateArray());
        Assert.Empty(outside.GetProperty("events").EnumerateArray());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("AUDIT-PATIENT-UNKNOWN", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, badDate.ExitCode);

        var reads = (await AuditData.EventsAsync(database)).Where(e => e.Action == "read").ToList();
        Assert.Equal(4, reads.Count);
        Assert.Equal(patients["LK1001"], reads[0].PatientId);
        Assert.Equal("audit trail: 2 events listed", reads[0].What);
        Assert.Null(reads[1].PatientId);
    }

    private static async Task<JsonElement> ListAsync(TestDatabase database, params string[] args)
    {
        var result = await CliRunner.RunAsync(database, ["audit", "list", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return CsvFiles.Json(result);
    }

    private static async Task<Dictionary<string, Chronicle.Domain.Common.PatientId>> PatientIdsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Patients.AsNoTracking().ToDictionaryAsync(p => p.Mrn, p => p.Id, TestContext.Current.CancellationToken);
    }
}
