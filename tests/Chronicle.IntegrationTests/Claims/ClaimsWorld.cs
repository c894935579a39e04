namespace Chronicle.IntegrationTests.Claims;

using System.Text.Json;
using Chronicle.Application;
using Chronicle.Application.CarePlans;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.CarePlans;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// A practice built from CSV files written for these tests (practice, staff, patients, conditions,
/// visits, enrollments, consents, time, services) through 'chronicle import csv', with care plans
/// made through the care-plan use cases on a clock set in March 2026 (no CSV kind carries them).
/// Every patient is in Original Medicare (<see cref="CoverageFixtures"/>). March 2026, four CCM patients:
/// CL1001 45 minutes, everything in place: 99490 + 99439, date of service 2026-03-17 (the 40-minute mark);
/// CL1002 25 minutes, no consent: blocked; CL1003 10 minutes: below threshold;
/// CL1004 30 minutes, but another NPI billed 99490 this month (services file): blocked.
/// </summary>
internal sealed class ClaimsWorld : IAsyncDisposable
{
    public const string PracticeNpi = "1847362914";
    public const string DoctorNpi = "1625384973";
    public const string OtherNpi = "1245319599";
    public const string Month = "2026-03";

    private readonly CsvFiles _files = new();

    private ClaimsWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public CsvFiles Files => _files;

    /// <param name="provider">The database provider.</param>
    /// <param name="withTime">Whether to import the month's time and outside services.</param>
    /// <param name="billing">The practice CSV's billing_setting, revenue_code, facility_npi and ccn cells (e.g. "rhc,,1234567893,343975"); null for an office without the columns.</param>
    public static async Task<ClaimsWorld> CreateAsync(string provider, bool withTime = true, string? billing = null)
    {
        var world = new ClaimsWorld(await TestDatabase.CreateAsync(provider));
        await world.ImportAsync("practice", "name,npi,time_zone,place_of_service,tin,address_line,city,state,zip,phone" + (billing is null ? "\n" : ",billing_setting,revenue_code,facility_npi,ccn\n") +
            $"Claims Test Clinic,{PracticeNpi},America/Chicago,11,36-1234567,200 Harbor Drive,Lakeside,IL,60601-1234,312-555-0140" + (billing is null ? "\n" : $",{billing}\n"));
        await world.ImportAsync("staff", "staff_id,first_name,last_name,role,credential,npi,email\n" +
            $"CT-01,Harriet,Okafor,billing-practitioner,MD,{DoctorNpi},\nCT-02,Tomas,Reyes,clinical-staff,RN,,\n");
        await world.ImportAsync("patients", "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb\n" +
            "CL1001,Eleanor,Whitfield,1948-06-14,female,1EG4-TE5-MK73,12 Orchard Lane,Lakeside,IL,60601,,false\n" +
            "CL1002,Marcus,Oneill,1952-11-02,male,2CD5FG6HJ78,45 Old Mill Road,Lakeside,IL,60602,,true\n" +
            "CL1003,Rosa,Castillo,1950-01-20,female,3AC5DE6FG78,9 Pine Street,Lakeside,IL,60603,,false\n" +
            "CL1004,Samuel,Berg,1946-09-09,male,4AC5DE6FG79,3 Elm Court,Lakeside,IL,60604,,false\n");
        await world.ImportAsync("payers", CoverageFixtures.Payers);
        if (billing is not null)
        {
            // An institutional practice's Original Medicare claims go to its Part A MAC (ADR 0260).
            await world.ImportAsync("payers", CoverageFixtures.PartAPayer);
        }

        await world.ImportAsync("coverage", CoverageFixtures.OriginalMedicare(
            ("CL1001", "1EG4-TE5-MK73"), ("CL1002", "2CD5FG6HJ78"), ("CL1003", "3AC5DE6FG78"), ("CL1004", "4AC5DE6FG79")));
        var conditions = string.Concat(new[] { "CL1001", "CL1002", "CL1003", "CL1004" }.Select(m => $"{m},E11.9,2015-04-01,,true\n{m},I10,2012-01-01,,true\n"));
        await world.ImportAsync("conditions", "mrn,code,onset_date,abatement_date,chronic\n" + conditions);
        var all = new[] { "CL1001", "CL1002", "CL1003", "CL1004" };
        await world.ImportAsync("visits", "mrn,date,code,npi\n" + string.Concat(all.Select(m => $"{m},2026-01-05,99214,{DoctorNpi}\n")));
        await world.ImportAsync("enrollments", "mrn,program,billing_npi,start_date,end_date,care_manager\n" + string.Concat(all.Select(m => $"{m},ccm,{DoctorNpi},2026-01-10,,CT-02\n")));
        await world.ImportAsync("consents", "mrn,program,billing_npi,date,method,decision,disclosures,obtained_by,revoked_on\n" +
            string.Concat(all.Where(m => m != "CL1002").Select(m => $"{m},ccm,{DoctorNpi},2026-01-10,verbal,accepted,availability;cost-sharing;one-practitioner;right-to-stop,CT-02,\n")));
        await world.CarePlansAsync(["CL1001", "CL1002", "CL1004"]);
        if (withTime)
        {
            await world.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\n" +
                "CL1001,ccm,CT-02,2026-03-10T09:00,25,phone-call,,false\nCL1001,ccm,CT-02,2026-03-17T14:30,20,care-coordination,,false\n" +
                "CL1002,ccm,CT-02,2026-03-11T10:00,25,phone-call,,false\n" +
                "CL1003,ccm,CT-02,2026-03-12T10:00,10,phone-call,,false\n" +
                "CL1004,ccm,CT-02,2026-03-13T10:00,30,medication-reconciliation,,false\n");
            await world.ImportAsync("services", "mrn,code,date,npi,source\n" + $"CL1004,99490,2026-03-20,{OtherNpi},Fax from Riverside Cardiology\n");
        }

        return world;
    }

    public async Task ImportAsync(string kind, string text)
    {
        var path = _files.Write($"{kind}.csv", text);
        var result = await CsvFiles.ImportAsync(Database, kind, path, "--practice", PracticeNpi);
        Assert.True(result.ExitCode == 0, $"{kind}: {result}");
    }

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(Database, [.. args, "--practice", PracticeNpi]);

    public static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    /// <summary>
    /// Runs a use case as the system (the CLI operator) on a clock set to 6 April 2026, after the
    /// March the world is about: a statement sent, a dashboard read, the same on any day the tests run.
    /// </summary>
    public async Task<T> UseCaseAsync<TUseCase, T>(Func<TUseCase, Task<T>> run)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 4, 6, 15, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<IActorContext>(new Actors());
        services.AddLogging();
        services.AddChronicleApplication(Database.Options);
        TestDatabase.AddTestClaimFiles(services);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public async Task<(int Decisions, int Claims, int Files)> CountsAsync()
    {
        await using var db = Database.NewContext();
        var token = TestContext.Current.CancellationToken;
        return (await db.MonthDecisions.CountAsync(token), await db.BillingClaims.CountAsync(token), await db.ClaimFiles.CountAsync(token));
    }

    public async ValueTask DisposeAsync()
    {
        _files.Dispose();
        await Database.DisposeAsync();
    }

    /// <summary>Started from templates, completed, signed by the practitioner and a copy given, all on 3 March 2026.</summary>
    public async Task CarePlansAsync(IReadOnlyList<string> mrns)
    {
        var token = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 18, 0, 0, TimeSpan.Zero));
        var actors = new Actors();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IActorContext>(actors);
        services.AddLogging();
        services.AddChronicleApplication(Database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var db = Database.NewContext();
        var practiceId = (await db.Practices.AsNoTracking().SingleAsync(token)).Id;
        var nurse = new Actor("ct-nurse", "Tomas Reyes", Roles.CareManager, AccessSurface.Web, null, practiceId);
        var doctor = new Actor("ct-doctor", "Harriet Okafor", Roles.BillingPractitioner, AccessSurface.Web, null, practiceId);

        async Task<T> Run<TUseCase, T>(Actor actor, Func<TUseCase, Task<T>> run)
            where TUseCase : notnull
        {
            actors.Current = actor;
            await using var scope = provider.CreateAsyncScope();
            return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
        }

        foreach (var mrn in mrns)
        {
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, token);
            var conditionIds = await db.Conditions.AsNoTracking().Where(c => c.PatientId == patient.Id).Select(c => c.Id.Value).ToListAsync(token);
            var id = patient.Id.Value;
            var started = await Run<StartCarePlan, Application.Common.Result<int>>(nurse, u => u.ExecuteAsync(id, conditionIds, token));
            Assert.True(started.Succeeded, started.Error?.ToString());
            var latest = (await Run<GetCarePlan, Application.Common.Result<CarePlanPage>>(nurse, u => u.ExecuteAsync(id, token))).Value!.Plan!.Content;
            var revised = await Run<ReviseCarePlan, Application.Common.Result<int>>(nurse, u => u.ExecuteAsync(id, 1, CarePlanUseCaseTests.Completed(latest), "completed", token));
            Assert.True(revised.Succeeded, revised.Error?.ToString());
            var signed = await Run<SignCarePlan, Application.Common.Result<int>>(doctor, u => u.ExecuteAsync(id, revised.Value, token));
            Assert.True(signed.Succeeded, signed.Error?.ToString());
            var copy = await Run<RecordCarePlanCopy, Application.Common.Result<CopyView>>(nurse, u =>
                u.ExecuteAsync(id, "The patient", Domain.CarePlans.CopyRecipientKind.Patient, Domain.CarePlans.CopyMethod.Portal, new DateOnly(2026, 3, 3), token));
            Assert.True(copy.Succeeded, copy.Error?.ToString());
        }
    }

    private sealed class Actors : IActorContext
    {
        public Actor Current { get; set; } = SystemActor.Value;
    }
}
