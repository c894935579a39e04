namespace Chronicle.IntegrationTests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using static Chronicle.IntegrationTests.Enrollment.EnrollmentWorld;

/// <summary>chronicle import csv enrollments|consents: idempotent, all-or-nothing, errors by file, line and column.</summary>
public sealed class EnrollmentCsvImportTests
{
    private const string EnrollmentHeader = "mrn,program,billing_npi,start_date,end_date,care_manager";
    private const string ConsentHeader = "mrn,program,billing_npi,date,method,decision,disclosures,obtained_by,revoked_on";
    private const string Npi = "1625384973";
    private const string All = "availability;cost-sharing;one-practitioner;right-to-stop";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enrollments_and_consents_import_and_a_second_import_changes_nothing(string provider)
    {
        await using var world = await CreateAsync(provider);
        using var files = new CsvFiles();
        var enrollments = files.Write("enrollments.csv",
            $"{EnrollmentHeader}\nLK1001,ccm,{Npi},2026-01-05,,LS-02\nLK1002,ccm,{Npi},2026-01-10,2026-03-10,LS-02\nLK1003,pcm,{SecondPractitionerNpi},2026-02-01,,\n");
        var consents = files.Write("consents.csv",
            $"{ConsentHeader}\nLK1001,ccm,{Npi},2026-01-05,verbal,accepted,{All},LS-02,\nLK1002,ccm,{Npi},2026-01-10,written,accepted,{All},,2026-03-10\nLK1003,pcm,{SecondPractitionerNpi},2026-02-01,verbal,declined,{All},LS-02,\n");

        var first = await Import(world, "enrollments", enrollments);
        var firstConsents = await Import(world, "consents", consents);
        var counts = await world.CountsAsync();
        var again = await Import(world, "enrollments", enrollments);
        var againConsents = await Import(world, "consents", consents);

        Assert.Equal((3, 0, 0), (CsvFiles.Count(first, "created"), CsvFiles.Count(first, "updated"), CsvFiles.Count(first, "rejected")));
        Assert.Equal(3, CsvFiles.Count(firstConsents, "created"));
        Assert.Equal((0, 3), (CsvFiles.Count(again, "created"), CsvFiles.Count(again, "unchanged")));
        Assert.Equal((0, 3), (CsvFiles.Count(againConsents, "created"), CsvFiles.Count(againConsents, "unchanged")));
        Assert.Equal(counts with { Audit = 0 }, (await world.CountsAsync()) with { Audit = 0 });
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        Assert.True((await world.GateAsync("LK1002", March)).IsBillable);
        Assert.Equal([EnrollmentCodes.NotEnrolled], (await world.GateAsync("LK1002", March.Next())).Missing.Select(f => f.Code));
        Assert.Equal(
            [EnrollmentCodes.VisitNeeded, EnrollmentCodes.ConsentDeclined, EnrollmentCodes.CareManagerMissing],
            (await world.GateAsync("LK1003", March, CareProgram.Pcm)).Missing.Select(f => f.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_overlapping_enrollment_in_the_file_is_refused_by_line_and_column_and_nothing_is_written(string provider)
    {
        await using var world = await CreateAsync(provider);
        using var files = new CsvFiles();
        var path = files.Write("enrollments.csv",
            $"{EnrollmentHeader}\nLK1002,ccm,{Npi},2026-01-05,,LS-02\nLK1001,ccm,{Npi},2026-01-05,,LS-02\nLK1001,ccm,{SecondPractitionerNpi},2026-02-01,,LS-02\n");
        var before = await world.CountsAsync();

        var result = await CsvFiles.ImportAsync(world.Database, "enrollments", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(
            $"error: {path}:4 [start_date]: The patient is already enrolled in CCM with NPI {Npi} from 2026-01-05 with no end date. Only one practitioner may bill CCM for a patient in a calendar month",
            result.Error,
            StringComparison.Ordinal);
        Assert.Contains("nothing from them was written", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_partial_the_good_rows_are_written_and_each_bad_one_is_named(string provider)
    {
        await using var world = await CreateAsync(provider);
        using var files = new CsvFiles();
        var path = files.Write("enrollments.csv",
            $"{EnrollmentHeader}\nLK1001,ccm,{Npi},2026-01-05,,LS-02\nLK1002,xcm,{Npi},2026-01-05,,\nLK1003,ccm,1234567893,2026-01-05,,\nLK1003,ccm,{Npi},2026-01-05,,LS-03\nLK9999,ccm,{Npi},2026-01-05,,\nLK1002,ccm,{Npi},2026-02-05,2026-01-31,\n");

        var result = await CsvFiles.ImportAsync(world.Database, "enrollments", path, "--partial");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:3 [program]: 'xcm' is not a program; use ccm or pcm.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4 [billing_npi]: No billing practitioner of Lakeside Internal Medicine has the NPI 1234567893", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:5 [care_manager]: LS-03 is non-clinical staff", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:6 [mrn]: No patient of Lakeside Internal Medicine has the MRN LK9999", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:7 [end_date]: The enrollment cannot end on 2026-01-31, before it starts on 2026-02-05.", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await world.CountsAsync()).Enrollments);
        Assert.True((await world.GateAsync("LK1001", March)).Missing.All(f => f.Code == EnrollmentCodes.ConsentMissing));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_consent_row_is_a_correction_and_a_revocation_a_new_version(string provider)
    {
        await using var world = await CreateAsync(provider);
        using var files = new CsvFiles();
        Assert.Equal(0, (await CsvFiles.ImportAsync(world.Database, "enrollments", files.Write("e.csv", $"{EnrollmentHeader}\nLK1001,ccm,{Npi},2026-01-05,,LS-02\n"))).ExitCode);
        await Import(world, "consents", files.Write("c1.csv", $"{ConsentHeader}\nLK1001,ccm,{Npi},2026-01-05,verbal,accepted,availability;cost-sharing,LS-02,\n"));
        Assert.Equal([EnrollmentCodes.ConsentIncomplete], (await world.GateAsync("LK1001", March)).Missing.Select(f => f.Code));

        var corrected = await Import(world, "consents", files.Write("c2.csv", $"{ConsentHeader}\nLK1001,ccm,{Npi},2026-01-05,verbal,accepted,{All},LS-02,\n"));
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        var revoked = await Import(world, "consents", files.Write("c3.csv", $"{ConsentHeader}\nLK1001,ccm,{Npi},2026-01-05,verbal,accepted,{All},LS-02,2026-03-02\n"));

        Assert.Equal(1, CsvFiles.Count(corrected, "updated"));
        Assert.Equal(1, CsvFiles.Count(revoked, "updated"));
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        Assert.Equal([EnrollmentCodes.ConsentRevoked], (await world.GateAsync("LK1001", March.Next())).Missing.Select(f => f.Code));
        Assert.Equal(["revocation", "correction", "original"], Ok(await world.StatusAsync("LK1001", March)).Consents.Select(c => c.Kind));
    }

    private static async Task<System.Text.Json.JsonElement> Import(EnrollmentWorld world, string kind, string path)
    {
        var result = await CsvFiles.ImportAsync(world.Database, kind, path, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return CsvFiles.Json(result);
    }
}
