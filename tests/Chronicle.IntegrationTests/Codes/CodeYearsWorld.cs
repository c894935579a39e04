namespace Chronicle.IntegrationTests.Codes;

using System.Text;
using System.Text.Json;
using Chronicle.Application;
using Chronicle.Application.CarePlans;
using Chronicle.Application.Common;
using Chronicle.Application.Importing;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.CarePlans;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// One CCM patient across the ICD-10-CM and calendar-year boundaries: CY1001 with I42.0 (dilated
/// cardiomyopathy) and I10, enrolled and consented in August 2026, 25 minutes of staff time and a
/// care-plan review in every month worked. ICD-10-CM FY2026 comes from the committed subset of
/// CMS's order file and FY2027 is built from it and the committed FY2027 change list. The facts are
/// written through the use cases on a test clock set on the day each happened, so nothing depends on today.
/// </summary>
internal sealed class CodeYearsWorld : IAsyncDisposable
{
    public const string PracticeNpi = "1847362914";
    public const string DoctorNpi = "1625384973";
    public const string Mrn = "CY1001";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 8, 20, 15, 0, 0, TimeSpan.Zero));
    private readonly Actors _actors = new();
    private ServiceProvider _services = null!;

    private CodeYearsWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    public static async Task<CodeYearsWorld> CreateAsync(string provider)
    {
        var world = new CodeYearsWorld(await TestDatabase.CreateAsync(provider));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(world._clock);
        services.AddSingleton<IActorContext>(world._actors);
        services.AddLogging();
        services.AddChronicleApplication(world.Database.Options);
        world._services = services.BuildServiceProvider();

        await world.CliOkAsync("db", "migrate");
        await world.CliOkAsync("codes", "import", "icd10cm", TestData("icd10cm", "icd10cm_order_2026.txt"));
        await world.CliOkAsync("codes", "import", "icd10cm-changes", TestData("icd10cm", "fy2027-changes"));

        await world.ImportAsync("practice", "name,npi,time_zone,place_of_service,tin,address_line,city,state,zip,phone\n" +
            $"Code Years Clinic,{PracticeNpi},America/Chicago,11,36-1234567,200 Harbor Drive,Lakeside,IL,60601-1234,312-555-0140\n");
        await world.ImportAsync("staff", "staff_id,first_name,last_name,role,credential,npi,email\n" +
            $"CY-01,Harriet,Okafor,billing-practitioner,MD,{DoctorNpi},\nCY-02,Tomas,Reyes,clinical-staff,RN,,\n");
        await world.ImportAsync("patients", "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb\n" +
            $"{Mrn},Eleanor,Whitfield,1948-06-14,female,1EG4-TE5-MK73,12 Orchard Lane,Lakeside,IL,60601,,false\n");
        await world.ImportAsync("payers", CoverageFixtures.Payers);
        await world.ImportAsync("coverage", CoverageFixtures.OriginalMedicare((Mrn, "1EG4-TE5-MK73")));
        await world.ImportAsync("conditions", $"mrn,code,onset_date,abatement_date,chronic\n{Mrn},I42.0,2020-04-01,,true\n{Mrn},I10,2012-01-01,,true\n");
        await world.ImportAsync("visits", $"mrn,date,code,npi\n{Mrn},2026-08-03,99214,{DoctorNpi}\n");
        await world.ImportAsync("enrollments", $"mrn,program,billing_npi,start_date,end_date,care_manager\n{Mrn},ccm,{DoctorNpi},2026-08-05,,CY-02\n");
        await world.ImportAsync("consents", "mrn,program,billing_npi,date,method,decision,disclosures,obtained_by,revoked_on\n" +
            $"{Mrn},ccm,{DoctorNpi},2026-08-05,verbal,accepted,availability;cost-sharing;one-practitioner;right-to-stop,CY-02,\n");
        await world.CarePlanAsync();
        return world;
    }

    /// <summary>A month's work: the care plan reviewed on the 3rd and 25 minutes of staff time on the 5th, each recorded that day.</summary>
    public async Task WorkAsync(int year, int month)
    {
        var patientId = await PatientIdAsync();
        SetClock(new DateTimeOffset(year, month, 3, 18, 0, 0, TimeSpan.Zero));
        var reviewed = await RunAsync<RecordCarePlanReview, Result<DateOnly>>(u => u.ExecuteAsync(patientId, null, "monthly review", TestContext.Current.CancellationToken));
        Assert.True(reviewed.Succeeded, reviewed.Error?.ToString());
        SetClock(new DateTimeOffset(year, month, 5, 20, 0, 0, TimeSpan.Zero));
        await ImportAsync("time", $"mrn,program,staff_id,start,minutes,activity,note,inpatient\n{Mrn},ccm,CY-02,{year:D4}-{month:D2}-05T09:00,25,phone-call,,false\n");
    }

    /// <summary>'chronicle billing close --month M --early --json': the decisions, or the failed run.</summary>
    public Task<CliResult> CloseAsync(string month) => CliAsync("billing", "close", "--month", month, "--early", "--json", "--practice", PracticeNpi);

    public static JsonElement Decision(CliResult close)
    {
        Assert.True(close.ExitCode == 0, close.ToString());
        return Assert.Single(JsonDocument.Parse(close.Output).RootElement.EnumerateArray()).Clone();
    }

    public static List<string> Reasons(JsonElement decision) =>
        decision.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();

    public Task<CliResult> CliAsync(params string[] args) => CliRunner.RunAsync(Database, args);

    public async Task CliOkAsync(params string[] args)
    {
        var result = await CliAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>The condition recoded in the record, as an EHR's update of the same condition brings it (a FHIR import of the same resource does this).</summary>
    public async Task RecodeAsync(string from, string to)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = Database.NewContext();
        var code = Domain.Codes.Icd10Code.Parse(from);
        var condition = await db.Conditions.SingleAsync(c => c.Icd10 == code, token);
        var recoded = Domain.Codes.Icd10Code.Parse(to);
        condition.Update(
            new Domain.Patients.ConditionDetails(condition.SourceKey, condition.CodeSystem, recoded.Value, condition.Display, recoded, condition.OnsetDate, condition.AbatementDate, condition.ClinicalStatus, condition.ChronicOverride),
            condition.Classification);
        await db.SaveChangesAsync(token);
    }

    public async Task<int> DecisionsAsync(int monthKey)
    {
        await using var db = Database.NewContext();
        return await db.MonthDecisions.CountAsync(d => d.MonthKey == monthKey, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private void SetClock(DateTimeOffset at) => _clock.SetUtcNow(at);

    private async Task ImportAsync(string kind, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = await RunAsync<ImportCsv, Result<ImportReport>>(u =>
            u.ExecuteAsync(new CsvImportRequest(kind, $"{kind}.csv", PracticeNpi: PracticeNpi), content, NoProgress.Instance, TestContext.Current.CancellationToken));
        Assert.True(result.Value is { HasIssues: false }, $"{kind}: {result.Error?.ToString() ?? string.Join("; ", result.Value!.Issues)}");
    }

    private async Task<Guid> PatientIdAsync()
    {
        await using var db = Database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == Mrn, TestContext.Current.CancellationToken)).Id.Value;
    }

    /// <summary>Started from templates, completed, signed and a copy given to the patient on 20 August 2026.</summary>
    private async Task CarePlanAsync()
    {
        var token = TestContext.Current.CancellationToken;
        var id = await PatientIdAsync();
        await using var db = Database.NewContext();
        var practiceId = (await db.Practices.AsNoTracking().SingleAsync(token)).Id;
        var nurse = new Actor("cy-nurse", "Tomas Reyes", Roles.CareManager, AccessSurface.Web, null, practiceId);
        var doctor = new Actor("cy-doctor", "Harriet Okafor", Roles.BillingPractitioner, AccessSurface.Web, null, practiceId);
        var conditionIds = await db.Conditions.AsNoTracking().Select(c => c.Id.Value).ToListAsync(token);

        _actors.Current = nurse;
        var started = await RunAsync<StartCarePlan, Result<int>>(u => u.ExecuteAsync(id, conditionIds, token));
        Assert.True(started.Succeeded, started.Error?.ToString());
        var latest = (await RunAsync<GetCarePlan, Result<CarePlanPage>>(u => u.ExecuteAsync(id, token))).Value!.Plan!.Content;
        var revised = await RunAsync<ReviseCarePlan, Result<int>>(u => u.ExecuteAsync(id, 1, Completed(latest), "completed", token));
        Assert.True(revised.Succeeded, revised.Error?.ToString());
        _actors.Current = doctor;
        var signed = await RunAsync<SignCarePlan, Result<int>>(u => u.ExecuteAsync(id, revised.Value, token));
        Assert.True(signed.Succeeded, signed.Error?.ToString());
        _actors.Current = nurse;
        var copy = await RunAsync<RecordCarePlanCopy, Result<CopyView>>(u =>
            u.ExecuteAsync(id, "The patient", Domain.CarePlans.CopyRecipientKind.Patient, Domain.CarePlans.CopyMethod.Portal, new DateOnly(2026, 8, 20), token));
        Assert.True(copy.Succeeded, copy.Error?.ToString());
    }

    /// <summary>The test plans' completion, plus what no template gives cardiomyopathy: a measurable goal for each problem without one, and the cardiologist.</summary>
    private static Domain.CarePlans.CarePlanContent Completed(Domain.CarePlans.CarePlanContent latest)
    {
        var completed = CarePlanUseCaseTests.Completed(latest);
        var missing = completed.Problems.Where(p => !completed.Goals.Any(g => g.ProblemId == p.Id))
            .Select(p => new Domain.CarePlans.PlanGoal(Guid.NewGuid(), $"Stable {p.Description}", p.Id, "Ejection fraction", "40", "%", new DateOnly(2027, 6, 30), Domain.CarePlans.GoalStatus.Active, []));
        return completed with
        {
            Goals = [.. completed.Goals, .. missing],
            CoordinationNote = "Cardiology (Dr. Ames) sees her every six months; notes are exchanged by fax after each visit.",
        };
    }

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> run)
        where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private sealed class Actors : IActorContext
    {
        public Actor Current { get; set; } = SystemActor.Value;
    }
}
